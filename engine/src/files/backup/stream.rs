//! The small-file stream: small files are appended to one stream that a second thread chunks
//! (`ingest::Carry`, as every stream is stored) while the walk goes on; a small file's content
//! is then one or two slices of chunks, resolved when the chunks covering it come back.

use crossbeam_channel::{Receiver, Sender};

use super::*;
use crate::error::{Error, Result};
use crate::files::tree::ContentRange;
use crate::store::ingest::Carry;

impl Walk<'_> {
    /// Registers the `len` bytes just appended to the stream as a small file's content, which
    /// is resolved when the chunks covering it come back.
    pub(super) fn push_small(&mut self, len: u64, dir: u64, node: usize) -> Result<()> {
        self.pending.push_back(PendingFile {
            stream_off: self.stream_pos,
            len,
            dir,
            node,
        });
        self.dirs.get_mut(&dir).expect("pending").waiting += 1;
        self.stream_pos += len;
        if self.buffer.len() >= STREAM_BLOCK {
            let next = self
                .spent_blocks
                .try_recv()
                .unwrap_or_else(|_| Vec::with_capacity(STREAM_BUFFER));
            let block = std::mem::replace(&mut self.buffer, next);
            let tx = self
                .to_chunker
                .as_ref()
                .expect("chunker runs until the walk ends");
            tx.send(block)
                .map_err(|_| Error::internal("the small-file chunker stopped"))?;
        }
        self.drain_chunks(false)
    }

    /// Takes chunk results from the chunking thread (waiting for all of them at the end) and
    /// resolves the small files they cover.
    pub(super) fn drain_chunks(&mut self, wait_all: bool) -> Result<()> {
        loop {
            let got = if wait_all {
                match self.from_chunker.recv() {
                    Ok(r) => r,
                    Err(_) => break,
                }
            } else {
                match self.from_chunker.try_recv() {
                    Ok(r) => r,
                    Err(_) => break,
                }
            };
            let (chunks, new_bytes) = got?;
            self.summary.bytes_new += new_bytes;
            self.chunks.extend(chunks);
            self.resolve_small()?;
        }
        Ok(())
    }

    pub(super) fn resolve_small(&mut self) -> Result<()> {
        let covered = self.chunks.back().map_or(0, |c| c.1);
        while let Some(f) = self.pending.front() {
            let end = f.stream_off + f.len;
            if end > covered {
                break;
            }
            while self.chunks.front().is_some_and(|c| c.1 <= f.stream_off) {
                self.chunks.pop_front();
            }
            let mut content = Vec::new();
            for &(start, stop, id) in &self.chunks {
                if start >= end {
                    break;
                }
                let from = start.max(f.stream_off);
                let to = stop.min(end);
                content.push(ContentRange {
                    id,
                    offset: (from - start) as u32,
                    len: (to - from) as u32,
                });
            }
            let f = self.pending.pop_front().expect("front exists");
            let dir = self.dirs.get_mut(&f.dir).expect("pending");
            dir.nodes[f.node].content = content;
            dir.waiting -= 1;
            if dir.waiting == 0 {
                self.complete(f.dir)?;
            }
        }
        Ok(())
    }
}

/// Chunks the small-file stream on its own thread (`Carry`, as every stream is stored): blocks
/// in, chunk ranges out. The part of a block after its last final cut carries over to the next
/// block.
pub(super) fn chunk_stream(
    repo: &Repository,
    compression: Compression,
    blocks: Receiver<Vec<u8>>,
    out: Sender<StreamResult>,
    spent: Sender<Vec<u8>>,
) {
    let mut carry = Carry::new(repo, compression, Vec::new(), Some(0));
    // Chunks already sent back, and the stream offset where the next one starts.
    let (mut sent, mut at, mut new_bytes) = (0, 0u64, 0u64);
    let mut send_new = |carry: &Carry<'_>, result: Result<()>| -> bool {
        let result = result.map(|()| {
            let chunks = carry.chunks()[sent..]
                .iter()
                .map(|c| {
                    let start = at;
                    at += u64::from(c.len);
                    (start, at, c.id)
                })
                .collect::<Vec<_>>();
            sent = carry.chunks().len();
            let added = carry.new_bytes() - new_bytes;
            new_bytes = carry.new_bytes();
            (chunks, added)
        });
        let failed = result.is_err();
        out.send(result).is_ok() && !failed
    };
    while let Ok(mut block) = blocks.recv() {
        let stored = carry
            .write(&block)
            .and_then(|()| carry.pass(false).map(|_| ()));
        block.clear();
        // Back to the walker for its next block; dropped if it has one spare already.
        let _ = spent.try_send(block);
        if !send_new(&carry, stored) {
            return;
        }
    }
    let finished = carry.pass(true).map(|_| ());
    send_new(&carry, finished);
}
