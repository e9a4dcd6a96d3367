//! Stores one generated input through the whole store path once, for profilers
//! (`perf record -e cpu-clock`, `valgrind --tool=callgrind`) and quick timing.
//!
//! Usage: `store_once [incompressible|compressible] [MiB] [threads] [memory|discard]`

use std::sync::Arc;
use std::time::Instant;

use sealvault::{Credential, InitOptions, KdfParams, MemoryBackend, Repository};
use sealvault_bench::{DiscardBackend, compressible, incompressible};

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let kind = args.get(1).map_or("incompressible", String::as_str);
    let mib: usize = args.get(2).map_or(Ok(256), |s| s.parse())?;
    let threads: usize = args.get(3).map_or(Ok(1), |s| s.parse())?;
    let backend: Arc<dyn sealvault::Backend> = match args.get(4).map_or("memory", String::as_str) {
        "discard" => Arc::new(DiscardBackend::default()),
        _ => Arc::new(MemoryBackend::new()),
    };
    let started = Instant::now();
    let data = match kind {
        "compressible" => compressible(mib << 20, 2),
        _ => incompressible(mib << 20, 1),
    };
    let options = InitOptions {
        kdf: KdfParams::insecure_for_tests(64, 1, 1)?,
        ..InitOptions::default()
    };
    let repo = Repository::init(backend, &Credential::passphrase("p"), &options)?;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()?;
    // Warm up (thread pools, spare pack buffers) on other bytes, then measure.
    let warm = incompressible(64 << 20, 99);
    pool.install(|| repo.store_bytes(&warm))?;
    repo.flush()?;
    eprintln!("setup took {:.2} s", started.elapsed().as_secs_f64());
    let t = Instant::now();
    let stored = pool.install(|| repo.store_bytes(&data))?;
    repo.flush()?;
    let secs = t.elapsed().as_secs_f64();
    println!(
        "{kind} {mib} MiB, {threads} thread(s): {:.3} s, {:.2} GiB/s, {} chunks",
        secs,
        mib as f64 / 1024.0 / secs,
        stored.chunks.len()
    );
    Ok(())
}
