//! Per-stage throughput: chunking, chunk ids, compression, sealing, opening, pack building,
//! index insert and lookup. Seeded inputs; `Throughput::Bytes` (or elements for the index).
//!
//! Run: `cargo bench -p sealvault-bench --bench stages` (a filter such as `-- seal` runs one
//! group); CI runs it with `-- --test` as a smoke test.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use sealvault::bench_internals::{IndexHarness, build_pack, synthetic_id};
use sealvault::chunk::ChunkerAlgorithm;
use sealvault::{AeadEngine, AeadKey, Chunker, ChunkerConfig, ChunkerKey, Compression, MasterKey};
use sealvault_bench::{compressible, incompressible};

const MIB: usize = 1 << 20;

fn inputs() -> [(&'static str, Vec<u8>); 2] {
    [
        ("incompressible", incompressible(64 * MIB, 1)),
        ("compressible", compressible(64 * MIB, 2)),
    ]
}

fn chunking(c: &mut Criterion) {
    let mut g = c.benchmark_group("chunk");
    g.throughput(Throughput::Bytes(64 * MIB as u64));
    let data = incompressible(64 * MIB, 1);
    for (name, cfg) in [
        ("512k-1m-8m", ChunkerConfig::DEFAULT),
        (
            "256k-1m-4m",
            ChunkerConfig::new(256 << 10, 1 << 20, 4 << 20, 1).unwrap(),
        ),
        (
            "64k-256k-1m",
            ChunkerConfig::new(64 << 10, 256 << 10, 1 << 20, 1).unwrap(),
        ),
    ] {
        for algorithm in [ChunkerAlgorithm::FastCdc, ChunkerAlgorithm::GearAes] {
            let chunker = Chunker::new(
                &cfg.with_algorithm(algorithm),
                &ChunkerKey::from_bytes(&mut [7; 32]),
            );
            let id = format!("{}/{name}", algorithm.name());
            g.bench_function(BenchmarkId::new("slice", &id), |b| {
                b.iter(|| chunker.chunks(black_box(&data)).count())
            });
            g.bench_function(BenchmarkId::new("stream", &id), |b| {
                b.iter(|| {
                    let mut s = chunker.stream(&data[..]);
                    let mut n = 0;
                    while s.next_chunk().unwrap().is_some() {
                        n += 1;
                    }
                    n
                })
            });
        }
    }
    g.finish();
}

fn chunk_id(c: &mut Criterion) {
    let mut g = c.benchmark_group("chunk_id");
    let ids = MasterKey::from_bytes(&mut [3; 32]).chunk_id_key();
    let data = incompressible(MIB, 3);
    g.throughput(Throughput::Bytes(MIB as u64));
    g.bench_function("keyed_blake3/1MiB", |b| {
        b.iter(|| ids.blob_id(black_box(&data)))
    });
    g.finish();
}

fn compression(c: &mut Criterion) {
    let mut g = c.benchmark_group("compress");
    g.throughput(Throughput::Bytes(MIB as u64));
    for (input, data) in inputs() {
        let chunk = &data[..MIB];
        for level in [
            Compression::Off,
            Compression::Zstd(1),
            Compression::Zstd(3),
            Compression::Zstd(6),
            Compression::Zstd(9),
        ] {
            let mut out = Vec::with_capacity(2 * MIB);
            g.bench_function(BenchmarkId::new(format!("{level:?}"), input), |b| {
                b.iter(|| {
                    out.clear();
                    level.encode_into(black_box(chunk), &mut out).unwrap();
                    out.len()
                })
            });
        }
        let mut encoded = Vec::new();
        Compression::Zstd(3)
            .encode_into(chunk, &mut encoded)
            .unwrap();
        // Incompressible input is stored raw, so "decoding" it only borrows the bytes.
        g.bench_function(BenchmarkId::new("decode-zstd3", input), |b| {
            b.iter(|| {
                Compression::decode(black_box(&encoded), MIB, "bench")
                    .unwrap()
                    .len()
            })
        });
    }
    g.finish();
}

fn aead(c: &mut Criterion) {
    let mut g = c.benchmark_group("seal");
    g.throughput(Throughput::Bytes(MIB as u64));
    let mut buf = incompressible(MIB, 4);
    for engine in AeadEngine::available() {
        let key = AeadKey::with_engine(engine, &[9; 32]).unwrap();
        g.bench_function(BenchmarkId::new(format!("{engine:?}"), "1MiB"), |b| {
            b.iter(|| {
                key.seal_in_place(&[0; 12], b"aad", black_box(&mut buf))
                    .unwrap()
            })
        });
    }
    g.finish();
    let mut g = c.benchmark_group("open");
    g.throughput(Throughput::Bytes(MIB as u64));
    for engine in AeadEngine::available() {
        let key = AeadKey::with_engine(engine, &[9; 32]).unwrap();
        let mut sealed = incompressible(MIB, 4);
        let tag = key.seal_in_place(&[0; 12], b"aad", &mut sealed).unwrap();
        sealed.extend_from_slice(&tag);
        let mut scratch = sealed.clone();
        g.bench_function(BenchmarkId::new(format!("{engine:?}"), "1MiB"), |b| {
            b.iter(|| {
                scratch.copy_from_slice(&sealed);
                key.open_in_place(&[0; 12], b"aad", black_box(&mut scratch))
                    .unwrap()
                    .len()
            })
        });
    }
    g.finish();
}

fn pack(c: &mut Criterion) {
    let mut g = c.benchmark_group("pack");
    g.throughput(Throughput::Bytes(16 * MIB as u64));
    let data = incompressible(16 * MIB, 5);
    let chunks: Vec<&[u8]> = data.chunks(MIB).collect();
    g.bench_function("build-16MiB-raw", |b| {
        b.iter(|| build_pack(black_box(&chunks), Compression::Off))
    });
    g.finish();
}

/// Candidates for naming and checksumming packs: a keyless integrity check over every stored
/// byte (FORMAT.md, "Pack names").
fn pack_checksum(c: &mut Criterion) {
    let mut g = c.benchmark_group("pack_checksum");
    g.throughput(Throughput::Bytes(16 * MIB as u64));
    let data = incompressible(16 * MIB, 6);
    g.bench_function("xxh3-128/16MiB", |b| {
        b.iter(|| xxhash_rust::xxh3::xxh3_128(black_box(&data)))
    });
    g.bench_function("blake3/16MiB", |b| {
        b.iter(|| blake3::hash(black_box(&data)))
    });
    g.bench_function("sha256/16MiB", |b| {
        use sha2::Digest;
        b.iter(|| sha2::Sha256::digest(black_box(&data)))
    });
    g.finish();
}

fn index(c: &mut Criterion) {
    let mut g = c.benchmark_group("index");
    let harness = IndexHarness::with_entries(1_000_000);
    g.throughput(Throughput::Elements(1000));
    let present: Vec<_> = (0..1000u64).map(|i| synthetic_id(i * 997)).collect();
    g.bench_function("lookup-hit-1M", |b| {
        b.iter(|| present.iter().filter(|id| harness.contains(id)).count())
    });
    let mut next = 10_000_000u64;
    g.bench_function("insert-new", |b| {
        b.iter(|| {
            for _ in 0..1000 {
                next += 1;
                harness.insert(synthetic_id(next));
            }
        })
    });
    g.finish();
    eprintln!(
        "index: {:.1} heap bytes per entry",
        harness.bytes_per_entry()
    );
}

criterion_group! {
    name = stages;
    config = Criterion::default().sample_size(10).measurement_time(Duration::from_secs(3)).warm_up_time(Duration::from_secs(1));
    targets = chunking, chunk_id, compression, aead, pack, pack_checksum, index
}
criterion_main!(stages);
