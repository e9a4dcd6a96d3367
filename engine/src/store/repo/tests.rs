//! Tests of the repository handle: no key and nonce pair repeats across packs.

use std::collections::HashSet;

use super::*;
use crate::backend::MemoryBackend;
use crate::primitives::chunk::ChunkerConfig;
use crate::store::pack;
use crate::store::slots::KdfParams;

/// Many packs written by several threads: every pack has its own key and uid, and within a
/// pack every blob nonce (its offset) is distinct, so no (key, nonce) pair ever repeats.
#[test]
fn no_key_nonce_pair_repeats_across_many_packs() {
    let backend = Arc::new(MemoryBackend::new());
    let options = InitOptions {
        chunker: ChunkerConfig::new(16 << 10, 64 << 10, 1 << 20, 1).unwrap(),
        pack_size: 1 << 20,
        kdf: KdfParams::insecure_for_tests(64, 1, 1).unwrap(),
        compression: Compression::Off,
        ..InitOptions::default()
    };
    let repo = Repository::init(backend.clone(), &Credential::passphrase("p"), &options).unwrap();
    std::thread::scope(|s| {
        for t in 0..4u64 {
            let repo = &repo;
            s.spawn(move || {
                for i in 0..400u64 {
                    let mut blob = vec![0u8; 4096 + (i as usize % 7) * 1000];
                    blob[..8].copy_from_slice(&(t * 1000 + i).to_le_bytes());
                    repo.store(BlobKind::Data, &blob).unwrap();
                }
            });
        }
    });
    repo.flush().unwrap();
    let packs = backend.list(ObjectKind::Pack.prefix()).unwrap();
    assert!(packs.len() >= 6, "only {} packs", packs.len());
    let mut keys = HashSet::new();
    let mut uids = HashSet::new();
    let mut blobs = 0;
    for p in &packs {
        let bytes = backend.get(&p.name).unwrap();
        let tail = &bytes[bytes.len() - pack::TRAILER_LEN..];
        let t = pack::parse_trailer(bytes.len() as u64, tail, &p.name).unwrap();
        let key = pack::unwrap_key(&repo.wrapping, repo.id, &t.uid, &t.wrapped, &p.name).unwrap();
        assert!(keys.insert(*key.expose()), "pack key reused");
        assert!(uids.insert(t.uid), "pack uid reused");
        let entries = pack::verify_pack(
            &bytes,
            t.checksum,
            &repo.wrapping,
            repo.id,
            &repo.ids,
            &p.name,
        )
        .unwrap();
        let offsets: HashSet<u32> = entries.iter().map(|e| e.offset).collect();
        assert_eq!(offsets.len(), entries.len(), "nonce repeated within a pack");
        blobs += entries.len();
    }
    assert_eq!(blobs, 1600, "{} packs", packs.len());
}
