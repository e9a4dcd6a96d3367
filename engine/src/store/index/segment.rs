//! Index segments: the plaintext body of an `index/<object id>` object (sealed by `sealed`).
//!
//! ```text
//! pack count u32, then per pack:   id (16) | uid (16) | wrapped key (48) | length u64
//! entry count u32, then per entry: blob id (32) | pack u32 | offset u32 | stored u32 | raw u32 | kind u8
//! ```
//! Entries are sorted by blob id, strictly (so the encoding is canonical and has no duplicate).
//! The decoder checks every reference and range before it trusts it.

use crate::error::Result;
use crate::primitives::codec::{Put, Reader};
use crate::primitives::crypto::TAG_LEN;
use crate::primitives::id::{BlobId, PackId};
use crate::primitives::keys::{WRAPPED_PACK_KEY_LEN, WrappedPackKey};
use crate::store::pack::{BlobKind, MAX_PACK_LEN};

pub(crate) const SEGMENT_MAGIC: &[u8; 8] = b"SEALVIDX";
const PACK_LEN: usize = 16 + 16 + WRAPPED_PACK_KEY_LEN + 8;
const ENTRY_LEN: usize = 32 + 4 * 4 + 1;

/// A pack listed in a segment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct SegmentPack {
    pub(crate) id: PackId,
    pub(crate) uid: [u8; 16],
    pub(crate) wrapped: WrappedPackKey,
    pub(crate) len: u64,
}

/// A blob listed in a segment; `pack` indexes the segment's own pack list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct SegmentEntry {
    pub(crate) id: BlobId,
    pub(crate) pack: u32,
    pub(crate) offset: u32,
    pub(crate) stored_len: u32,
    pub(crate) raw_len: u32,
    pub(crate) kind: BlobKind,
}

/// The decoded body of one index segment.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Segment {
    pub(crate) packs: Vec<SegmentPack>,
    pub(crate) entries: Vec<SegmentEntry>,
}

impl Segment {
    /// The canonical encoding (entries sorted by id).
    pub(crate) fn encode(&self) -> Vec<u8> {
        let mut entries = self.entries.clone();
        entries.sort_by_key(|e| e.id);
        let mut out =
            Vec::with_capacity(8 + self.packs.len() * PACK_LEN + entries.len() * ENTRY_LEN);
        out.put_u32(self.packs.len() as u32);
        for p in &self.packs {
            out.put_bytes(p.id.as_bytes());
            out.put_bytes(&p.uid);
            out.put_bytes(&p.wrapped.0);
            out.put_u64(p.len);
        }
        out.put_u32(entries.len() as u32);
        for e in &entries {
            out.put_bytes(e.id.as_bytes());
            out.put_u32(e.pack);
            out.put_u32(e.offset);
            out.put_u32(e.stored_len);
            out.put_u32(e.raw_len);
            out.put_u8(e.kind.code());
        }
        out
    }

    /// This segment without the packs in `gone` and their blobs (references renumbered).
    pub(crate) fn without_packs(&self, gone: &std::collections::HashSet<PackId>) -> Segment {
        let mut renumber = vec![None; self.packs.len()];
        let mut packs = Vec::new();
        for (i, p) in self.packs.iter().enumerate() {
            if !gone.contains(&p.id) {
                renumber[i] = Some(packs.len() as u32);
                packs.push(p.clone());
            }
        }
        let entries = self
            .entries
            .iter()
            .filter_map(|e| {
                let pack = renumber[e.pack as usize]?;
                Some(SegmentEntry { pack, ..*e })
            })
            .collect();
        Segment { packs, entries }
    }

    /// The packs and entries of `segments` in as few segments of at most `max_entries`
    /// entries as whole packs allow (a pack's entries stay in one segment); a pack listed
    /// twice is kept once, and each segment lists a blob once.
    pub(crate) fn merge(segments: Vec<Segment>, max_entries: usize) -> Vec<Segment> {
        let mut seen = std::collections::HashSet::new();
        let mut out: Vec<Segment> = Vec::new();
        for segment in segments {
            let mut per_pack: Vec<Vec<SegmentEntry>> = vec![Vec::new(); segment.packs.len()];
            for e in &segment.entries {
                per_pack[e.pack as usize].push(*e);
            }
            for (pack, entries) in segment.packs.into_iter().zip(per_pack) {
                if !seen.insert(pack.id) {
                    continue;
                }
                let full = out.last().is_none_or(|s| {
                    !s.entries.is_empty() && s.entries.len() + entries.len() > max_entries
                });
                if full {
                    out.push(Segment::default());
                }
                let current = out.last_mut().expect("one at least");
                let index = current.packs.len() as u32;
                current.packs.push(pack);
                current.entries.extend(
                    entries
                        .into_iter()
                        .map(|e| SegmentEntry { pack: index, ..e }),
                );
            }
        }
        for s in &mut out {
            s.entries.sort_by_key(|e| e.id);
            s.entries.dedup_by_key(|e| e.id);
        }
        out.retain(|s| !s.packs.is_empty());
        out
    }

    /// Decodes and validates a segment body.
    pub(crate) fn decode(bytes: &[u8], what: &str) -> Result<Segment> {
        let mut r = Reader::new(bytes, what);
        let n_packs = r.count(PACK_LEN)?;
        let mut packs = Vec::with_capacity(n_packs);
        for _ in 0..n_packs {
            let p = SegmentPack {
                id: PackId::from_bytes(r.array()?),
                uid: r.array()?,
                wrapped: WrappedPackKey(r.array()?),
                len: r.u64()?,
            };
            if p.len > MAX_PACK_LEN as u64 {
                return Err(r.error("pack length beyond 4 GiB"));
            }
            packs.push(p);
        }
        let n_entries = r.count(ENTRY_LEN)?;
        let mut entries: Vec<SegmentEntry> = Vec::with_capacity(n_entries);
        for _ in 0..n_entries {
            let e = SegmentEntry {
                id: BlobId::from_bytes(r.array()?),
                pack: r.u32()?,
                offset: r.u32()?,
                stored_len: r.u32()?,
                raw_len: r.u32()?,
                kind: {
                    let c = r.u8()?;
                    BlobKind::from_code(c).ok_or_else(|| r.error("unknown blob kind"))?
                },
            };
            let pack = packs
                .get(e.pack as usize)
                .ok_or_else(|| r.error("entry refers to a pack not in the segment"))?;
            if (e.stored_len as usize) < 1 + TAG_LEN
                || u64::from(e.offset) + u64::from(e.stored_len) > pack.len
            {
                return Err(r.error("blob range outside its pack"));
            }
            if entries.last().is_some_and(|prev| prev.id >= e.id) {
                return Err(r.error("entries not strictly sorted by id"));
            }
            entries.push(e);
        }
        r.finish()?;
        Ok(Segment { packs, entries })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn arb_segment() -> impl Strategy<Value = Segment> {
        (
            1usize..4,
            proptest::collection::btree_set(any::<[u8; 32]>(), 0..40),
        )
            .prop_map(|(np, ids)| {
                let packs = (0..np)
                    .map(|i| SegmentPack {
                        id: PackId::from_bytes([i as u8; 16]),
                        uid: [i as u8 + 1; 16],
                        wrapped: WrappedPackKey([i as u8 + 2; 48]),
                        len: 1 << 24,
                    })
                    .collect();
                let entries = ids
                    .into_iter()
                    .enumerate()
                    .map(|(i, id)| SegmentEntry {
                        id: BlobId::from_bytes(id),
                        pack: (i % np) as u32,
                        offset: i as u32 * 1000,
                        stored_len: 17 + i as u32,
                        raw_len: i as u32,
                        kind: if i % 3 == 0 {
                            BlobKind::Tree
                        } else {
                            BlobKind::Data
                        },
                    })
                    .collect();
                Segment { packs, entries }
            })
    }

    proptest! {
        #[test]
        fn encode_decode_encode_is_identity(seg in arb_segment()) {
            let bytes = seg.encode();
            let back = Segment::decode(&bytes, "seg").unwrap();
            prop_assert_eq!(&back, &seg);
            prop_assert_eq!(back.encode(), bytes);
        }

        #[test]
        fn decode_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
            let _ = Segment::decode(&bytes, "seg");
        }
    }

    #[test]
    fn rejects_dangling_packs_bad_ranges_and_duplicates() {
        let mut seg = Segment::default();
        seg.packs.push(SegmentPack {
            id: PackId::from_bytes([0; 16]),
            uid: [0; 16],
            wrapped: WrappedPackKey([0; 48]),
            len: 100,
        });
        let e = SegmentEntry {
            id: BlobId::from_bytes([1; 32]),
            pack: 0,
            offset: 0,
            stored_len: 50,
            raw_len: 10,
            kind: BlobKind::Data,
        };
        seg.entries.push(e);
        assert!(Segment::decode(&seg.encode(), "s").is_ok());
        for bad in [
            SegmentEntry { pack: 1, ..e },
            SegmentEntry { offset: 60, ..e },
            SegmentEntry { stored_len: 3, ..e },
        ] {
            seg.entries[0] = bad;
            assert!(
                Segment::decode(&seg.encode(), "s")
                    .unwrap_err()
                    .is_integrity()
            );
        }
        seg.entries = vec![e, e];
        assert!(Segment::decode(&seg.encode(), "s").is_err());
    }
}
