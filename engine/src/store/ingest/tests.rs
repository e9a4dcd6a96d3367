//! Tests of the store path: parallel and streaming chunking against the sequential chunker, the carry.

use super::*;
use crate::primitives::chunk::ChunkerConfig;
use crate::primitives::keys::ChunkerKey;
use proptest::prelude::*;

fn sequential(chunker: &Chunker, data: &[u8]) -> Vec<usize> {
    let mut at = 0;
    chunker
        .chunks(data)
        .map(|c| {
            at += c.len();
            at
        })
        .collect()
}

/// The chunk ends emitted for `data` (the whole stream if `eof`, else a prefix of it),
/// checked to tile `data` from its start up to the returned end.
fn emitted(chunker: &Chunker, data: &[u8], eof: bool, split: Split) -> (Vec<usize>, usize) {
    let ids = ChunkIdKey::from_bytes(&mut [5; 32]);
    let segments = Mutex::new(Vec::new());
    let end = chunk_segments(chunker, &ids, data, eof, split, &|k, cuts| {
        for (start, c) in &cuts {
            if let Some(id) = c.id {
                assert_eq!(
                    id,
                    ids.blob_id(&data[*start..c.end]),
                    "speculative id of a wrong chunk"
                );
            }
        }
        segments.lock().unwrap().push((k, cuts));
    });
    let mut segments = segments.into_inner().unwrap();
    segments.sort_by_key(|(k, _)| *k);
    let all: Vec<(usize, usize)> = segments
        .into_iter()
        .flat_map(|(_, c)| c)
        .map(|(s, c)| (s, c.end))
        .collect();
    for pair in all.windows(2) {
        assert_eq!(pair[0].1, pair[1].0, "chunks must tile the input");
    }
    assert_eq!(
        all.first().map_or(0, |c| c.0),
        0,
        "chunks start at the start"
    );
    assert_eq!(
        all.last().map_or(0, |c| c.1),
        end,
        "the returned end is the last chunk's"
    );
    (all.into_iter().map(|(_, e)| e).collect(), end)
}

fn parallel(chunker: &Chunker, data: &[u8], split: Split) -> Vec<usize> {
    let (ends, end) = emitted(chunker, data, true, split);
    assert_eq!(end, data.len());
    ends
}

/// A repository with small chunks (64 KiB / 256 KiB / 1 MiB) in memory.
fn small_repo() -> Repository {
    use crate::store::repo::InitOptions;
    use crate::store::slots::{Credential, KdfParams};
    let options = InitOptions {
        chunker: ChunkerConfig::new(64 << 10, 256 << 10, 1 << 20, 1).unwrap(),
        pack_size: 4 << 20,
        kdf: KdfParams::insecure_for_tests(64, 1, 1).unwrap(),
        compression: Compression::Off,
        ..InitOptions::default()
    };
    let backend = std::sync::Arc::new(crate::backend::MemoryBackend::new());
    Repository::init(backend, &Credential::passphrase("p"), &options).unwrap()
}

/// Random bytes, with a middle third of zeros if `zeros`: runs of zeros force max-size
/// chunks, which cross segment starts.
fn test_data(len: usize, seed: u64, zeros: bool) -> Vec<u8> {
    let mut data = sealvault_corpus::xorshift_bytes(len, seed | 1);
    if zeros && len > 1000 {
        let n = data.len() / 3;
        data[n..2 * n].fill(0);
    }
    data
}

fn test_chunker(key: u8) -> Chunker {
    let cfg = ChunkerConfig::new(64 << 10, 256 << 10, 4 << 20, 1).unwrap();
    Chunker::new(&cfg, &ChunkerKey::from_bytes(&mut [key; 32]))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    // Segments smaller than the largest chunk make every path of the stitch run: instant
    // convergence, convergence after several chunks, and chunks spanning whole segments.
    #[test]
    fn segment_parallel_chunking_equals_sequential(
        len in 0usize..(24 << 20), seed in any::<u64>(), key in any::<u8>(), zeros in any::<bool>(),
        segment in (1usize << 19)..(8 << 20), per_window in 1usize..5, streaming in any::<bool>(),
    ) {
        let data = test_data(len, seed, zeros);
        let chunker = test_chunker(key);
        let expected = sequential(&chunker, &data);
        let split = Split { streaming, segment, per_window };
        prop_assert_eq!(&parallel(&chunker, &data, split), &expected);
        let one = rayon::ThreadPoolBuilder::new().num_threads(1).build().unwrap();
        prop_assert_eq!(&one.install(|| parallel(&chunker, &data, split)), &expected);
    }

    // Streams of any length, read in dribbles, with a size hint that may be far too
    // small (a file that grew) and a buffer left over from a longer stream: the chunks are
    // those of the whole input at once.
    #[test]
    fn buffered_reader_stores_the_chunks_of_the_whole_input(
        len in 0usize..(6 << 20), hint in proptest::option::of(0u64..(1 << 20)),
        step in 1usize..(300 << 10), seed in any::<u64>(), used in any::<bool>(),
    ) {
        let repo = small_repo();
        let data = sealvault_corpus::xorshift_bytes(len, seed | 1);
        let expected = repo.store_bytes(&data).unwrap();
        let mut buf = Vec::new();
        if used {
            let junk = sealvault_corpus::xorshift_bytes(3 << 20, 7);
            repo.store_reader_buffered(&junk[..], Compression::Off, &mut buf, None).unwrap();
        }
        let reader = crate::fuzz_api::Trickle(&data, step);
        let got = repo.store_reader_buffered(reader, Compression::Off, &mut buf, hint).unwrap();
        prop_assert_eq!(got.chunks, expected.chunks);
    }

    // A part of a stream that is not its end: exactly the stream's true chunks that end
    // inside the part come out, on both paths; the chunk cut at the part's end waits
    // (whether the end fell on a real cut, inside a chunk, or on an odd byte of the
    // chunker's two-byte stride).
    #[test]
    fn a_partial_input_emits_exactly_the_true_chunks_that_end_inside_it(
        len in 0usize..(20 << 20), part in 0.0f64..1.0, seed in any::<u64>(), key in any::<u8>(),
        zeros in any::<bool>(), segment in (1usize << 19)..(8 << 20), per_window in 1usize..5,
        streaming in any::<bool>(),
    ) {
        let data = test_data(len, seed, zeros);
        let chunker = test_chunker(key);
        let whole = sequential(&chunker, &data);
        // Half the time the part ends exactly on a true cut.
        let end = if seed % 2 == 0 && !whole.is_empty() {
            whole[(part * whole.len() as f64) as usize % whole.len()]
        } else {
            (part * len as f64) as usize
        };
        let expected: Vec<usize> = whole.into_iter().filter(|&e| e < end).collect();
        let split = Split { streaming, segment, per_window };
        let (got, consumed) = emitted(&chunker, &data[..end], false, split);
        prop_assert_eq!(&got, &expected);
        prop_assert_eq!(consumed, expected.last().copied().unwrap_or(0));
    }
}
