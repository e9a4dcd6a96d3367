//! Restore against a hostile or busy target: directories and files swapped for symlinks while
//! it runs (by a hook at the worst moment, and by a real racing process), damaged data, and
//! entries already in the target (overwrite policies, `delete`, dry runs).

mod common;

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use common::*;
use sealvault::FileTrees;
use sealvault::tree::{ContentRange, Node, NodeKind, Tree};
use sealvault::{
    Backend, BlobKind, ExistingAction, MemoryBackend, NoProgress, Overwrite, Progress, Repository,
    RestoreOptions, Snapshot,
};

fn file(repo: &Repository, name: &str, data: &[u8], mode: u32) -> Node {
    let id = repo.store(BlobKind::Data, data).unwrap().id;
    let mut n = Node::new(name.as_bytes().to_vec(), NodeKind::File);
    n.mode = mode;
    n.size = data.len() as u64;
    n.links = 1;
    n.mtime_ns = 1_600_000_000_000_000_000;
    n.content = vec![ContentRange {
        id,
        offset: 0,
        len: data.len() as u32,
    }];
    n
}

fn link(name: &str, to: &str) -> Node {
    let mut n = Node::new(name.as_bytes().to_vec(), NodeKind::Symlink);
    n.target = to.as_bytes().to_vec();
    n.mtime_ns = 1_500_000_000_000_000_000;
    n
}

fn fifo(name: &str) -> Node {
    let mut n = Node::new(name.as_bytes().to_vec(), NodeKind::Fifo);
    n.mode = 0o4777;
    n.mtime_ns = 1_500_000_000_000_000_000;
    n
}

fn dir(repo: &Repository, name: &str, nodes: Vec<Node>) -> Node {
    let id = repo
        .store(BlobKind::Tree, &Tree { nodes }.encode())
        .unwrap()
        .id;
    let mut n = Node::new(name.as_bytes().to_vec(), NodeKind::Dir);
    n.mode = 0o755;
    n.subtree = Some(id);
    n
}

/// Everything about a directory tree that restore must not change: per path, kind, mode,
/// size and content.
fn fingerprint(root: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(d) = stack.pop() {
        let md = std::fs::symlink_metadata(&d).unwrap();
        let data = if md.is_file() {
            std::fs::read(&d).unwrap()
        } else {
            Vec::new()
        };
        out.push(format!(
            "{} {:o} {} {}",
            d.display(),
            md.mode(),
            md.len(),
            blake3::hash(&data).to_hex()
        ));
        if md.is_dir() {
            for e in std::fs::read_dir(&d).unwrap() {
                stack.push(e.unwrap().path());
            }
        }
    }
    out.sort();
    out
}

/// An "outside" directory holding a private file, as an attacker's target.
fn outside() -> (tempfile::TempDir, PathBuf) {
    let o = tempfile::tempdir().unwrap();
    let secret = o.path().join("secret");
    std::fs::write(&secret, b"precious").unwrap();
    std::fs::set_permissions(&secret, std::fs::Permissions::from_mode(0o600)).unwrap();
    (o, secret)
}

/// Swaps things in the target for symlinks to `outside` at the worst moments restore offers:
/// each directory right after it is made (before anything is made in it), and every file once
/// the last byte of content is written (before any metadata is set).
struct Attacker {
    target: PathBuf,
    outside: PathBuf,
    secret: PathBuf,
    /// Bytes of content in the snapshot, and written so far.
    total: u64,
    written: Mutex<u64>,
    swaps: Mutex<usize>,
}

impl Attacker {
    fn swap_for_link(&self, path: &Path, to: &Path) {
        let aside = path.with_extension("moved-aside");
        if std::fs::rename(path, &aside).is_ok() {
            std::os::unix::fs::symlink(to, path).unwrap();
            *self.swaps.lock().unwrap() += 1;
        }
    }
}

impl Progress for Attacker {
    fn entry(&self, path: &Path) {
        if path.is_dir() && !path.is_symlink() && path.starts_with(&self.target) {
            self.swap_for_link(path, &self.outside);
        }
    }

    fn bytes(&self, n: u64) {
        let mut written = self.written.lock().unwrap();
        *written += n;
        if *written < self.total {
            return;
        }
        // Every file in the target (wherever the real directories now are), temporary or not.
        let mut stack = vec![self.target.clone()];
        while let Some(d) = stack.pop() {
            let Ok(rd) = std::fs::read_dir(&d) else {
                continue;
            };
            for e in rd.flatten() {
                let p = e.path();
                let ft = e.file_type().unwrap();
                if ft.is_dir() {
                    stack.push(p);
                } else if ft.is_file() && p.extension().is_none_or(|x| x != "moved-aside") {
                    self.swap_for_link(&p, &self.secret);
                }
            }
        }
    }
}

#[test]
fn swapping_a_directory_or_a_file_for_a_symlink_mid_restore_changes_nothing_outside() {
    let (_b, repo) = new_repo();
    let (out, secret) = outside();
    let inner = dir(
        &repo,
        "a",
        vec![
            file(&repo, "secret", b"from the backup, world-writable", 0o4777),
            file(&repo, "y", &bytes(300_000, 1), 0o755),
            link("link", "../../secret"),
            fifo("pipe"),
        ],
    );
    let total = 31 + 300_000 + 3;
    let snap = snapshot_of(
        &repo,
        Tree {
            nodes: vec![inner, file(&repo, "z", b"top", 0o4777)],
        },
    );
    let target = tempfile::tempdir().unwrap();
    let before = fingerprint(out.path());
    let attacker = Attacker {
        target: target.path().to_path_buf(),
        outside: out.path().to_path_buf(),
        secret: secret.clone(),
        total,
        written: Mutex::new(0),
        swaps: Mutex::new(0),
    };
    // Whatever restore reports, nothing outside the target may change.
    let _ = repo.restore(&snap, target.path(), &RestoreOptions::default(), &attacker);
    assert!(*attacker.swaps.lock().unwrap() >= 2, "the attack ran");
    assert_eq!(fingerprint(out.path()), before);
    assert_eq!(
        std::fs::metadata(&secret).unwrap().mode() & 0o7777,
        0o600,
        "the outside file's mode was changed through a swapped-in link"
    );
}

#[test]
fn a_racing_process_swapping_entries_for_symlinks_changes_nothing_outside() {
    let (_b, repo) = new_repo();
    let (out, _secret) = outside();
    let mut top = Vec::new();
    for d in 0..8 {
        let files = (0..40)
            .map(|f| {
                file(
                    &repo,
                    &format!("f{f}"),
                    &bytes(2_000 + f * 97, d * 100 + f as u64),
                    0o4777,
                )
            })
            .collect();
        top.push(dir(&repo, &format!("d{d}"), files));
    }
    let snap = snapshot_of(&repo, Tree { nodes: top });
    let before = fingerprint(out.path());
    let mut swapped = 0;
    for round in 0..5 {
        let target = tempfile::tempdir().unwrap();
        let log = tempfile::NamedTempFile::new().unwrap();
        // A separate process that keeps replacing directories and files in the target with
        // symlinks to the outside directory and file, for as long as the restore runs.
        // (`find` does not descend into the links it made: the racer never touches the
        // outside itself.)
        let script = r#"
            t="$1"; o="$2"; log="$3"
            : > "$t/ready"
            while [ ! -e "$t/stop" ]; do
              find "$t" -mindepth 1 \( -type d -o -type f \) ! -name '*.aside' ! -name stop ! -name ready |
              while read -r e; do
                if mv "$e" "$e.aside" 2>/dev/null; then
                  if [ -d "$e.aside" ]; then ln -s "$o" "$e"; else ln -s "$o/secret" "$e"; fi
                  echo swapped >> "$log"
                fi
              done
            done"#;
        let mut racer = std::process::Command::new("bash")
            .args(["-c", script, "racer"])
            .arg(target.path())
            .arg(out.path())
            .arg(log.path())
            .spawn()
            .unwrap();
        while !target.path().join("ready").exists() {
            std::thread::yield_now();
        }
        let _ = repo.restore(
            &snap,
            target.path(),
            &RestoreOptions::default(),
            &NoProgress,
        );
        std::fs::write(target.path().join("stop"), b"").unwrap();
        racer.wait().unwrap();
        assert_eq!(fingerprint(out.path()), before, "round {round}");
        swapped += std::fs::read_dir(target.path())
            .unwrap()
            .filter(|e| e.as_ref().unwrap().file_type().unwrap().is_symlink())
            .count();
    }
    assert!(
        swapped > 0,
        "the racer never got in: the test proved nothing"
    );
}

#[test]
fn damaged_data_leaves_no_complete_looking_file_and_names_it() {
    let (backend, repo) = new_repo();
    let good = file(&repo, "good", &bytes(50_000, 1), 0o644);
    repo.flush().unwrap();
    let packs_before: Vec<String> = backend
        .list("packs/")
        .unwrap()
        .into_iter()
        .map(|o| o.name)
        .collect();
    let bad = file(&repo, "bad", &bytes(60_000, 2), 0o644);
    repo.flush().unwrap(); // `bad` alone in its pack: the tree goes into the next one
    let names = |b: &MemoryBackend| -> Vec<String> {
        b.list("packs/")
            .unwrap()
            .into_iter()
            .map(|o| o.name)
            .collect()
    };
    let bad_pack = names(&backend)
        .into_iter()
        .find(|n| !packs_before.contains(n))
        .unwrap();
    let snap = snapshot_of(
        &repo,
        Tree {
            nodes: vec![bad, good],
        },
    );
    assert_eq!(names(&backend).len(), packs_before.len() + 2);
    let mut bytes_ = backend.get(&bad_pack).unwrap();
    bytes_[100] ^= 1;
    backend.put(&bad_pack, &bytes_).unwrap();
    drop(repo);
    let repo = Repository::open(backend, &password()).unwrap();
    let target = tempfile::tempdir().unwrap();
    let summary = repo
        .restore(
            &snap,
            target.path(),
            &RestoreOptions::default(),
            &NoProgress,
        )
        .unwrap();
    assert_eq!(
        std::fs::read(target.path().join("good")).unwrap(),
        bytes(50_000, 1)
    );
    assert!(
        !target.path().join("bad").exists(),
        "no zero-filled stand-in"
    );
    let leftovers: Vec<_> = std::fs::read_dir(target.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers, vec![std::ffi::OsString::from("good")]);
    assert_eq!(summary.not_restored, 1);
    let issue = summary.issues.iter().find(|i| i.skipped).unwrap();
    assert!(issue.path.ends_with(b"/bad"), "{issue:?}");
    assert!(issue.message.contains("integrity"), "{issue:?}");
    assert_eq!(summary.files, 1);
}

/// A target that already has things: a file with local edits, a non-empty directory where the
/// snapshot has a file, an empty one, a file that matches, and an extra file.
fn busy_target(repo: &Repository) -> (Snapshot, tempfile::TempDir) {
    let same = file(repo, "same", b"unchanged", 0o644);
    let snap = snapshot_of(
        repo,
        Tree {
            nodes: vec![
                file(repo, "edited", b"as backed up", 0o644),
                file(repo, "emptydir", b"a file now", 0o644),
                file(repo, "fulldir", b"a file now", 0o644),
                same,
            ],
        },
    );
    let t = tempfile::tempdir().unwrap();
    let p = t.path();
    std::fs::write(p.join("edited"), b"local edits, newer").unwrap();
    std::fs::create_dir(p.join("emptydir")).unwrap();
    std::fs::create_dir(p.join("fulldir")).unwrap();
    std::fs::write(p.join("fulldir/keep"), b"mine").unwrap();
    std::fs::write(p.join("same"), b"unchanged").unwrap();
    let f = std::fs::File::options()
        .write(true)
        .open(p.join("same"))
        .unwrap();
    f.set_modified(std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_600_000_000))
        .unwrap();
    std::fs::write(p.join("extra"), b"not in the snapshot").unwrap();
    (snap, t)
}

fn action(summary: &sealvault::RestoreSummary, t: &Path, name: &str) -> Option<ExistingAction> {
    summary
        .existing
        .iter()
        .find(|e| e.path == t.join(name))
        .map(|e| e.action)
}

#[test]
fn existing_entries_follow_the_overwrite_policy_and_full_directories_are_never_removed() {
    let (_b, repo) = new_repo();
    for policy in [
        Overwrite::Always,
        Overwrite::IfChanged,
        Overwrite::IfNewer,
        Overwrite::Never,
    ] {
        let (snap, t) = busy_target(&repo);
        let p = t.path();
        let o = RestoreOptions {
            overwrite: policy,
            ..Default::default()
        };
        let s = repo.restore(&snap, p, &o, &NoProgress).unwrap();
        // Never: a directory with entries stays, whatever the policy.
        assert_eq!(
            std::fs::read(p.join("fulldir/keep")).unwrap(),
            b"mine",
            "{policy:?}"
        );
        assert_eq!(
            std::fs::read(p.join("extra")).unwrap(),
            b"not in the snapshot"
        );
        let edited = std::fs::read(p.join("edited")).unwrap();
        match policy {
            Overwrite::Always | Overwrite::IfChanged => {
                assert_eq!(edited, b"as backed up", "{policy:?}");
                assert_eq!(action(&s, p, "edited"), Some(ExistingAction::Replaced));
                assert!(p.join("emptydir").is_file(), "{policy:?}");
                assert!(
                    s.issues
                        .iter()
                        .any(|i| i.path.ends_with(b"fulldir") && i.skipped)
                );
            }
            Overwrite::IfNewer | Overwrite::Never => {
                // The local file is newer than the snapshot's (2020): left.
                assert_eq!(edited, b"local edits, newer", "{policy:?}");
                assert_eq!(action(&s, p, "edited"), Some(ExistingAction::Left));
            }
        }
        match policy {
            Overwrite::IfChanged | Overwrite::Never => {
                assert_eq!(
                    action(&s, p, "same"),
                    Some(ExistingAction::Left),
                    "{policy:?}"
                )
            }
            Overwrite::Always => assert_eq!(action(&s, p, "same"), Some(ExistingAction::Replaced)),
            Overwrite::IfNewer => {} // same time: left
        }
        // The summary counts every existing entry it met.
        assert!(s.count(ExistingAction::Replaced) + s.count(ExistingAction::Left) >= 3);
    }
}

#[test]
fn delete_removes_what_the_snapshot_lacks_and_a_dry_run_changes_nothing() {
    let (_b, repo) = new_repo();
    let (snap, t) = busy_target(&repo);
    let p = t.path();
    let before = fingerprint(p);
    let dry = RestoreOptions {
        delete: true,
        dry_run: true,
        ..Default::default()
    };
    let s = repo.restore(&snap, p, &dry, &NoProgress).unwrap();
    assert_eq!(fingerprint(p), before, "a dry run writes nothing");
    assert_eq!(action(&s, p, "extra"), Some(ExistingAction::Deleted));
    assert_eq!(action(&s, p, "edited"), Some(ExistingAction::Replaced));
    assert_eq!(s.bytes, 0);

    let real = RestoreOptions {
        delete: true,
        ..Default::default()
    };
    let s = repo.restore(&snap, p, &real, &NoProgress).unwrap();
    assert!(!p.join("extra").exists());
    assert_eq!(action(&s, p, "extra"), Some(ExistingAction::Deleted));
    assert_eq!(std::fs::read(p.join("edited")).unwrap(), b"as backed up");
}

#[test]
fn a_large_tree_restores_with_few_descriptors() {
    // 4,000 files in 2,000 directories, restored with the process's descriptors counted by
    // the kernel: far fewer than one per file or directory may be open at once.
    let (_b, repo) = new_repo();
    let mut top = Vec::new();
    for d in 0..2000 {
        let files = (0..2)
            .map(|f| {
                file(
                    &repo,
                    &format!("f{f}"),
                    format!("{d}/{f}").as_bytes(),
                    0o644,
                )
            })
            .collect();
        top.push(dir(&repo, &format!("d{d:04}"), files));
    }
    let snap = snapshot_of(&repo, Tree { nodes: top });
    struct Peak(Mutex<usize>);
    impl Progress for Peak {
        fn entry(&self, _: &Path) {
            let open = std::fs::read_dir("/proc/self/fd").map_or(0, |d| d.count());
            let mut p = self.0.lock().unwrap();
            *p = (*p).max(open);
        }
    }
    let peak = Peak(Mutex::new(0));
    let target = tempfile::tempdir().unwrap();
    let s = repo
        .restore(&snap, target.path(), &RestoreOptions::default(), &peak)
        .unwrap();
    assert_eq!(s.files, 4000);
    let peak = *peak.0.lock().unwrap();
    // Other tests in this process hold descriptors too; one per directory would be 2,000.
    assert!(peak < 400, "{peak} descriptors open at once");
    assert_eq!(
        std::fs::read(target.path().join("d1999/f1")).unwrap(),
        b"1999/1"
    );
}

/// `delete` acts only where the snapshot holds a whole backed-up directory: the ancestors of a
/// backed-up path (here `/home` and `/home/alice` of a backup of `/home/alice/docs`) hold only
/// the way down, and what else is beside it in the target stays.
#[test]
fn delete_never_touches_what_is_beside_a_backed_up_path() {
    let (_b, repo) = new_repo();
    let docs = dir(
        &repo,
        "docs",
        vec![file(&repo, "kept", b"in the backup", 0o644)],
    );
    let alice = dir(&repo, "alice", vec![docs]);
    let home = dir(&repo, "home", vec![alice]);
    let snap = snapshot_of_paths(&repo, Tree { nodes: vec![home] }, &["/home/alice/docs"]);
    let t = tempfile::tempdir().unwrap();
    let p = t.path();
    std::fs::create_dir_all(p.join("home/alice/docs")).unwrap();
    std::fs::create_dir_all(p.join("home/bob")).unwrap();
    std::fs::write(p.join("home/bob/thesis"), b"not backed up").unwrap();
    std::fs::write(p.join("home/alice/notes"), b"not backed up").unwrap();
    std::fs::write(p.join("top-level"), b"not backed up").unwrap();
    std::fs::write(p.join("home/alice/docs/stale"), b"deleted since").unwrap();
    let o = RestoreOptions {
        delete: true,
        ..Default::default()
    };
    let s = repo.restore(&snap, p, &o, &NoProgress).unwrap();
    assert!(!p.join("home/alice/docs/stale").exists());
    assert_eq!(
        action(&s, p, "home/alice/docs/stale"),
        Some(ExistingAction::Deleted)
    );
    for beside in ["home/bob/thesis", "home/alice/notes", "top-level"] {
        assert!(p.join(beside).exists(), "{beside} was deleted");
    }
    assert_eq!(s.count(ExistingAction::Deleted), 1, "{:?}", s.existing);
}

/// A temporary file swapped for a FIFO (which an open without `O_NONBLOCK` would wait on
/// forever) once all content is written: restore neither hangs nor touches the FIFO's far
/// side; the file is reported as not restored.
#[test]
fn a_fifo_swapped_in_for_a_temporary_file_does_not_hang_the_restore() {
    struct Fifos {
        target: PathBuf,
        total: u64,
        written: Mutex<u64>,
    }
    impl Progress for Fifos {
        fn bytes(&self, n: u64) {
            let mut w = self.written.lock().unwrap();
            *w += n;
            if *w < self.total {
                return;
            }
            for e in std::fs::read_dir(&self.target).unwrap().flatten() {
                if e.file_name().to_string_lossy().starts_with(".sealvault-") {
                    std::fs::remove_file(e.path()).unwrap();
                    let ok = std::process::Command::new("mkfifo")
                        .arg(e.path())
                        .status()
                        .unwrap();
                    assert!(ok.success());
                }
            }
        }
    }
    let (_b, repo) = new_repo();
    let snap = snapshot_of(
        &repo,
        Tree {
            nodes: vec![file(&repo, "f", &bytes(10_000, 4), 0o644)],
        },
    );
    let target = tempfile::tempdir().unwrap();
    let hook = Fifos {
        target: target.path().to_path_buf(),
        total: 10_000,
        written: Mutex::new(0),
    };
    let (done, wait) = std::sync::mpsc::channel();
    std::thread::scope(|scope| {
        scope.spawn(|| {
            let r = repo.restore(&snap, target.path(), &RestoreOptions::default(), &hook);
            let _ = done.send(r.map(|s| s.not_restored));
        });
        let result = wait
            .recv_timeout(std::time::Duration::from_secs(60))
            .unwrap_or_else(|_| {
                // Unblock the hung open so the scope can end, then fail.
                for e in std::fs::read_dir(target.path()).unwrap().flatten() {
                    let _ = std::fs::OpenOptions::new()
                        .read(true)
                        .write(true)
                        .open(e.path());
                }
                panic!("restore blocked on a FIFO swapped in for its temporary file")
            });
        assert_eq!(result.unwrap(), 1);
    });
}
