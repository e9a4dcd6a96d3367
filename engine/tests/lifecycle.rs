//! Forget and prune through the library: what is deleted, what survives, and when.

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, UNIX_EPOCH};

use common::{bytes, options, password};
use sealvault::prelude::*;
use sealvault::{
    Backend, BackupOptions, CheckOptions, Clock, ErrorKind, ForgetOptions, Lifecycle,
    MemoryBackend, ObjectInfo, OpenOptions, PruneOptions, Result, Snapshot,
};

/// A clock the test moves by hand, shared by the store and its clients.
#[derive(Clone)]
struct TestClock(Arc<AtomicU64>);

impl TestClock {
    fn new() -> TestClock {
        TestClock(Arc::new(AtomicU64::new(1_800_000_000)))
    }
    fn advance(&self, d: Duration) {
        self.0.fetch_add(d.as_secs(), Ordering::SeqCst);
    }
    fn clock(&self) -> Clock {
        let t = self.0.clone();
        Clock::from_fn(move || UNIX_EPOCH + Duration::from_secs(t.load(Ordering::SeqCst)))
    }
}

const HOUR: Duration = Duration::from_secs(3600);

struct World {
    clock: TestClock,
    store: Arc<MemoryBackend>,
}

impl World {
    fn new() -> World {
        let clock = TestClock::new();
        let store = Arc::new(MemoryBackend::with_clock(clock.clock()));
        Repository::init(store.clone(), &password(), &options()).unwrap();
        World { clock, store }
    }

    fn open_on(&self, backend: Arc<dyn Backend>) -> Repository {
        let opts = OpenOptions {
            lifecycle: Lifecycle {
                clock: self.clock.clock(),
                ..Lifecycle::default()
            },
            ..OpenOptions::default()
        };
        Repository::open_with(backend, &password(), &opts).unwrap()
    }

    fn open(&self) -> Repository {
        self.open_on(self.store.clone())
    }

    fn names(&self, prefix: &str) -> Vec<String> {
        self.store
            .list(prefix)
            .unwrap()
            .into_iter()
            .map(|o| o.name)
            .collect()
    }
}

fn backup(repo: &Repository, name: &str, data: &[u8]) -> Snapshot {
    let opts = BackupOptions {
        host: "h".into(),
        ..BackupOptions::default()
    };
    repo.backup_reader(name, data, &opts, &NoProgress).unwrap()
}

fn prune_opts(keep_delete: Duration) -> PruneOptions {
    PruneOptions {
        keep_delete,
        settle: Duration::ZERO,
        ..PruneOptions::default()
    }
}

fn dump(repo: &Repository, s: &Snapshot, name: &str) -> Vec<u8> {
    let mut out = Vec::new();
    repo.dump(s, std::path::Path::new(&format!("/{name}")), &mut out)
        .unwrap();
    out
}

fn forget_ids(repo: &Repository, ids: &[&Snapshot]) {
    let opts = ForgetOptions {
        ids: ids.iter().map(|s| s.id.to_hex()).collect(),
        ..ForgetOptions::default()
    };
    repo.forget(&opts).unwrap();
}

#[test]
fn a_forgotten_snapshot_is_marked_then_deleted_after_the_grace_period() {
    let w = World::new();
    let repo = w.open();
    let old = backup(&repo, "f", &bytes(3 << 20, 1));
    let kept = backup(&repo, "f", &bytes(2 << 20, 2));
    drop(repo);
    let before = w.store.total_bytes();
    let repo = w.open();
    forget_ids(&repo, &[&old]);
    assert_eq!(w.names("forgotten/").len(), 1, "the decision is recorded");
    let first = repo.prune(&prune_opts(23 * HOUR), &NoProgress).unwrap();
    assert!(first.marked_packs >= 1, "{first:?}");
    assert_eq!(
        first.deleted_packs, 0,
        "nothing is deleted in the run that marks"
    );
    // Only small objects came and went (a forget record, a pending record, one snapshot):
    // no pack was deleted. (Rounding to kilobytes failed when they crossed a boundary.)
    assert!(w.store.total_bytes().abs_diff(before) < 16 << 10);
    // Too early: still waiting.
    w.clock.advance(22 * HOUR);
    let early = w.open().prune(&prune_opts(23 * HOUR), &NoProgress).unwrap();
    assert_eq!(early.deleted_packs, 0);
    assert_eq!(early.waiting.len(), 1, "{early:?}");
    w.clock.advance(2 * HOUR);
    let repo = w.open();
    let second = repo.prune(&prune_opts(23 * HOUR), &NoProgress).unwrap();
    assert_eq!(second.deleted_packs, first.marked_packs, "{second:?}");
    assert!(w.names("pending/").is_empty());
    assert!(w.store.total_bytes() < before - (2 << 20), "space is freed");
    let repo = w.open();
    assert_eq!(dump(&repo, &kept, "f"), bytes(2 << 20, 2));
    let report = repo
        .check(CheckOptions { read_data: true }, &NoProgress)
        .unwrap();
    assert!(report.is_ok(), "{report:?}");
    assert_eq!(report.unreferenced_packs, 0);
}

#[test]
fn a_backup_that_started_before_the_mark_keeps_what_it_deduplicated_against() {
    let w = World::new();
    let data = bytes(3 << 20, 7);
    let repo = w.open();
    let old = backup(&repo, "f", &data);
    drop(repo);
    // A writer opens (and starts its session) before the data is marked.
    let writer = w.open();
    writer.reconcile_packs().unwrap();
    let admin = w.open();
    forget_ids(&admin, &[&old]);
    let marked = admin
        .prune(&prune_opts(Duration::ZERO), &NoProgress)
        .unwrap();
    assert!(marked.marked_packs >= 1);
    drop(admin);
    // The writer knew nothing of the mark: it deduplicates against the marked pack.
    let new = backup(&writer, "f", &data);
    assert_eq!(
        new.summary.blobs_new, 1,
        "only the tree is new: {:?}",
        new.summary
    );
    // Its session is alive and started before the mark: nothing may be deleted...
    let blocked = w
        .open()
        .prune(&prune_opts(Duration::ZERO), &NoProgress)
        .unwrap();
    assert_eq!(blocked.deleted_packs, 0, "{blocked:?}");
    assert!(
        blocked.waiting[0].reason.contains("still running"),
        "{blocked:?}"
    );
    // ...and once it has ended, its snapshot takes the pack back.
    drop(writer);
    let swept = w
        .open()
        .prune(&prune_opts(Duration::ZERO), &NoProgress)
        .unwrap();
    assert!(swept.taken_back_packs >= 1, "{swept:?}");
    let repo = w.open();
    assert_eq!(dump(&repo, &new, "f"), data);
    assert!(
        repo.check(CheckOptions { read_data: true }, &NoProgress)
            .unwrap()
            .is_ok()
    );
}

#[test]
fn a_writer_that_opens_after_the_mark_stores_marked_data_again() {
    let w = World::new();
    let data = bytes(2 << 20, 9);
    let repo = w.open();
    let old = backup(&repo, "f", &data);
    forget_ids(&repo, &[&old]);
    repo.prune(&prune_opts(Duration::ZERO), &NoProgress)
        .unwrap();
    drop(repo);
    let writer = w.open();
    let new = backup(&writer, "f", &data);
    assert!(
        new.summary.bytes_new >= 2 << 20,
        "not deduplicated: {:?}",
        new.summary
    );
    drop(writer);
    let swept = w
        .open()
        .prune(&prune_opts(Duration::ZERO), &NoProgress)
        .unwrap();
    assert!(swept.deleted_packs >= 1, "{swept:?}");
    assert_eq!(dump(&w.open(), &new, "f"), data);
}

#[test]
fn partly_used_packs_are_repacked_and_the_index_stays_whole() {
    let w = World::new();
    let dir = tempfile::tempdir().unwrap();
    // Large files (chunked on their own, not in the small-file stream), backed up by one
    // thread so that they share packs.
    const LEN: usize = 1536 << 10;
    for i in 0..6u64 {
        std::fs::write(dir.path().join(format!("f{i}")), bytes(LEN, 100 + i)).unwrap();
    }
    let one_thread = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap();
    let opts = BackupOptions {
        host: "h".into(),
        ..BackupOptions::default()
    };
    let repo = w.open();
    // Six files in one pack; then five of them go, and so does the snapshot that had them.
    let all = one_thread
        .install(|| repo.backup(&[dir.path().to_path_buf()], &opts, &NoProgress))
        .unwrap();
    for i in 0..5 {
        std::fs::remove_file(dir.path().join(format!("f{i}"))).unwrap();
    }
    let one = one_thread
        .install(|| repo.backup(&[dir.path().to_path_buf()], &opts, &NoProgress))
        .unwrap();
    forget_ids(&repo, &[&all]);
    drop(repo);
    let first = w
        .open()
        .prune(&prune_opts(Duration::ZERO), &NoProgress)
        .unwrap();
    assert!(first.repacked_packs >= 1, "{first:?}");
    assert!(first.repacked_blobs >= 1);
    let second = w
        .open()
        .prune(&prune_opts(Duration::ZERO), &NoProgress)
        .unwrap();
    assert!(second.deleted_packs >= 1, "{second:?}");
    let repo = w.open();
    let f5 = dir.path().join("f5");
    let mut out = Vec::new();
    repo.dump(&one, &f5, &mut out).unwrap();
    assert_eq!(out, bytes(LEN, 105));
    let report = repo
        .check(CheckOptions { read_data: true }, &NoProgress)
        .unwrap();
    assert!(report.is_ok(), "{report:?}");
    assert_eq!(report.unreferenced_packs, 0);
    let left: Vec<_> = w
        .store
        .list("")
        .unwrap()
        .into_iter()
        .map(|o| (o.name, o.size))
        .collect();
    // The kept file, its pack's padding, a tree pack (at least 256 KiB in format 2), index
    // segments (16 KiB each) and a few small objects.
    assert!(
        w.store.total_bytes() < LEN as u64 + (640 << 10),
        "{first:?}\n{second:?}\n{left:?}"
    );
}

#[test]
fn prune_refuses_while_a_snapshot_is_unreadable_and_its_data_survives() {
    let w = World::new();
    let repo = w.open();
    let a = backup(&repo, "a", &bytes(1 << 20, 3));
    let b = backup(&repo, "b", &bytes(1 << 20, 4));
    drop(repo);
    // Damage b's snapshot object.
    let name = format!("snapshots/{}", b.id);
    let mut damaged = w.store.get(&name).unwrap();
    damaged[60] ^= 1;
    w.store.put(&name, &damaged).unwrap();
    let repo = w.open();
    let e = repo
        .prune(&prune_opts(Duration::ZERO), &NoProgress)
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Conflict, "{e}");
    assert!(e.to_string().contains(&name), "{e}");
    let e = repo
        .forget(&ForgetOptions {
            ids: vec![a.id.to_hex()],
            ..ForgetOptions::default()
        })
        .unwrap_err();
    assert!(e.to_string().contains(&name), "{e}");
    assert!(w.names("pending/").is_empty());
    // Put it right: b's data is all there.
    let mut fixed = damaged;
    fixed[60] ^= 1;
    w.store.put(&name, &fixed).unwrap();
    let repo = w.open();
    assert_eq!(dump(&repo, &b, "b"), bytes(1 << 20, 4));
}

#[test]
fn one_prune_at_a_time_and_a_crashed_one_stops_others_only_until_its_lease_expires() {
    let w = World::new();
    let repo = w.open();
    backup(&repo, "a", &bytes(1 << 20, 3));
    // Another prune takes the lease and sits in its settle interval meanwhile.
    let holder = {
        let store = w.store.clone();
        let opts = OpenOptions {
            lifecycle: Lifecycle {
                clock: w.clock.clock(),
                ..Lifecycle::default()
            },
            ..OpenOptions::default()
        };
        std::thread::spawn(move || {
            let repo = Repository::open_with(store, &password(), &opts).unwrap();
            let settle = PruneOptions {
                settle: Duration::from_millis(1500),
                ..prune_opts(Duration::ZERO)
            };
            repo.prune(&settle, &NoProgress).unwrap();
        })
    };
    while w.names("locks/").len() < 2 {
        std::thread::sleep(Duration::from_millis(2));
    }
    let leftover: Vec<(String, Vec<u8>)> = w
        .names("locks/")
        .into_iter()
        .map(|n| (n.clone(), w.store.get(&n).unwrap()))
        .collect();
    w.clock.advance(Duration::from_secs(1));
    let e = repo
        .prune(&prune_opts(Duration::ZERO), &NoProgress)
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Conflict, "{e}");
    assert!(
        e.to_string().contains("another prune holds the lease"),
        "{e}"
    );
    holder.join().unwrap();
    assert!(w.names("locks/").is_empty(), "leases are released");
    // A prune that crashed leaves its lease: it stops others until it expires.
    for (name, bytes) in &leftover {
        w.store.put(name, bytes).unwrap();
    }
    // (A second later: the older lease wins; equal times would go by id.)
    w.clock.advance(Duration::from_secs(1));
    let e = repo
        .prune(&prune_opts(Duration::ZERO), &NoProgress)
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Conflict, "{e}");
    w.clock.advance(2 * HOUR);
    let report = repo
        .prune(&prune_opts(Duration::ZERO), &NoProgress)
        .unwrap();
    assert!(report.expired_objects >= 2, "{report:?}");
    assert!(w.names("locks/").is_empty());
}

/// Storage that refuses deletes and overwrites (a retention policy, S3 Object Lock).
struct AppendOnly(Arc<MemoryBackend>);

impl Backend for AppendOnly {
    fn put(&self, name: &str, data: &[u8]) -> Result<()> {
        if self.0.exists(name)? {
            return Err(refused(name));
        }
        self.0.put(name, data)
    }
    fn get(&self, name: &str) -> Result<Vec<u8>> {
        self.0.get(name)
    }
    fn get_range(&self, name: &str, offset: u64, len: u64) -> Result<Vec<u8>> {
        self.0.get_range(name, offset, len)
    }
    fn head(&self, name: &str) -> Result<u64> {
        self.0.head(name)
    }
    fn list(&self, prefix: &str) -> Result<Vec<ObjectInfo>> {
        self.0.list(prefix)
    }
    fn delete(&self, name: &str) -> Result<()> {
        Err(refused(name))
    }
    fn exists(&self, name: &str) -> Result<bool> {
        self.0.exists(name)
    }
}

fn refused(name: &str) -> sealvault::Error {
    sealvault::Error::backend_failure(
        name,
        false,
        std::io::Error::new(std::io::ErrorKind::PermissionDenied, "access denied"),
    )
}

#[test]
fn append_only_storage_backs_up_and_refuses_forget_and_prune_changing_nothing() {
    let w = World::new();
    let ao: Arc<dyn Backend> = Arc::new(AppendOnly(w.store.clone()));
    let repo = w.open_on(ao.clone());
    let a = backup(&repo, "a", &bytes(1 << 20, 5));
    let b = backup(&repo, "a", &bytes(1 << 20, 6));
    let data_before: Vec<String> = ["snapshots/", "packs/", "index/", "pending/", "forgotten/"]
        .iter()
        .flat_map(|p| w.names(p))
        .collect();
    let e = repo
        .forget(&ForgetOptions {
            ids: vec![a.id.to_hex()],
            ..ForgetOptions::default()
        })
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Conflict, "{e}");
    assert!(e.to_string().contains("refused a delete"), "{e}");
    let e = repo
        .prune(&prune_opts(Duration::ZERO), &NoProgress)
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Conflict, "{e}");
    let data_after: Vec<String> = ["snapshots/", "packs/", "index/", "pending/", "forgotten/"]
        .iter()
        .flat_map(|p| w.names(p))
        .collect();
    assert_eq!(data_before, data_after);
    assert_eq!(dump(&repo, &a, "a"), bytes(1 << 20, 5));
    assert_eq!(dump(&repo, &b, "a"), bytes(1 << 20, 6));
}

#[test]
fn snapshots_gone_without_a_forget_record_are_named_by_whoever_has_evidence() {
    let w = World::new();
    let state = tempfile::tempdir().unwrap();
    let with_state = |dir: &std::path::Path| {
        Repository::open_with(
            w.store.clone(),
            &password(),
            &OpenOptions {
                state_dir: Some(dir.to_path_buf()),
                ..OpenOptions::default()
            },
        )
        .unwrap()
    };
    let repo = with_state(state.path());
    let s1 = backup(&repo, "f", b"one");
    let s2 = backup(&repo, "f", b"two");
    let s3 = backup(&repo, "f", b"three");
    assert_eq!(s3.previous, Some(s2.id));
    assert!(s3.seen.contains(&s2.id), "{:?}", s3.seen);
    let list = repo.snapshots().unwrap();
    assert!(repo.history(&list, false).unwrap().is_ok());
    // A forgotten snapshot is a decision, not a gap.
    forget_ids(&repo, &[&s1]);
    let list = repo.snapshots().unwrap();
    assert!(repo.history(&list, false).unwrap().is_ok());
    drop(repo);
    // The provider withholds the newest two (a rollback to s1's time... minus s1, forgotten).
    let s4 = backup(&with_state(state.path()), "f", b"four");
    for s in [&s3, &s4] {
        let name = format!("snapshots/{}", s.id);
        w.store.delete(&name).unwrap();
    }
    let repo = with_state(state.path());
    let list = repo.snapshots().unwrap();
    let check = repo.history(&list, false).unwrap();
    let missing: Vec<_> = check.missing.iter().map(|m| m.id).collect();
    let mut want = vec![s3.id, s4.id];
    want.sort();
    assert_eq!(missing, want, "{check:?}");
    assert!(check.missing[0].evidence.contains("seen"), "{check:?}");
    // `check` reports them as damage too.
    let report = repo.check(CheckOptions::default(), &NoProgress).unwrap();
    assert!(
        report
            .damage
            .iter()
            .any(|d| d.object == format!("snapshots/{}", s4.id)),
        "{report:?}"
    );
    // Accepted once, remembered: no more alarm on this machine.
    assert!(!repo.history(&list, true).unwrap().is_ok());
    assert!(repo.history(&list, false).unwrap().is_ok());
    // A machine without memory still sees a gap that a present snapshot names.
    let fresh = w.open();
    let s5 = backup(&fresh, "f", b"five");
    w.store.delete(&format!("snapshots/{}", s2.id)).unwrap();
    let list = fresh.snapshots().unwrap();
    let check = fresh.history(&list, false).unwrap();
    assert!(
        check
            .missing
            .iter()
            .any(|m| m.id == s2.id && m.evidence.contains(&s5.short_id())),
        "{check:?}"
    );
}

#[test]
fn prune_merges_the_small_index_segments_of_many_backups() {
    let w = World::new();
    let repo = w.open();
    let mut last = None;
    for i in 0..20u64 {
        last = Some(backup(&repo, "f", &bytes(10 << 10, 500 + i)));
    }
    drop(repo);
    assert!(w.names("index/").len() >= 20);
    let report = w
        .open()
        .prune(&prune_opts(Duration::ZERO), &NoProgress)
        .unwrap();
    assert!(report.segments_deleted >= 16, "{report:?}");
    assert!(w.names("index/").len() <= 5, "{:?}", w.names("index/"));
    let repo = w.open();
    assert_eq!(
        dump(&repo, last.as_ref().unwrap(), "f"),
        bytes(10 << 10, 519)
    );
    assert!(
        repo.check(CheckOptions { read_data: true }, &NoProgress)
            .unwrap()
            .is_ok()
    );
}

#[test]
fn a_handle_prunes_once() {
    let w = World::new();
    let repo = w.open();
    backup(&repo, "f", b"data");
    repo.prune(&prune_opts(Duration::ZERO), &NoProgress)
        .unwrap();
    let e = repo
        .prune(&prune_opts(Duration::ZERO), &NoProgress)
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Conflict, "{e}");
    assert!(e.to_string().contains("open the repository again"), "{e}");
}

/// A writer that uploaded packs, then slept through two prunes (its packs, in no segment and
/// no snapshot, marked and then deleted): it must neither save a snapshot nor write a segment
/// listing the deleted packs, whatever the caller does next with the handle.
#[test]
fn a_writer_that_slept_through_the_deletion_of_its_own_packs_writes_nothing_more() {
    let w = World::new();
    let writer = w.open();
    let data = bytes(40 << 20, 77);
    writer.store_bytes(&data).unwrap(); // a full pack is uploaded; no flush yet
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    while w.names("packs/").is_empty() && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(2)); // the upload runs in the background
    }
    w.clock.advance(2 * HOUR);
    let marked = w
        .open()
        .prune(&prune_opts(Duration::ZERO), &NoProgress)
        .unwrap();
    assert!(marked.unreferenced_packs >= 1, "{marked:?}");
    let swept = w
        .open()
        .prune(&prune_opts(Duration::ZERO), &NoProgress)
        .unwrap();
    assert!(swept.deleted_packs >= 1, "{swept:?}");
    let e = writer.store_bytes(b"more").unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Conflict, "{e}");
    let e = writer.flush().unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Conflict, "{e}");
    assert!(
        writer.store_bytes(&data).is_err(),
        "a retry on the same handle fails too"
    );
    drop(writer);
    let report = w
        .open()
        .check(CheckOptions::default(), &NoProgress)
        .unwrap();
    assert!(
        report.is_ok(),
        "no segment lists a deleted pack: {report:?}"
    );
    let fresh = w.open();
    let s = backup(&fresh, "f", &data);
    assert_eq!(dump(&w.open(), &s, "f"), data);
}
