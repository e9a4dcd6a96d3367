//! Golden vectors: every byte sealvault stores, pinned in `corpus/vectors/format-v1.txt` and,
//! for what format version 2 changed (padded sealed objects, the config's algorithm byte, the
//! gear-AES chunker), `corpus/vectors/format-v2.txt`.
//!
//! Derived keys, gear tables, cut points, blob ids, a whole pack, sealed metadata objects of
//! every kind, a config, snapshot bodies (the current version and version 1), the lifecycle
//! records, a key slot and a recovery key are computed here from fixed inputs and compared with
//! the file. A mismatch means stored bytes changed: that needs a new format version, not a new
//! vector file. To (re)write the file deliberately: `SEALVAULT_BLESS=1 cargo test -p sealvault
//! golden`. zstd output is pinned only by decoding (encoders may change between zstd releases
//! without a format change).

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::files::forget::FORGET_MAGIC;
use crate::files::snapshot::{BackupIssue, BackupSummary, SNAPSHOT_MAGIC, Snapshot};
use crate::primitives::chunk::{Chunker, ChunkerAlgorithm, ChunkerConfig};
use crate::primitives::compress::Compression;
use crate::primitives::id::{BlobId, ObjectId, RepoId, SlotId, hex};
use crate::primitives::keys::{MasterKey, PackKey};
use crate::store::config::{CONFIG_MAGIC, RepoConfig};
use crate::store::format::FormatVersion;
use crate::store::index::{SEGMENT_MAGIC, Segment, SegmentEntry, SegmentPack};
use crate::store::layout::{Object, ObjectKind};
use crate::store::lifecycle::pending::PENDING_MAGIC;
use crate::store::lifecycle::presence::{LEASE_MAGIC, PresenceBody, SESSION_MAGIC};
use crate::store::lifecycle::records::IdList;
use crate::store::pack::{BlobKind, PackWriter, padme};
use crate::store::sealed;
use crate::store::slots::{
    Credential, KdfParams, RecoveryKey, RecoveryShare, Slot, SplitId, SplitParams,
};
use sealvault_corpus::xorshift_bytes;

fn vector_file() -> PathBuf {
    vector_file_of(FormatVersion::V1)
}

fn vector_file_of(format: FormatVersion) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join(format!("../corpus/vectors/format-v{}.txt", format.number()))
}

fn cut_offsets(c: &Chunker, data: &[u8]) -> String {
    let mut at = 0;
    c.chunks(data)
        .map(|ch| {
            at += ch.len();
            at.to_string()
        })
        .collect::<Vec<_>>()
        .join(",")
}

/// A snapshot with every field set (`id` is the object's name, not part of the body).
fn fixed_snapshot() -> Snapshot {
    Snapshot {
        id: ObjectId::from_bytes([0xD0; 16]),
        time_ns: 1_764_320_400_123_456_789,
        host: "host-a".into(),
        username: "alice".into(),
        paths: vec![b"/home/alice".to_vec(), b"/etc".to_vec()],
        tags: vec!["daily".into(), "laptop".into()],
        root: BlobId::from_bytes([0xD1; 32]),
        parent: Some(ObjectId::from_bytes([0xD2; 16])),
        previous: Some(ObjectId::from_bytes([0xD3; 16])),
        seen: vec![
            ObjectId::from_bytes([0xD3; 16]),
            ObjectId::from_bytes([0xD4; 16]),
        ],
        summary: BackupSummary {
            files_new: 1,
            files_changed: 2,
            files_unmodified: 3,
            dirs: 4,
            bytes_total: 5,
            bytes_read: 6,
            bytes_new: 7,
            bytes_stored: 8,
            blobs_new: 9,
            duration_ms: 10,
        },
        issues: vec![BackupIssue {
            path: b"/etc/shadow".to_vec(),
            message: "permission denied".into(),
            skipped: true,
        }],
        program: "sealvault 0.1.0".into(),
    }
}

/// The body version 1 encoder wrote for `s` (before `seen`): the current body without its
/// trailing `seen` list, under version byte 1.
fn snapshot_body_v1(s: &Snapshot) -> Vec<u8> {
    let mut body = Snapshot {
        seen: Vec::new(),
        ..s.clone()
    }
    .encode();
    body.truncate(body.len() - 2);
    body[0] = 1;
    body
}

fn fixed_id_list() -> IdList {
    IdList {
        client_ns: 1_764_320_400_123_456_789,
        ids: vec![[0xE1; 16], [0xE2; 16]],
    }
}

fn fixed_presence() -> PresenceBody {
    PresenceBody {
        seq: 3,
        pid: 4242,
        client_ns: 1_764_320_400_123_456_789,
        host: "host-a".into(),
    }
}

/// The lifecycle objects pinned sealed: vector name, object (its name gives the sealed id),
/// magic and body.
fn lifecycle_objects() -> [(&'static str, Object, &'static [u8; 8], Vec<u8>); 4] {
    let group = ObjectId::from_bytes([0xF0; 16]);
    [
        (
            "pending.sealed",
            Object::Pending(ObjectId::from_bytes([0xF1; 16])),
            PENDING_MAGIC,
            fixed_id_list().encode(),
        ),
        (
            "forget.sealed",
            Object::Forget(ObjectId::from_bytes([0xF2; 16])),
            FORGET_MAGIC,
            fixed_id_list().encode(),
        ),
        (
            "session.sealed",
            Object::Session(group, ObjectId::from_bytes([0xF3; 16])),
            SESSION_MAGIC,
            fixed_presence().encode(),
        ),
        (
            "lease.sealed",
            Object::Lease(group, ObjectId::from_bytes([0xF4; 16])),
            LEASE_MAGIC,
            fixed_presence().encode(),
        ),
    ]
}

/// What format version 2 stores differently: every sealed object kind in its padded envelope,
/// the version 2 config, and gear-AES (its PRF key and cut points).
fn compute_v2() -> BTreeMap<String, String> {
    let mut v = BTreeMap::new();
    let master = MasterKey::from_bytes(&mut [0x11; 32]);
    let repo = RepoId::from_bytes([0x22; 16]);
    let seal = |kind, magic, id, body: &[u8]| {
        sealed::seal(
            FormatVersion::V2,
            kind,
            &master.metadata_key(),
            magic,
            repo,
            id,
            body,
        )
        .unwrap()
    };
    for (name, object, magic, body) in v2_sealed_objects() {
        let bytes = seal(object.kind(), magic, object.sealed_id().unwrap(), &body);
        v.insert(name.to_string(), hex(&bytes));
    }
    let config = seal(
        ObjectKind::Config,
        CONFIG_MAGIC,
        ObjectId::from_bytes([0x77; 16]),
        &v2_config().encode(),
    );
    v.insert("config.sealed".into(), hex(&config));
    v.insert(
        "key.chunker_prf".into(),
        hex(&master.chunker_key().prf_key()[..]),
    );
    let cuts = |config: &ChunkerConfig, data: &[u8]| {
        cut_offsets(&Chunker::new(config, &master.chunker_key()), data)
    };
    recovery_share_vectors(&master, repo, &mut v);
    let data = xorshift_bytes(6 << 20, 0x5EA1_7A01);
    v.insert(
        "cuts.gear_aes.default.xorshift_6mib".into(),
        cuts(&ChunkerConfig::DEFAULT, &data),
    );
    v.insert(
        "cuts.gear_aes.2k_8k_32k.xorshift_96kib".into(),
        cuts(
            &ChunkerConfig::new(2048, 8192, 32768, 1).unwrap(),
            &data[..96 * 1024],
        ),
    );
    v
}

/// Two shares of a 2-of-3 split (their text), the secret they combine to (pins the crate's
/// field), and the slot that secret opens.
fn recovery_share_vectors(master: &MasterKey, repo: RepoId, v: &mut BTreeMap<String, String>) {
    let split = [0xA1, 0xB2, 0xC3];
    let shares = [
        RecoveryShare::from_parts_for_tests(split, 2, 1, [0x31; 16]),
        RecoveryShare::from_parts_for_tests(split, 2, 3, [0x5C; 16]),
    ];
    let texts: Vec<String> = shares.iter().map(|s| s.to_text().to_string()).collect();
    v.insert("recovery_share.1_of_split_a1b2c3".into(), texts[0].clone());
    v.insert("recovery_share.3_of_split_a1b2c3".into(), texts[1].clone());
    let Credential::RecoveryShares(mut secret) = Credential::recovery_shares(&texts).unwrap()
    else {
        unreachable!("shares make a shares credential")
    };
    v.insert("recovery_share.secret".into(), hex(&secret.secret[..]));
    secret.dealt = Some(SplitParams {
        split: SplitId(split),
        threshold: 2,
        shares: 3,
    });
    let slot = Slot::create_with_salt(
        master,
        &Credential::RecoveryShares(secret),
        KdfParams::DEFAULT,
        repo,
        SlotId::from_bytes([0x8A; 16]),
        1_764_320_400,
        [0x9B; 32],
    )
    .unwrap();
    v.insert("slot.recovery_shares".into(), hex(&slot));
}

fn v2_config() -> RepoConfig {
    RepoConfig {
        format: FormatVersion::V2,
        chunker: ChunkerConfig::DEFAULT.with_algorithm(ChunkerAlgorithm::GearAes),
        pack_size: 16 << 20,
        compression: Compression::DEFAULT,
        created: 1_764_320_400,
    }
}

/// Every sealed object kind but the config, with fixed bodies (a segment of 300 entries, so
/// that it is padded above the 512-byte floor).
fn v2_sealed_objects() -> Vec<(&'static str, Object, &'static [u8; 8], Vec<u8>)> {
    let segment = Segment {
        packs: vec![SegmentPack {
            id: crate::primitives::id::PackId::from_bytes([0x45; 16]),
            uid: [0x44; 16],
            wrapped: crate::primitives::keys::WrappedPackKey([0x55; 48]),
            len: 16 << 20,
        }],
        entries: Vec::new(),
    };
    let mut segment = segment;
    segment.entries = (0..300u32)
        .map(|i| SegmentEntry {
            id: BlobId::from_bytes(*blake3::hash(&i.to_le_bytes()).as_bytes()),
            pack: 0,
            offset: i * 1000,
            stored_len: 1000,
            raw_len: 983,
            kind: BlobKind::Data,
        })
        .collect();
    // Entries are sorted by id (`FORMAT.md`, "Index segment body").
    segment.entries.sort_by_key(|e| *e.id.as_bytes());
    let snapshot = fixed_snapshot();
    let mut out = vec![
        (
            "index_segment.sealed",
            Object::Index(ObjectId::from_bytes([0x66; 16])),
            SEGMENT_MAGIC,
            segment.encode(),
        ),
        (
            "snapshot.sealed",
            Object::Snapshot(snapshot.id),
            SNAPSHOT_MAGIC,
            snapshot.encode(),
        ),
    ];
    out.extend(lifecycle_objects());
    out
}

fn compute() -> BTreeMap<String, String> {
    let mut v = BTreeMap::new();
    let mut put = |k: &str, val: String| {
        v.insert(k.to_string(), val);
    };
    let master = MasterKey::from_bytes(&mut [0x11; 32]);
    put("key.chunk_id", hex(master.chunk_id_key().expose()));
    put("key.chunker", hex(master.chunker_key().expose()));
    put("key.metadata", hex(master.metadata_key().expose()));
    put("key.wrapping", hex(master.wrapping_key().expose()));
    put("key.fingerprint", hex(master.fingerprint_key().expose()));
    let gear = master.chunker_key().gear_table().entries();
    put(
        "gear.first4",
        gear[..4]
            .iter()
            .map(|g| format!("{g:016x}"))
            .collect::<Vec<_>>()
            .join(","),
    );
    put("gear.last", format!("{:016x}", gear[255]));

    let ids = master.chunk_id_key();
    put("blob_id.empty", ids.blob_id(b"").to_hex());
    put("blob_id.abc", ids.blob_id(b"abc").to_hex());
    let big = xorshift_bytes(1 << 20, 0x5EA1_7A01);
    put("blob_id.xorshift_1mib", ids.blob_id(&big).to_hex());

    let data = xorshift_bytes(6 << 20, 0x5EA1_7A01);
    // Format version 1 chunked with FastCDC: its vectors pin that algorithm.
    let default = Chunker::new(
        &ChunkerConfig::DEFAULT.with_algorithm(ChunkerAlgorithm::FastCdc),
        &master.chunker_key(),
    );
    put("cuts.default.xorshift_6mib", cut_offsets(&default, &data));
    let small = Chunker::new(
        &ChunkerConfig::new(2048, 8192, 32768, 1)
            .unwrap()
            .with_algorithm(ChunkerAlgorithm::FastCdc),
        &master.chunker_key(),
    );
    put(
        "cuts.2k_8k_32k.xorshift_96kib",
        cut_offsets(&small, &data[..96 * 1024]),
    );

    let repo = RepoId::from_bytes([0x22; 16]);
    let mut w = PackWriter::with_key(
        &master.wrapping_key(),
        repo,
        Vec::new(),
        0,
        PackKey::from_bytes(&mut [0x33; 32]),
        [0x44; 16],
    )
    .unwrap();
    w.add(
        BlobKind::Data,
        ids.blob_id(b"hello"),
        b"hello",
        Compression::Off,
    )
    .unwrap();
    w.add(
        BlobKind::Tree,
        ids.blob_id(b"tree"),
        b"tree",
        Compression::Off,
    )
    .unwrap();
    w.add(BlobKind::Data, ids.blob_id(b""), b"", Compression::Off)
        .unwrap();
    let pack = w.finish().unwrap();
    put("pack.id", pack.id.to_hex());
    put("pack.len", pack.bytes.len().to_string());
    put(
        "pack.blake3",
        blake3::hash(&pack.bytes).to_hex().to_string(),
    );
    put(
        "pack.blobs",
        hex(&pack.bytes[..(1 + 5 + 16) + (1 + 4 + 16) + (1 + 16)]),
    );
    put(
        "pack.trailer",
        hex(&pack.bytes[pack.bytes.len() - crate::store::pack::TRAILER_LEN..]),
    );

    let segment = Segment {
        packs: vec![SegmentPack {
            id: pack.id,
            uid: [0x44; 16],
            wrapped: crate::primitives::keys::WrappedPackKey([0x55; 48]),
            len: pack.bytes.len() as u64,
        }],
        entries: vec![SegmentEntry {
            id: ids.blob_id(b"hello"),
            pack: 0,
            offset: 0,
            stored_len: 22,
            raw_len: 5,
            kind: BlobKind::Data,
        }],
    };
    let seg = sealed::seal(
        FormatVersion::V1,
        ObjectKind::Index,
        &master.metadata_key(),
        SEGMENT_MAGIC,
        repo,
        ObjectId::from_bytes([0x66; 16]),
        &segment.encode(),
    )
    .unwrap();
    put("index_segment.sealed", hex(&seg));

    let config = RepoConfig {
        format: FormatVersion::V1,
        chunker: ChunkerConfig::DEFAULT.with_algorithm(ChunkerAlgorithm::FastCdc),
        pack_size: 16 << 20, // explicit: a change of default must not move the vector
        compression: Compression::DEFAULT,
        created: 1_764_320_400,
    };
    let cfg = sealed::seal(
        FormatVersion::V1,
        ObjectKind::Config,
        &master.metadata_key(),
        CONFIG_MAGIC,
        repo,
        ObjectId::from_bytes([0x77; 16]),
        &config.encode(),
    )
    .unwrap();
    put("config.sealed", hex(&cfg));

    let snapshot = fixed_snapshot();
    put("snapshot.body_v2", hex(&snapshot.encode()));
    put("snapshot.body_v1", hex(&snapshot_body_v1(&snapshot)));
    let snap = sealed::seal(
        FormatVersion::V1,
        ObjectKind::Snapshot,
        &master.metadata_key(),
        SNAPSHOT_MAGIC,
        repo,
        snapshot.id,
        &snapshot.encode(),
    )
    .unwrap();
    put("snapshot.sealed", hex(&snap));

    put("id_list.body", hex(&fixed_id_list().encode()));
    put("presence.body", hex(&fixed_presence().encode()));
    for (name, object, magic, body) in lifecycle_objects() {
        let id = object.sealed_id().unwrap();
        let bytes = sealed::seal(
            FormatVersion::V1,
            object.kind(),
            &master.metadata_key(),
            magic,
            repo,
            id,
            &body,
        )
        .unwrap();
        put(name, hex(&bytes));
    }

    let kdf = KdfParams::insecure_for_tests(64, 1, 1).unwrap();
    let slot = Slot::create_with_salt(
        &master,
        &Credential::passphrase("pass"),
        kdf,
        repo,
        SlotId::from_bytes([0x88; 16]),
        1_764_320_400,
        [0x99; 32],
    )
    .unwrap();
    put("slot.passphrase", hex(&slot));
    let rk = RecoveryKey::from_secret_for_tests([0xAA; 16]);
    put("recovery_key.text", rk.to_text().to_string());
    let slot = Slot::create_with_salt(
        &master,
        &Credential::RecoveryKey(rk),
        kdf,
        repo,
        SlotId::from_bytes([0x89; 16]),
        1_764_320_400,
        [0x9A; 32],
    )
    .unwrap();
    put("slot.recovery_key", hex(&slot));

    let mut zstd = Vec::new();
    Compression::Zstd(3)
        .encode_into("sealvault ".repeat(40).as_bytes(), &mut zstd)
        .unwrap();
    put("zstd.sealvault_x40", hex(&zstd));
    put(
        "padme",
        [0u64, 1, 9, 1000, 123_456, 16 << 20, (16 << 20) + 1]
            .iter()
            .map(|&l| padme(l).to_string())
            .collect::<Vec<_>>()
            .join(","),
    );
    v
}

fn parse(text: &str) -> BTreeMap<String, String> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_once(" = "))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[test]
fn stored_bytes_match_the_golden_vectors() {
    compare(FormatVersion::V1, compute());
}

#[test]
fn version_2_bytes_match_the_golden_vectors() {
    compare(FormatVersion::V2, compute_v2());
}

fn compare(format: FormatVersion, computed: BTreeMap<String, String>) {
    let path = vector_file_of(format);
    if std::env::var_os("SEALVAULT_BLESS").is_some() {
        let mut text = format!(
            "# sealvault format v{format} golden vectors: written by `SEALVAULT_BLESS=1 cargo test -p sealvault golden`.\n\
             # A change here changes stored bytes: it needs a new format version (see engine/FORMAT.md).\n",
        );
        for (k, v) in &computed {
            text.push_str(&format!("{k} = {v}\n"));
        }
        std::fs::write(&path, text).unwrap();
    }
    let pinned = parse(
        &std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("{} is missing", path.display())),
    );
    let mut diffs = Vec::new();
    for key in computed.keys().chain(pinned.keys()) {
        // zstd encoders may change output between releases; that vector is checked by decoding.
        let compared = !key.starts_with("zstd.") || !pinned.contains_key(key);
        if compared && computed.get(key) != pinned.get(key) && !diffs.contains(key) {
            diffs.push(key.clone());
        }
    }
    assert!(diffs.is_empty(), "stored bytes changed for: {diffs:?}");
}

#[test]
fn pinned_zstd_blob_still_decodes() {
    // Encoded at level 3 when the vectors were blessed: tag 1 then one zstd frame.
    let pinned = parse(&std::fs::read_to_string(vector_file()).unwrap());
    let bytes = pinned_bytes(&pinned, "zstd.sealvault_x40");
    let plain = Compression::decode(&bytes, 400, "vector").unwrap();
    assert_eq!(&plain[..], "sealvault ".repeat(40).as_bytes());
}

fn pinned_bytes(pinned: &BTreeMap<String, String>, key: &str) -> Vec<u8> {
    let Some(text) = pinned.get(key) else {
        panic!("vector {key} missing");
    };
    let mut bytes = vec![0u8; text.len() / 2];
    crate::primitives::id::unhex(text, &mut bytes).unwrap();
    bytes
}

#[test]
fn pinned_version_2_objects_still_open() {
    // Read from the file: the padded envelope and the version 2 config keep opening.
    let pinned = parse(&std::fs::read_to_string(vector_file_of(FormatVersion::V2)).unwrap());
    for (name, object, _, _) in v2_sealed_objects() {
        let len = pinned_bytes(&pinned, name).len() as u64;
        assert_eq!(len, sealed::padded_len(object.kind(), len), "{name}");
    }
    assert_pinned_objects_open(&pinned, v2_sealed_objects());
    let master = MasterKey::from_bytes(&mut [0x11; 32]);
    let repo = RepoId::from_bytes([0x22; 16]);
    let config = pinned_bytes(&pinned, "config.sealed");
    assert_eq!(config.len(), 512);
    assert_eq!(
        RepoConfig::open(&master.metadata_key(), repo, config).unwrap(),
        v2_config()
    );
    // The pinned shares, typed as pinned, open the pinned slot.
    let typed = [
        &pinned["recovery_share.1_of_split_a1b2c3"],
        &pinned["recovery_share.3_of_split_a1b2c3"],
    ];
    let slot = Slot::decode(&pinned_bytes(&pinned, "slot.recovery_shares"), "slot").unwrap();
    let opened = slot
        .unlock(&Credential::recovery_shares(&typed).unwrap())
        .unwrap()
        .expect("pinned shares open the pinned slot");
    assert_eq!(opened.expose(), master.expose());
}

#[test]
fn pinned_bodies_still_decode() {
    // Read from the file, not re-encoded: the decoders must keep reading what was written.
    let pinned = parse(&std::fs::read_to_string(vector_file()).unwrap());
    let expected = fixed_snapshot();
    let id = expected.id;
    let v2 = pinned_bytes(&pinned, "snapshot.body_v2");
    assert_eq!(v2[0], 2, "the current snapshot body is version 2");
    assert_eq!(Snapshot::decode(id, &v2, "v2").unwrap(), expected);
    let v1 = pinned_bytes(&pinned, "snapshot.body_v1");
    assert_eq!(v1[0], 1);
    assert_eq!(
        Snapshot::decode(id, &v1, "v1").unwrap(),
        Snapshot {
            seen: Vec::new(),
            ..expected
        },
        "a version 1 snapshot reads with nothing seen"
    );
    let list = pinned_bytes(&pinned, "id_list.body");
    assert_eq!(IdList::decode(&list, "ids").unwrap(), fixed_id_list());
    let presence = pinned_bytes(&pinned, "presence.body");
    assert_eq!(
        PresenceBody::decode(&presence, "presence").unwrap(),
        fixed_presence()
    );

    assert_pinned_objects_open(&pinned, lifecycle_objects());
}

/// Opens each pinned sealed object of `objects` (under the fixed master key and repository)
/// and compares its body.
fn assert_pinned_objects_open(
    pinned: &BTreeMap<String, String>,
    objects: impl IntoIterator<Item = (&'static str, Object, &'static [u8; 8], Vec<u8>)>,
) {
    let master = MasterKey::from_bytes(&mut [0x11; 32]);
    let repo = RepoId::from_bytes([0x22; 16]);
    for (name, object, magic, body) in objects {
        let (_, opened) = sealed::open(
            object.kind(),
            &master.metadata_key(),
            magic,
            repo,
            object.sealed_id(),
            pinned_bytes(pinned, name),
            name,
        )
        .unwrap();
        assert_eq!(opened, body, "{name}");
    }
}
