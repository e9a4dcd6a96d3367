//! Entry points for the fuzz targets in `fuzz/` and the regression replays in
//! `engine/tests/fuzz_regressions.rs`: every decoder of untrusted bytes, reachable without
//! keys (decoders that run after authentication are called on plaintext directly, so the code
//! behind the MAC is fuzzed too, with no test-only bypass in the real path). Not a stable API.
//!
//! Each function must return (an error or not) for any input: a panic, a hang or an
//! allocation out of proportion to the input is a bug.

use std::io::Read;

use crate::files::snapshot::Snapshot;
use crate::files::tree::Tree;
use crate::primitives::chunk::{Chunker, ChunkerConfig};
use crate::primitives::compress::Compression;
use crate::primitives::id::{ObjectId, RepoId};
use crate::primitives::keys::{ChunkerKey, MasterKey, MetadataKey};
use crate::store::config::RepoConfig;
use crate::store::format::FormatVersion;
use crate::store::index::{SEGMENT_MAGIC, Segment};
use crate::store::lifecycle::presence::PresenceBody;
use crate::store::lifecycle::records::IdList;
use crate::store::slots::{
    Credential, KdfParams, RecoveryKey, RecoverySecret, RecoveryShare, Slot, SplitId,
};

/// A fuzz entry point: must return for any input.
pub type Target = fn(&[u8]);

/// The targets, by name: the fuzz target of the same name and the regression corpus folder.
pub const TARGETS: &[(&str, Target)] = &[
    ("config", config),
    ("key_slot", key_slot),
    ("recovery_key", recovery_key),
    ("recovery_shares", recovery_shares),
    ("pack_trailer", pack_trailer),
    ("pack_header", pack_header),
    ("pack", pack),
    ("index_segment", index_segment),
    ("tree", tree),
    ("snapshot", snapshot),
    ("id_list", id_list),
    ("presence", presence),
    ("sealed_open", sealed_open),
    ("compress", compress),
    ("chunker", chunker),
];

fn fixed_master() -> MasterKey {
    MasterKey::from_bytes(&mut [0x42; 32])
}

/// The config: its plaintext header, then its body (as after authentication).
pub fn config(data: &[u8]) {
    let _ = crate::store::config::peek(data);
    for format in [FormatVersion::V1, FormatVersion::V2] {
        if let Ok(c) = RepoConfig::decode(format, data, "config") {
            // Whatever decodes must re-encode to the same bytes.
            assert_eq!(c.encode(), data, "config round trip");
        }
    }
}

/// A key slot, and an unlock attempt with a cheap credential (bounded by the KDF caps).
pub fn key_slot(data: &[u8]) {
    if let Ok(slot) = Slot::decode(data, "slot") {
        // Do not run Argon2 with fuzzer-chosen costs: the caps are tested elsewhere, and a
        // 4 GiB, 64-pass KDF per input would only slow the fuzzer down.
        if slot
            .info
            .kdf
            .is_none_or(|k| k.memory_kib() <= 64 && k.iterations() <= 2)
        {
            let _ = slot.unlock(&Credential::key_file(vec![1u8; 32]).expect("32 bytes"));
            let _ = slot.unlock(&Credential::passphrase("p"));
            // A shares credential of the slot's own split, so the unwrap is reached.
            let split = slot.info.shares.map_or(SplitId([0; 3]), |p| p.split);
            let _ = slot.unlock(&Credential::RecoveryShares(RecoverySecret {
                split,
                dealt: None,
                secret: zeroize::Zeroizing::new([3; 16]),
            }));
        }
    }
    let _ = KdfParams::insecure_for_tests(64, 1, 1);
}

/// Recovery-key text as typed by a person.
pub fn recovery_key(data: &[u8]) {
    if let Ok(text) = std::str::from_utf8(data)
        && let Ok(key) = RecoveryKey::parse(text)
    {
        let again = RecoveryKey::parse(&key.to_text()).expect("own text parses");
        assert_eq!(again.to_text().as_str(), key.to_text().as_str());
    }
}

/// Recovery-share texts as typed, one per line, each parsed and then combined as unlocking
/// does.
pub fn recovery_shares(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let lines: Vec<&str> = text.lines().collect();
    for line in &lines {
        if let Ok(share) = RecoveryShare::parse(line) {
            let again = RecoveryShare::parse(&share.to_text()).expect("own text parses");
            assert_eq!(again.to_text().as_str(), share.to_text().as_str());
        }
    }
    let _ = Credential::recovery_shares(&lines);
}

/// A pack trailer (read without keys).
pub fn pack_trailer(data: &[u8]) {
    let len = data.len() as u64 + u64::from(data.first().copied().unwrap_or(0)) * 1000;
    let _ = crate::store::pack::parse_trailer(len, data, "pack");
}

/// A pack header's plaintext (as after authentication); the first 8 bytes set the layout size.
pub fn pack_header(data: &[u8]) {
    if data.len() < 8 {
        return;
    }
    let total = u64::from_le_bytes(data[..8].try_into().expect("8 bytes")) % (1 << 33);
    let _ = crate::store::pack::parse_header(&data[8..], total, "pack");
}

/// A whole pack under fixed keys: checksum, trailer, key unwrap, header, padding, blobs.
pub fn pack(data: &[u8]) {
    let m = fixed_master();
    let name = crate::primitives::id::PackId::from_bytes(
        xxhash_rust::xxh3::xxh3_128(data.get(..data.len().saturating_sub(24)).unwrap_or(&[]))
            .to_le_bytes(),
    );
    let _ = crate::store::pack::verify_pack(
        data,
        name,
        &m.wrapping_key(),
        RepoId::from_bytes([0; 16]),
        &m.chunk_id_key(),
        "pack",
    );
}

/// An index segment body (as after authentication); round trip if it decodes.
pub fn index_segment(data: &[u8]) {
    if let Ok(seg) = Segment::decode(data, "segment") {
        assert_eq!(seg.encode(), data, "segment round trip");
    }
}

/// A tree (a blob's plaintext); round trip if it decodes.
pub fn tree(data: &[u8]) {
    if let Ok(t) = Tree::decode(data, "tree") {
        assert_eq!(t.encode(), data, "tree round trip");
    }
}

/// A snapshot body (as after authentication); round trip if it decodes.
pub fn snapshot(data: &[u8]) {
    let id = ObjectId::from_bytes([0; 16]);
    if let Ok(s) = Snapshot::decode(id, data, "snapshot") {
        let again = Snapshot::decode(id, &s.encode(), "snapshot").expect("own encoding decodes");
        assert_eq!(again, s, "snapshot round trip");
    }
}

/// An id-list body (pending-deletion and forget records, as after authentication); round trip
/// if it decodes.
pub fn id_list(data: &[u8]) {
    if let Ok(l) = IdList::decode(data, "record") {
        assert_eq!(l.encode(), data, "id list round trip");
    }
}

/// A presence body (session and lease objects, as after authentication); round trip if it
/// decodes.
pub fn presence(data: &[u8]) {
    if let Ok(p) = PresenceBody::decode(data, "presence") {
        assert_eq!(p.encode(), data, "presence round trip");
    }
}

/// A sealed metadata object under a fixed key: forged ciphertext must never authenticate.
pub fn sealed_open(data: &[u8]) {
    let key = MetadataKey::from_bytes(&mut [7; 32]);
    let repo = RepoId::from_bytes([0; 16]);
    let opened = crate::store::sealed::open(
        crate::ObjectKind::Index,
        &key,
        SEGMENT_MAGIC,
        repo,
        None,
        data.to_vec(),
        "object",
    );
    assert!(opened.is_err(), "random bytes authenticated");
}

/// Blob decoding with a declared length from the first 3 bytes; and encode -> decode.
pub fn compress(data: &[u8]) {
    if data.len() < 3 {
        return;
    }
    let raw_len = usize::from(data[0]) << 16 | usize::from(data[1]) << 8 | usize::from(data[2]);
    let _ = Compression::decode(&data[3..], raw_len, "blob");
    let mut enc = Vec::new();
    Compression::Zstd(1)
        .encode_into(&data[3..], &mut enc)
        .expect("encode");
    let dec = Compression::decode(&enc, data.len() - 3, "blob").expect("own encoding decodes");
    assert_eq!(&dec[..], &data[3..], "compression round trip");
    // As restore decodes: one scratch reused after a hostile blob left whatever it left.
    let mut scratch = vec![0xA5; raw_len % 4096];
    let _ = Compression::decode_into(&data[3..], raw_len, "blob", &mut scratch);
    let dec = Compression::decode_into(&enc, data.len() - 3, "blob", &mut scratch)
        .expect("own encoding decodes into a used scratch");
    assert_eq!(dec, &data[3..], "round trip through a reused scratch");
}

/// A reader over `.0` that hands out at most `.1` bytes per call: streaming code must give the
/// same result however its input arrives.
pub struct Trickle<'a>(pub &'a [u8], pub usize);

impl Read for Trickle<'_> {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        let n = self.1.min(out.len()).min(self.0.len());
        out[..n].copy_from_slice(&self.0[..n]);
        self.0 = &self.0[n..];
        Ok(n)
    }
}

/// Chunker invariants on arbitrary data: lengths within bounds, slice and stream agree.
pub fn chunker(data: &[u8]) {
    // The first byte picks the algorithm, so both scans see every input shape.
    let (algorithm, data) = match data.split_first() {
        Some((b, rest)) if b & 1 == 1 => (crate::ChunkerAlgorithm::FastCdc, rest),
        Some((_, rest)) => (crate::ChunkerAlgorithm::GearAes, rest),
        None => (crate::ChunkerAlgorithm::GearAes, data),
    };
    let cfg = ChunkerConfig::new(64, 256, 1024, 1)
        .expect("valid sizes")
        .with_algorithm(algorithm);
    let c = Chunker::new(&cfg, &ChunkerKey::from_bytes(&mut [3; 32]));
    let slice: Vec<usize> = c.chunks(data).map(<[u8]>::len).collect();
    assert_eq!(slice.iter().sum::<usize>(), data.len());
    for (i, &l) in slice.iter().enumerate() {
        assert!(
            l <= 1024 && (l >= 64 || i + 1 == slice.len()),
            "chunk length {l}"
        );
    }
    let mut s = c.stream(Trickle(data, 7));
    let mut stream = Vec::new();
    while let Some(chunk) = s.next_chunk().expect("reading memory") {
        stream.push(chunk.len());
    }
    assert_eq!(stream, slice, "slice and stream chunkers disagree");
}

/// Valid encodings to start the fuzzers from (written to `fuzz/seeds/<target>/` by
/// `SEALVAULT_WRITE_SEEDS=1 cargo test -p sealvault --test fuzz_regressions`).
pub fn seeds() -> Vec<(&'static str, Vec<u8>)> {
    use crate::files::tree::{ContentRange, Node, NodeKind};
    use crate::store::index::{SegmentEntry, SegmentPack};
    use crate::store::pack::{BlobKind, PackWriter};
    let m = fixed_master();
    let repo = RepoId::from_bytes([0; 16]);
    let ids = m.chunk_id_key();
    let mut out = Vec::new();

    let config = RepoConfig {
        format: FormatVersion::CURRENT,
        chunker: ChunkerConfig::DEFAULT,
        pack_size: RepoConfig::DEFAULT_PACK_SIZE,
        compression: Compression::DEFAULT,
        created: 1_764_320_400,
    };
    out.push(("config", config.encode()));
    let slot = Slot::create_with_salt(
        &m,
        &Credential::passphrase("p"),
        KdfParams::insecure_for_tests(64, 1, 1).expect("valid"),
        repo,
        crate::primitives::id::SlotId::from_bytes([1; 16]),
        0,
        [2; 32],
    )
    .expect("slot");
    out.push(("key_slot", slot));
    out.push((
        "recovery_key",
        RecoveryKey::generate()
            .expect("rng")
            .to_text()
            .as_bytes()
            .to_vec(),
    ));

    let (_, shares) = crate::store::slots::deal(2, 3).expect("rng");
    let typed: Vec<String> = shares.iter().map(|s| s.to_text().to_string()).collect();
    out.push(("recovery_shares", typed.join("\n").into_bytes()));

    let mut w = PackWriter::new(&m.wrapping_key(), repo, Vec::new(), 0).expect("writer");
    for data in [
        &b"hello"[..],
        &b"compressible compressible compressible"[..],
        b"",
    ] {
        w.add(
            BlobKind::Data,
            ids.blob_id(data),
            data,
            Compression::Zstd(3),
        )
        .expect("add");
    }
    let entries = w.entries().to_vec();
    let pack = w.finish().expect("finish").bytes;
    out.push((
        "pack_trailer",
        pack[pack.len() - crate::store::pack::TRAILER_LEN..].to_vec(),
    ));
    let mut header = Vec::new();
    let blobs: u64 = entries.iter().map(|e| u64::from(e.stored_len)).sum();
    header.extend_from_slice(&(blobs + 100).to_le_bytes());
    header.extend_from_slice(&(entries.len() as u32).to_le_bytes());
    header.extend_from_slice(&100u32.to_le_bytes());
    for e in &entries {
        header.push(e.kind.code());
        header.extend_from_slice(e.id.as_bytes());
        header.extend_from_slice(&e.stored_len.to_le_bytes());
        header.extend_from_slice(&e.raw_len.to_le_bytes());
    }
    header.resize(8 + 4096, 0);
    out.push(("pack_header", header));
    out.push(("pack", pack.clone()));

    let seg = Segment {
        packs: vec![SegmentPack {
            id: crate::primitives::id::PackId::from_bytes([3; 16]),
            uid: [4; 16],
            wrapped: crate::primitives::keys::WrappedPackKey([5; 48]),
            len: pack.len() as u64,
        }],
        entries: entries
            .iter()
            .map(|e| SegmentEntry {
                id: e.id,
                pack: 0,
                offset: e.offset,
                stored_len: e.stored_len,
                raw_len: e.raw_len,
                kind: e.kind,
            })
            .collect(),
    };
    out.push(("index_segment", seg.encode()));

    let mut file = Node::new(b"notes.txt".to_vec(), NodeKind::File);
    file.size = 5;
    file.xattrs = vec![(b"user.a".to_vec(), b"1".to_vec())];
    file.content = vec![ContentRange {
        id: ids.blob_id(b"hello"),
        offset: 0,
        len: 5,
    }];
    let mut dir = Node::new(b"sub".to_vec(), NodeKind::Dir);
    dir.subtree = Some(ids.blob_id(b"tree"));
    let mut link = Node::new(b"link".to_vec(), NodeKind::Symlink);
    link.target = b"../notes.txt".to_vec();
    out.push((
        "tree",
        Tree {
            nodes: vec![file, dir, link],
        }
        .encode(),
    ));

    let snap = Snapshot {
        id: ObjectId::from_bytes([0; 16]),
        time_ns: 1,
        host: "h".into(),
        username: "u".into(),
        paths: vec![b"/home".to_vec()],
        tags: vec!["t".into()],
        root: ids.blob_id(b"root"),
        parent: None,
        previous: Some(ObjectId::from_bytes([9; 16])),
        seen: vec![ObjectId::from_bytes([9; 16])],
        summary: Default::default(),
        issues: vec![],
        program: "sealvault".into(),
    };
    out.push(("snapshot", snap.encode()));
    out.push((
        "id_list",
        IdList {
            client_ns: 1_764_320_400_000_000_000,
            ids: vec![[3; 16], [9; 16]],
        }
        .encode(),
    ));
    out.push((
        "presence",
        PresenceBody {
            seq: 1,
            pid: 4242,
            client_ns: 1_764_320_400_000_000_000,
            host: "h".into(),
        }
        .encode(),
    ));
    let other = MetadataKey::from_bytes(&mut [8; 32]);
    let sealed = crate::store::sealed::seal(
        FormatVersion::CURRENT,
        crate::ObjectKind::Index,
        &other,
        SEGMENT_MAGIC,
        repo,
        ObjectId::from_bytes([1; 16]),
        &seg.encode(),
    )
    .expect("seal");
    out.push(("sealed_open", sealed));
    let mut blob = vec![0, 0, 40];
    blob.extend_from_slice(b"compressible compressible compressible!!");
    out.push(("compress", blob));
    out.push((
        "chunker",
        ChunkerKey::from_bytes(&mut [1; 32])
            .gear_table()
            .entries()
            .iter()
            .flat_map(|g| g.to_le_bytes())
            .collect(),
    ));
    out
}
