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

use sealvault::FileTrees;
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
        kdf: KdfParams::insecure_for_tests(64, 1, 1).unwrap(),
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

/// A generated tree backed up to a local repository: first backup, no-change backup, a day of
/// changes; repository size, deduplication, index memory.
fn corpus_backup(mib: usize) -> anyhow::Result<()> {
    use sealvault::{BackupOptions, LocalBackend, NoProgress};
    let dir = tempfile::tempdir()?;
    let src = dir.path().join("src");
    let summary = sealvault_corpus::generate(
        &src,
        &sealvault_corpus::Options {
            size: (mib as u64) << 20,
            seed: 1,
            exotic: false,
        },
    )?;
    let options = InitOptions {
        kdf: KdfParams::insecure_for_tests(64, 1, 1)?,
        ..InitOptions::default()
    };
    let backend = Arc::new(LocalBackend::create(dir.path().join("repo"))?);
    let repo = Repository::init(backend.clone(), &Credential::passphrase("p"), &options)?;
    let opts = BackupOptions {
        host: "report".into(),
        ..BackupOptions::default()
    };
    let paths = [src.clone()];
    let t = Instant::now();
    let first = repo.backup(&paths, &opts, &NoProgress)?;
    let first_s = t.elapsed().as_secs_f64();
    let t = Instant::now();
    repo.backup(&paths, &opts, &NoProgress)?;
    let same_s = t.elapsed().as_secs_f64();
    sealvault_corpus::mutate(&src, 2)?;
    let t = Instant::now();
    let second = repo.backup(&paths, &opts, &NoProgress)?;
    let second_s = t.elapsed().as_secs_f64();
    let stored: u64 = backend.list("")?.iter().map(|o| o.size).sum();
    let content = first.summary.bytes_total + second.summary.bytes_total;
    let index = repo.index_stats();
    println!();
    println!(
        "generated tree: {} files, {} MiB of content, local backend",
        summary.files,
        summary.bytes >> 20
    );
    println!(
        "  first backup          {:>8.2} s  {:>6.0} MiB/s",
        first_s,
        first.summary.bytes_read as f64 / first_s / 1048576.0
    );
    println!("  no-change backup      {:>8.2} s", same_s);
    println!(
        "  after a day of changes {:>7.2} s  read {} MiB, stored {} MiB new",
        second_s,
        second.summary.bytes_read >> 20,
        second.summary.bytes_stored >> 20
    );
    println!(
        "  repository            {:>8} MiB for {} MiB in two snapshots: {:.2}x",
        stored >> 20,
        content >> 20,
        content as f64 / stored as f64
    );
    println!(
        "  index                 {:>8} blobs, {:.1} bytes of memory per blob",
        index.entries,
        index.bytes_per_entry()
    );
    Ok(())
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
    corpus_backup(mib.min(256))
}
