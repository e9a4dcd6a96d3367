//! The file-tree API an embedder holds: a seekable reader over a backed-up file (small files
//! are slices of shared chunks), and cancellation of backup, restore and check.

mod common;

use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use common::*;
use sealvault::{
    BackupOptions, CheckOptions, ErrorKind, FileTrees, NoProgress, Progress, RestoreOptions,
};

fn opts() -> BackupOptions {
    BackupOptions {
        host: "test-host".into(),
        ..BackupOptions::default()
    }
}

fn tree(dir: &Path) {
    sealvault_corpus::generate(
        dir,
        &sealvault_corpus::Options {
            size: 8 << 20,
            seed: 12,
            exotic: false,
        },
    )
    .unwrap();
}

fn files_below(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let e = e.unwrap();
            let ft = e.file_type().unwrap();
            if ft.is_dir() {
                stack.push(e.path());
            } else if ft.is_file() {
                out.push(e.path());
            }
        }
    }
    out.sort();
    out
}

#[test]
fn every_backed_up_file_reads_back_through_a_seekable_reader() {
    let src = tempfile::tempdir().unwrap();
    tree(src.path());
    let (_b, repo) = new_repo();
    let snap = repo
        .backup(&[src.path().to_path_buf()], &opts(), &NoProgress)
        .unwrap();
    let mut checked = 0;
    for (n, path) in files_below(src.path()).iter().enumerate().step_by(7) {
        let data = std::fs::read(path).unwrap();
        let mut r = repo.open_file(&snap, path).unwrap();
        assert_eq!(r.len(), data.len() as u64, "{}", path.display());
        // A read from the middle, then from the start to the end.
        let mid = (n * 7919) % (data.len() + 1);
        r.seek(SeekFrom::Start(mid as u64)).unwrap();
        let mut tail = Vec::new();
        r.read_to_end(&mut tail).unwrap();
        assert!(tail == data[mid..], "{}", path.display());
        r.rewind().unwrap();
        let mut all = Vec::new();
        r.read_to_end(&mut all).unwrap();
        assert!(all == data, "{}", path.display());
        checked += 1;
    }
    assert!(checked > 50, "{checked} files checked");
    assert!(
        repo.open_file(&snap, src.path()).is_err(),
        "a directory is not a file"
    );
}

/// Stops once `after` bytes were reported.
struct StopAfter {
    after: u64,
    seen: AtomicU64,
}

impl Progress for StopAfter {
    fn bytes(&self, n: u64) {
        self.seen.fetch_add(n, Ordering::Relaxed);
    }
    fn should_stop(&self) -> bool {
        self.seen.load(Ordering::Relaxed) >= self.after
    }
}

fn stop_after(after: u64) -> StopAfter {
    StopAfter {
        after,
        seen: AtomicU64::new(0),
    }
}

#[test]
fn a_cancelled_backup_writes_no_snapshot_and_the_next_one_reuses_what_it_stored() {
    let src = tempfile::tempdir().unwrap();
    tree(src.path());
    let (_b, repo) = new_repo();
    let paths = [src.path().to_path_buf()];
    let e = repo
        .backup(&paths, &opts(), &stop_after(3 << 20))
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Cancelled, "{e}");
    let list = repo.snapshots().unwrap();
    assert!(
        list.snapshots.is_empty(),
        "a cancelled backup wrote a snapshot"
    );
    let whole = repo.backup(&paths, &opts(), &NoProgress).unwrap();
    assert!(
        whole.summary.bytes_new < whole.summary.bytes_read,
        "nothing of the cancelled backup was reused: {:?}",
        whole.summary
    );
}

#[test]
fn a_cancelled_restore_leaves_no_file_that_looks_complete_and_check_stops_too() {
    let src = tempfile::tempdir().unwrap();
    tree(src.path());
    let (_b, repo) = new_repo();
    let snap = repo
        .backup(&[src.path().to_path_buf()], &opts(), &NoProgress)
        .unwrap();
    let target = tempfile::tempdir().unwrap();
    let e = repo
        .restore(
            &snap,
            target.path(),
            &RestoreOptions::default(),
            &stop_after(2 << 20),
        )
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Cancelled, "{e}");
    let left = files_below(target.path());
    assert!(
        left.is_empty(),
        "files left by a cancelled restore: {left:?}"
    );

    let e = repo
        .check(CheckOptions { read_data: true }, &stop_after(1))
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Cancelled, "{e}");
}
