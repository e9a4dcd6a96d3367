//! The chunk-size distribution of a file under a chunker configuration, with several chunker
//! keys: how many chunks, how many hit the maximum size, percentiles, the mean, and the
//! size-biased mean (sum of squares over sum: the expected size of the chunk that holds a
//! random byte, which is what one scattered edit rewrites). For questions such as "why does
//! an edit of this file cost so much".
//!
//! Usage: `chunk_sizes FILE [keys] [MIN,AVG,MAX in KiB] [gear-aes|fastcdc]` (default 5 keys,
//! 512,1024,8192, gear-aes)

use sealvault::{Chunker, ChunkerAlgorithm, ChunkerConfig, ChunkerKey};

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let path = args
        .get(1)
        .ok_or_else(|| anyhow::anyhow!("usage: chunk_sizes FILE [keys]"))?;
    let keys: u8 = args.get(2).map_or(Ok(5), |s| s.parse())?;
    let sizes_kib = args.get(3).map_or("512,1024,8192", String::as_str);
    let kib: Vec<u32> = sizes_kib
        .split(',')
        .map(|s| s.parse::<u32>().map(|k| k << 10))
        .collect::<Result<_, _>>()?;
    let [min, avg, max] = kib[..] else {
        anyhow::bail!("sizes are MIN,AVG,MAX in KiB, e.g. 512,1024,8192");
    };
    let algorithm = match args.get(4).map_or("gear-aes", String::as_str) {
        "gear-aes" => ChunkerAlgorithm::GearAes,
        "fastcdc" => ChunkerAlgorithm::FastCdc,
        other => anyhow::bail!("unknown chunker {other:?}: gear-aes or fastcdc"),
    };
    let config = ChunkerConfig::new(min, avg, max, 1)?.with_algorithm(algorithm);
    let data = std::fs::read(path)?;
    println!(
        "{path}: {} bytes; chunker {} {sizes_kib} KiB, normalization 1",
        data.len(),
        config.algorithm().name()
    );
    println!("key  chunks  at max  p10 KiB  p50 KiB  p90 KiB  largest KiB  mean KiB  biased KiB");
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
        let sum: f64 = sizes.iter().map(|&n| n as f64).sum();
        let squares: f64 = sizes.iter().map(|&n| (n as f64).powi(2)).sum();
        let kib = |x: f64| x / 1024.0;
        println!(
            "{k:>3}  {:>6}  {at_max:>6}  {:>7}  {:>7}  {:>7}  {:>11}  {:>8.0}  {:>10.0}",
            sizes.len(),
            pct(10),
            pct(50),
            pct(90),
            sizes.last().map_or(0, |n| n >> 10),
            kib(sum / sizes.len().max(1) as f64),
            kib(squares / sum.max(1.0))
        );
    }
    Ok(())
}
