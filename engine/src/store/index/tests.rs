//! Tests of the index: compactness, concurrent reservations, the pack state machine.

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
fn entries_stored_this_session_stay_compact_too() {
    let idx = Index::from_segments(vec![segment(50_000)]);
    let slot = idx.open_pack([0; 16], wrapped());
    for i in 50_000..250_000 {
        assert_eq!(idx.reserve(&id(i)), Reservation::Reserved);
        let e = PackEntry {
            kind: BlobKind::Data,
            id: id(i),
            offset: i,
            stored_len: 17,
            raw_len: 0,
        };
        idx.fulfil(slot, &e);
    }
    let stats = idx.stats();
    assert_eq!(stats.entries, 250_000);
    assert!(
        stats.bytes_per_entry() < 64.0,
        "{}",
        stats.bytes_per_entry()
    );
    assert_eq!(idx.reserve(&id(7)), Reservation::Exists);
    assert_eq!(idx.reserve(&id(200_000)), Reservation::Exists);
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
        let e = PackEntry {
            kind: BlobKind::Data,
            id: id(n),
            offset: 0,
            stored_len: 17,
            raw_len: 0,
        };
        idx.fulfil(slot, &e);
        idx.pack_finished(slot, PackId::from_bytes([slot as u8; 16]), 1000, vec![e]);
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
