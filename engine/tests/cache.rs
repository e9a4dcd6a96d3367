//! The local cache of remote repositories: with a warm cache, opening again, listing a snapshot
//! and a no-change backup download only listings; a damaged cached object is dropped and
//! fetched again, never trusted.

mod common;

use std::path::Path;
use std::sync::{Arc, Mutex};

use common::*;
use sealvault::FileTrees;
use sealvault::{
    Backend, BackupOptions, MemoryBackend, NoProgress, ObjectInfo, OpenOptions, Repository, Result,
};

/// Records every read request (`get`, `range`, `head`) by object name; lists are not recorded.
#[derive(Default)]
struct Recording {
    inner: MemoryBackend,
    reads: Mutex<Vec<String>>,
}

impl Recording {
    fn take(&self) -> Vec<String> {
        std::mem::take(&mut *self.reads.lock().unwrap())
    }
    fn record(&self, what: &str, name: &str) {
        self.reads.lock().unwrap().push(format!("{what} {name}"));
    }
}

impl Backend for Recording {
    fn put(&self, name: &str, data: &[u8]) -> Result<()> {
        self.inner.put(name, data)
    }
    fn get(&self, name: &str) -> Result<Vec<u8>> {
        self.record("get", name);
        self.inner.get(name)
    }
    fn get_range(&self, name: &str, offset: u64, len: u64) -> Result<Vec<u8>> {
        self.record("range", name);
        self.inner.get_range(name, offset, len)
    }
    fn head(&self, name: &str) -> Result<u64> {
        self.record("head", name);
        self.inner.head(name)
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

fn open(backend: &Arc<Recording>, cache: &Path) -> Repository {
    let options = OpenOptions {
        cache_dir: Some(cache.to_path_buf()),
        ..OpenOptions::default()
    };
    Repository::open_with(backend.clone(), &password(), &options).unwrap()
}

fn tree_source(dir: &Path) {
    sealvault_corpus::generate(
        dir,
        &sealvault_corpus::Options {
            size: 4 << 20,
            seed: 5,
            exotic: false,
        },
    )
    .unwrap();
}

fn backup(repo: &Repository, src: &Path) -> sealvault::Snapshot {
    let options = BackupOptions {
        host: "cache-test".into(),
        ..BackupOptions::default()
    };
    repo.backup(&[src.to_path_buf()], &options, &NoProgress)
        .unwrap()
}

/// Reads of anything but the config and key slots (which open reads every time).
fn content_reads(reads: Vec<String>) -> Vec<String> {
    reads
        .into_iter()
        .filter(|r| !r.ends_with(" config") && !r.contains(" keys/"))
        .collect()
}

#[test]
fn a_warm_cache_downloads_only_listings_and_what_is_new() {
    let backend = Arc::new(Recording::default());
    Repository::init(backend.clone(), &password(), &options()).unwrap();
    let cache = tempfile::tempdir().unwrap();
    let src = tempfile::tempdir().unwrap();
    tree_source(src.path());

    // The first backup fills the cache as it writes (segments, snapshot, tree packs).
    let repo = open(&backend, cache.path());
    let first = backup(&repo, src.path());
    drop(repo);
    backend.take();

    let repo = open(&backend, cache.path());
    assert!(repo.cache_size().unwrap() > 0);
    let snaps = repo.snapshots().unwrap().snapshots;
    let mut nodes = 0;
    let mut stack = vec![first.root];
    while let Some(id) = stack.pop() {
        for n in repo.load_tree(&id).unwrap().nodes {
            nodes += 1;
            stack.extend(n.subtree);
        }
    }
    assert!(nodes > 100);
    let second = backup(&repo, src.path());
    assert_eq!(second.summary.bytes_read, 0);
    assert_eq!(snaps.len(), 1);
    assert_eq!(
        content_reads(backend.take()),
        Vec::<String>::new(),
        "open, snapshots, every tree and a no-change backup read nothing but listings"
    );

    // Without the cache the same work reads index segments, the snapshot and tree packs.
    let cold = Repository::open(backend.clone(), &password()).unwrap();
    backup(&cold, src.path());
    let reads = content_reads(backend.take());
    for kind in ["index/", "snapshots/", "packs/"] {
        assert!(
            reads.iter().any(|r| r.contains(kind)),
            "{kind} in {reads:?}"
        );
    }
}

#[test]
fn a_damaged_cached_object_is_fetched_again_not_trusted() {
    let backend = Arc::new(Recording::default());
    Repository::init(backend.clone(), &password(), &options()).unwrap();
    let cache = tempfile::tempdir().unwrap();
    let src = tempfile::tempdir().unwrap();
    tree_source(src.path());
    let repo = open(&backend, cache.path());
    let first = backup(&repo, src.path());
    drop(repo);

    // Flip a byte in every cached file (segments, snapshots, tree packs).
    let mut damaged = 0;
    let mut stack = vec![cache.path().to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let mut bytes = std::fs::read(&p).unwrap();
                let at = bytes.len() / 2;
                bytes[at] ^= 0x40;
                std::fs::write(&p, bytes).unwrap();
                damaged += 1;
            }
        }
    }
    assert!(
        damaged >= 3,
        "segments, a snapshot and tree packs were cached"
    );
    backend.take();
    let repo = open(&backend, cache.path());
    let snaps = repo.snapshots().unwrap().snapshots;
    assert_eq!(snaps[0].root, first.root);
    let target = tempfile::tempdir().unwrap();
    repo.restore(&snaps[0], target.path(), &Default::default(), &NoProgress)
        .unwrap();
    let restored = target.path().join(src.path().strip_prefix("/").unwrap());
    assert_eq!(describe_tree(&restored), describe_tree(src.path()));
    assert!(
        !content_reads(backend.take()).is_empty(),
        "the damaged copies were replaced from storage"
    );
    // Fetched again, the cache is whole: a second pass reads nothing.
    drop(repo);
    let repo = open(&backend, cache.path());
    backup(&repo, src.path());
    assert_eq!(content_reads(backend.take()), Vec::<String>::new());
}
