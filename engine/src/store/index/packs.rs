//! The pack table and its state machine: open, uploading, durable, persisted (or failed,
//! missing); which packs a flush must wait for, and which segments to write.

use super::*;

impl Index {
    /// The length the index records for pack `id`, if it lists it.
    pub(crate) fn pack_len(&self, id: &PackId) -> Option<u64> {
        let t = self.packs();
        t.by_id.get(id).map(|&slot| t.records[slot as usize].len)
    }

    pub(super) fn packs(&self) -> std::sync::RwLockReadGuard<'_, PackTable> {
        self.packs.read().unwrap_or_else(PoisonError::into_inner)
    }

    pub(super) fn packs_mut(&self) -> std::sync::RwLockWriteGuard<'_, PackTable> {
        self.packs.write().unwrap_or_else(PoisonError::into_inner)
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
            unpersisted: Vec::new(),
        });
        (t.records.len() - 1) as u32
    }

    /// The pack in `slot` is finished and named; it is being uploaded.
    pub(crate) fn pack_finished(&self, slot: u32, id: PackId, len: u64, entries: Vec<PackEntry>) {
        let mut t = self.packs_mut();
        let r = &mut t.records[slot as usize];
        r.id = id;
        r.len = len;
        r.state = PackState::Uploading;
        r.unpersisted = entries;
        t.by_id.insert(id, slot);
    }

    /// The pack in `slot` is stored durably, or failed to be (then its blobs are dropped, so
    /// that a later store of the same data writes it again).
    pub(crate) fn pack_uploaded(&self, slot: u32, ok: bool) {
        let dropped = {
            let mut t = self.packs_mut();
            let r = &mut t.records[slot as usize];
            r.state = if ok {
                PackState::Durable
            } else {
                PackState::Failed
            };
            if ok {
                Vec::new()
            } else {
                std::mem::take(&mut r.unpersisted)
            }
        };
        for e in &dropped {
            self.remove(&e.id, slot);
        }
        let _guard = lock(&self.pack_settled_lock);
        self.pack_settled.notify_all();
    }

    /// A pack that failed before it was finished: drop the blobs already recorded in it.
    pub(crate) fn pack_abandoned(&self, slot: u32, entries: &[PackEntry]) {
        for e in entries {
            self.remove(&e.id, slot);
        }
        self.pack_uploaded(slot, false);
    }

    /// Slots of packs finished but not yet durable.
    pub(crate) fn uploading(&self) -> Vec<u32> {
        let t = self.packs();
        (0..t.records.len() as u32)
            .filter(|&s| t.records[s as usize].state == PackState::Uploading)
            .collect()
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
                .unwrap_or_else(PoisonError::into_inner);
        }
    }

    /// Segments (of at most `max_entries` entries) listing every durable pack not yet in a
    /// stored segment, with its blobs; and the pack slots they cover.
    pub(crate) fn unpersisted(&self, max_entries: usize) -> (Vec<Segment>, Vec<u32>) {
        let t = self.packs();
        let durable: Vec<u32> = (0..t.records.len() as u32)
            .filter(|&s| t.records[s as usize].state == PackState::Durable)
            .collect();
        let mut segments = Vec::new();
        let mut current = Segment::default();
        for &slot in &durable {
            let r = &t.records[slot as usize];
            if !current.entries.is_empty()
                && current.entries.len() + r.unpersisted.len() > max_entries
            {
                segments.push(std::mem::take(&mut current));
            }
            let pack_index = current.packs.len() as u32;
            current.packs.push(SegmentPack {
                id: r.id,
                uid: r.uid,
                wrapped: r.wrapped.clone(),
                len: r.len,
            });
            current
                .entries
                .extend(r.unpersisted.iter().map(|e| SegmentEntry {
                    id: e.id,
                    pack: pack_index,
                    offset: e.offset,
                    stored_len: e.stored_len,
                    raw_len: e.raw_len,
                    kind: e.kind,
                }));
        }
        if !current.packs.is_empty() {
            segments.push(current);
        }
        (segments, durable)
    }

    /// The packs in `slots` are now listed in stored segments.
    pub(crate) fn mark_persisted(&self, slots: &[u32]) {
        let mut t = self.packs_mut();
        for &s in slots {
            let r = &mut t.records[s as usize];
            r.state = PackState::Persisted;
            r.unpersisted = Vec::new();
        }
    }

    /// Marks the persisted packs `ids` missing and drops every blob that refers to them, so
    /// that `contains` no longer reports them and the next store writes them again. Returns
    /// the number of blobs dropped.
    pub(crate) fn drop_packs(&self, ids: &HashSet<PackId>) -> usize {
        let slots: HashSet<u32> = {
            let mut t = self.packs_mut();
            let slots: HashSet<u32> = ids
                .iter()
                .filter_map(|id| t.by_id.get(id).copied())
                .collect();
            for &s in &slots {
                t.records[s as usize].state = PackState::Missing;
            }
            slots
        };
        let mut dropped = 0;
        for shard in self.shards.iter() {
            let mut s = shard.write().unwrap_or_else(PoisonError::into_inner);
            let before = s.len();
            s.retain(|e| !slots.contains(&e.pack));
            dropped += before - s.len();
        }
        dropped
    }

    /// Id, state and length of every pack in the table.
    pub(crate) fn pack_states(&self) -> Vec<(PackId, PackState, u64)> {
        self.packs()
            .records
            .iter()
            .map(|r| (r.id, r.state, r.len))
            .collect()
    }
}
