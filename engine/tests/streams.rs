//! Storing whole byte streams: slice and reader paths agree, read back exactly, deduplicate,
//! and an edit in the middle of a large stream costs only the chunks around it.

mod common;

use common::*;
use sealvault::fuzz_api::Trickle;
use sealvault::{ChunkRef, Repository, StoredStream};

fn reassemble(repo: &Repository, chunks: &[ChunkRef]) -> Vec<u8> {
    let mut out = Vec::new();
    for c in chunks {
        let data = repo.load(&c.id).unwrap();
        assert_eq!(data.len(), c.len as usize);
        out.extend_from_slice(&data);
    }
    out
}

fn mixed(len: usize) -> Vec<u8> {
    let mut data = bytes(len, 11);
    let third = len / 3;
    data[third..2 * third].iter_mut().for_each(|b| *b %= 3); // a compressible middle
    data
}

#[test]
fn slice_and_reader_store_the_same_chunks_and_read_back_exactly() {
    let (backend, repo) = new_repo();
    let data = mixed(70 << 20);
    let from_slice = repo.store_bytes(&data).unwrap();
    assert_eq!(
        from_slice
            .chunks
            .iter()
            .map(|c| c.len as usize)
            .sum::<usize>(),
        data.len()
    );
    assert_eq!(from_slice.new_bytes, data.len() as u64);
    let from_reader = repo.store_reader(Trickle(&data, 1 << 20)).unwrap();
    assert_eq!(from_reader.chunks, from_slice.chunks);
    assert_eq!(
        (from_reader.new_chunks, from_reader.new_bytes),
        (0, 0),
        "all deduplicated"
    );
    repo.flush().unwrap();
    drop(repo);
    let repo = Repository::open(backend, &password()).unwrap();
    assert!(reassemble(&repo, &from_slice.chunks) == data);
}

#[test]
fn empty_and_tiny_streams() {
    let (_backend, repo) = new_repo();
    assert_eq!(repo.store_bytes(b"").unwrap(), StoredStream::default());
    assert_eq!(
        repo.store_reader(&b""[..]).unwrap(),
        StoredStream::default()
    );
    let one = repo.store_reader(&b"x"[..]).unwrap();
    assert_eq!(one.chunks.len(), 1);
    repo.flush().unwrap();
    assert_eq!(reassemble(&repo, &one.chunks), b"x");
}

#[test]
fn an_edit_in_the_middle_stores_only_nearby_chunks() {
    let (_backend, repo) = new_repo();
    let data = bytes(48 << 20, 5);
    let first = repo.store_bytes(&data).unwrap();
    let mut edited = data.clone();
    edited[20 << 20] ^= 1; // a flipped byte
    edited.splice(30 << 20..30 << 20, *b"inserted bytes"); // an insertion
    edited.drain(40 << 20..(40 << 20) + 100); // a deletion
    let second = repo.store_bytes(&edited).unwrap();
    assert!(
        second.new_chunks <= 7,
        "{} new chunks of {}",
        second.new_chunks,
        first.chunks.len()
    );
    assert!(
        second.new_bytes < 16 << 20,
        "{} new bytes",
        second.new_bytes
    );
}

/// A tiny deterministic generator for the seek tests.
fn next(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

/// What a `Write` sink stores is what `store_bytes` stores, however the writes are cut; a
/// `Read + Seek` over it returns the source at every offset, after any seek.
#[test]
fn the_write_sink_and_the_seekable_reader_agree_with_the_source() {
    use std::io::{Read, Seek, SeekFrom, Write};
    let (_backend, repo) = new_repo();
    let data = mixed(9 << 20);
    let expected = repo.store_bytes(&data).unwrap();
    let mut writer = repo.stream_writer();
    let mut state = 42u64;
    let mut at = 0;
    while at < data.len() {
        let n = (next(&mut state) % (700 << 10)) as usize + 1;
        let end = (at + n).min(data.len());
        writer.write_all(&data[at..end]).unwrap();
        at = end;
    }
    let stored = writer.finish().unwrap();
    assert_eq!(stored.chunks, expected.chunks);
    repo.flush().unwrap();

    let mut reader = repo.stream_reader(&stored);
    assert_eq!(reader.len(), data.len() as u64);
    let mut buf = vec![0u8; 300 << 10];
    for _ in 0..300 {
        let pos = next(&mut state) % (data.len() as u64 + 10);
        let how = next(&mut state) % 3;
        let got = match how {
            0 => reader.seek(SeekFrom::Start(pos)).unwrap(),
            1 => reader
                .seek(SeekFrom::End(pos as i64 - data.len() as i64))
                .unwrap(),
            _ => {
                let here = reader.stream_position().unwrap();
                reader
                    .seek(SeekFrom::Current(pos as i64 - here as i64))
                    .unwrap()
            }
        };
        assert_eq!(got, pos);
        let want = (next(&mut state) % buf.len() as u64) as usize;
        let n = reader.read(&mut buf[..want]).unwrap();
        let start = (pos as usize).min(data.len());
        let end = (start + n).min(data.len());
        assert_eq!(&buf[..n], &data[start..end], "at {pos}, {want} wanted");
        assert!(
            n > 0 || want == 0 || pos >= data.len() as u64,
            "stalled at {pos}"
        );
    }
    assert!(reader.seek(SeekFrom::Current(-(1 << 40))).is_err());
    let mut all = Vec::new();
    reader.seek(SeekFrom::Start(0)).unwrap();
    reader.read_to_end(&mut all).unwrap();
    assert!(all == data);
}

/// Once a write fails (here: every pack upload fails), the sink stays failed: later writes and
/// `finish` report it instead of returning a stream with a hole in it.
#[test]
fn a_failed_write_fails_every_later_write_and_finish() {
    use sealvault::MemoryBackend;
    use std::io::Write;
    use std::sync::Arc;
    let inner = Arc::new(MemoryBackend::new());
    Repository::init(inner.clone(), &password(), &options()).unwrap();
    let failing = Arc::new(FailingBackend::new(inner, 0));
    let repo = Repository::open(failing, &password()).unwrap();
    let mut writer = repo.stream_writer();
    let mut first_failure = None;
    for i in 0..512 {
        if let Err(e) = writer.write_all(&bytes(1 << 20, i)) {
            first_failure = Some((i, e));
            break;
        }
    }
    let (at, e) = first_failure.expect("a write fails once pack uploads fail");
    assert!(e.to_string().contains("injected outage"), "{e}");
    let again = writer.write(b"more").unwrap_err();
    assert!(
        again.to_string().contains("an earlier write failed"),
        "{again}"
    );
    let end = writer.finish().unwrap_err();
    assert!(end.to_string().contains("an earlier write failed"), "{end}");
    assert!(at < 512);
}
