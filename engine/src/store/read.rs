//! The one read path: every byte read back from packs goes through here, and is released only
//! once authenticated and checked against its id.
//!
//! Four shapes: one blob (`load`), many blobs visited pack by pack in coalesced range requests
//! (`read_blobs`, for restore: neighbouring blobs within [`MAX_GAP`] are read together, packs in
//! parallel), a whole pack verified byte for byte (`verify_pack`, for check), and a pack's
//! trailer and header alone (`pack_header`, for index repair).
//!
//! What the provider sees of a read is its policy too: every request is a whole object or a
//! run of [`READ_WINDOW`]-aligned windows (the last one cut at the object's end), never a
//! blob's exact range, whether or not there is a cache. So reads show which windows of a pack
//! were wanted, not where blobs begin and end (`SECURITY.md`, "What the provider does learn").

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;

use rayon::prelude::*;

use crate::error::{Error, Result};
use crate::primitives::id::{BlobId, PackId};
use crate::progress::Progress;
use crate::store::index::{IndexEntry, PackRecord};
use crate::store::layout::Object;
use crate::store::pack::{self, BlobKind};
use crate::store::repo::Repository;

/// Most bytes of unneeded blobs read between two needed ones to save a request.
const MAX_GAP: u64 = 1 << 20;

/// The alignment and granularity of every partial read of a pack. 256 KiB: a quarter of an
/// average chunk, so a one-chunk read costs at most about 1.5x its bytes, and small blobs
/// (trees, short chunks) hide among many possible positions and lengths.
pub(crate) const READ_WINDOW: u64 = 256 << 10;

/// The windows covering `[offset, offset + len)` of an object of `object_len` bytes: start
/// rounded down to a window boundary, end rounded up and cut at the object's end.
pub(crate) fn window(offset: u64, len: u64, object_len: u64) -> (u64, u64) {
    let start = offset / READ_WINDOW * READ_WINDOW;
    let end = (offset + len).div_ceil(READ_WINDOW) * READ_WINDOW;
    (start, end.min(object_len).max(offset + len))
}

/// Reads `[offset, offset + len)` of `name` (an object of `object_len` bytes) through whole
/// windows, into `bytes`; returns where the wanted bytes start in it.
fn read_windowed(
    repo: &Repository,
    name: &str,
    object_len: u64,
    offset: u64,
    len: u64,
    bytes: &mut Vec<u8>,
) -> Result<usize> {
    let (start, end) = window(offset, len, object_len);
    repo.backend()
        .get_range_into(name, start, end - start, bytes)?;
    if (bytes.len() as u64) < offset + len - start {
        return Err(Error::integrity(name, "shorter than the index records"));
    }
    Ok((offset - start) as usize)
}

/// Reads blob `id`: its byte range, authenticated, decompressed and checked against the id.
/// A tree comes from its pack in the cache when there is one (the whole pack is fetched and kept
/// on first use: a backup or a listing reads most trees of a pack); a cached copy that does not
/// verify is dropped and the range read from storage.
pub(crate) fn load(repo: &Repository, id: &BlobId) -> Result<Vec<u8>> {
    let (entry, pack) = repo.index().lookup(id)?;
    let name = Object::Pack(pack.id).name();
    let (offset, len) = (u64::from(entry.offset), u64::from(entry.stored_len));
    if let Some(cache) = repo.cache().filter(|_| entry.kind == BlobKind::Tree) {
        let cached = match cache.get_range(&name, offset, len) {
            Some(range) => Some(range),
            // Only while the cache takes what it is given: otherwise every tree would cost
            // its whole pack. A pack that cannot be read whole falls back to the range.
            None if cache.is_writable() => match repo.backend().get_bounded(&name, pack.len) {
                Ok(whole) => {
                    cache.put(&name, &whole);
                    usize::try_from(offset + len)
                        .ok()
                        .and_then(|end| whole.get(offset as usize..end))
                        .map(<[u8]>::to_vec)
                }
                Err(_) => None,
            },
            None => None,
        };
        if let Some(sealed) = cached {
            match open_loaded(repo, &entry, &pack, sealed) {
                Ok(plain) => return Ok(plain),
                Err(_) => cache.remove(&name),
            }
        }
    }
    let sealed = repo
        .recent_windows()
        .read(repo, &name, pack.len, offset, len)?;
    open_loaded(repo, &entry, &pack, sealed)
}

/// How many window runs a handle keeps for `load` (each at most a chunk plus two windows).
const RECENT_RUNS: usize = 4;

/// The window runs `load` read last (ciphertext, as stored: every blob taken from them is
/// authenticated like a fresh read). Loads of neighbouring blobs (a dump, a listing of the
/// trees of one pack) then read each window once, and a run that starts inside a kept one
/// reads only the windows after it, so how often a window is read says nothing of how many
/// blobs it holds.
#[derive(Default)]
pub(crate) struct RecentWindows(Mutex<VecDeque<Run>>);

struct Run {
    name: String,
    start: u64,
    bytes: std::sync::Arc<Vec<u8>>,
}

impl Run {
    fn end(&self) -> u64 {
        self.start + self.bytes.len() as u64
    }
}

impl RecentWindows {
    /// Bytes `[offset, offset + len)` of `name` (an object of `object_len` bytes), from the
    /// kept runs where they hold them, otherwise through whole windows.
    fn read(
        &self,
        repo: &Repository,
        name: &str,
        object_len: u64,
        offset: u64,
        len: u64,
    ) -> Result<Vec<u8>> {
        let (start, end) = window(offset, len, object_len);
        let slice = |run: &Run| {
            let from = (offset - run.start) as usize;
            run.bytes[from..from + len as usize].to_vec()
        };
        let (head, tail) = {
            let runs = self
                .0
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            let mine = |r: &&Run| r.name == name;
            if let Some(run) = runs
                .iter()
                .find(|r| mine(r) && r.start <= offset && offset + len <= r.end())
            {
                return Ok(slice(run));
            }
            // Kept runs that hold the first or the last windows wanted (neighbouring blobs,
            // loaded in any order): read only the windows between them.
            let head = runs
                .iter()
                .find(|r| mine(r) && r.start <= start && start < r.end() && r.end() < end)
                .map(|r| (r.end(), r.bytes[(start - r.start) as usize..].to_vec()));
            let from = head.as_ref().map_or(start, |h| h.0);
            let tail = runs
                .iter()
                .find(|r| mine(r) && from < r.start && r.start < end && end <= r.end())
                .map(|r| (r.start, r.bytes[..(end - r.start) as usize].to_vec()));
            (head, tail)
        };
        let (from, mut bytes) = head.unwrap_or((start, Vec::new()));
        let to = tail.as_ref().map_or(end, |t| t.0);
        if to > from {
            let mut more = Vec::new();
            repo.backend()
                .get_range_into(name, from, to - from, &mut more)?;
            bytes.extend_from_slice(&more);
        }
        if let Some((_, t)) = tail {
            bytes.extend_from_slice(&t);
        }
        if (bytes.len() as u64) < offset + len - start {
            return Err(Error::integrity(name, "shorter than the index records"));
        }
        let run = Run {
            name: name.to_string(),
            start,
            bytes: std::sync::Arc::new(bytes),
        };
        let out = slice(&run);
        let mut runs = self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        runs.push_front(run);
        runs.truncate(RECENT_RUNS);
        Ok(out)
    }
}

/// Authenticates, decompresses and checks one sealed blob read from `pack`.
fn open_loaded(
    repo: &Repository,
    entry: &IndexEntry,
    pack: &PackRecord,
    mut sealed: Vec<u8>,
) -> Result<Vec<u8>> {
    let what = format!("blob {} in pack {}", entry.id, pack.id);
    let key = pack::unwrap_key(
        repo.wrapping_key(),
        repo.id(),
        &pack.uid,
        &pack.wrapped,
        &what,
    )?;
    let mut scratch = Vec::new();
    let plain = pack::open_blob(
        &key.aead(),
        &pack.uid,
        &entry.pack_entry(),
        &mut sealed,
        repo.chunk_id_key(),
        &what,
        &mut scratch,
    )?;
    Ok(plain.to_vec())
}

/// Reads every blob of `ids` and calls `visit` with each (its verified plaintext, or why it
/// cannot be read), from the worker that read it; `init` makes each worker's state. Packs are
/// read in parallel, each once, in coalesced ranges; once `progress` asks to stop, the blobs
/// not yet read are visited as cancelled. Returns the range requests made.
pub(crate) fn read_blobs<W: Send>(
    repo: &Repository,
    ids: impl IntoIterator<Item = BlobId>,
    progress: &dyn Progress,
    init: impl Fn() -> W + Sync + Send,
    visit: impl Fn(&mut W, &BlobId, Result<&[u8]>) + Sync + Send,
) -> u64 {
    // One pack record per pack, not per blob (a record with its wrapped key is larger than
    // an entry: a prune repacking half a million blobs noticed).
    let mut by_pack: HashMap<PackId, (PackRecord, Vec<IndexEntry>)> = HashMap::new();
    let mut unknown = Vec::new();
    for id in ids {
        match repo.index().lookup(&id) {
            Ok((entry, record)) => by_pack
                .entry(record.id)
                .or_insert_with(|| (record, Vec::new()))
                .1
                .push(entry),
            Err(e) => unknown.push((id, e)),
        }
    }
    let mut w = init();
    for (id, e) in unknown {
        visit(&mut w, &id, Err(e));
    }
    by_pack
        .into_values()
        .collect::<Vec<_>>()
        .into_par_iter()
        // Per worker: the caller's state, the coalesced read and the decompressed blob.
        .map_init(
            || (init(), Vec::new(), Vec::new()),
            |(w, bytes, scratch), (record, blobs)| {
                read_pack(repo, &record, blobs, progress, w, bytes, scratch, &visit)
            },
        )
        .sum()
}

/// Reads the blobs of one pack in coalesced ranges into `bytes`, opens and verifies each
/// (decompressing into `scratch`) and visits it. Returns the requests made.
#[allow(clippy::too_many_arguments)]
fn read_pack<W>(
    repo: &Repository,
    record: &PackRecord,
    mut blobs: Vec<IndexEntry>,
    progress: &dyn Progress,
    w: &mut W,
    bytes: &mut Vec<u8>,
    scratch: &mut Vec<u8>,
    visit: &impl Fn(&mut W, &BlobId, Result<&[u8]>),
) -> u64 {
    blobs.sort_by_key(|e| e.offset);
    let what = format!("pack {}", record.id);
    let key = match pack::unwrap_key(
        repo.wrapping_key(),
        repo.id(),
        &record.uid,
        &record.wrapped,
        &what,
    ) {
        Ok(k) => k,
        Err(e) => {
            for entry in &blobs {
                visit(w, &entry.id, Err(e.duplicate()));
            }
            return 0;
        }
    };
    let aead = key.aead();
    let name = Object::Pack(record.id).name();
    let mut requests = 0;
    let mut i = 0;
    while i < blobs.len() {
        if progress.should_stop() {
            for entry in &blobs[i..] {
                visit(w, &entry.id, Err(Error::cancelled()));
            }
            break;
        }
        // Extend the read while the next blob's window is close enough (or is one this read
        // already covers: a window is never read twice).
        let start = u64::from(blobs[i].offset);
        let mut j = i;
        let mut end = start + u64::from(blobs[i].stored_len);
        while j + 1 < blobs.len() {
            let next = u64::from(blobs[j + 1].offset);
            let (next_window, _) = window(next, 0, record.len);
            let (_, read_end) = window(start, end - start, record.len);
            if next_window > read_end + MAX_GAP {
                break;
            }
            j += 1;
            end = end.max(next + u64::from(blobs[j].stored_len));
        }
        requests += 1;
        let read = read_windowed(repo, &name, record.len, start, end - start, bytes);
        for entry in &blobs[i..=j] {
            let plain = match &read {
                Err(e) => Err(e.duplicate()),
                Ok(at) => {
                    let from = at + (u64::from(entry.offset) - start) as usize;
                    let sealed = &mut bytes[from..from + entry.stored_len as usize];
                    let what = format!("blob {} in pack {}", entry.id, record.id);
                    pack::open_blob(
                        &aead,
                        &record.uid,
                        &entry.pack_entry(),
                        sealed,
                        repo.chunk_id_key(),
                        &what,
                        scratch,
                    )
                }
            };
            visit(w, &entry.id, plain);
        }
        i = j + 1;
    }
    requests
}

/// The trailer and blob list of pack `id` (of `size` bytes), from its trailer and header alone
/// (two range reads), the header authenticated: what rebuilding an index needs.
pub(crate) fn pack_header(
    repo: &Repository,
    id: PackId,
    size: u64,
) -> Result<(pack::Trailer, Vec<pack::PackEntry>)> {
    let name = Object::Pack(id).name();
    pack::header_entries(
        id,
        size,
        repo.wrapping_key(),
        repo.id(),
        |offset, len| {
            let mut bytes = Vec::new();
            let at = read_windowed(repo, &name, size, offset, len, &mut bytes)?;
            bytes.truncate(at + len as usize);
            bytes.drain(..at);
            Ok(bytes)
        },
        &format!("pack {id}"),
    )
}

/// Reads pack `id` whole (at most `len` bytes, what the index records) and verifies every byte
/// of it: name and checksum, key, header, padding, and each blob against its id. Returns the
/// number of blobs.
pub(crate) fn verify_pack(repo: &Repository, id: &PackId, len: u64) -> Result<usize> {
    let bytes = repo.backend().get_bounded(&Object::Pack(*id).name(), len)?;
    let what = format!("pack {id}");
    let entries = pack::verify_pack(
        &bytes,
        *id,
        repo.wrapping_key(),
        repo.id(),
        repo.chunk_id_key(),
        &what,
    )?;
    Ok(entries.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_are_aligned_and_cover_the_range() {
        let w = READ_WINDOW;
        assert_eq!(window(0, 1, 10 * w), (0, w));
        assert_eq!(window(w - 1, 2, 10 * w), (0, 2 * w));
        assert_eq!(window(3 * w + 5, w, 10 * w), (3 * w, 5 * w));
        // The last window ends with the object.
        assert_eq!(window(9 * w + 5, 10, 9 * w + 100), (9 * w, 9 * w + 100));
        // A range past what the index says the object holds is still asked for whole (the
        // backend then reports the object short).
        assert_eq!(window(5, 10, 8), (0, 15));
        for (offset, len) in [(0u64, 0u64), (1, 1), (w, w), (12_345, 999_999)] {
            let (s, e) = window(offset, len, 100 * w);
            assert!(s % w == 0 && e % w == 0 && s <= offset && e >= offset + len);
        }
    }
}
