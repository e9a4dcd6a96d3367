//! The engine as the core of a backup service: 1, 4, 16 and 64 concurrent backup streams
//! through one repository handle (one shared index and pack writer), 256 MiB in all.
//! Criterion measures aggregate throughput; one extra run per stream count prints fairness
//! (slowest stream against the mean), memory per stream and how long the final flush waited.
//! Scaling that falls off says where the engine serialises.
//!
//! Run: `cargo bench -p sealvault-bench --bench service`.

use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::{BatchSize, BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use sealvault::{Credential, InitOptions, KdfParams, MemoryBackend, Repository};
use sealvault_bench::{incompressible, peak_rss_bytes};

const TOTAL: usize = 256 << 20;

fn fresh() -> Repository {
    let o = InitOptions {
        kdf: KdfParams::insecure_for_tests(64, 1, 1).unwrap(),
        ..InitOptions::default()
    };
    Repository::init(
        Arc::new(MemoryBackend::new()),
        &Credential::passphrase("bench"),
        &o,
    )
    .unwrap()
}

/// Runs `streams` concurrent stores of `data` split in equal parts; returns each stream's time
/// and the flush's.
fn serve(repo: &Repository, data: &[u8], streams: usize) -> (Vec<Duration>, Duration) {
    let part = data.len() / streams;
    let times = std::thread::scope(|s| {
        let handles: Vec<_> = (0..streams)
            .map(|i| {
                let chunk = &data[i * part..(i + 1) * part];
                s.spawn(move || {
                    let t = Instant::now();
                    repo.store_reader(chunk).unwrap();
                    t.elapsed()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let t = Instant::now();
    repo.flush().unwrap();
    (times, t.elapsed())
}

fn service(c: &mut Criterion) {
    let data = incompressible(TOTAL, 3);
    let mut g = c.benchmark_group("service");
    g.throughput(Throughput::Bytes(TOTAL as u64));
    for streams in [1usize, 4, 16, 64] {
        g.bench_function(BenchmarkId::new("streams", streams), |b| {
            b.iter_batched(
                fresh,
                |r| {
                    serve(&r, &data, streams);
                    r
                },
                BatchSize::PerIteration,
            )
        });
        let rss_before = peak_rss_bytes().unwrap_or(0);
        let (times, flush) = serve(&fresh(), &data, streams);
        let mean = times.iter().sum::<Duration>() / streams as u32;
        let slowest = times.iter().max().copied().unwrap_or_default();
        let grew = peak_rss_bytes().unwrap_or(0).saturating_sub(rss_before);
        eprintln!(
            "service/{streams} streams: slowest/mean {:.2}, flush waited {:.1} ms, peak RSS grew {} KiB ({} KiB per stream)",
            slowest.as_secs_f64() / mean.as_secs_f64().max(1e-9),
            flush.as_secs_f64() * 1e3,
            grew >> 10,
            (grew >> 10) / streams as u64
        );
    }
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10).measurement_time(Duration::from_secs(5)).warm_up_time(Duration::from_secs(1));
    targets = service
}
criterion_main!(benches);
