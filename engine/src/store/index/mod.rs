//! The blob index: blob id -> (pack, offset, lengths, kind), shared by every thread.
//!
//! Every entry, loaded at open or stored during this session, lives in one of 4096 shards (by
//! the id's first 12 bits): a sorted vector of 52-byte records behind a read-write lock, grown
//! by at most 1/8 at a time, so the index costs about 52-56 bytes per blob (`stats` measures
//! it). A blob being stored is first *reserved* in a small pending set; a second thread storing
//! the same id waits for the first to finish, so a blob stored by two threads at once is stored
//! once. The pack table records each pack's progress (open, uploading, durable, persisted); a
//! blob is visible to `lookup` once its pack is durable.

mod packs;
mod reserve;
mod segment;

use std::collections::{HashMap, HashSet};
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError, RwLock};

pub(crate) use segment::{SEGMENT_MAGIC, Segment, SegmentEntry, SegmentPack};

use crate::error::{Error, Result};
use crate::primitives::id::{BlobId, PackId};
use crate::primitives::keys::WrappedPackKey;
use crate::store::pack::{BlobKind, PackEntry};

/// Where a blob is stored. 52 bytes: the unit of the index's memory use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct IndexEntry {
    pub(crate) id: BlobId,
    /// Position in the pack table.
    pub(crate) pack: u32,
    pub(crate) offset: u32,
    pub(crate) stored_len: u32,
    pub(crate) raw_len: u32,
    pub(crate) kind: BlobKind,
    /// Its pack is marked for deletion by a prune (`pending/`): readable, but never
    /// deduplicated against. (Fits in the padding: the entry stays 52 bytes.)
    pub(crate) pending: bool,
}

impl IndexEntry {
    fn new(pack: u32, e: &PackEntry) -> IndexEntry {
        IndexEntry {
            id: e.id,
            pack,
            offset: e.offset,
            stored_len: e.stored_len,
            raw_len: e.raw_len,
            kind: e.kind,
            pending: false,
        }
    }

    pub(crate) fn pack_entry(&self) -> PackEntry {
        PackEntry {
            kind: self.kind,
            id: self.id,
            offset: self.offset,
            stored_len: self.stored_len,
            raw_len: self.raw_len,
        }
    }
}

/// The progress of a pack.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PackState {
    /// Blobs are still being added.
    Open,
    /// Finished and queued or being uploaded.
    Uploading,
    /// Stored by the backend; not yet listed in an index segment.
    Durable,
    /// Listed in a stored index segment (every loaded pack is here).
    Persisted,
    /// The upload failed; its blobs were dropped from the index.
    Failed,
    /// Listed by a segment but missing from storage (or of another size) when the repository
    /// was first written to; its blobs were dropped from the index so they are stored again.
    Missing,
}

/// One row of the pack table.
#[derive(Clone, Debug)]
pub(crate) struct PackRecord {
    pub(crate) id: PackId,
    pub(crate) uid: [u8; 16],
    pub(crate) wrapped: WrappedPackKey,
    pub(crate) len: u64,
    pub(crate) state: PackState,
    /// The pack's blobs, kept from `pack_finished` until a stored segment lists them.
    unpersisted: Vec<PackEntry>,
}

const SHARD_BITS: u32 = 12;
const PENDING_SHARDS: usize = 64;

#[derive(Default)]
struct Pending {
    ids: HashSet<BlobId>,
    waiters: usize,
}

struct PendingShard {
    state: Mutex<Pending>,
    settled: Condvar,
}

struct PackTable {
    records: Vec<PackRecord>,
    by_id: HashMap<PackId, u32>,
}

impl PackTable {
    /// The slot of a pack a stored segment lists, added as persisted if the table lacks it.
    fn slot_of(&mut self, p: &SegmentPack) -> u32 {
        if let Some(&slot) = self.by_id.get(&p.id) {
            return slot;
        }
        self.records.push(PackRecord {
            id: p.id,
            uid: p.uid,
            wrapped: p.wrapped.clone(),
            len: p.len,
            state: PackState::Persisted,
            unpersisted: Vec::new(),
        });
        let slot = (self.records.len() - 1) as u32;
        self.by_id.insert(p.id, slot);
        slot
    }
}

/// What [`Index::reserve`] found.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Reservation {
    /// The blob is stored already (or was just stored by another thread).
    Exists,
    /// The caller must store it, then call `fulfil` or `cancel`.
    Reserved,
}

/// Memory use of the index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct IndexStats {
    /// Blobs in the index (loaded and stored this session).
    pub entries: usize,
    /// Packs in the pack table.
    pub packs: usize,
    /// Bytes of heap used by the entries and the pack table.
    pub heap_bytes: usize,
}

impl IndexStats {
    /// Heap bytes per indexed blob.
    pub fn bytes_per_entry(&self) -> f64 {
        self.heap_bytes as f64 / self.entries.max(1) as f64
    }
}

/// The concurrent blob index; see the module docs.
pub(crate) struct Index {
    shards: Box<[RwLock<Vec<IndexEntry>>]>,
    pending: Box<[PendingShard]>,
    packs: RwLock<PackTable>,
    pack_settled: Condvar,
    pack_settled_lock: Mutex<()>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // Every update under an index lock is a single insert or remove, so a lock poisoned by a
    // panicking thread still guards consistent data.
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

fn shard_of(id: &BlobId) -> usize {
    let b = id.as_bytes();
    (usize::from(b[0]) << 4) | usize::from(b[1] >> 4)
}

impl Index {
    /// Builds the index from decoded segments. A blob listed twice keeps its first location.
    pub(crate) fn from_segments(segments: Vec<Segment>) -> Index {
        Self::from_segments_marking(segments, &HashSet::new(), 0)
    }

    /// Builds the index from decoded segments, marking the blobs of the `pending` packs (see
    /// [`IndexEntry::pending`]). A blob listed twice keeps its first location in a pack that is
    /// not pending, if it has one (a prune's repacked copy, not the old one).
    ///
    /// Segments are taken one at a time (the caller may read them lazily); `expected_entries`
    /// (an estimate, from the segments' sizes) sizes the shards up front, so that they do not
    /// double past what they need while filling.
    pub(crate) fn from_segments_marking(
        segments: impl IntoIterator<Item = Segment>,
        pending: &HashSet<PackId>,
        expected_entries: usize,
    ) -> Index {
        let mut table = PackTable {
            records: Vec::new(),
            by_id: HashMap::new(),
        };
        let per_shard = expected_entries / (1 << SHARD_BITS);
        let per_shard = per_shard + per_shard / 16 + usize::from(per_shard > 0) * 8;
        let mut shards: Vec<Vec<IndexEntry>> = (0..1 << SHARD_BITS)
            .map(|_| Vec::with_capacity(per_shard))
            .collect();
        for seg in segments {
            let slots: Vec<u32> = seg.packs.iter().map(|p| table.slot_of(p)).collect();
            let marked: Vec<bool> = seg.packs.iter().map(|p| pending.contains(&p.id)).collect();
            for e in seg.entries {
                shards[shard_of(&e.id)].push(IndexEntry {
                    id: e.id,
                    pack: slots[e.pack as usize],
                    offset: e.offset,
                    stored_len: e.stored_len,
                    raw_len: e.raw_len,
                    kind: e.kind,
                    pending: marked[e.pack as usize],
                });
            }
        }
        for shard in &mut shards {
            // Stable sort then dedup keeps the first location of a blob stored twice, and
            // (`false` sorting first) one outside a pending pack over one inside.
            shard.sort_by_key(|e| (e.id, e.pending));
            shard.dedup_by(|later, first| later.id == first.id);
            shard.shrink_to_fit();
        }
        Index {
            shards: shards.into_iter().map(RwLock::new).collect(),
            pending: (0..PENDING_SHARDS)
                .map(|_| PendingShard {
                    state: Mutex::default(),
                    settled: Condvar::new(),
                })
                .collect(),
            packs: RwLock::new(table),
            pack_settled: Condvar::new(),
            pack_settled_lock: Mutex::new(()),
        }
    }

    /// The entry of a stored blob and its pack record. `NotFound` if unknown, or (with a
    /// message saying so) if its pack is not yet durable.
    pub(crate) fn lookup(&self, id: &BlobId) -> Result<(IndexEntry, PackRecord)> {
        let entry = self
            .get(id)
            .ok_or_else(|| Error::not_found(format!("blob {id}"), "not in the index"))?;
        let t = self.packs();
        let r = &t.records[entry.pack as usize];
        match r.state {
            PackState::Durable | PackState::Persisted => Ok((
                entry,
                PackRecord {
                    unpersisted: Vec::new(),
                    ..r.clone()
                },
            )),
            _ => Err(Error::not_found(
                format!("blob {id}"),
                "stored in a pack that is not flushed yet (call flush first)",
            )),
        }
    }

    /// Whether the index knows this blob (stored outside a pending pack, or being stored by
    /// some thread): whether a new reference to it is safe.
    pub(crate) fn contains(&self, id: &BlobId) -> bool {
        self.get_live(id).is_some() || lock(&self.pending_shard(id).state).ids.contains(id)
    }

    /// Adds a segment read after the index was built (written since by another client): its
    /// packs as persisted, its blobs where the index has no location for them yet, or only one
    /// in a pending pack. Blobs of the `pending` packs are marked so.
    pub(crate) fn add_segment(&self, segment: Segment, pending: &HashSet<PackId>) {
        let slots: Vec<(u32, bool)> = {
            let mut t = self.packs_mut();
            segment
                .packs
                .iter()
                .map(|p| (t.slot_of(p), pending.contains(&p.id)))
                .collect()
        };
        for e in segment.entries {
            let (pack, pending) = slots[e.pack as usize];
            let entry = IndexEntry {
                id: e.id,
                pack,
                offset: e.offset,
                stored_len: e.stored_len,
                raw_len: e.raw_len,
                kind: e.kind,
                pending,
            };
            // A pending copy only where the index has no location at all.
            if !pending || self.get(&e.id).is_none() {
                self.insert(entry);
            }
        }
    }

    /// Whether the index has a location for this blob, in a pending pack or not (it can be
    /// read, though not deduplicated against).
    pub(crate) fn locates(&self, id: &BlobId) -> bool {
        self.get(id).is_some()
    }

    /// Marks the blobs of `packs` pending (a prune marked them after this index was loaded):
    /// they stay readable but are stored again rather than deduplicated against. Returns the
    /// number of entries marked.
    pub(crate) fn mark_pending(&self, packs: &HashSet<PackId>) -> usize {
        let slots: HashSet<u32> = {
            let t = self.packs();
            packs
                .iter()
                .filter_map(|id| t.by_id.get(id).copied())
                .collect()
        };
        let mut marked = 0;
        for shard in self.shards.iter() {
            let mut s = shard.write().unwrap_or_else(PoisonError::into_inner);
            for e in s.iter_mut().filter(|e| slots.contains(&e.pack)) {
                e.pending = true;
                marked += 1;
            }
        }
        marked
    }

    /// The pack the index reads `id` from and whether it is pending. (An index keeps one
    /// location per blob, outside a pending pack if it has one: so a blob in a pending pack
    /// here has no copy elsewhere that this index knows.)
    pub(crate) fn entry_pack(&self, id: &BlobId) -> Option<(PackId, bool)> {
        let e = self.get(id)?;
        Some((self.packs().records[e.pack as usize].id, e.pending))
    }

    /// Calls `f` with every entry and the id of its pack.
    pub(crate) fn for_each_entry(&self, mut f: impl FnMut(&IndexEntry, PackId)) {
        let ids: Vec<PackId> = self.packs().records.iter().map(|r| r.id).collect();
        for shard in self.shards.iter() {
            for e in shard.read().unwrap_or_else(PoisonError::into_inner).iter() {
                f(e, ids[e.pack as usize]);
            }
        }
    }

    /// Entry count and heap bytes: shard vectors by capacity, pending sets and the pack table
    /// (including blob lists of packs not yet in a segment).
    pub(crate) fn stats(&self) -> IndexStats {
        let mut entries = 0;
        let mut heap = self.shards.len() * size_of::<RwLock<Vec<IndexEntry>>>();
        for shard in self.shards.iter() {
            let s = shard.read().unwrap_or_else(PoisonError::into_inner);
            entries += s.len();
            heap += s.capacity() * size_of::<IndexEntry>();
        }
        for shard in self.pending.iter() {
            heap += lock(&shard.state).ids.capacity() * (size_of::<BlobId>() + 1);
        }
        let t = self.packs();
        heap += t.records.capacity() * size_of::<PackRecord>()
            + t.by_id.capacity() * (size_of::<(PackId, u32)>() + 1)
            + t.records
                .iter()
                .map(|r| r.unpersisted.capacity() * size_of::<PackEntry>())
                .sum::<usize>();
        IndexStats {
            entries,
            packs: t.records.len(),
            heap_bytes: heap,
        }
    }
}

#[cfg(test)]
mod tests;
