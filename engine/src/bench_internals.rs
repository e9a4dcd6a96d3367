//! Thin wrappers over crate-private stages, for the criterion benches in `bench/` only.
//! Not a stable API: hidden from the docs and free to change.

use crate::primitives::compress::Compression;
use crate::primitives::id::{BlobId, PackId, RepoId};
use crate::primitives::keys::{MasterKey, WrappedPackKey};
use crate::store::index::{Index, Reservation, Segment, SegmentEntry, SegmentPack};
use crate::store::pack::{BlobKind, PackEntry, PackWriter};

/// Seals `chunks` into one pack (ids computed with a fixed key) and finishes it; returns the
/// pack's length.
pub fn build_pack(chunks: &[&[u8]], compression: Compression) -> usize {
    let ids = MasterKey::from_bytes(&mut [1; 32]).chunk_id_key();
    let with_ids: Vec<(&[u8], BlobId)> = chunks.iter().map(|c| (*c, ids.blob_id(c))).collect();
    pack_chunks(&with_ids, compression, usize::MAX)
}

/// The pack stage alone: encodes (compresses or copies) and seals chunks whose ids are known
/// into packs of `pack_size` bytes, finishing each (padding, header, checksum) in one reused
/// buffer as the writer does. Returns the total bytes of the packs.
pub fn pack_chunks(
    chunks: &[(&[u8], BlobId)],
    compression: Compression,
    pack_size: usize,
) -> usize {
    let master = MasterKey::from_bytes(&mut [1; 32]);
    let wrapping = master.wrapping_key();
    let repo = RepoId::from_bytes([0; 16]);
    let total_in: usize = chunks.iter().map(|(c, _)| c.len()).sum();
    let capacity = pack_size.min(total_in) + (1 << 20);
    let new_writer = |buf| PackWriter::new(&wrapping, repo, buf, capacity).expect("pack writer");
    let mut w = new_writer(Vec::new());
    let mut total = 0;
    for (c, id) in chunks {
        w.add(BlobKind::Data, *id, c, compression).expect("add");
        if w.len() >= pack_size {
            let bytes = w.finish().expect("finish").bytes;
            total += bytes.len();
            w = new_writer(bytes);
        }
    }
    total + w.finish().expect("finish").bytes.len()
}

/// An index preloaded with `n` entries whose ids are `blake3(i)`.
pub struct IndexHarness {
    index: Index,
    slot: u32,
}

/// The id of the `i`-th synthetic entry.
pub fn synthetic_id(i: u64) -> BlobId {
    BlobId::from_bytes(*blake3::hash(&i.to_le_bytes()).as_bytes())
}

impl IndexHarness {
    /// Loads `n` entries as if from one segment.
    pub fn with_entries(n: u64) -> IndexHarness {
        let seg = Segment {
            packs: vec![SegmentPack {
                id: PackId::from_bytes([1; 16]),
                uid: [2; 16],
                wrapped: WrappedPackKey([0; 48]),
                len: u64::from(u32::MAX),
            }],
            entries: (0..n)
                .map(|i| SegmentEntry {
                    id: synthetic_id(i),
                    pack: 0,
                    offset: i as u32,
                    stored_len: 17,
                    raw_len: 0,
                    kind: BlobKind::Data,
                })
                .collect(),
        };
        let index = Index::from_segments(vec![seg]);
        let slot = index.open_pack([3; 16], WrappedPackKey([0; 48]));
        IndexHarness { index, slot }
    }

    /// Whether `id` is indexed (the dedup check of the store path).
    pub fn contains(&self, id: &BlobId) -> bool {
        self.index.contains(id)
    }

    /// Reserves and records a new blob, as the store path does; false if it existed.
    pub fn insert(&self, id: BlobId) -> bool {
        if self.index.reserve(&id) == Reservation::Exists {
            return false;
        }
        let e = PackEntry {
            kind: BlobKind::Data,
            id,
            offset: 0,
            stored_len: 17,
            raw_len: 0,
        };
        self.index.fulfil(self.slot, &e);
        true
    }

    /// Heap bytes per entry.
    pub fn bytes_per_entry(&self) -> f64 {
        self.index.stats().bytes_per_entry()
    }
}
