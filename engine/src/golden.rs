//! Golden vectors: every byte sealvault stores, pinned in `corpus/vectors/format-v1.txt`.
//!
//! Derived keys, gear tables, cut points, blob ids, a whole pack, a sealed metadata object, a
//! config, a key slot and a recovery key are computed here from fixed inputs and compared with
//! the file. A mismatch means stored bytes changed: that needs a new format version, not a new
//! vector file. To (re)write the file deliberately: `SEALVAULT_BLESS=1 cargo test -p sealvault
//! golden`. zstd output is pinned only by decoding (encoders may change between zstd releases
//! without a format change).

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::primitives::chunk::{Chunker, ChunkerConfig};
use crate::primitives::compress::Compression;
use crate::primitives::id::{ObjectId, RepoId, SlotId, hex};
use crate::primitives::keys::{MasterKey, PackKey};
use crate::store::config::{CONFIG_MAGIC, RepoConfig};
use crate::store::index::{SEGMENT_MAGIC, Segment, SegmentEntry, SegmentPack};
use crate::store::pack::{BlobKind, PackWriter, padme};
use crate::store::sealed;
use crate::store::slots::{Credential, KdfParams, RecoveryKey, Slot};
use sealvault_corpus::xorshift_bytes;

fn vector_file() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../corpus/vectors/format-v1.txt")
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
    let default = Chunker::new(&ChunkerConfig::DEFAULT, master.chunker_key().gear_table());
    put("cuts.default.xorshift_6mib", cut_offsets(&default, &data));
    let small = Chunker::new(
        &ChunkerConfig::new(2048, 8192, 32768, 1).unwrap(),
        master.chunker_key().gear_table(),
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
        &master.metadata_key(),
        SEGMENT_MAGIC,
        repo,
        ObjectId::from_bytes([0x66; 16]),
        &segment.encode(),
    )
    .unwrap();
    put("index_segment.sealed", hex(&seg));

    let config = RepoConfig {
        chunker: ChunkerConfig::DEFAULT,
        pack_size: 16 << 20, // explicit: a change of default must not move the vector
        compression: Compression::DEFAULT,
        created: 1_764_320_400,
    };
    let cfg = sealed::seal(
        &master.metadata_key(),
        CONFIG_MAGIC,
        repo,
        ObjectId::from_bytes([0x77; 16]),
        &config.encode(),
    )
    .unwrap();
    put("config.sealed", hex(&cfg));

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
    let computed = compute();
    let path = vector_file();
    if std::env::var_os("SEALVAULT_BLESS").is_some() {
        let mut text = String::from(
            "# sealvault format v1 golden vectors: written by `SEALVAULT_BLESS=1 cargo test -p sealvault golden`.\n\
             # A change here changes stored bytes: it needs a new format version (see engine/FORMAT.md).\n",
        );
        for (k, v) in &computed {
            text.push_str(&format!("{k} = {v}\n"));
        }
        std::fs::write(&path, text).unwrap();
    }
    let pinned =
        parse(&std::fs::read_to_string(&path).expect("corpus/vectors/format-v1.txt is missing"));
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
    let Some(frame) = pinned.get("zstd.sealvault_x40") else {
        panic!("zstd vector missing");
    };
    let mut bytes = vec![0u8; frame.len() / 2];
    crate::primitives::id::unhex(frame, &mut bytes).unwrap();
    let plain = Compression::decode(&bytes, 400, "vector").unwrap();
    assert_eq!(&plain[..], "sealvault ".repeat(40).as_bytes());
}
