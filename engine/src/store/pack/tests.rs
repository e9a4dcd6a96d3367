//! Tests of the pack format: round trips, every flipped byte, swapped blobs, padding, nonces.

use super::*;
use crate::primitives::keys::MasterKey;
use proptest::prelude::*;

struct Fixture {
    master: MasterKey,
    repo: RepoId,
}

impl Fixture {
    fn new() -> Self {
        Fixture {
            master: MasterKey::generate().unwrap(),
            repo: RepoId::from_bytes([4; 16]),
        }
    }

    fn pack(&self, blobs: &[(BlobKind, Vec<u8>)], c: Compression) -> FinishedPack {
        let mut w =
            PackWriter::new(&self.master.wrapping_key(), self.repo, Vec::new(), 1 << 16).unwrap();
        let ids = self.master.chunk_id_key();
        for (kind, data) in blobs {
            w.add(*kind, ids.blob_id(data), data, c).unwrap();
        }
        w.finish().unwrap()
    }

    fn key(&self, p: &FinishedPack) -> (AeadKey, [u8; 16]) {
        let t = parse_trailer(
            p.bytes.len() as u64,
            &p.bytes[p.bytes.len() - TRAILER_LEN..],
            "p",
        )
        .unwrap();
        let k = unwrap_key(
            &self.master.wrapping_key(),
            self.repo,
            &t.uid,
            &t.wrapped,
            "p",
        )
        .unwrap();
        (k.aead(), t.uid)
    }

    fn verify(&self, bytes: &[u8], name: PackId) -> Result<Vec<PackEntry>> {
        let ids = self.master.chunk_id_key();
        verify_pack(
            bytes,
            name,
            &self.master.wrapping_key(),
            self.repo,
            &ids,
            "pack",
        )
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]
    #[test]
    fn round_trips(blobs in proptest::collection::vec(
        (prop_oneof![Just(BlobKind::Data), Just(BlobKind::Tree)],
         proptest::collection::vec(any::<u8>(), 0..3000)), 0..12)) {
        let f = Fixture::new();
        let p = f.pack(&blobs, Compression::Zstd(3));
        prop_assert_eq!(p.bytes.len() as u64, padme(p.bytes.len() as u64));
        let entries = f.verify(&p.bytes, p.id).unwrap();
        prop_assert_eq!(entries.len(), blobs.len());
        // Each blob opens alone from its range, as `load` reads it.
        let (aead, uid) = f.key(&p);
        for (e, (kind, data)) in entries.iter().zip(&blobs) {
            prop_assert_eq!(e.kind, *kind);
            prop_assert_eq!(e.raw_len as usize, data.len());
            let mut sealed = p.bytes[e.offset as usize..][..e.stored_len as usize].to_vec();
            let mut scratch = Vec::new();
            let got = open_blob(&aead, &uid, e, &mut sealed, &f.master.chunk_id_key(), "b", &mut scratch).unwrap();
            prop_assert_eq!(got, &data[..]);
        }
    }
}

#[test]
fn every_flipped_byte_of_a_small_pack_is_an_error() {
    let f = Fixture::new();
    let text: Vec<u8> = b"compressible text ".repeat(100);
    let p = f.pack(
        &[
            (BlobKind::Data, b"hello".to_vec()),
            (BlobKind::Tree, text),
            (BlobKind::Data, vec![]),
        ],
        Compression::Zstd(3),
    );
    for i in 0..p.bytes.len() {
        let mut b = p.bytes.clone();
        b[i] ^= 0x04;
        let e = f
            .verify(&b, p.id)
            .expect_err(&format!("byte {i} of {}", b.len()));
        assert!(
            matches!(
                e.kind(),
                crate::ErrorKind::Integrity | crate::ErrorKind::UnsupportedFormat
            ),
            "byte {i}: {e}"
        );
    }
    for len in [0, 1, TRAILER_LEN - 1, TRAILER_LEN, p.bytes.len() - 1] {
        assert!(f.verify(&p.bytes[..len], p.id).is_err());
    }
}

#[test]
fn blobs_cannot_be_swapped_moved_or_relabelled() {
    let f = Fixture::new();
    let p = f.pack(
        &[
            (BlobKind::Data, b"aaaa".to_vec()),
            (BlobKind::Data, b"bbbb".to_vec()),
        ],
        Compression::Off,
    );
    let (aead, uid) = f.key(&p);
    let ids = f.master.chunk_id_key();
    let entries = f.verify(&p.bytes, p.id).unwrap();
    let (a, b) = (entries[0], entries[1]);
    let sealed_b = p.bytes[b.offset as usize..][..b.stored_len as usize].to_vec();
    // Opens b's sealed bytes as `entry` of the pack with `uid`.
    let opens = |uid: &[u8; 16], entry: &PackEntry| {
        open_blob(
            &aead,
            uid,
            entry,
            &mut sealed_b.clone(),
            &ids,
            "x",
            &mut Vec::new(),
        )
        .is_ok()
    };
    // b's bytes presented as a's (same length): wrong nonce and wrong id in the AAD.
    assert!(!opens(&uid, &a));
    // b at its own offset but labelled as a tree.
    let relabelled = PackEntry {
        kind: BlobKind::Tree,
        ..b
    };
    assert!(!opens(&uid, &relabelled));
    // b with another pack's uid.
    assert!(!opens(&[0; 16], &b));
    assert!(opens(&uid, &b));
}

#[test]
fn wrong_repository_key_cannot_unwrap() {
    let f = Fixture::new();
    let p = f.pack(&[(BlobKind::Data, b"x".to_vec())], Compression::Off);
    let other = Fixture {
        master: MasterKey::generate().unwrap(),
        repo: f.repo,
    };
    assert!(other.verify(&p.bytes, p.id).unwrap_err().is_integrity());
}

#[test]
fn checksum_is_checkable_without_keys_and_names_the_pack() {
    let f = Fixture::new();
    let p = f.pack(&[(BlobKind::Data, b"x".to_vec())], Compression::Off);
    verify_checksum(&p.bytes, p.id, "p").unwrap();
    let other = PackId::from_bytes([0; 16]);
    assert!(verify_checksum(&p.bytes, other, "p").is_err());
}

#[test]
fn padme_matches_the_paper() {
    assert_eq!(padme(0), 0);
    assert_eq!(padme(1), 1);
    assert_eq!(padme(9), 10);
    assert_eq!(padme(16 << 20), 16 << 20);
    assert_eq!(padme((16 << 20) + 1), (16 << 20) + (1 << 19));
    for len in [100u64, 1000, 12345, 1 << 20, (1 << 24) + 7, 1 << 33] {
        let p = padme(len);
        assert!(p >= len && (p - len) * 100 <= len * 12, "{len} -> {p}");
        assert_eq!(padme(p), p);
    }
}

#[test]
fn nonces_never_repeat_within_a_pack() {
    let f = Fixture::new();
    let blobs: Vec<_> = (0..50u8)
        .map(|i| (BlobKind::Data, vec![i; usize::from(i)]))
        .collect();
    let p = f.pack(&blobs, Compression::Off);
    let entries = f.verify(&p.bytes, p.id).unwrap();
    let mut offsets: Vec<u32> = entries.iter().map(|e| e.offset).collect();
    offsets.dedup();
    assert_eq!(offsets.len(), 50);
}
