//! File contents: every blob a restored file needs is read once through the store's read path
//! (each pack once, in coalesced ranges, packs in parallel; every blob authenticated and checked
//! against its id before a byte of it is written); all-zero blocks are skipped so sparse files
//! stay sparse.
//!
//! A blob that cannot be read or verified, or a file the target refuses, fails the files it
//! belongs to (they are removed and named later), not the restore: every other file is
//! restored.

use std::collections::HashMap;
use std::os::fd::AsFd;
use std::os::unix::fs::FileExt;
use std::sync::atomic::{AtomicU64, Ordering};

use super::run::{Failed, FileJob, Piece, Run};
use super::target;
use crate::error::{Error, Result};
use crate::primitives::id::BlobId;

/// A file open for writing, kept by a worker while consecutive pieces go to it.
type OpenFile = Option<(usize, std::fs::File)>;

impl Run<'_> {
    /// Writes the contents of every file job, reading each blob once through the store's read
    /// path. Returns the files (by entry) that failed and why.
    pub(super) fn write_contents(&mut self, files: &[FileJob]) -> Result<Failed> {
        let failed: Failed = Default::default();
        // Pieces by blob.
        let mut by_blob: HashMap<BlobId, Vec<Piece>> = HashMap::new();
        for (f, job) in files.iter().enumerate() {
            let mut at = 0u64;
            for c in &self.entries[job.entry].node.content {
                by_blob.entry(c.id).or_default().push(Piece {
                    file: f,
                    file_offset: at,
                    offset: c.offset,
                    len: c.len,
                });
                at += u64::from(c.len);
            }
        }
        let written = AtomicU64::new(0);
        let requests = self.repo.read_blobs(
            by_blob.keys().copied(),
            self.progress,
            // Per worker: the file written last, kept open for the next piece.
            || None,
            |open: &mut OpenFile, id, plain| {
                let pieces = &by_blob[id];
                match plain {
                    Ok(plain) => {
                        let w = self.write_pieces(files, id, pieces, plain, open, &failed);
                        written.fetch_add(w, Ordering::Relaxed);
                    }
                    Err(e) => fail(&failed, files, pieces, &e.to_string()),
                }
            },
        );
        self.summary.bytes += written.into_inner();
        self.summary.requests += requests;
        Ok(failed)
    }

    /// Writes the pieces of one verified blob; a piece the target refuses (or a racing process
    /// replaced) fails its file, not the restore. Returns the bytes written.
    fn write_pieces(
        &self,
        files: &[FileJob],
        id: &BlobId,
        pieces: &[Piece],
        plain: &[u8],
        open: &mut OpenFile,
        failed: &Failed,
    ) -> u64 {
        let mut written = 0;
        for p in pieces {
            let range = p.offset as usize..p.offset as usize + p.len as usize;
            let result = match plain.get(range) {
                Some(data) => self.write_piece(files, p, data, open),
                None => Err(Error::integrity(
                    format!("blob {id}"),
                    "content range outside the blob",
                )),
            };
            match result {
                Ok(w) => written += w,
                Err(e) => fail(failed, files, std::slice::from_ref(p), &e.to_string()),
            }
            self.progress.bytes(u64::from(p.len));
        }
        written
    }

    /// Writes `data` at `p.file_offset` of file job `p.file`, leaving out runs of zeros of a
    /// whole 4 KiB block or more: the file was created at its full size, so they read back as
    /// zeros and stay holes (sparse files stay sparse). Returns the bytes written.
    fn write_piece(
        &self,
        files: &[FileJob],
        p: &Piece,
        data: &[u8],
        open: &mut OpenFile,
    ) -> Result<u64> {
        const BLOCK: usize = 4096;
        let offset = p.file_offset;
        // Split at file-block boundaries, so that a skipped block is a whole block of the file.
        let first = (BLOCK - (offset as usize % BLOCK)) % BLOCK;
        let mut bounds: Vec<usize> = vec![0];
        let mut at = first.min(data.len());
        if at > 0 {
            bounds.push(at);
        }
        while at < data.len() {
            at = (at + BLOCK).min(data.len());
            bounds.push(at);
        }
        let mut runs = Vec::new();
        let mut run: Option<usize> = None; // start of the current run of non-zero blocks
        for w in bounds.windows(2) {
            let (a, b) = (w[0], w[1]);
            let zero = b - a == BLOCK && data[a..b].iter().all(|&x| x == 0);
            match (zero, run) {
                (false, None) => run = Some(a),
                (true, Some(start)) => {
                    runs.push(start..a);
                    run = None;
                }
                _ => {}
            }
        }
        if let Some(start) = run {
            runs.push(start..data.len());
        }
        let mut written = 0u64;
        for r in runs {
            let file = self.file(files, p.file, open)?;
            let job = &files[p.file];
            file.write_all_at(&data[r.clone()], offset + r.start as u64)
                .map_err(|e| self.local(&self.entries[job.entry].path, e))?;
            written += r.len() as u64;
        }
        Ok(written)
    }

    /// The file of job `f`, open for writing: the worker's current one, or opened through its
    /// directory's handle and checked to be the file created for it.
    fn file<'f>(
        &self,
        files: &[FileJob],
        f: usize,
        open: &'f mut OpenFile,
    ) -> Result<&'f std::fs::File> {
        if open.as_ref().is_none_or(|(current, _)| *current != f) {
            *open = None; // closed before the next is opened: one descriptor per worker
            let job = &files[f];
            let e = &self.entries[job.entry];
            let dir = self
                .handles()
                .get(e.dir)
                .map_err(|x| self.local(&e.path, x))?;
            let file =
                target::open_for_write(dir.as_fd(), &job.tmp, job.identity.expect("created"))
                    .map_err(|x| self.local(&e.path, x))?;
            *open = Some((f, file));
        }
        Ok(&open.as_ref().expect("just opened").1)
    }
}

/// Marks the files of `pieces` failed because `why` (the first reason is kept).
fn fail(failed: &Failed, files: &[FileJob], pieces: &[Piece], why: &str) {
    let mut f = failed
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    for p in pieces {
        f.entry(files[p.file].entry)
            .or_insert_with(|| why.to_string());
    }
}
