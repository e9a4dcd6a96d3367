//! End to end on a generated tree (64 MiB, about 6,000 files): first backup to the memory and
//! local backends on 1 thread and on every core, a no-change backup, an incremental backup
//! after a day of changes, and a full restore.
//!
//! Run: `cargo bench -p sealvault-bench --bench backup`.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use criterion::{BatchSize, BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use sealvault::FileTrees;
use sealvault::{
    Backend, BackupOptions, Credential, InitOptions, KdfParams, LocalBackend, MemoryBackend,
    NoProgress, Repository,
};

const SIZE: u64 = 64 << 20;

fn options() -> InitOptions {
    InitOptions {
        kdf: KdfParams::insecure_for_tests(64, 1, 1).unwrap(),
        ..InitOptions::default()
    }
}

fn repo(backend: Arc<dyn Backend>) -> Repository {
    Repository::init(backend, &Credential::passphrase("bench"), &options()).unwrap()
}

fn corpus(dir: &Path) -> PathBuf {
    let src = dir.join("src");
    sealvault_corpus::generate(
        &src,
        &sealvault_corpus::Options {
            size: SIZE,
            seed: 1,
            exotic: false,
        },
    )
    .unwrap();
    src
}

fn backup(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let src = corpus(dir.path());
    let paths = [src.clone()];
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    let opts = BackupOptions {
        host: "bench".into(),
        ..BackupOptions::default()
    };
    let mut g = c.benchmark_group("backup");
    g.throughput(Throughput::Bytes(SIZE));
    for threads in [1, cores] {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap();
        g.bench_function(
            BenchmarkId::new(format!("first-memory-{threads}-thread"), "64MiB"),
            |b| {
                b.iter_batched(
                    || repo(Arc::new(MemoryBackend::new())),
                    |r| {
                        pool.install(|| r.backup(&paths, &opts, &NoProgress))
                            .unwrap();
                        r
                    },
                    BatchSize::PerIteration,
                )
            },
        );
    }
    g.bench_function(BenchmarkId::new("first-local", "64MiB"), |b| {
        b.iter_batched(
            || {
                let d = tempfile::tempdir().unwrap();
                let r = repo(Arc::new(LocalBackend::create(d.path()).unwrap()));
                (d, r)
            },
            |(d, r)| {
                r.backup(&paths, &opts, &NoProgress).unwrap();
                (d, r)
            },
            BatchSize::PerIteration,
        )
    });
    let warm = repo(Arc::new(MemoryBackend::new()));
    warm.backup(&paths, &opts, &NoProgress).unwrap();
    g.bench_function(BenchmarkId::new("no-change", "64MiB"), |b| {
        b.iter(|| warm.backup(&paths, &opts, &NoProgress).unwrap())
    });
    // Incremental: a fresh copy of the tree, backed up, then changed, then backed up (timed).
    g.bench_function(BenchmarkId::new("incremental-after-a-day", "64MiB"), |b| {
        b.iter_batched(
            || {
                let d = tempfile::tempdir().unwrap();
                let s = corpus(d.path());
                let r = repo(Arc::new(MemoryBackend::new()));
                r.backup(std::slice::from_ref(&s), &opts, &NoProgress)
                    .unwrap();
                sealvault_corpus::mutate(&s, 2).unwrap();
                (d, s, r)
            },
            |(d, s, r)| {
                r.backup(std::slice::from_ref(&s), &opts, &NoProgress)
                    .unwrap();
                (d, r)
            },
            BatchSize::PerIteration,
        )
    });
    let snapshot = warm.snapshots().unwrap().snapshots.pop().unwrap();
    g.bench_function(BenchmarkId::new("restore", "64MiB"), |b| {
        b.iter_batched(
            || tempfile::tempdir().unwrap(),
            |t| {
                warm.restore(&snapshot, t.path(), &Default::default(), &NoProgress)
                    .unwrap();
                t
            },
            BatchSize::PerIteration,
        )
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10).measurement_time(Duration::from_secs(8)).warm_up_time(Duration::from_secs(1));
    targets = backup
}
criterion_main!(benches);
