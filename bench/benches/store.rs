//! The whole store path: bytes in, sealed packs out to the memory backend (chunk, id, dedup
//! check, compress, seal, pack, upload, index), on 1 thread and on every core.
//!
//! Run: `cargo bench -p sealvault-bench --bench store`. Each iteration stores 64 MiB into a
//! fresh repository (so nothing deduplicates) and flushes.

use std::sync::Arc;
use std::time::Duration;

use criterion::{BatchSize, BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use sealvault::{Credential, InitOptions, KdfParams, MemoryBackend, Repository};
use sealvault_bench::{compressible, incompressible};

const LEN: usize = 64 << 20;

fn fresh_repo() -> Repository {
    let options = InitOptions {
        kdf: KdfParams::insecure_for_tests(64, 1, 1).unwrap(),
        ..InitOptions::default()
    };
    Repository::init(
        Arc::new(MemoryBackend::new()),
        &Credential::passphrase("bench"),
        &options,
    )
    .unwrap()
}

fn store_path(c: &mut Criterion) {
    let mut g = c.benchmark_group("store");
    g.throughput(Throughput::Bytes(LEN as u64));
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    for (input, data) in [
        ("incompressible", incompressible(LEN, 1)),
        ("compressible", compressible(LEN, 2)),
    ] {
        for threads in [1, cores] {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .unwrap();
            g.bench_function(BenchmarkId::new(format!("{threads}-thread"), input), |b| {
                b.iter_batched(
                    fresh_repo,
                    |repo| {
                        pool.install(|| repo.store_bytes(&data)).unwrap();
                        repo.flush().unwrap();
                        repo
                    },
                    BatchSize::PerIteration,
                )
            });
        }
    }
    g.finish();
}

criterion_group! {
    name = store;
    config = Criterion::default().sample_size(10).measurement_time(Duration::from_secs(5)).warm_up_time(Duration::from_secs(1));
    targets = store_path
}
criterion_main!(store);
