//! Stream handles for embedders: store bytes through a [`std::io::Write`] whose `finish`
//! reports failure, and read a stored stream (or a file of a snapshot) back through
//! [`std::io::Read`] + [`std::io::Seek`].
//!
//! A writer that is dropped without `finish` returns nothing to refer to what it stored, so an
//! unfinished stream can never read back as complete. The reader holds one blob at a time,
//! verified like every read ([`Repository::load`]).
//!
//! ```
//! # use std::io::{Read, Seek, SeekFrom, Write};
//! # use sealvault::{Credential, InitOptions, KdfParams, MemoryBackend, Repository};
//! # fn main() -> sealvault::Result<()> {
//! # let options = InitOptions { kdf: KdfParams::insecure_for_tests(64, 1, 1)?, ..Default::default() };
//! # let repo = Repository::init(std::sync::Arc::new(MemoryBackend::new()), &Credential::passphrase("p"), &options)?;
//! let mut writer = repo.stream_writer();
//! writer.write_all(b"a log line\n").unwrap();
//! let stored = writer.finish()?;
//! repo.flush()?;
//! let mut reader = repo.stream_reader(&stored);
//! reader.seek(SeekFrom::Start(2)).unwrap();
//! let mut word = [0u8; 3];
//! reader.read_exact(&mut word).unwrap();
//! assert_eq!(&word, b"log");
//! # Ok(()) }
//! ```

use std::io::{self, Read, Seek, SeekFrom, Write};

use crate::error::Result;
use crate::primitives::compress::Compression;
use crate::primitives::id::BlobId;
use crate::store::ingest::{Carry, StoredStream};
use crate::store::repo::Repository;

/// Stores everything written to it as one stream of chunks ([`Repository::stream_writer`]).
/// Call [`StreamWriter::finish`]: it stores what is left and says whether all of it was stored.
/// The chunks are durable after the next [`Repository::flush`].
pub struct StreamWriter<'r> {
    carry: Carry<'r>,
    /// The first failure: every later write and `finish` report it (bytes of a failed write
    /// may be half stored; the stream can only be abandoned).
    failed: Option<String>,
}

impl<'r> StreamWriter<'r> {
    pub(crate) fn new(repo: &'r Repository, compression: Compression) -> StreamWriter<'r> {
        StreamWriter {
            carry: Carry::new(repo, compression, Vec::new(), Some(0)),
            failed: None,
        }
    }

    /// Stores the rest of the stream and returns its chunks; fails if any write failed.
    pub fn finish(self) -> Result<StoredStream> {
        if let Some(why) = self.failed {
            return Err(crate::error::Error::io(
                "stream",
                io::Error::other(format!("an earlier write failed: {why}")),
            ));
        }
        Ok(self.carry.finish()?.0)
    }
}

impl Write for StreamWriter<'_> {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        if let Some(why) = &self.failed {
            return Err(io::Error::other(format!("an earlier write failed: {why}")));
        }
        if let Err(e) = self.carry.write(data) {
            self.failed = Some(e.to_string());
            return Err(io::Error::other(e));
        }
        Ok(data.len())
    }

    /// Nothing to do: blocks are stored as they fill, and the rest by `finish`.
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// One piece of a stream: `len` bytes at `offset` of blob `id`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Piece {
    pub(crate) id: BlobId,
    pub(crate) offset: u32,
    pub(crate) len: u32,
}

/// Reads a stored stream, or a file of a snapshot, back ([`Repository::stream_reader`],
/// [`crate::FileTrees::open_file`]); seekable.
pub struct StreamReader<'r> {
    repo: &'r Repository,
    pieces: Vec<Piece>,
    /// Stream offset where each piece starts, and the total length last.
    starts: Vec<u64>,
    pos: u64,
    /// The blob read last (a stream usually reads one blob through several calls).
    blob: Option<(BlobId, Vec<u8>)>,
}

impl<'r> StreamReader<'r> {
    pub(crate) fn new(repo: &'r Repository, pieces: Vec<Piece>) -> StreamReader<'r> {
        let mut starts = Vec::with_capacity(pieces.len() + 1);
        let mut at = 0u64;
        for p in &pieces {
            starts.push(at);
            at += u64::from(p.len);
        }
        starts.push(at);
        StreamReader {
            repo,
            pieces,
            starts,
            pos: 0,
            blob: None,
        }
    }

    /// The stream's length in bytes.
    pub fn len(&self) -> u64 {
        *self.starts.last().expect("always one entry")
    }

    /// Whether the stream is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Read for StreamReader<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.pos >= self.len() || buf.is_empty() {
            return Ok(0);
        }
        // The piece holding `pos`: the last whose start is at or before it.
        let i = self.starts.partition_point(|&s| s <= self.pos) - 1;
        let piece = self.pieces[i];
        if self.blob.as_ref().is_none_or(|(id, _)| *id != piece.id) {
            let data = self.repo.load(&piece.id).map_err(io::Error::other)?;
            self.blob = Some((piece.id, data));
        }
        let data = &self.blob.as_ref().expect("just loaded").1;
        let within = (self.pos - self.starts[i]) as usize;
        let from = piece.offset as usize + within;
        let to = piece.offset as usize + piece.len as usize;
        let available = data.get(from..to).ok_or_else(|| {
            io::Error::other(crate::error::Error::integrity(
                format!("blob {}", piece.id),
                "content range outside the blob",
            ))
        })?;
        let n = available.len().min(buf.len());
        buf[..n].copy_from_slice(&available[..n]);
        self.pos += n as u64;
        Ok(n)
    }
}

impl Seek for StreamReader<'_> {
    fn seek(&mut self, to: SeekFrom) -> io::Result<u64> {
        let target = match to {
            SeekFrom::Start(n) => Some(n),
            SeekFrom::End(d) => self.len().checked_add_signed(d),
            SeekFrom::Current(d) => self.pos.checked_add_signed(d),
        };
        let target = target
            .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "seek before the start"))?;
        self.pos = target;
        Ok(target)
    }
}
