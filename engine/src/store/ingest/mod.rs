//! The store path for one byte stream: chunk, id, deduplicate, compress, seal, pack.
//!
//! Chunking is sequential by nature (each cut depends on the previous one). With one or two
//! threads, one thread chunks and hands each chunk to the pool as a task of its own, so the
//! others store while it cuts (the chunker is under half of the per-byte work). With more, one
//! chunker would be the bottleneck, so the input is split into segments that are chunked in
//! parallel as if each began at a cut; then a cheap sequential *stitch* re-chunks from the true
//! cut that crosses each segment start until it meets one of that segment's candidate cuts,
//! after which the chunkings agree (the chunker is deterministic from any cut). Either way the
//! result is exactly the sequential chunking (property-tested in `tests.rs`), and each stitched segment
//! is stored while later ones are still being chunked.
//!
//! A stream arrives a buffer at a time. A chunk is final, and is stored, once its cut lies
//! before the end of what has arrived (the chunker decides a cut from the bytes up to it); the
//! chunk cut at the end of the buffer waits for more input.

use std::collections::HashMap;
use std::io::Read;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, PoisonError};

use crate::error::{Error, Result};
use crate::primitives::chunk::Chunker;
use crate::primitives::compress::Compression;
use crate::primitives::id::BlobId;
use crate::primitives::keys::ChunkIdKey;
use crate::store::pack::BlobKind;
use crate::store::repo::{Repository, Stored};

/// One chunk of stored content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct ChunkRef {
    /// The blob holding the chunk.
    pub id: BlobId,
    /// Plaintext length in bytes.
    pub len: u32,
}

/// What a store of a byte stream did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct StoredStream {
    /// The chunks, in order; their lengths add up to the stream's length.
    pub chunks: Vec<ChunkRef>,
    /// Bytes in chunks the repository did not have.
    pub new_bytes: u64,
    /// Number of chunks the repository did not have.
    pub new_chunks: usize,
}

/// A chunk end, with the chunk's id when it was computed while the chunk was in cache.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Cut {
    end: usize,
    id: Option<BlobId>,
}

/// Cuts of `data` as if a chunk started at `from`, up to and including the first cut at or
/// past `until` (or the end of the data). Each chunk is hashed right after it is cut, while it
/// is still in cache: the ids of candidates that stitching discards are wasted work (about one
/// chunk per segment), the others save the store phase a pass over memory.
fn candidates(
    chunker: &Chunker,
    ids: &ChunkIdKey,
    data: &[u8],
    from: usize,
    until: usize,
) -> Vec<Cut> {
    let mut cuts = Vec::new();
    let mut at = from;
    while at < data.len() {
        let start = at;
        at += chunker.next_cut(&data[at..]);
        cuts.push(Cut {
            end: at,
            id: Some(ids.blob_id(&data[start..at])),
        });
        if at >= until {
            break;
        }
    }
    cuts
}

/// How the input is split for parallel chunking.
#[derive(Clone, Copy, Debug)]
struct Split {
    /// Chunk sequentially on one thread and store on the others (see [`chunk_streaming`]);
    /// otherwise chunk segments in parallel and stitch them.
    streaming: bool,
    /// Segment length: large against the longest chunk, so that stitching (a few chunks per
    /// segment) stays a small fraction of the work.
    segment: usize,
    /// Segments chunked together, a window: enough to keep every thread busy.
    per_window: usize,
}

impl Split {
    /// Up to two threads, one sequential chunker keeps up with the rest of the path (chunking
    /// is under half of the per-byte work), and stitching would only waste work; beyond that a
    /// single chunker would be the bottleneck.
    fn for_pool(chunker: &Chunker) -> Split {
        let threads = rayon::current_num_threads().max(1);
        Split {
            streaming: threads <= 2,
            segment: (4 * chunker.max_size()).max(16 << 20),
            per_window: 2 * threads,
        }
    }
}

/// The stitching frontier: the sequential part of parallel chunking.
struct Frontier {
    /// Next segment to stitch.
    next: usize,
    /// The last true cut.
    pos: usize,
    /// Candidates of segments that arrived before their turn.
    ready: HashMap<usize, Vec<Cut>>,
    /// Set at the first chunk that is not final (see [`Job::is_final`]).
    done: bool,
}

/// One parallel chunking of `data`; see [`chunk_segments`].
struct Job<'a> {
    chunker: &'a Chunker,
    ids: &'a ChunkIdKey,
    data: &'a [u8],
    /// Whether `data` ends the stream.
    eof: bool,
    split: Split,
    segments: usize,
    frontier: Mutex<Frontier>,
    on_chunks: &'a (dyn Fn(usize, Vec<(usize, Cut)>) + Sync),
}

impl<'a> Job<'a> {
    /// Whether a chunk ending at `end` is one of the stream's true chunks. A cut before the
    /// end of the data is final: the chunker decides it from the bytes up to the cut alone, so
    /// more data cannot move it. A cut at the end of the data may only mark where the data
    /// stops, unless the stream stops there too.
    fn is_final(&self, end: usize) -> bool {
        is_final(self.data, self.eof, end)
    }

    fn bounds(&self, k: usize) -> (usize, usize) {
        let seg = self.split.segment;
        (k * seg, ((k + 1) * seg).min(self.data.len()))
    }

    /// Joins segment `k`'s candidates (cut as if a chunk began at `from`) to the true chunking
    /// and returns the segment's true chunks as `(start, cut)`.
    fn stitch(&self, f: &mut Frontier, k: usize, from: usize, cands: &[Cut]) -> Vec<(usize, Cut)> {
        let end = self.bounds(k).1;
        let mut cuts = Vec::new();
        let mut push = |f: &mut Frontier, cut: Cut| {
            if f.done || !self.is_final(cut.end) {
                f.done = true;
            } else {
                cuts.push((f.pos, cut));
                f.pos = cut.end;
            }
        };
        if f.pos >= end {
            return cuts; // a long true chunk crossed this whole segment
        }
        let mut converged = (f.pos == from).then_some(0);
        while converged.is_none() && f.pos < end && !f.done {
            if let Ok(j) = cands.binary_search_by(|c| c.end.cmp(&f.pos)) {
                converged = Some(j + 1);
            } else {
                let end = f.pos + self.chunker.next_cut(&self.data[f.pos..]);
                push(f, Cut { end, id: None });
            }
        }
        for &cut in &cands[converged.unwrap_or(cands.len())..] {
            push(f, cut);
        }
        cuts
    }

    fn spawn_candidates<'s>(&'s self, scope: &rayon::Scope<'s>, k: usize) {
        scope.spawn(move |scope| {
            let (start, end) = self.bounds(k);
            let cands = candidates(self.chunker, self.ids, self.data, start, end);
            self.arrived(scope, k, cands);
        });
    }

    /// Records segment `k`'s candidates; whoever completes the frontier's next segment stitches
    /// as far as it can, hands each stitched segment to `on_chunks` as a new task, and keeps
    /// `per_window` segments being chunked ahead.
    fn arrived<'s>(&'s self, scope: &rayon::Scope<'s>, k: usize, cands: Vec<Cut>) {
        let mut guard = self.frontier.lock().unwrap_or_else(PoisonError::into_inner);
        let f = &mut *guard;
        f.ready.insert(k, cands);
        while let Some(cands) = f.ready.remove(&f.next) {
            let k = f.next;
            f.next += 1;
            let cuts = self.stitch(f, k, self.bounds(k).0, &cands);
            let ahead = f.next + self.split.per_window - 1;
            if !f.done && ahead < self.segments {
                self.spawn_candidates(scope, ahead);
            }
            if !cuts.is_empty() {
                scope.spawn(move |_| (self.on_chunks)(k, cuts));
            }
        }
    }
}

/// See [`Job::is_final`].
fn is_final(data: &[u8], eof: bool, end: usize) -> bool {
    eof || end < data.len()
}

/// Chunks `data` sequentially on this thread, handing each chunk to `on_chunks(index, [chunk])`
/// as a task of its own. Other threads take those tasks; this one takes some too (the newest,
/// still in cache) whenever more than two wait, so the chunker never waits and no core idles.
/// Stops at the first chunk that is not final; returns the end of the last one emitted.
fn chunk_streaming(
    chunker: &Chunker,
    data: &[u8],
    eof: bool,
    on_chunks: &(dyn Fn(usize, Vec<(usize, Cut)>) + Sync),
) -> usize {
    let waiting = AtomicUsize::new(0);
    let mut pos = 0;
    rayon::scope(|scope| {
        let mut index = 0;
        while pos < data.len() {
            let start = pos;
            let end = pos + chunker.next_cut(&data[pos..]);
            if !is_final(data, eof, end) {
                break;
            }
            pos = end;
            let cut = Cut { end, id: None };
            waiting.fetch_add(1, Ordering::Relaxed);
            let waiting = &waiting;
            scope.spawn(move |_| {
                waiting.fetch_sub(1, Ordering::Relaxed);
                on_chunks(index, vec![(start, cut)]);
            });
            index += 1;
            while waiting.load(Ordering::Relaxed) > 2 {
                if rayon::yield_local() != Some(rayon::Yield::Executed) {
                    break;
                }
            }
        }
    });
    pos
}

/// Calls `on_chunks(segment, chunks)` with the true chunks `(start, cut)` of every segment,
/// exactly the sequential chunking. Segments are chunked in parallel, at most `per_window`
/// ahead of the stitching frontier, and each segment's chunks are handed over (as a task of
/// their own) as soon as it is stitched: chunking and storing overlap with no barrier. If
/// `data` is not the end of its stream (`!eof`), the chunk cut at its end, and any after it, is
/// not emitted (its cut could still move). Returns the end of the last emitted chunk.
fn chunk_segments(
    chunker: &Chunker,
    ids: &ChunkIdKey,
    data: &[u8],
    eof: bool,
    split: Split,
    on_chunks: &(dyn Fn(usize, Vec<(usize, Cut)>) + Sync),
) -> usize {
    let job = Job {
        chunker,
        ids,
        data,
        eof,
        split,
        segments: data.len().div_ceil(split.segment),
        frontier: Mutex::new(Frontier {
            next: 0,
            pos: 0,
            ready: HashMap::new(),
            done: false,
        }),
        on_chunks,
    };
    if split.streaming {
        return chunk_streaming(chunker, data, eof, on_chunks);
    }
    rayon::scope(|scope| {
        for k in 0..split.per_window.min(job.segments) {
            job.spawn_candidates(scope, k);
        }
    });
    job.frontier
        .into_inner()
        .unwrap_or_else(PoisonError::into_inner)
        .pos
}

/// Stores the chunks of `data` that are final (all of them at end of stream), in parallel on
/// the current rayon pool; returns them and how many bytes they cover.
pub(crate) fn store_part(
    repo: &Repository,
    data: &[u8],
    eof: bool,
    compression: Compression,
) -> Result<(StoredStream, usize)> {
    use rayon::prelude::*;
    let ids = repo.chunk_id_key();
    let split = Split::for_pool(repo.chunker());
    // Per segment, its stored chunks (filled by concurrent tasks, read in order after).
    type SegmentResult = Result<Vec<(Stored, usize)>>;
    let results: Mutex<Vec<(usize, SegmentResult)>> = Mutex::new(Vec::new());
    let store_segment = |k: usize, cuts: Vec<(usize, Cut)>| {
        let stored = cuts
            .par_iter()
            .map(|&(start, cut)| {
                let chunk = &data[start..cut.end];
                let id = cut.id.unwrap_or_else(|| ids.blob_id(chunk));
                Ok((
                    repo.store_as(BlobKind::Data, id, chunk, compression)?,
                    chunk.len(),
                ))
            })
            .collect::<Result<Vec<_>>>();
        results
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push((k, stored));
    };
    let consumed = chunk_segments(repo.chunker(), ids, data, eof, split, &store_segment);
    let mut results = results.into_inner().unwrap_or_else(PoisonError::into_inner);
    results.sort_by_key(|(k, _)| *k);
    let mut out = StoredStream::default();
    for (_, stored) in results {
        for (st, len) in stored? {
            out.chunks.push(ChunkRef {
                id: st.id,
                len: len as u32,
            });
            if st.is_new {
                out.new_chunks += 1;
                out.new_bytes += len as u64;
            }
        }
    }
    Ok((out, consumed))
}

/// The carry buffer of a stream being stored. Bytes come in (copied by [`Carry::write`], or
/// read straight into [`Carry::spare`]); each [`Carry::pass`] stores the chunks that are final
/// and moves what is left (under one maximum chunk) to the front for the next pass. The same
/// chunks come out however the input is split (property-tested in `tests.rs` against `store_part`
/// of the whole input). Used by `store_reader`, the public `StreamWriter` and backup's small-file
/// stream.
pub(crate) struct Carry<'r> {
    repo: &'r Repository,
    compression: Compression,
    buf: Vec<u8>,
    filled: usize,
    /// A maximum chunk plus 2 MiB: each pass stores all but the last, unfinished chunk, so at
    /// least 2 MiB.
    full: usize,
    out: StoredStream,
}

impl<'r> Carry<'r> {
    /// A carry over `buf` (reused: grown and zeroed only when too small, so storing many files
    /// does not allocate, fault in and zero a fresh buffer each time), sized for `size_hint`
    /// bytes of input when that is smaller than a full block.
    pub(crate) fn new(
        repo: &'r Repository,
        compression: Compression,
        mut buf: Vec<u8>,
        size_hint: Option<u64>,
    ) -> Carry<'r> {
        let full = repo.chunker().max_size() + (2 << 20);
        let want = size_hint.map_or(full, |n| (n as usize).saturating_add(1).min(full));
        if buf.len() < want {
            buf.resize(want, 0);
        }
        Carry {
            repo,
            compression,
            buf,
            filled: 0,
            full,
            out: StoredStream::default(),
        }
    }

    /// Room to read input into; [`Carry::commit`] says how much was read.
    pub(crate) fn spare(&mut self) -> &mut [u8] {
        if self.filled == self.buf.len() {
            self.grow();
        }
        &mut self.buf[self.filled..]
    }

    /// Makes room for a full block (the buffer was sized for a size hint that was too small).
    fn grow(&mut self) {
        let grown = self.full.max(2 * self.buf.len());
        self.buf.resize(grown, 0);
    }

    pub(crate) fn commit(&mut self, n: usize) {
        self.filled += n;
    }

    /// Whether a pass would store at least a block.
    pub(crate) fn is_full(&self) -> bool {
        self.filled >= self.buf.len().min(self.full)
    }

    /// Copies `data` in, passing whenever a full block is waiting.
    pub(crate) fn write(&mut self, mut data: &[u8]) -> Result<()> {
        while !data.is_empty() {
            let spare = self.spare();
            let n = spare.len().min(data.len());
            spare[..n].copy_from_slice(&data[..n]);
            self.commit(n);
            data = &data[n..];
            if self.filled >= self.full {
                self.pass(false)?;
            }
        }
        Ok(())
    }

    /// Stores the chunks that are final (all of them if `eof`); returns how many were added
    /// to the stream (the last ones of [`Carry::chunks`]).
    pub(crate) fn pass(&mut self, eof: bool) -> Result<usize> {
        if self.filled == 0 {
            return Ok(0);
        }
        let data = &self.buf[..self.filled];
        let (part, consumed) = store_part(self.repo, data, eof, self.compression)?;
        let added = part.chunks.len();
        self.out.chunks.extend(part.chunks);
        self.out.new_bytes += part.new_bytes;
        self.out.new_chunks += part.new_chunks;
        self.buf.copy_within(consumed..self.filled, 0);
        self.filled -= consumed;
        if self.filled == self.buf.len() {
            self.grow(); // nothing was final yet: the next pass needs more input
        }
        Ok(added)
    }

    /// The chunks stored so far.
    pub(crate) fn chunks(&self) -> &[ChunkRef] {
        &self.out.chunks
    }

    /// Bytes of content new to the repository so far.
    pub(crate) fn new_bytes(&self) -> u64 {
        self.out.new_bytes
    }

    /// The buffer, for reuse, when the stream is abandoned.
    pub(crate) fn into_buffer(self) -> Vec<u8> {
        self.buf
    }

    /// Stores what is left and returns the stream and the buffer (for reuse).
    pub(crate) fn finish(mut self) -> Result<(StoredStream, Vec<u8>)> {
        self.pass(true)?;
        Ok((self.out, self.buf))
    }
}

/// Chunks and stores everything `reader` yields, a few MiB at a time (each block's chunks
/// stored in parallel; a partial chunk at the end of a block carries over), through `buf`, a
/// buffer the caller reuses across streams. `size_hint` (a file's size) sizes it for small
/// inputs. Same chunks as `store_part` of the whole input.
pub(crate) fn store_reader(
    repo: &Repository,
    mut reader: impl Read,
    compression: Compression,
    buf: &mut Vec<u8>,
    size_hint: Option<u64>,
) -> Result<StoredStream> {
    let mut carry = Carry::new(repo, compression, std::mem::take(buf), size_hint);
    if let Err(e) = fill_and_pass(&mut carry, &mut reader) {
        // The next file reuses the buffer even after this one failed (or was cancelled).
        *buf = carry.into_buffer();
        return Err(e);
    }
    let (stream, returned) = carry.finish()?;
    *buf = returned;
    Ok(stream)
}

/// Reads `reader` into `carry`, passing each full block; the last pass is `finish`'s.
fn fill_and_pass(carry: &mut Carry<'_>, reader: &mut impl Read) -> Result<()> {
    let mut eof = false;
    while !eof {
        while !carry.is_full() && !eof {
            match reader.read(carry.spare()) {
                Ok(0) => eof = true,
                Ok(n) => carry.commit(n),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(Error::io("input stream", e)),
            }
        }
        if !eof {
            carry.pass(false)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
