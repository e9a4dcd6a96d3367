//! File contents: every pack that holds a restored file's data is read once, in coalesced
//! ranges (neighbouring blobs together), in parallel; every blob is authenticated and checked
//! against its id before a byte of it is written; all-zero blocks are skipped so sparse files
//! stay sparse.
//!
//! A blob that cannot be read or verified, or a file the target refuses, fails the files it
//! belongs to (they are removed and named later), not the restore: every other file is
//! restored.

use std::collections::HashMap;
use std::os::fd::AsFd;
use std::os::unix::fs::FileExt;

use rayon::prelude::*;

use super::run::{Failed, FileJob, Piece, Run};
use super::target;
use crate::error::{Error, Result};
use crate::id::{BlobId, PackId};
use crate::index::{IndexEntry, PackRecord};
use crate::pack;
use crate::writer::pack_name;

/// Most bytes of unneeded blobs read between two needed ones to save a request.
const MAX_GAP: u64 = 1 << 20;

/// One blob to read from a pack: where it is, the pack's record, and the file pieces it fills.
type PackRead = (IndexEntry, PackRecord, Vec<Piece>);

/// A file open for writing, kept by a worker while consecutive pieces go to it.
type OpenFile = Option<(usize, std::fs::File)>;

impl Run<'_> {
    /// Writes the contents of every file job. Returns the damaged files (by entry) and why.
    pub(super) fn write_contents(&mut self, files: &[FileJob]) -> Result<Failed> {
        let damage: Failed = Default::default();
        // Pieces by blob, blobs by pack.
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
        let mut by_pack: HashMap<PackId, Vec<PackRead>> = HashMap::new();
        for (id, pieces) in by_blob {
            match self.repo.index().lookup(&id) {
                Ok((entry, record)) => by_pack
                    .entry(record.id)
                    .or_default()
                    .push((entry, record, pieces)),
                Err(e) => damaged(&damage, files, &pieces, &e),
            }
        }
        let reads: Vec<_> = by_pack.into_values().collect();
        let counts: Vec<Result<(u64, u64)>> = reads
            .into_par_iter()
            // Per worker: the coalesced read, the decompressed blob and the file written last,
            // reused across packs.
            .map_init(
                || (Vec::new(), Vec::new(), None),
                |(bytes, scratch, open), blobs| {
                    self.restore_pack(blobs, files, &damage, bytes, scratch, open)
                },
            )
            .collect();
        for c in counts {
            let (written, requests) = c?;
            self.summary.bytes += written;
            self.summary.requests += requests;
        }
        Ok(damage)
    }

    /// Reads the blobs of one pack in coalesced ranges into `bytes`, opens and verifies each
    /// (decompressing into `scratch`) and writes its pieces. Returns bytes written and reads.
    fn restore_pack(
        &self,
        mut blobs: Vec<PackRead>,
        files: &[FileJob],
        damage: &Failed,
        bytes: &mut Vec<u8>,
        scratch: &mut Vec<u8>,
        open: &mut OpenFile,
    ) -> Result<(u64, u64)> {
        blobs.sort_by_key(|(e, _, _)| e.offset);
        let record = blobs[0].1.clone();
        let what = format!("pack {}", record.id);
        let key = match pack::unwrap_key(
            self.repo.wrapping_key(),
            self.repo.id(),
            &record.uid,
            &record.wrapped,
            &what,
        ) {
            Ok(k) => k,
            Err(e) => {
                for (_, _, pieces) in &blobs {
                    damaged(damage, files, pieces, &e);
                }
                return Ok((0, 0));
            }
        };
        let aead = key.aead();
        let (mut written, mut requests) = (0u64, 0u64);
        let mut i = 0;
        while i < blobs.len() {
            // Extend the read while the next blob is close enough.
            let start = u64::from(blobs[i].0.offset);
            let mut j = i;
            let mut end = start + u64::from(blobs[i].0.stored_len);
            while j + 1 < blobs.len() && u64::from(blobs[j + 1].0.offset) <= end + MAX_GAP {
                j += 1;
                end = end.max(u64::from(blobs[j].0.offset) + u64::from(blobs[j].0.stored_len));
            }
            requests += 1;
            let read = self.repo.backend().get_range_into(
                &pack_name(&record.id),
                start,
                end - start,
                bytes,
            );
            if let Err(e) = read {
                for (_, _, pieces) in &blobs[i..=j] {
                    damaged(damage, files, pieces, &e);
                }
                i = j + 1;
                continue;
            }
            for (entry, _, pieces) in &blobs[i..=j] {
                let from = (u64::from(entry.offset) - start) as usize;
                let sealed = &mut bytes[from..from + entry.stored_len as usize];
                let what = format!("blob {} in pack {}", entry.id, record.id);
                let plain = pack::open_blob(
                    &aead,
                    &record.uid,
                    &entry.pack_entry(),
                    sealed,
                    self.repo.chunk_id_key(),
                    &what,
                    scratch,
                );
                let plain = match plain {
                    Ok(p) => p,
                    Err(e) => {
                        damaged(damage, files, pieces, &e);
                        continue;
                    }
                };
                for p in pieces {
                    let Some(data) =
                        plain.get(p.offset as usize..p.offset as usize + p.len as usize)
                    else {
                        let e = Error::integrity(what.clone(), "content range outside the blob");
                        damaged(damage, files, std::slice::from_ref(p), &e);
                        continue;
                    };
                    match self.write_piece(files, p, data, open) {
                        Ok(w) => written += w,
                        // The target refused this file (or a racing process replaced it): the
                        // file is not restored, the others go on.
                        Err(e) => damaged(damage, files, std::slice::from_ref(p), &e),
                    }
                    self.progress.bytes(u64::from(p.len));
                }
            }
            i = j + 1;
        }
        Ok((written, requests))
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

/// Marks the files of `pieces` damaged by `e` (the first reason is kept).
fn damaged(damage: &Failed, files: &[FileJob], pieces: &[Piece], e: &Error) {
    let mut d = damage
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    for p in pieces {
        d.entry(files[p.file].entry)
            .or_insert_with(|| e.to_string());
    }
}
