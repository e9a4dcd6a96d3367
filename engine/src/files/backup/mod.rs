//! Backing up file trees: walk, read, chunk, store, build trees, write the snapshot.
//!
//! The walk is depth-first in name order, so the same tree always produces the same stream of
//! small files (and so the same chunks). Per directory, entries are `lstat`ed in parallel.
//!
//! - **Unchanged files** (same size, mtime, ctime and inode as in the parent snapshot) are not
//!   read: their content ranges are copied from the parent.
//! - **Large files** (1 MiB and more) are chunked on their own (`store_reader`, parallel
//!   inside), so each deduplicates on its own whatever surrounds it.
//! - **Small files** are appended to one stream that a second thread chunks and stores while
//!   the walk goes on; a small file's content is then one or two slices of chunks. So ten
//!   thousand small files make about as many chunks, index entries and compression frames as
//!   one file of the same total size, not ten thousand.
//!
//! A directory's tree can be written once all its small files have been cut into chunks and
//! all its subdirectories written; pending directories wait in memory until then (at most the
//! directories whose small files fall within the last few MiB of the stream). Memory stays
//! bounded whatever the input: the stream moves in 16 MiB blocks through a channel of two.

use std::collections::{HashMap, VecDeque};
use std::ffi::OsStr;
use std::fs::{self, File};
use std::io::Read;
use std::os::fd::{AsFd, BorrowedFd};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::time::Instant;

use crossbeam_channel::{Receiver, Sender};
use rayon::prelude::*;

use rustix::fs::{OFlags, Stat};

use crate::error::{Error, Result};
use crate::files::FileTrees;
use crate::files::dirfd::{self, DirHandles, Identity};
use crate::files::fsmeta::{self, Names};
use crate::files::snapshot::{
    BackupIssue, BackupSummary, MAX_ISSUE_BYTES, Snapshot, SnapshotFilter,
};
use crate::files::tree::{ContentRange, Node, NodeKind, Tree};
use crate::primitives::compress::Compression;
use crate::primitives::id::{BlobId, ObjectId};
use crate::progress::Progress;
use crate::store::ingest::Carry;
use crate::store::layout::Object;
use crate::store::pack::BlobKind;
use crate::store::repo::Repository;

/// Files at least this large are chunked on their own; smaller ones go into the small-file
/// stream.
pub const LARGE_FILE: u64 = 1 << 20;
/// The small-file stream moves to its chunking thread in blocks of this size (one in the
/// channel at a time: memory for the stream stays under about three blocks plus a chunk).
const STREAM_BLOCK: usize = 2 << 20;
/// Capacity of a stream block buffer: a block, plus the largest small file, plus slack so
/// that `read_to_end` never has to grow it.
const STREAM_BUFFER: usize = STREAM_BLOCK + 2 * LARGE_FILE as usize;

/// Which snapshot unchanged files are taken from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum ParentChoice {
    /// The newest snapshot of the same host and paths, if any.
    #[default]
    Latest,
    /// No parent: read every file.
    None,
    /// This snapshot.
    Id(ObjectId),
}

/// What to back up and how.
#[derive(Clone, Debug, Default)]
pub struct BackupOptions {
    /// Host name recorded in the snapshot.
    pub host: String,
    /// Tags recorded in the snapshot.
    pub tags: Vec<String>,
    /// Where unchanged files come from.
    pub parent: ParentChoice,
    /// Read every file, even if unchanged since the parent.
    pub force: bool,
    /// Do not descend into directories on other file systems than their backup path.
    pub one_file_system: bool,
    /// Gitignore-style patterns of paths to leave out (`*.tmp`, `/home/*/.cache`, `target/`).
    pub excludes: Vec<String>,
    /// Compression for this backup's new blobs (default: the repository's).
    pub compression: Option<Compression>,
}

/// A small file waiting for the chunks that will hold it.
struct PendingFile {
    stream_off: u64,
    len: u64,
    dir: u64,
    node: usize,
}

/// A directory whose tree is not written yet.
struct PendingDir {
    nodes: Vec<Node>,
    /// Entries left out after all (unreadable files), by index.
    dropped: Vec<usize>,
    /// Small files and subdirectories still unresolved, plus one while it is being listed.
    waiting: usize,
    /// Where its tree id goes: (parent directory, node index), or none for the root.
    parent: Option<(u64, usize)>,
}

/// A chunk of the small-file stream: its stream range and its blob.
type StreamChunk = (u64, u64, BlobId);
/// What the chunking thread sends back per block: chunks, and bytes new to the repository.
type StreamResult = Result<(Vec<StreamChunk>, u64)>;

struct Walk<'a> {
    repo: &'a Repository,
    opts: &'a BackupOptions,
    compression: Compression,
    progress: &'a dyn Progress,
    names: Names,
    excludes: ignore::gitignore::Gitignore,
    dirs: HashMap<u64, PendingDir>,
    next_dir: u64,
    root_id: Option<BlobId>,
    // Small-file stream.
    buffer: Vec<u8>,
    stream_pos: u64,
    pending: VecDeque<PendingFile>,
    chunks: VecDeque<StreamChunk>,
    to_chunker: Option<Sender<Vec<u8>>>,
    from_chunker: Receiver<StreamResult>,
    /// Block buffers the chunking thread is done with.
    spent_blocks: Receiver<Vec<u8>>,
    summary: BackupSummary,
    issues: Issues,
    /// Read buffer for large files, reused from file to file.
    read_buf: Vec<u8>,
}

/// The issues a snapshot records: all of them up to [`MAX_ISSUE_BYTES`] of paths and
/// messages, then only a count (a tree of a million unreadable files must not make a snapshot
/// object too large to read back).
#[derive(Default)]
struct Issues {
    kept: Vec<BackupIssue>,
    bytes: usize,
    /// Issues not kept, and how many of them left an entry out.
    dropped: u64,
    dropped_skipped: u64,
}

impl Issues {
    fn record(&mut self, issue: BackupIssue) {
        let size = issue.path.len() + issue.message.len();
        if self.bytes + size > MAX_ISSUE_BYTES {
            self.dropped += 1;
            self.dropped_skipped += u64::from(issue.skipped);
            return;
        }
        self.bytes += size;
        self.kept.push(issue);
    }

    /// The issues to store; the last one counts those left out.
    fn finish(mut self) -> Vec<BackupIssue> {
        if self.dropped > 0 {
            self.kept.push(BackupIssue {
                path: Vec::new(),
                message: format!(
                    "{} more issues not recorded ({} of them entries left out)",
                    self.dropped, self.dropped_skipped
                ),
                skipped: self.dropped_skipped > 0,
            });
        }
        self.kept
    }
}

fn path_bytes(p: &Path) -> Vec<u8> {
    p.as_os_str().as_bytes().to_vec()
}

fn now_ns() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as i64)
}

/// The host name, from the kernel (no external command).
pub fn hostname() -> String {
    fs::read_to_string("/proc/sys/kernel/hostname")
        .or_else(|_| fs::read_to_string("/etc/hostname"))
        .map(|s| s.trim().to_string())
        .unwrap_or_else(|_| "localhost".into())
}

fn username() -> String {
    std::env::var("USER").unwrap_or_default()
}

impl Walk<'_> {
    fn issue(&mut self, path: &Path, message: String, skipped: bool) {
        let issue = BackupIssue {
            path: path_bytes(path),
            message,
            skipped,
        };
        self.progress.issue(&issue);
        self.issues.record(issue);
    }

    /// Records an entry that is left out of the snapshot because `what` failed.
    fn skip(&mut self, path: &Path, what: &str, e: &std::io::Error) {
        let message = format!("{what}: {}", crate::error::io_message(e));
        self.issue(path, message, true);
    }

    /// The node for an entry: metadata, extended attributes (files read theirs in `file`,
    /// only when changed: an xattr change moves ctime), symlink target. `None` (recorded as
    /// an issue) if the link cannot be read.
    fn entry_node(
        &mut self,
        dir: BorrowedFd<'_>,
        name: &OsStr,
        path: &Path,
        st: &Stat,
    ) -> Option<Node> {
        let mut node = fsmeta::node(name.as_bytes().to_vec(), st, &self.names);
        if node.kind != NodeKind::File {
            node.xattrs = fsmeta::xattrs_at(dir, name);
        }
        if node.kind == NodeKind::Symlink {
            match rustix::fs::readlinkat(dir, name, Vec::new()) {
                Ok(t) => node.target = t.into_bytes(),
                Err(e) => {
                    self.skip(path, "cannot read link", &e.into());
                    return None;
                }
            }
        }
        Some(node)
    }

    fn new_dir(&mut self, nodes: Vec<Node>, parent: Option<(u64, usize)>) -> u64 {
        let key = self.next_dir;
        self.next_dir += 1;
        // The listing token: released by `listed`, so a directory never completes while its
        // entries are still being added.
        self.dirs.insert(
            key,
            PendingDir {
                nodes,
                dropped: Vec::new(),
                waiting: 1,
                parent,
            },
        );
        key
    }

    /// Writes a finished directory's tree and passes its id up, as far as that completes.
    fn complete(&mut self, mut key: u64) -> Result<()> {
        loop {
            let mut dir = self.dirs.remove(&key).expect("pending directory exists");
            dir.dropped.sort_unstable();
            for &i in dir.dropped.iter().rev() {
                dir.nodes.remove(i);
            }
            let tree = Tree { nodes: dir.nodes };
            let id = self.repo.store(BlobKind::Tree, &tree.encode())?.id;
            self.summary.dirs += 1;
            let Some((parent, index)) = dir.parent else {
                self.root_id = Some(id);
                return Ok(());
            };
            let p = self.dirs.get_mut(&parent).expect("parent pending");
            p.nodes[index].subtree = Some(id);
            p.waiting -= 1;
            if p.waiting > 0 {
                return Ok(());
            }
            key = parent;
        }
    }

    /// Called once a directory's entries are all known: releases the listing token.
    fn listed(&mut self, key: u64) -> Result<()> {
        let d = self.dirs.get_mut(&key).expect("pending");
        d.waiting -= 1;
        if d.waiting == 0 {
            self.complete(key)?;
        }
        Ok(())
    }

    /// Registers the `len` bytes just appended to the stream as a small file's content, which
    /// is resolved when the chunks covering it come back.
    fn push_small(&mut self, len: u64, dir: u64, node: usize) -> Result<()> {
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
    fn drain_chunks(&mut self, wait_all: bool) -> Result<()> {
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

    fn resolve_small(&mut self) -> Result<()> {
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

    /// Backs up directory `name` in `parent` (at `start`, seen by `lstat` as `seen`) into a
    /// new pending directory, then its subdirectories, depth first (an explicit stack: deep
    /// trees cannot overflow the call stack). Every directory is opened relative to its
    /// parent's handle, without following a symlink, and must be the one `lstat` saw.
    #[allow(clippy::too_many_arguments)]
    fn walk(
        &mut self,
        parent: BorrowedFd<'_>,
        name: &OsStr,
        start: PathBuf,
        seen: Identity,
        parent_tree: Option<Tree>,
        into: Option<(u64, usize)>,
        dev: u64,
    ) -> Result<()> {
        let opened = dirfd::open_dir_at(parent, name).and_then(|fd| {
            dirfd::check_identity(&fd, seen)?;
            Ok(fd)
        });
        let root = match opened {
            Ok(fd) => fd,
            Err(e) => {
                self.unlisted(&start, &e, into)?;
                return Ok(());
            }
        };
        let mut handles = DirHandles::new(root);
        let mut stack = vec![(None, start, parent_tree, into)];
        while let Some((dir, path, old, into)) = stack.pop() {
            let subdirs = self.directory(&mut handles, dir, &path, old.as_ref(), into, dev)?;
            for sub in subdirs.into_iter().rev() {
                stack.push(sub);
            }
        }
        Ok(())
    }

    /// A directory that cannot be opened or listed: kept, empty, and reported.
    fn unlisted(
        &mut self,
        path: &Path,
        e: &std::io::Error,
        into: Option<(u64, usize)>,
    ) -> Result<()> {
        let what = if e.to_string().contains("replaced") {
            "directory changed while it was read"
        } else {
            "cannot list directory"
        };
        self.skip(path, what, e);
        let key = self.new_dir(Vec::new(), into);
        self.listed(key)
    }

    /// Lists directory `dir` of `handles`, creates its pending tree and handles its files;
    /// returns its subdirectories to walk, in order.
    #[allow(clippy::type_complexity)]
    fn directory(
        &mut self,
        handles: &mut DirHandles,
        dir: Option<usize>,
        path: &Path,
        old: Option<&Tree>,
        into: Option<(u64, usize)>,
        dev: u64,
    ) -> Result<Vec<(Option<usize>, PathBuf, Option<Tree>, Option<(u64, usize)>)>> {
        crate::progress::check(self.progress)?;
        let listed = handles
            .get(dir)
            .and_then(|fd| Ok((dirfd::list(fd.as_fd())?, fd)));
        let (mut names, fd) = match listed {
            Ok(l) => l,
            Err(e) => {
                self.unlisted(path, &e, into)?;
                return Ok(Vec::new());
            }
        };
        names.sort_by(|a, b| a.as_bytes().cmp(b.as_bytes()));
        // lstat in parallel: on a tree of small files the walk is syscall-bound.
        let stats: Vec<std::io::Result<Stat>> = names
            .par_iter()
            .map(|n| dirfd::stat_at(fd.as_fd(), n))
            .collect();
        let mut nodes = Vec::with_capacity(stats.len());
        let mut kept = Vec::with_capacity(stats.len());
        for (name, st) in names.into_iter().zip(stats) {
            let entry_path = path.join(&name);
            let st = match st {
                Ok(st) => st,
                Err(e) => {
                    self.skip(&entry_path, "cannot stat", &e);
                    continue;
                }
            };
            let is_dir = fsmeta::kind_of(&st) == NodeKind::Dir;
            if self.excludes.matched(&entry_path, is_dir).is_ignore() {
                continue;
            }
            let Some(node) = self.entry_node(fd.as_fd(), &name, &entry_path, &st) else {
                continue;
            };
            nodes.push(node);
            kept.push((name, entry_path, Identity::of(&st)));
        }
        let key = self.new_dir(nodes, into);
        let mut subdirs = Vec::new();
        for (i, (name, entry_path, seen)) in kept.into_iter().enumerate() {
            self.progress.entry(&entry_path);
            let kind = self.dirs[&key].nodes[i].kind;
            let previous = old.and_then(|t| {
                let name = &self.dirs[&key].nodes[i].name;
                t.nodes
                    .binary_search_by(|n| n.name.cmp(name))
                    .ok()
                    .map(|j| &t.nodes[j])
            });
            match kind {
                NodeKind::Dir => {
                    let node = &self.dirs[&key].nodes[i];
                    let crosses = self.opts.one_file_system && node.device != dev;
                    self.dirs.get_mut(&key).expect("pending").waiting += 1;
                    if crosses {
                        // A mount point: kept, but empty.
                        let child = self.new_dir(Vec::new(), Some((key, i)));
                        self.listed(child)?;
                        continue;
                    }
                    let old_sub = match previous
                        .and_then(|p| p.subtree.filter(|_| p.kind == NodeKind::Dir))
                    {
                        Some(id) => self.repo.load_tree(&id).ok(),
                        None => None,
                    };
                    let sub = handles.add(dir, &name);
                    handles.expect(sub, seen);
                    subdirs.push((Some(sub), entry_path, old_sub, Some((key, i))));
                }
                NodeKind::File => {
                    self.file(fd.as_fd(), &name, &entry_path, seen, key, i, previous)?
                }
                _ => {}
            }
        }
        self.listed(key)?;
        Ok(subdirs)
    }

    /// Backs up the regular file `name` in the directory `parent` (at `path`; `lstat` saw
    /// `seen`): taken from the parent snapshot if unchanged, else opened relative to the
    /// directory without following a symlink or blocking on a FIFO, checked to be the file
    /// `lstat` saw, and read.
    #[allow(clippy::too_many_arguments)]
    fn file(
        &mut self,
        parent: BorrowedFd<'_>,
        name: &OsStr,
        path: &Path,
        seen: Identity,
        dir: u64,
        index: usize,
        previous: Option<&Node>,
    ) -> Result<()> {
        crate::progress::check(self.progress)?;
        let node = &self.dirs[&dir].nodes[index];
        let unchanged = !self.opts.force
            && previous.is_some_and(|p| {
                p.kind == NodeKind::File
                    && p.size == node.size
                    && p.mtime_ns == node.mtime_ns
                    && p.ctime_ns == node.ctime_ns
                    && p.inode == node.inode
                    // Reuse only what the repository still has (a damaged or pruned
                    // repository gets the file read again rather than a dangling reference).
                    && p.content.iter().all(|c| self.repo.contains(&c.id))
            });
        if unchanged {
            let previous = previous.expect("checked");
            self.summary.files_unmodified += 1;
            self.summary.bytes_total += node.size;
            self.progress.bytes(node.size);
            let n = &mut self.dirs.get_mut(&dir).expect("pending").nodes[index];
            n.content = previous.content.clone();
            // Same ctime: the extended attributes did not change either.
            n.xattrs = previous.xattrs.clone();
            return Ok(());
        }
        let (size, mtime, ctime) = (node.size, node.mtime_ns, node.ctime_ns);
        if previous.is_some() {
            self.summary.files_changed += 1;
        } else {
            self.summary.files_new += 1;
        }
        let opened =
            dirfd::open_at(parent, name, OFlags::RDONLY | OFlags::NONBLOCK, 0).and_then(|f| {
                // Not what lstat saw (a FIFO, a device, another file swapped in): not read.
                let st = dirfd::check_identity(&f, seen)?;
                if fsmeta::kind_of(&st) != NodeKind::File {
                    return Err(dirfd::replaced());
                }
                Ok(f)
            });
        let read = opened.and_then(|f| {
            self.dirs.get_mut(&dir).expect("pending").nodes[index].xattrs =
                fsmeta::xattrs_fd(f.as_fd());
            self.read_file(f, size)
        });
        crate::progress::check(self.progress)?;
        let (content, len, after) = match read {
            Ok(r) => r,
            Err(e) => {
                // Unreadable: the entry leaves the snapshot, the snapshot says so.
                let what = if e.to_string().contains("replaced") {
                    "file changed while it was read"
                } else {
                    "cannot read"
                };
                self.skip(path, what, &e);
                self.dirs
                    .get_mut(&dir)
                    .expect("pending")
                    .dropped
                    .push(index);
                return Ok(());
            }
        };
        self.summary.bytes_read += len;
        self.summary.bytes_total += len;
        self.progress.bytes(len);
        let changed = after.len() != size
            || after.mtime() * 1_000_000_000 + after.mtime_nsec() != mtime
            || after.ctime() * 1_000_000_000 + after.ctime_nsec() != ctime
            || len != size;
        if changed {
            self.issue(
                path,
                "file changed while it was read; stored as read".into(),
                false,
            );
        }
        let d = self.dirs.get_mut(&dir).expect("pending");
        let n = &mut d.nodes[index];
        n.size = len;
        match content {
            FileContent::Chunks(c) => n.content = c,
            FileContent::Small if len == 0 => n.content.clear(),
            FileContent::Small => self.push_small(len, dir, index)?,
        }
        Ok(())
    }

    /// Reads a file: a small one straight onto the end of the small-file stream, a large one
    /// through the reusable read buffer into the store path. Returns its content, length and
    /// metadata after reading (to detect changes).
    fn read_file(
        &mut self,
        mut f: File,
        size: u64,
    ) -> std::io::Result<(FileContent, u64, fs::Metadata)> {
        if size < LARGE_FILE {
            let start = self.buffer.len();
            if let Err(e) = (&mut f).take(LARGE_FILE).read_to_end(&mut self.buffer) {
                self.buffer.truncate(start);
                return Err(e);
            }
            let md = f.metadata()?;
            let len = (self.buffer.len() - start) as u64;
            if len < LARGE_FILE {
                return Ok((FileContent::Small, len, md));
            }
            // Grew past the threshold while we looked: store it as a large file.
            let head = self.buffer.split_off(start);
            let stored = self.store_large(std::io::Cursor::new(head).chain(&mut f), None)?;
            let md = f.metadata()?;
            let len = stored.iter().map(|c| u64::from(c.len)).sum();
            return Ok((FileContent::Chunks(stored), len, md));
        }
        let stored = self.store_large(&mut f, Some(size))?;
        let md = f.metadata()?;
        let len = stored.iter().map(|c| u64::from(c.len)).sum();
        Ok((FileContent::Chunks(stored), len, md))
    }

    fn store_large(
        &mut self,
        reader: impl Read,
        size: Option<u64>,
    ) -> std::io::Result<Vec<ContentRange>> {
        // Asked between reads (each fills up to a 10 MiB block): a large file does not hold up a
        // cancellation for long.
        let reader = StopReader {
            inner: reader,
            progress: self.progress,
        };
        let stored = self
            .repo
            .store_reader_buffered(reader, self.compression, &mut self.read_buf, size)
            .map_err(|e| std::io::Error::other(e.to_string()))?;
        self.summary.bytes_new += stored.new_bytes;
        Ok(ranges(&stored.chunks))
    }
}

/// A reader that fails once the backup is asked to stop.
struct StopReader<'p, R> {
    inner: R,
    progress: &'p dyn Progress,
}

impl<R: Read> Read for StopReader<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.progress.should_stop() {
            return Err(std::io::Error::other("cancelled"));
        }
        self.inner.read(buf)
    }
}

enum FileContent {
    /// Stored on its own, as these chunks.
    Chunks(Vec<ContentRange>),
    /// Appended to the small-file stream (its length is returned beside).
    Small,
}

fn ranges(chunks: &[crate::store::ingest::ChunkRef]) -> Vec<ContentRange> {
    chunks
        .iter()
        .map(|c| ContentRange {
            id: c.id,
            offset: 0,
            len: c.len,
        })
        .collect()
}

/// Chunks the small-file stream on its own thread (`Carry`, as every stream is stored): blocks
/// in, chunk ranges out. The part of a block after its last final cut carries over to the next
/// block.
fn chunk_stream(
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

/// Backs up `paths` (files or directories) into a new snapshot. Unreadable entries are
/// left out and listed in [`Snapshot::issues`]; the backup still completes.
pub(crate) fn run(
    repo: &Repository,
    paths: &[PathBuf],
    opts: &BackupOptions,
    progress: &dyn Progress,
) -> Result<Snapshot> {
    let started = Instant::now();
    let time_ns = now_ns();
    if paths.is_empty() {
        return Err(Error::invalid_input("nothing to back up: no paths given"));
    }
    let mut abs: Vec<PathBuf> = Vec::new();
    for p in paths {
        let a = std::path::absolute(p).map_err(|e| Error::io(p.display().to_string(), e))?;
        let a = normalize(&a);
        // Its ancestors resolved: the walk from `/` down to it follows no symlink.
        let a = match (a.parent(), a.file_name()) {
            (Some(parent), Some(name)) => fs::canonicalize(parent)
                .map_err(|e| Error::io(parent.display().to_string(), e))?
                .join(name),
            _ => a,
        };
        fs::symlink_metadata(&a).map_err(|e| Error::io(a.display().to_string(), e))?;
        abs.push(a);
    }
    abs.sort();
    abs.dedup();
    let path_list: Vec<Vec<u8>> = abs.iter().map(|p| path_bytes(p)).collect();
    let filter = SnapshotFilter {
        host: Some(opts.host.clone()),
        tags: Vec::new(),
        paths: path_list.clone(),
    };
    // Before anything is deduplicated: packs the index lists but storage lost.
    let missing = repo.reconcile_packs()?;
    let previous = repo.find_snapshot("latest", &filter).ok();
    let parent = match &opts.parent {
        ParentChoice::Latest => previous.clone(),
        ParentChoice::None => None,
        ParentChoice::Id(id) => Some(repo.load_snapshot(*id)?),
    };
    // A parent whose trees cannot be read (lost or damaged) only means reading every file.
    let parent_root = parent.as_ref().and_then(|p| repo.load_tree(&p.root).ok());

    let mut excludes = ignore::gitignore::GitignoreBuilder::new("/");
    for pattern in &opts.excludes {
        excludes
            .add_line(None, pattern)
            .map_err(|e| Error::invalid_input(format!("exclude pattern {pattern:?}: {e}")))?;
    }
    let excludes = excludes
        .build()
        .map_err(|e| Error::invalid_input(format!("exclude patterns: {e}")))?;
    let stored_before = repo.bytes_written();
    let blobs_before = repo.index_stats().entries;

    let (to_chunker, blocks) = crossbeam_channel::bounded::<Vec<u8>>(1);
    let (results, from_chunker) = crossbeam_channel::unbounded();
    let (spent, spent_blocks) = crossbeam_channel::bounded(2);
    let walked = std::thread::scope(|scope| -> Result<_> {
        let compression = opts.compression.unwrap_or(repo.config().compression);
        let chunker = scope.spawn(move || chunk_stream(repo, compression, blocks, results, spent));
        let mut walk = Walk {
            repo,
            opts,
            compression,
            progress,
            names: Names::load(),
            excludes,
            dirs: HashMap::new(),
            next_dir: 0,
            root_id: None,
            buffer: Vec::with_capacity(STREAM_BUFFER),
            spent_blocks,
            stream_pos: 0,
            pending: VecDeque::new(),
            chunks: VecDeque::new(),
            to_chunker: Some(to_chunker),
            from_chunker,
            summary: BackupSummary::default(),
            issues: missing_pack_issues(&missing, progress),
            read_buf: Vec::new(),
        };
        let walked = walk.backup_roots(&abs, parent_root);
        // End the stream (even after an error: the chunking thread must stop).
        if let Some(tx) = walk.to_chunker.take()
            && !walk.buffer.is_empty()
        {
            let _ = tx.send(std::mem::take(&mut walk.buffer));
        }
        let drained = walk.drain_chunks(true);
        let _ = chunker.join();
        walked?;
        drained?;
        if !walk.pending.is_empty() || !walk.dirs.is_empty() {
            return Err(Error::internal("backup ended with unresolved files"));
        }
        let root = walk
            .root_id
            .ok_or_else(|| Error::internal("no root tree"))?;
        Ok((root, walk.summary, walk.issues.finish()))
    });
    // Cancelled or not, what was stored is made durable: the next backup deduplicates
    // against it instead of storing it again. A cancelled backup writes no snapshot.
    let flushed = repo.flush();
    let (root, mut summary, issues) = walked?;
    flushed?;
    summary.bytes_stored = repo.bytes_written() - stored_before;
    summary.blobs_new = (repo.index_stats().entries - blobs_before) as u64;
    summary.duration_ms = started.elapsed().as_millis() as u64;
    let mut snapshot = Snapshot {
        id: ObjectId::from_bytes([0; 16]),
        time_ns,
        host: opts.host.clone(),
        username: username(),
        paths: path_list,
        tags: opts.tags.clone(),
        root,
        parent: parent.map(|p| p.id),
        previous: previous.map(|p| p.id),
        summary,
        issues,
        program: format!("sealvault {}", env!("CARGO_PKG_VERSION")),
    };
    repo.save_snapshot(&mut snapshot)?;
    Ok(snapshot)
}

/// Backs up everything `reader` yields as one file called `name` (e.g. `--stdin`).
pub(crate) fn run_reader(
    repo: &Repository,
    name: &str,
    reader: impl Read,
    opts: &BackupOptions,
    progress: &dyn Progress,
) -> Result<Snapshot> {
    let started = Instant::now();
    let time_ns = now_ns();
    crate::files::tree::check_name(name.as_bytes())
        .map_err(|why| Error::invalid_input(format!("stdin name {name:?}: {why}")))?;
    let missing = repo.reconcile_packs()?;
    let stored_before = repo.bytes_written();
    let blobs_before = repo.index_stats().entries;
    let stream = repo.store_reader_with(
        reader,
        opts.compression.unwrap_or(repo.config().compression),
    )?;
    let size: u64 = stream.chunks.iter().map(|c| u64::from(c.len)).sum();
    progress.bytes(size);
    let mut node = Node::new(name.as_bytes().to_vec(), NodeKind::File);
    node.mode = 0o644;
    node.mtime_ns = time_ns;
    node.ctime_ns = time_ns;
    node.size = size;
    node.links = 1;
    node.content = ranges(&stream.chunks);
    let root = repo
        .store(BlobKind::Tree, &Tree { nodes: vec![node] }.encode())?
        .id;
    repo.flush()?;
    let mut snapshot = Snapshot {
        id: ObjectId::from_bytes([0; 16]),
        time_ns,
        host: opts.host.clone(),
        username: username(),
        paths: vec![format!("/{name}").into_bytes()],
        tags: opts.tags.clone(),
        root,
        parent: None,
        previous: None,
        summary: BackupSummary {
            files_new: 1,
            bytes_total: size,
            bytes_read: size,
            bytes_new: stream.new_bytes,
            bytes_stored: repo.bytes_written() - stored_before,
            blobs_new: (repo.index_stats().entries - blobs_before) as u64,
            duration_ms: started.elapsed().as_millis() as u64,
            ..Default::default()
        },
        issues: missing_pack_issues(&missing, progress).finish(),
        program: format!("sealvault {}", env!("CARGO_PKG_VERSION")),
    };
    repo.save_snapshot(&mut snapshot)?;
    Ok(snapshot)
}

/// One issue per pack the index listed but storage lacked: its blobs were stored again where
/// this backup met them, and older snapshots that use them are damaged (`check` says which).
fn missing_pack_issues(
    missing: &[crate::store::segments::MissingPack],
    progress: &dyn Progress,
) -> Issues {
    let mut issues = Issues::default();
    for m in missing {
        let issue = BackupIssue {
            path: Object::Pack(m.id).name().into_bytes(),
            message: format!(
                "pack {}: {}; its {} blobs are stored again where met, older snapshots that use them are damaged",
                m.id, m.problem, m.blobs
            ),
            skipped: false,
        };
        progress.issue(&issue);
        issues.record(issue);
    }
    issues
}

/// Removes `.` and `..` lexically (the path is absolute).
fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

impl Walk<'_> {
    /// The root tree mirrors the absolute paths: `/home/a` becomes `home` then `a`, the
    /// ancestors carrying their own metadata and only the children that lead to a path.
    fn backup_roots(&mut self, paths: &[PathBuf], parent_root: Option<Tree>) -> Result<()> {
        let root = self.new_dir(Vec::new(), None);
        let slash = Path::new("/");
        let fd = dirfd::open_root(slash).map_err(|e| Error::io("/", e))?;
        self.ancestors(root, slash, fd.as_fd(), paths, parent_root.as_ref())?;
        self.listed(root)
    }

    /// Records the directories from `at` (open as `at_fd`) down to each of `paths`, each
    /// opened relative to its parent without following a symlink, and backs up the paths.
    fn ancestors(
        &mut self,
        key: u64,
        at: &Path,
        at_fd: BorrowedFd<'_>,
        paths: &[PathBuf],
        old: Option<&Tree>,
    ) -> Result<()> {
        // Group the paths by their next component below `at`.
        let mut children: Vec<(std::ffi::OsString, Vec<PathBuf>)> = Vec::new();
        for p in paths {
            let rest = p.strip_prefix(at).expect("paths are below their ancestor");
            let Some(first) = rest.components().next() else {
                continue;
            };
            let name = first.as_os_str().to_os_string();
            match children.last_mut() {
                Some((n, v)) if *n == name => v.push(p.clone()),
                _ => children.push((name, vec![p.clone()])),
            }
        }
        for (name, under) in children {
            let path = at.join(&name);
            let st = match dirfd::stat_at(at_fd, &name) {
                Ok(st) => st,
                Err(e) => {
                    self.skip(&path, "cannot stat", &e);
                    continue;
                }
            };
            let Some(node) = self.entry_node(at_fd, &name, &path, &st) else {
                continue;
            };
            let previous = old.and_then(|t| t.nodes.iter().find(|n| n.name == node.name));
            let index = {
                let d = self.dirs.get_mut(&key).expect("pending");
                d.nodes.push(node);
                d.nodes.len() - 1
            };
            let whole = under.contains(&path);
            if !whole {
                // An ancestor: only the children that lead to a backed-up path.
                self.dirs.get_mut(&key).expect("pending").waiting += 1;
                let child = self.new_dir(Vec::new(), Some((key, index)));
                let old_sub = previous
                    .and_then(|p| p.subtree)
                    .and_then(|id| self.repo.load_tree(&id).ok());
                let opened = dirfd::open_dir_at(at_fd, &name).and_then(|fd| {
                    dirfd::check_identity(&fd, Identity::of(&st))?;
                    Ok(fd)
                });
                match opened {
                    Ok(fd) => self.ancestors(child, &path, fd.as_fd(), &under, old_sub.as_ref())?,
                    Err(e) => self.skip(&path, "cannot open directory", &e),
                }
                self.listed(child)?;
                continue;
            }
            let seen = Identity::of(&st);
            match self.dirs[&key].nodes[index].kind {
                NodeKind::Dir => {
                    self.dirs.get_mut(&key).expect("pending").waiting += 1;
                    let old_sub = previous
                        .and_then(|p| p.subtree)
                        .and_then(|id| self.repo.load_tree(&id).ok());
                    let dev = self.dirs[&key].nodes[index].device;
                    let into = Some((key, index));
                    self.walk(at_fd, &name, path, seen, old_sub, into, dev)?;
                }
                NodeKind::File => self.file(at_fd, &name, &path, seen, key, index, previous)?,
                _ => {}
            }
        }
        Ok(())
    }
}
