//! Store, flush, reopen and load through the public API, on the memory and local backends.

mod common;

use std::collections::HashSet;
use std::sync::Arc;

use common::*;
use sealvault::{
    Backend, BlobKind, Compression, ErrorKind, LocalBackend, MemoryBackend, Repository,
};

fn workload(seed: u64) -> Vec<(BlobKind, Vec<u8>)> {
    (0..240u64)
        .map(|i| {
            let kind = if i % 5 == 0 {
                BlobKind::Tree
            } else {
                BlobKind::Data
            };
            let len = [0usize, 1, 100, 4096, 70_000, 300_000][(i % 6) as usize];
            // Every third blob repeats an earlier one: deduplication must catch it.
            let content_seed = if i % 3 == 2 { seed + i - 2 } else { seed + i };
            let mut b = bytes(len, content_seed);
            if i % 4 == 0 {
                b.iter_mut().for_each(|x| *x %= 4); // compressible
            }
            (kind, b)
        })
        .collect()
}

fn round_trip(backend: Arc<dyn Backend>) {
    let repo = Repository::init(backend.clone(), &password(), &options()).unwrap();
    let blobs = workload(1);
    let new_count = std::sync::atomic::AtomicUsize::new(0);
    let ids: Vec<_> = std::thread::scope(|s| {
        let handles: Vec<_> = blobs
            .chunks(60)
            .map(|part| {
                let (repo, new_count) = (&repo, &new_count);
                s.spawn(move || {
                    part.iter()
                        .map(|(kind, data)| {
                            let st = repo.store(*kind, data).unwrap();
                            if st.is_new {
                                new_count.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                            }
                            st.id
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    });
    let unique: HashSet<_> = ids.iter().collect();
    assert_eq!(
        new_count.into_inner(),
        unique.len(),
        "each distinct blob stored exactly once"
    );
    repo.flush().unwrap();
    let stats = repo.index_stats();
    drop(repo);

    let repo = Repository::open(backend, &password()).unwrap();
    assert_eq!(repo.index_stats().entries, stats.entries);
    for (id, (_, data)) in ids.iter().zip(&blobs) {
        assert_eq!(&repo.load(id).unwrap(), data);
    }
    for (pack, _) in repo.indexed_packs() {
        repo.verify_pack(&pack).unwrap();
    }
}

#[test]
fn round_trip_on_the_memory_backend() {
    round_trip(Arc::new(MemoryBackend::new()));
}

#[test]
fn round_trip_on_the_local_backend() {
    let dir = tempfile::tempdir().unwrap();
    round_trip(Arc::new(LocalBackend::create(dir.path()).unwrap()));
    // No temporary files are left behind.
    for entry in walk(dir.path()) {
        assert!(!entry.contains(".tmp-"), "{entry}");
    }
}

fn walk(dir: &std::path::Path) -> Vec<String> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p.display().to_string());
        }
    }
    out
}

#[test]
fn blobs_are_visible_only_after_flush_and_lost_without_it() {
    let (backend, repo) = new_repo();
    let id = repo.store(BlobKind::Data, b"not yet flushed").unwrap().id;
    let e = repo.load(&id).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::NotFound);
    assert!(e.to_string().contains("flush"), "{e}");
    drop(repo);
    let repo = Repository::open(backend, &password()).unwrap();
    assert!(!repo.contains(&id));
    assert_eq!(repo.load(&id).unwrap_err().kind(), ErrorKind::NotFound);
}

#[test]
fn deduplicates_across_sessions_and_compression_settings() {
    let (backend, repo) = new_repo();
    let data = bytes(200_000, 7);
    assert!(repo.store(BlobKind::Data, &data).unwrap().is_new);
    repo.flush().unwrap();
    let before = backend.total_bytes();
    drop(repo);
    let repo = Repository::open(backend.clone(), &password()).unwrap();
    let again = repo
        .store_with(BlobKind::Data, &data, Compression::Off)
        .unwrap();
    assert!(!again.is_new);
    repo.flush().unwrap();
    assert_eq!(backend.total_bytes(), before, "nothing new written");
}

#[test]
fn a_failed_upload_fails_flush_and_the_data_can_be_stored_again() {
    let inner = Arc::new(MemoryBackend::new());
    Repository::init(inner.clone(), &password(), &options()).unwrap();
    // One put succeeds: the writer's session object, written before its first store.
    let failing = Arc::new(FailingBackend::new(inner.clone(), 1));
    let repo = Repository::open(failing, &password()).unwrap();
    let data = bytes(1000, 3);
    repo.store(BlobKind::Data, &data).unwrap();
    let e = repo.flush().unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Backend);
    assert!(e.is_retryable());
    drop(repo);
    let repo = Repository::open(inner, &password()).unwrap();
    assert!(
        repo.store(BlobKind::Data, &data).unwrap().is_new,
        "not in the index after the failure"
    );
    repo.flush().unwrap();
    assert_eq!(repo.load(&repo.blob_id(&data)).unwrap(), data);
}

/// A crash (here: every write failing from the k-th on) at any point of two store+flush rounds
/// leaves a repository that opens, with every blob of a successful flush readable.
#[test]
fn a_crash_at_any_write_leaves_a_readable_repository() {
    let round1 = workload(100);
    let round2 = workload(200);
    for allowed in 0..16 {
        let inner = Arc::new(MemoryBackend::new());
        Repository::init(inner.clone(), &password(), &options()).unwrap();
        let failing = Arc::new(FailingBackend::new(inner.clone(), allowed));
        let repo = Repository::open(failing, &password()).unwrap();
        let mut durable = Vec::new();
        for round in [&round1, &round2] {
            let ids: Vec<_> = round
                .iter()
                .map(|(k, d)| repo.store(*k, d).map(|s| s.id))
                .collect();
            // A store may fail at once (the session object before the first one cannot be
            // written); only blobs stored and then flushed are durable.
            if repo.flush().is_ok() {
                durable.extend(
                    ids.into_iter()
                        .zip(round.iter().map(|(_, d)| d))
                        .filter_map(|(id, d)| Some((id.ok()?, d))),
                );
            }
        }
        drop(repo);
        let repo = Repository::open(inner, &password())
            .unwrap_or_else(|e| panic!("crash after {allowed} writes: {e}"));
        for (id, data) in &durable {
            assert_eq!(
                &repo.load(id).unwrap(),
                *data,
                "crash after {allowed} writes"
            );
        }
    }
}

#[test]
fn index_uses_under_64_bytes_per_blob_after_open() {
    let (backend, repo) = new_repo();
    for i in 0..30_000u64 {
        repo.store_with(BlobKind::Data, &i.to_le_bytes(), Compression::Off)
            .unwrap();
    }
    repo.flush().unwrap();
    drop(repo);
    let repo = Repository::open(backend, &password()).unwrap();
    let stats = repo.index_stats();
    assert_eq!(stats.entries, 30_000);
    assert!(
        stats.bytes_per_entry() < 64.0,
        "{} bytes per entry",
        stats.bytes_per_entry()
    );
}

/// A backend whose first pack upload is slow, so it is still running when later ones end.
struct SlowBackend(Arc<MemoryBackend>, std::sync::atomic::AtomicUsize);
impl Backend for SlowBackend {
    fn put(&self, name: &str, data: &[u8]) -> sealvault::Result<()> {
        if name.starts_with("packs/")
            && self.1.fetch_add(1, std::sync::atomic::Ordering::SeqCst) == 0
        {
            std::thread::sleep(std::time::Duration::from_millis(400));
        }
        self.0.put(name, data)
    }
    fn get(&self, name: &str) -> sealvault::Result<Vec<u8>> {
        self.0.get(name)
    }
    fn get_range(&self, name: &str, offset: u64, len: u64) -> sealvault::Result<Vec<u8>> {
        self.0.get_range(name, offset, len)
    }
    fn list(&self, prefix: &str) -> sealvault::Result<Vec<sealvault::ObjectInfo>> {
        self.0.list(prefix)
    }
    fn delete(&self, name: &str) -> sealvault::Result<()> {
        self.0.delete(name)
    }
    fn exists(&self, name: &str) -> sealvault::Result<bool> {
        self.0.exists(name)
    }
}

/// Regression: packs closed because they were full, and still uploading when `flush` began,
/// must be waited for and indexed by that flush (they were once left out: the blobs in them
/// were durable only by luck, and unindexed).
#[test]
fn flush_waits_for_packs_still_uploading() {
    let inner = Arc::new(MemoryBackend::new());
    let o = sealvault::InitOptions {
        chunker: sealvault::ChunkerConfig::new(16 << 10, 64 << 10, 1 << 20, 1).unwrap(),
        pack_size: 1 << 20,
        ..options()
    };
    Repository::init(inner.clone(), &password(), &o).unwrap();
    let slow = SlowBackend(inner.clone(), std::sync::atomic::AtomicUsize::new(0));
    let repo = Repository::open(Arc::new(slow), &password()).unwrap();
    let ids: Vec<_> = (0..600u64)
        .map(|i| {
            repo.store_with(BlobKind::Data, &bytes(10_000, i), Compression::Off)
                .unwrap()
                .id
        })
        .collect();
    repo.flush().unwrap();
    drop(repo);
    let repo = Repository::open(inner, &password()).unwrap();
    for id in &ids {
        assert!(
            repo.contains(id),
            "blob {id} stored before flush is not indexed"
        );
    }
}
