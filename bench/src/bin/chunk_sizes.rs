//! The chunk-size distribution of a file under the default chunker, with several random
//! chunker keys: how many chunks, how many hit the maximum size, and size percentiles. For
//! questions such as "why does an edit of this file cost so much": long chunks, and above all
//! maximum-size ones, mean a small edit rewrites a lot.
//!
//! Usage: `chunk_sizes FILE [keys]` (default 5 keys)

use sealvault::{Chunker, ChunkerConfig, ChunkerKey};

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let path = args
        .get(1)
        .ok_or_else(|| anyhow::anyhow!("usage: chunk_sizes FILE [keys]"))?;
    let keys: u8 = args.get(2).map_or(Ok(5), |s| s.parse())?;
    let data = std::fs::read(path)?;
    let config = ChunkerConfig::DEFAULT;
    println!(
        "{path}: {} bytes; the default chunker (512 KiB / 1 MiB / 8 MiB)",
        data.len()
    );
    println!("key  chunks  at max  p10 KiB  p50 KiB  p90 KiB  largest KiB");
    for k in 1..=keys {
        let mut key = [0u8; 32];
        key.iter_mut()
            .enumerate()
            .for_each(|(i, b)| *b = k.wrapping_mul(31).wrapping_add(i as u8));
        let chunker = Chunker::new(&config, &ChunkerKey::from_bytes(&mut key));
        let mut sizes: Vec<usize> = chunker.chunks(&data).map(<[u8]>::len).collect();
        let at_max = sizes.iter().filter(|&&n| n == chunker.max_size()).count();
        sizes.sort_unstable();
        let pct = |p: usize| sizes.get(sizes.len() * p / 100).map_or(0, |n| n >> 10);
        println!(
            "{k:>3}  {:>6}  {at_max:>6}  {:>7}  {:>7}  {:>7}  {:>11}",
            sizes.len(),
            pct(10),
            pct(50),
            pct(90),
            sizes.last().map_or(0, |n| n >> 10)
        );
    }
    Ok(())
}
