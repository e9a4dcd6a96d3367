//! One table of the engine's throughput: each stage of the store path on one core, the limit
//! they set together (cores / sum of per-byte costs), the whole path on 1 thread and on every
//! core, and how close it comes to that limit.
//!
//! Unlike the criterion benches (hot 1 MiB buffers), every figure here streams a large buffer
//! from memory, as a backup of real files does. Medians of `RUNS` runs.
//!
//! Run: `cargo run --release -p sealvault-bench --bin report [MiB per input, default 512]`

use std::sync::Arc;
use std::time::Instant;

use sealvault::bench_internals::pack_chunks;
use sealvault::{
    Backend, Chunker, ChunkerConfig, ChunkerKey, Compression, Credential, InitOptions, KdfParams,
    MasterKey, MemoryBackend, Repository,
};
use sealvault_bench::{DiscardBackend, compressible, incompressible, peak_rss_bytes};

const RUNS: usize = 5;

fn median_secs(mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..RUNS)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64()
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[RUNS / 2]
}

fn gib_s(bytes: usize, secs: f64) -> f64 {
    bytes as f64 / secs / (1u64 << 30) as f64
}

fn pipeline(data: &[u8], threads: usize, backend: &dyn Fn() -> Arc<dyn Backend>) -> f64 {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .unwrap();
    let options = InitOptions {
        kdf: KdfParams::new(64, 1, 1).unwrap(),
        ..InitOptions::default()
    };
    let mut times: Vec<f64> = (0..RUNS)
        .map(|_| {
            // A fresh repository each run (nothing deduplicates), warmed on other bytes so
            // its pack buffers and threads exist, as in any backup longer than a few packs.
            let repo = Repository::init(backend(), &Credential::passphrase("p"), &options).unwrap();
            pool.install(|| repo.store_bytes(&incompressible(48 << 20, 77)))
                .unwrap();
            repo.flush().unwrap();
            let t = Instant::now();
            pool.install(|| repo.store_bytes(data)).unwrap();
            repo.flush().unwrap();
            t.elapsed().as_secs_f64()
        })
        .collect();
    times.sort_by(f64::total_cmp);
    gib_s(data.len(), times[RUNS / 2])
}

fn main() -> anyhow::Result<()> {
    let mib: usize = std::env::args().nth(1).map_or(Ok(512), |s| s.parse())?;
    let len = mib << 20;
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    let master = MasterKey::from_bytes(&mut [7; 32]);
    let chunker = Chunker::new(
        &ChunkerConfig::DEFAULT,
        &ChunkerKey::from_bytes(&mut [8; 32]),
    );
    let ids = master.chunk_id_key();
    println!(
        "sealvault store path, {mib} MiB per input, {cores} cores, median of {RUNS} runs, GiB/s"
    );
    println!(
        "{:<15} {:>7} {:>7} {:>7} {:>8} {:>9} {:>9} {:>8} {:>9} {:>8}",
        "input",
        "chunk",
        "id",
        "pack",
        "limit",
        "1 thread",
        "N thread",
        "scaling",
        "efficiency",
        "memory"
    );
    for (name, data) in [
        ("incompressible", incompressible(len, 1)),
        ("compressible", compressible(len, 2)),
    ] {
        let chunk = gib_s(
            len,
            median_secs(|| {
                std::hint::black_box(chunker.chunks(&data).count());
            }),
        );
        let chunks: Vec<&[u8]> = chunker.chunks(&data).collect();
        let id = gib_s(
            len,
            median_secs(|| {
                for c in &chunks {
                    std::hint::black_box(ids.blob_id(c));
                }
            }),
        );
        let with_ids: Vec<_> = chunks.iter().map(|c| (*c, ids.blob_id(c))).collect();
        let pack = gib_s(
            len,
            median_secs(|| {
                std::hint::black_box(pack_chunks(&with_ids, Compression::DEFAULT, 16 << 20));
            }),
        );
        let limit = cores as f64 / (1.0 / chunk + 1.0 / id + 1.0 / pack);
        let discard = || Arc::new(DiscardBackend::default()) as Arc<dyn Backend>;
        let one = pipeline(&data, 1, &discard);
        let all = pipeline(&data, cores, &discard);
        let memory = pipeline(&data, cores, &|| {
            Arc::new(MemoryBackend::new()) as Arc<dyn Backend>
        });
        println!(
            "{name:<15} {chunk:>7.2} {id:>7.2} {pack:>7.2} {limit:>8.2} {one:>9.2} {all:>9.2} {:>7.2}x {:>8.0}% {memory:>8.2}",
            all / one,
            100.0 * all / limit,
        );
    }
    println!();
    println!(
        "chunk: keyed FastCDC 512K/1M/8M; id: keyed BLAKE3; pack: zstd-3 (with its skip probe) or"
    );
    println!(
        "copy, AES-256-GCM seal, Padme padding, header, XXH3 checksum. limit = cores / (1/chunk +"
    );
    println!("1/id + 1/pack). 1 thread / N thread: store_bytes + flush to a discarding backend;");
    println!("memory: the same on N threads to the in-memory backend (includes its copies).");
    if let Some(rss) = peak_rss_bytes() {
        println!(
            "peak RSS of this process: {} MiB (inputs included)",
            rss >> 20
        );
    }
    Ok(())
}
