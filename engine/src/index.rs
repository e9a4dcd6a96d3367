//! The blob index: blob id -> (pack, offset, lengths, kind), shared by every thread.
//!
//! Two tiers. Entries loaded from index segments at open live in 256 shards (by the id's first
//! byte) of sorted, exact-capacity vectors of 52-byte records, read without locks: that is the
//! steady state and what `bytes_per_entry` measures. Entries stored during this session live in
//! mutex-sharded hash maps with their pack's progress (open, uploading, durable, persisted).
//! A blob being stored is first *reserved*; a second thread storing the same id waits for the
//! first to finish, so a blob stored by two threads at once is stored once.

mod segment;

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::{Condvar, Mutex, MutexGuard, RwLock};

pub(crate) use segment::{SEGMENT_MAGIC, Segment, SegmentEntry, SegmentPack};

use crate::error::{Error, Result};
use crate::id::{BlobId, PackId};
use crate::keys::WrappedPackKey;
use crate::pack::{BlobKind, PackEntry};

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
}

impl IndexEntry {
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

/// The progress of a pack written by this session.
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
}

/// One row of the pack table.
#[derive(Clone, Debug)]
pub(crate) struct PackRecord {
    pub(crate) id: PackId,
    pub(crate) uid: [u8; 16],
    pub(crate) wrapped: WrappedPackKey,
    pub(crate) len: u64,
    pub(crate) state: PackState,
}

#[derive(Clone, Copy)]
enum Fresh {
    /// A thread is storing this blob right now.
    Pending,
    /// Sealed into the pack-table slot `entry.pack`.
    Stored(IndexEntry),
}

/// Blob ids are uniformly random: their first eight bytes are already a perfect hash.
#[derive(Default)]
struct IdHasher(u64);
impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut b = [0u8; 8];
        let n = bytes.len().min(8);
        b[..n].copy_from_slice(&bytes[..n]);
        self.0 ^= u64::from_le_bytes(b);
    }
}
type IdMap<V> = HashMap<BlobId, V, BuildHasherDefault<IdHasher>>;

const FRESH_SHARDS: usize = 64;

struct FreshShard {
    map: Mutex<IdMap<Fresh>>,
    settled: Condvar,
}

struct PackTable {
    records: Vec<PackRecord>,
    by_id: HashMap<PackId, u32>,
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
    loaded: Box<[Vec<IndexEntry>]>,
    fresh: Box<[FreshShard]>,
    packs: RwLock<PackTable>,
    pack_settled: Condvar,
    pack_settled_lock: Mutex<()>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic while holding an index lock cannot leave a half-written entry (every update is a
    // single insert or remove), so a poisoned lock is still consistent.
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl Index {
    /// Builds the index from decoded segments. Duplicate blobs keep their first location.
    pub(crate) fn from_segments(segments: Vec<Segment>) -> Index {
        let mut table = PackTable {
            records: Vec::new(),
            by_id: HashMap::new(),
        };
        let mut shards: Vec<Vec<IndexEntry>> = vec![Vec::new(); 256];
        for seg in segments {
            let slots: Vec<u32> = seg
                .packs
                .iter()
                .map(|p| {
                    *table.by_id.entry(p.id).or_insert_with(|| {
                        table.records.push(PackRecord {
                            id: p.id,
                            uid: p.uid,
                            wrapped: p.wrapped.clone(),
                            len: p.len,
                            state: PackState::Persisted,
                        });
                        (table.records.len() - 1) as u32
                    })
                })
                .collect();
            for e in seg.entries {
                shards[usize::from(e.id.as_bytes()[0])].push(IndexEntry {
                    id: e.id,
                    pack: slots[e.pack as usize],
                    offset: e.offset,
                    stored_len: e.stored_len,
                    raw_len: e.raw_len,
                    kind: e.kind,
                });
            }
        }
        for shard in &mut shards {
            // Stable sort then dedup keeps the first location of a blob stored twice.
            shard.sort_by_key(|e| e.id);
            shard.dedup_by(|later, first| later.id == first.id);
            shard.shrink_to_fit();
        }
        Index {
            loaded: shards.into_boxed_slice(),
            fresh: (0..FRESH_SHARDS)
                .map(|_| FreshShard {
                    map: Mutex::new(IdMap::default()),
                    settled: Condvar::new(),
                })
                .collect(),
            packs: RwLock::new(table),
            pack_settled: Condvar::new(),
            pack_settled_lock: Mutex::new(()),
        }
    }

    fn loaded_get(&self, id: &BlobId) -> Option<&IndexEntry> {
        let shard = &self.loaded[usize::from(id.as_bytes()[0])];
        shard
            .binary_search_by(|e| e.id.cmp(id))
            .ok()
            .map(|i| &shard[i])
    }

    fn fresh_shard(&self, id: &BlobId) -> &FreshShard {
        // Byte 1, not byte 0: byte 0 already picks the loaded shard, keep the two independent.
        &self.fresh[usize::from(id.as_bytes()[1]) % FRESH_SHARDS]
    }

    fn packs(&self) -> std::sync::RwLockReadGuard<'_, PackTable> {
        self.packs
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn packs_mut(&self) -> std::sync::RwLockWriteGuard<'_, PackTable> {
        self.packs
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The entry of a stored blob and its pack record. `NotFound` if unknown; a blob whose
    /// pack is not yet durable is also reported as not found, with a message saying so.
    pub(crate) fn lookup(&self, id: &BlobId) -> Result<(IndexEntry, PackRecord)> {
        let entry = match self.loaded_get(id) {
            Some(e) => *e,
            None => match lock(&self.fresh_shard(id).map).get(id) {
                Some(Fresh::Stored(e)) => *e,
                Some(Fresh::Pending) | None => {
                    return Err(Error::not_found(format!("blob {id}"), "not in the index"));
                }
            },
        };
        let record = self.packs().records[entry.pack as usize].clone();
        match record.state {
            PackState::Durable | PackState::Persisted => Ok((entry, record)),
            _ => Err(Error::not_found(
                format!("blob {id}"),
                "stored in a pack that is not flushed yet (call flush first)",
            )),
        }
    }

    /// Whether the index knows this blob (stored, or being stored by some thread).
    pub(crate) fn contains(&self, id: &BlobId) -> bool {
        self.loaded_get(id).is_some() || lock(&self.fresh_shard(id).map).contains_key(id)
    }

    /// Claims the right to store `id`, or reports that it is stored. If another thread is
    /// storing it, waits for that thread: on success the blob exists, on failure this caller
    /// takes over.
    pub(crate) fn reserve(&self, id: &BlobId) -> Reservation {
        if self.loaded_get(id).is_some() {
            return Reservation::Exists;
        }
        let shard = self.fresh_shard(id);
        let mut map = lock(&shard.map);
        loop {
            match map.get(id) {
                Some(Fresh::Stored(_)) => return Reservation::Exists,
                Some(Fresh::Pending) => {
                    map = shard
                        .settled
                        .wait(map)
                        .unwrap_or_else(std::sync::PoisonError::into_inner);
                }
                None => {
                    map.insert(*id, Fresh::Pending);
                    return Reservation::Reserved;
                }
            }
        }
    }

    /// Records where a reserved blob was sealed: pack-table slot `slot`.
    pub(crate) fn fulfil(&self, slot: u32, e: &PackEntry) {
        let shard = self.fresh_shard(&e.id);
        let entry = IndexEntry {
            id: e.id,
            pack: slot,
            offset: e.offset,
            stored_len: e.stored_len,
            raw_len: e.raw_len,
            kind: e.kind,
        };
        lock(&shard.map).insert(e.id, Fresh::Stored(entry));
        shard.settled.notify_all();
    }

    /// Gives up a reservation (the store failed); a waiting thread takes over.
    pub(crate) fn cancel(&self, id: &BlobId) {
        let shard = self.fresh_shard(id);
        lock(&shard.map).remove(id);
        shard.settled.notify_all();
    }

    /// Adds a pack being written; returns its slot in the pack table.
    pub(crate) fn open_pack(&self, uid: [u8; 16], wrapped: WrappedPackKey) -> u32 {
        let mut t = self.packs_mut();
        t.records.push(PackRecord {
            id: PackId::from_bytes([0; 16]),
            uid,
            wrapped,
            len: 0,
            state: PackState::Open,
        });
        (t.records.len() - 1) as u32
    }

    /// The pack in `slot` is finished and named; it is being uploaded.
    pub(crate) fn pack_finished(&self, slot: u32, id: PackId, len: u64) {
        let mut t = self.packs_mut();
        let r = &mut t.records[slot as usize];
        r.id = id;
        r.len = len;
        r.state = PackState::Uploading;
        t.by_id.insert(id, slot);
    }

    /// The pack in `slot` is stored durably (or failed to be).
    pub(crate) fn pack_uploaded(&self, slot: u32, ok: bool) {
        if !ok {
            // Drop its blobs so that a later store of the same data writes it again.
            for shard in self.fresh.iter() {
                lock(&shard.map).retain(|_, f| !matches!(f, Fresh::Stored(e) if e.pack == slot));
            }
        }
        self.packs_mut().records[slot as usize].state = if ok {
            PackState::Durable
        } else {
            PackState::Failed
        };
        let _guard = lock(&self.pack_settled_lock);
        self.pack_settled.notify_all();
    }

    /// Waits until every pack in `slots` is durable (or failed); returns the failed ones.
    pub(crate) fn wait_for_packs(&self, slots: &[u32]) -> Vec<u32> {
        let mut guard = lock(&self.pack_settled_lock);
        loop {
            let states: Vec<PackState> = {
                let t = self.packs();
                slots.iter().map(|&s| t.records[s as usize].state).collect()
            };
            if states
                .iter()
                .all(|s| !matches!(s, PackState::Open | PackState::Uploading))
            {
                return slots
                    .iter()
                    .zip(states)
                    .filter(|(_, st)| *st == PackState::Failed)
                    .map(|(s, _)| *s)
                    .collect();
            }
            guard = self
                .pack_settled
                .wait(guard)
                .unwrap_or_else(std::sync::PoisonError::into_inner);
        }
    }

    /// Segments (of at most `max_entries` entries) listing every durable pack not yet in a
    /// stored segment, with its blobs; and the pack slots they cover.
    pub(crate) fn unpersisted(&self, max_entries: usize) -> (Vec<Segment>, Vec<u32>) {
        let t = self.packs();
        let durable: Vec<u32> = (0..t.records.len() as u32)
            .filter(|&s| t.records[s as usize].state == PackState::Durable)
            .collect();
        if durable.is_empty() {
            return (Vec::new(), durable);
        }
        let mut by_pack: HashMap<u32, Vec<IndexEntry>> = HashMap::new();
        for shard in self.fresh.iter() {
            for f in lock(&shard.map).values() {
                if let Fresh::Stored(e) = f
                    && t.records[e.pack as usize].state == PackState::Durable
                {
                    by_pack.entry(e.pack).or_default().push(*e);
                }
            }
        }
        let mut segments = Vec::new();
        let mut current = Segment::default();
        for &slot in &durable {
            let entries = by_pack.remove(&slot).unwrap_or_default();
            if !current.entries.is_empty() && current.entries.len() + entries.len() > max_entries {
                segments.push(std::mem::take(&mut current));
            }
            let r = &t.records[slot as usize];
            let pack_index = current.packs.len() as u32;
            current.packs.push(SegmentPack {
                id: r.id,
                uid: r.uid,
                wrapped: r.wrapped.clone(),
                len: r.len,
            });
            current
                .entries
                .extend(entries.into_iter().map(|e| SegmentEntry {
                    id: e.id,
                    pack: pack_index,
                    offset: e.offset,
                    stored_len: e.stored_len,
                    raw_len: e.raw_len,
                    kind: e.kind,
                }));
        }
        segments.push(current);
        (segments, durable)
    }

    /// The packs in `slots` are now listed in stored segments.
    pub(crate) fn mark_persisted(&self, slots: &[u32]) {
        let mut t = self.packs_mut();
        for &s in slots {
            t.records[s as usize].state = PackState::Persisted;
        }
    }

    /// Every pack record (for `check`).
    pub(crate) fn pack_records(&self) -> Vec<PackRecord> {
        self.packs().records.clone()
    }

    /// Entry count and heap bytes. Fresh maps are estimated from their capacity (hashbrown
    /// stores key, value and one control byte per bucket).
    pub(crate) fn stats(&self) -> IndexStats {
        let loaded_entries: usize = self.loaded.iter().map(Vec::len).sum();
        let loaded_bytes: usize = self
            .loaded
            .iter()
            .map(|s| s.capacity() * size_of::<IndexEntry>())
            .sum::<usize>()
            + self.loaded.len() * size_of::<Vec<IndexEntry>>();
        let mut fresh_entries = 0;
        let mut fresh_bytes = 0;
        for shard in self.fresh.iter() {
            let m = lock(&shard.map);
            fresh_entries += m.len();
            fresh_bytes += m.capacity() * (size_of::<(BlobId, Fresh)>() + 1);
        }
        let t = self.packs();
        let pack_bytes = t.records.capacity() * size_of::<PackRecord>()
            + t.by_id.capacity() * (size_of::<(PackId, u32)>() + 1);
        IndexStats {
            entries: loaded_entries + fresh_entries,
            packs: t.records.len(),
            heap_bytes: loaded_bytes + fresh_bytes + pack_bytes,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    fn id(n: u32) -> BlobId {
        BlobId::from_bytes(*blake3::hash(&n.to_le_bytes()).as_bytes())
    }

    fn wrapped() -> WrappedPackKey {
        WrappedPackKey([0; 48])
    }

    fn segment(n: u32) -> Segment {
        let mut s = Segment::default();
        s.packs.push(SegmentPack {
            id: PackId::from_bytes([7; 16]),
            uid: [1; 16],
            wrapped: wrapped(),
            len: 1 << 30,
        });
        for i in 0..n {
            s.entries.push(SegmentEntry {
                id: id(i),
                pack: 0,
                offset: i * 100,
                stored_len: 100,
                raw_len: 90,
                kind: BlobKind::Data,
            });
        }
        s
    }

    #[test]
    fn entry_is_52_bytes() {
        assert_eq!(size_of::<IndexEntry>(), 52);
    }

    #[test]
    fn loaded_entries_are_found_and_compact() {
        let idx = Index::from_segments(vec![segment(100_000)]);
        for i in (0..100_000).step_by(997) {
            let (e, p) = idx.lookup(&id(i)).unwrap();
            assert_eq!(e.offset, i * 100);
            assert_eq!(p.state, PackState::Persisted);
        }
        assert!(idx.lookup(&id(100_001)).is_err());
        let stats = idx.stats();
        assert_eq!(stats.entries, 100_000);
        assert!(
            stats.bytes_per_entry() < 64.0,
            "{}",
            stats.bytes_per_entry()
        );
    }

    #[test]
    fn a_blob_stored_by_many_threads_at_once_is_stored_once() {
        let idx = Arc::new(Index::from_segments(vec![]));
        let slot = idx.open_pack([0; 16], wrapped());
        let winners = Arc::new(AtomicUsize::new(0));
        std::thread::scope(|s| {
            for _ in 0..8 {
                let (idx, winners) = (idx.clone(), winners.clone());
                s.spawn(move || {
                    for i in 0..200 {
                        if idx.reserve(&id(i)) == Reservation::Reserved {
                            winners.fetch_add(1, Ordering::Relaxed);
                            let e = PackEntry {
                                kind: BlobKind::Data,
                                id: id(i),
                                offset: i,
                                stored_len: 17,
                                raw_len: 0,
                            };
                            idx.fulfil(slot, &e);
                        }
                    }
                });
            }
        });
        assert_eq!(winners.load(Ordering::Relaxed), 200);
    }

    #[test]
    fn a_cancelled_reservation_passes_to_the_next_thread() {
        let idx = Index::from_segments(vec![]);
        assert_eq!(idx.reserve(&id(1)), Reservation::Reserved);
        idx.cancel(&id(1));
        assert_eq!(idx.reserve(&id(1)), Reservation::Reserved);
    }

    #[test]
    fn unpersisted_lists_durable_packs_only_and_failed_packs_drop_their_blobs() {
        let idx = Index::from_segments(vec![]);
        let a = idx.open_pack([1; 16], wrapped());
        let b = idx.open_pack([2; 16], wrapped());
        for (slot, n) in [(a, 1), (b, 2)] {
            idx.reserve(&id(n));
            idx.fulfil(
                slot,
                &PackEntry {
                    kind: BlobKind::Data,
                    id: id(n),
                    offset: 0,
                    stored_len: 17,
                    raw_len: 0,
                },
            );
            idx.pack_finished(slot, PackId::from_bytes([slot as u8; 16]), 1000);
        }
        assert!(idx.lookup(&id(1)).is_err(), "not flushed yet");
        idx.pack_uploaded(a, true);
        idx.pack_uploaded(b, false);
        assert_eq!(idx.wait_for_packs(&[a, b]), vec![b]);
        let (segs, slots) = idx.unpersisted(10);
        assert_eq!(slots, vec![a]);
        assert_eq!(segs.len(), 1);
        assert_eq!(segs[0].entries.len(), 1);
        assert_eq!(segs[0].entries[0].id, id(1));
        assert!(
            !idx.contains(&id(2)),
            "blobs of a failed pack are forgotten"
        );
        idx.mark_persisted(&slots);
        assert!(idx.unpersisted(10).0.is_empty());
        assert!(idx.lookup(&id(1)).is_ok());
    }
}
