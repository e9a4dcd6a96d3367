//! A hostile or damaged repository: junk key slots, oversized objects, damaged snapshots and
//! index segments, lost packs. Each costs at most what it names, never the whole repository.

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use common::*;
use sealvault::FileTrees;
use sealvault::{
    Backend, BackupOptions, Credential, ErrorKind, KdfParams, MemoryBackend, NoProgress, ObjectId,
    ObjectInfo, OpenOptions, Repository, Result, UnlockBudget,
};

fn opts() -> BackupOptions {
    BackupOptions {
        host: "test-host".into(),
        ..BackupOptions::default()
    }
}

/// Counts the bytes every whole-object read returns.
struct Counting {
    inner: Arc<MemoryBackend>,
    read: AtomicU64,
}

impl Backend for Counting {
    fn put(&self, name: &str, data: &[u8]) -> Result<()> {
        self.inner.put(name, data)
    }
    fn get(&self, name: &str) -> Result<Vec<u8>> {
        let b = self.inner.get(name)?;
        self.read.fetch_add(b.len() as u64, Ordering::SeqCst);
        Ok(b)
    }
    fn get_range(&self, name: &str, offset: u64, len: u64) -> Result<Vec<u8>> {
        self.inner.get_range(name, offset, len)
    }
    fn list(&self, prefix: &str) -> Result<Vec<ObjectInfo>> {
        self.inner.list(prefix)
    }
    fn delete(&self, name: &str) -> Result<()> {
        self.inner.delete(name)
    }
    fn exists(&self, name: &str) -> Result<bool> {
        self.inner.exists(name)
    }
}

fn names(backend: &MemoryBackend, prefix: &str) -> Vec<String> {
    let mut n: Vec<String> = backend
        .list(prefix)
        .unwrap()
        .into_iter()
        .map(|o| o.name)
        .collect();
    n.sort();
    n
}

fn hex_name(prefix: &str, byte: u8) -> String {
    format!("{prefix}{}", ObjectId::from_bytes([byte; 16]))
}

#[test]
fn junk_key_slots_sorted_first_do_not_lock_the_owner_out() {
    let (backend, repo) = new_repo();
    let slot_len = backend.get(&names(&backend, "keys/")[0]).unwrap().len();
    drop(repo);
    // 100 junk objects named before the real slot: some of a slot's size, some not.
    for i in 0..100u8 {
        let len = if i % 2 == 0 {
            slot_len
        } else {
            7 + usize::from(i)
        };
        let name = format!(
            "keys/{:02x}{}",
            i / 16,
            &ObjectId::from_bytes([i; 16]).to_hex()[2..]
        );
        backend.put(&name, &vec![i; len]).unwrap();
    }
    let repo = Repository::open(backend.clone(), &password()).unwrap();
    assert!(repo.opened_with().is_some());
}

/// More well-formed slots than `open` reads from a listing, all named before the real one: a
/// machine that opened the repository before still gets in (its slot is read by name first).
#[test]
fn a_flood_of_valid_slots_does_not_lock_out_a_machine_that_opened_before() {
    // A repository whose slot id sorts late, so that the flood can sort before it.
    let (backend, repo) = loop {
        let (b, r) = new_repo();
        if r.opened_with().unwrap().to_hex().starts_with('f') {
            break (b, r);
        }
    };
    let state = tempfile::tempdir().unwrap();
    let remember = OpenOptions {
        state_dir: Some(state.path().to_path_buf()),
        ..OpenOptions::default()
    };
    drop(repo);
    Repository::open_with(backend.clone(), &password(), &remember).unwrap();
    let repo = Repository::open(backend.clone(), &password()).unwrap();
    let real = repo.opened_with().unwrap().to_hex();
    let mut before = 0;
    let mut n = 0u32;
    while before < 1100 {
        let id = repo
            .keys()
            .add(&Credential::passphrase(format!("flood {n}")), fast_kdf())
            .unwrap();
        n += 1;
        before += usize::from(id.to_hex() < real);
    }
    drop(repo);
    let repo = Repository::open_with(backend, &password(), &remember).unwrap();
    assert_eq!(repo.opened_with().unwrap().to_hex(), real);
}

#[test]
fn a_slot_copied_under_another_name_is_not_that_slot() {
    let (backend, repo) = new_repo();
    let real = names(&backend, "keys/").remove(0);
    drop(repo);
    let bytes = backend.get(&real).unwrap();
    backend.put(&hex_name("keys/", 0x11), &bytes).unwrap();
    backend.delete(&real).unwrap();
    let e = Repository::open(backend, &password()).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Integrity, "{e}");
}

/// Two passphrase slots: the cheap one of `init`, then a dearer one. With a budget that
/// covers only one of them, the dearer one opens only when this machine remembers it.
#[test]
fn the_unlock_budget_bounds_work_and_the_last_slot_used_goes_first() {
    let (backend, repo) = new_repo();
    let other = Credential::passphrase("the other passphrase");
    let dear = KdfParams::insecure_for_tests(fast_kdf().memory_kib() * 2, 1, 1).unwrap();
    repo.keys().add(&other, dear).unwrap();
    drop(repo);
    let tight = UnlockBudget {
        max_memory_kib: 1 << 20,
        max_total_cost: dear.cost() + fast_kdf().cost() - 1,
    };
    let state = tempfile::tempdir().unwrap();
    let with = |budget, remember: bool| OpenOptions {
        state_dir: remember.then(|| state.path().to_path_buf()),
        unlock_budget: budget,
        ..OpenOptions::default()
    };
    // The cheap slot is tried first and uses up the budget.
    let e = Repository::open_with(backend.clone(), &other, &with(tight, false)).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::WrongKey);
    assert!(e.to_string().contains("budget"), "{e}");
    // Opened once with room to spare, this machine remembers the slot and tries it first.
    Repository::open_with(backend.clone(), &other, &with(UnlockBudget::DEFAULT, true)).unwrap();
    Repository::open_with(backend.clone(), &other, &with(tight, true)).unwrap();
    // A slot asking more memory than allowed is skipped, and the error says so.
    let stingy = UnlockBudget {
        max_memory_kib: fast_kdf().memory_kib(),
        max_total_cost: u64::MAX,
    };
    let e = Repository::open_with(backend.clone(), &other, &with(stingy, false)).unwrap_err();
    assert!(e.to_string().contains("key-derivation memory"), "{e}");
    Repository::open_with(backend, &password(), &with(stingy, false)).unwrap();
}

#[test]
fn oversized_objects_are_refused_unread() {
    let (inner, repo) = new_repo();
    repo.backup_reader("f", &b"data"[..], &opts(), &NoProgress)
        .unwrap();
    drop(repo);
    let huge = vec![0u8; 65 << 20];
    inner.put(&hex_name("snapshots/", 0x22), &huge).unwrap();
    inner
        .put(&hex_name("index/", 0x33), &huge[..17 << 20])
        .unwrap();
    let backend = Arc::new(Counting {
        inner: inner.clone(),
        read: AtomicU64::new(0),
    });
    let repo = Repository::open(backend.clone(), &password()).unwrap();
    let list = repo.snapshots().unwrap();
    assert_eq!(list.snapshots.len(), 1);
    assert_eq!(list.unreadable.len(), 1);
    assert!(list.unreadable[0].error.to_string().contains("more than"));
    assert_eq!(repo.unreadable_index().len(), 1);
    let read = backend.read.load(Ordering::SeqCst);
    assert!(
        read < 1 << 20,
        "{read} bytes read for a repository of a few KiB"
    );

    // An oversized config is refused before anything else.
    inner.put("config", &huge[..1 << 20]).unwrap();
    let e = Repository::open(inner, &password()).unwrap_err();
    assert!(e.is_integrity(), "{e}");
}

#[test]
fn a_damaged_snapshot_or_index_segment_hides_nothing_else() {
    let (backend, repo) = new_repo();
    let first = repo
        .backup_reader("a", &bytes(100_000, 1)[..], &opts(), &NoProgress)
        .unwrap();
    let second = repo
        .backup_reader("b", &bytes(100_000, 2)[..], &opts(), &NoProgress)
        .unwrap();
    drop(repo);
    let damage = |name: &str| {
        let mut b = backend.get(name).unwrap();
        let mid = b.len() / 2;
        b[mid] ^= 1;
        backend.put(name, &b).unwrap();
    };
    damage(&format!("snapshots/{}", first.id));
    let segments = names(&backend, "index/");
    assert_eq!(segments.len(), 2);
    backend.put("index/not-an-id", b"stray").unwrap();

    let repo = Repository::open(backend.clone(), &password()).unwrap();
    assert_eq!(repo.unreadable_index().len(), 1, "the stray object");
    let list = repo.snapshots().unwrap();
    assert_eq!(list.snapshots.len(), 1);
    assert_eq!(list.unreadable.len(), 1);
    assert_eq!(list.unreadable[0].object, format!("snapshots/{}", first.id));
    // The intact one is found by id and as latest, and restores.
    let none = sealvault::SnapshotFilter::default();
    assert_eq!(
        repo.find_snapshot(&second.id.to_hex(), &none).unwrap().id,
        second.id
    );
    assert_eq!(repo.find_snapshot("latest", &none).unwrap().id, second.id);
    let mut out = Vec::new();
    repo.dump(&second, "/b".as_ref(), &mut out).unwrap();
    assert!(out == bytes(100_000, 2));
    // The damaged one is named as damaged, not as missing.
    let e = repo
        .find_snapshot(&first.id.to_hex()[..8], &none)
        .unwrap_err();
    assert!(e.is_integrity(), "{e}");
    assert!(e.to_string().contains(&first.id.to_hex()), "{e}");
    // `check` reports both objects.
    let report = repo
        .check(sealvault::CheckOptions::default(), &NoProgress)
        .unwrap();
    let objects: Vec<&str> = report.damage.iter().map(|d| d.object.as_str()).collect();
    assert!(objects.contains(&"index/not-an-id"), "{objects:?}");
    assert!(
        objects.contains(&format!("snapshots/{}", first.id).as_str()),
        "{objects:?}"
    );

    // Damaged segments: open still works, the blobs they listed are missing and reported.
    drop(repo);
    for s in &segments {
        damage(s);
    }
    let repo = Repository::open(backend, &password()).unwrap();
    assert_eq!(repo.unreadable_index().len(), 3);
    let report = repo
        .check(sealvault::CheckOptions::default(), &NoProgress)
        .unwrap();
    assert!(
        report
            .damage
            .iter()
            .any(|d| d.problem.contains("not in the index"))
    );
}

/// After a pack disappears, the next backup must not refer to it: its blobs are stored again,
/// the loss is reported, and the new snapshot restores whole.
#[test]
fn a_backup_stores_again_what_a_lost_pack_held() {
    let src = tempfile::tempdir().unwrap();
    sealvault_corpus::generate(
        src.path(),
        &sealvault_corpus::Options {
            size: 3 << 20,
            seed: 4,
            exotic: false,
        },
    )
    .unwrap();
    let (backend, repo) = new_repo();
    repo.backup(&[src.path().to_path_buf()], &opts(), &NoProgress)
        .unwrap();
    drop(repo);
    let packs = names(&backend, "packs/");
    assert!(!packs.is_empty());
    backend.delete(&packs[0]).unwrap();

    let repo = Repository::open(backend.clone(), &password()).unwrap();
    let second = repo
        .backup(&[src.path().to_path_buf()], &opts(), &NoProgress)
        .unwrap();
    let lost = &packs[0];
    assert!(
        second
            .issues
            .iter()
            .any(|i| i.path == lost.as_bytes() && i.message.contains("missing from storage")),
        "{:?}",
        second.issues
    );
    assert!(
        second.summary.bytes_read > 0,
        "files in the lost pack are read again"
    );
    drop(repo);
    let repo = Repository::open(backend, &password()).unwrap();
    let target = tempfile::tempdir().unwrap();
    repo.restore(&second, target.path(), &Default::default(), &NoProgress)
        .unwrap();
    let restored = target.path().join(src.path().strip_prefix("/").unwrap());
    assert_eq!(describe_tree(&restored), describe_tree(src.path()));
}

#[test]
fn the_slot_in_use_is_removed_only_by_force() {
    let (_backend, repo) = new_repo();
    let other = repo
        .keys()
        .add(&Credential::passphrase("second"), fast_kdf())
        .unwrap();
    let current = repo.opened_with().unwrap();
    let e = repo.keys().remove(current, false).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidInput);
    assert!(e.to_string().contains("opened with"), "{e}");
    repo.keys().remove(other, false).unwrap();
    repo.keys()
        .add(&Credential::passphrase("third"), fast_kdf())
        .unwrap();
    repo.keys().remove(current, true).unwrap();
}

/// With every index segment gone (or damaged), `repair_index` rebuilds the index from the
/// packs' headers and every snapshot restores again.
#[test]
fn repair_index_recovers_every_snapshot_from_the_packs() {
    let src = tempfile::tempdir().unwrap();
    sealvault_corpus::generate(
        src.path(),
        &sealvault_corpus::Options {
            size: 2 << 20,
            seed: 6,
            exotic: true,
        },
    )
    .unwrap();
    let (backend, repo) = new_repo();
    let first = repo
        .backup(&[src.path().to_path_buf()], &opts(), &NoProgress)
        .unwrap();
    sealvault_corpus::mutate(src.path(), 1).unwrap();
    let second = repo
        .backup(&[src.path().to_path_buf()], &opts(), &NoProgress)
        .unwrap();
    let stdin = repo
        .backup_reader("db", &bytes(300_000, 3)[..], &opts(), &NoProgress)
        .unwrap();
    drop(repo);
    let segments = names(&backend, "index/");
    for s in &segments[1..] {
        backend.delete(s).unwrap();
    }
    let mut b = backend.get(&segments[0]).unwrap();
    b[40] ^= 1;
    backend.put(&segments[0], &b).unwrap();
    backend.put("packs/zz/not-a-pack", b"stray").unwrap();

    let repo = Repository::open(backend.clone(), &password()).unwrap();
    assert!(
        repo.find_node(&second, src.path()).is_err(),
        "the index is gone"
    );
    let report = repo.repair_index(&NoProgress).unwrap();
    assert_eq!(
        report.segments_deleted, 1,
        "the damaged one; the rest were deleted"
    );
    assert!(report.segments_written >= 1);
    assert_eq!(report.unreadable.len(), 1, "{:?}", report.unreadable);
    assert_eq!(report.packs, names(&backend, "packs/").len() - 1);
    drop(repo);

    let repo = Repository::open(backend, &password()).unwrap();
    assert!(repo.unreadable_index().is_empty());
    let report = repo
        .check(sealvault::CheckOptions { read_data: true }, &NoProgress)
        .unwrap();
    assert!(report.is_ok(), "{:?}", report.damage);
    let target = tempfile::tempdir().unwrap();
    repo.restore(&second, target.path(), &Default::default(), &NoProgress)
        .unwrap();
    let restored = target.path().join(src.path().strip_prefix("/").unwrap());
    assert_eq!(describe_tree(&restored), describe_tree(src.path()));
    repo.find_node(&first, src.path()).unwrap();
    let mut out = Vec::new();
    repo.dump(&stdin, "/db".as_ref(), &mut out).unwrap();
    assert!(out == bytes(300_000, 3));
}
