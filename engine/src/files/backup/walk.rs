//! The walk: directories listed and `lstat`ed relative to their handles, subdirectories
//! depth first in name order, and each file taken from the parent snapshot or read.

use std::ffi::OsStr;
use std::fs::{self, File};
use std::io::Read;
use std::os::fd::{AsFd, BorrowedFd};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use rustix::fs::{OFlags, Stat};

use super::*;
use crate::error::Result;
use crate::files::FileTrees;
use crate::files::dirfd::{self, DirHandles, Identity};
use crate::files::fsmeta;
use crate::files::tree::{ContentRange, Node, NodeKind, Tree};
use crate::progress::Progress;

impl Walk<'_> {
    /// Backs up directory `name` in `parent` (at `start`, seen by `lstat` as `seen`) into a
    /// new pending directory, then its subdirectories, depth first (an explicit stack: deep
    /// trees cannot overflow the call stack). Every directory is opened relative to its
    /// parent's handle, without following a symlink, and must be the one `lstat` saw.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn walk(
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
    pub(super) fn unlisted(
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
    pub(super) fn directory(
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
        let (names, fd) = match listed {
            Ok(l) => l,
            Err(e) => {
                self.unlisted(path, &e, into)?;
                return Ok(Vec::new());
            }
        };
        let (nodes, kept) = self.entries(fd.as_fd(), path, names)?;
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

    /// The nodes of the entries `names` of directory `fd` (at `path`), in name order, with
    /// each one's name, path and identity; excluded and unreadable entries left out.
    #[allow(clippy::type_complexity)]
    fn entries(
        &mut self,
        fd: BorrowedFd<'_>,
        path: &Path,
        mut names: Vec<std::ffi::OsString>,
    ) -> Result<(Vec<Node>, Vec<(std::ffi::OsString, PathBuf, Identity)>)> {
        names.sort_by(|a, b| a.as_bytes().cmp(b.as_bytes()));
        // lstat in parallel: on a tree of small files the walk is syscall-bound.
        let stats: Vec<std::io::Result<Stat>> =
            names.par_iter().map(|n| dirfd::stat_at(fd, n)).collect();
        let mut nodes = Vec::with_capacity(stats.len());
        let mut kept = Vec::with_capacity(stats.len());
        for (n, (name, st)) in names.into_iter().zip(stats).enumerate() {
            if n % 1024 == 1023 {
                crate::progress::check(self.progress)?;
            }
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
            let Some(node) = self.entry_node(fd, &name, &entry_path, &st) else {
                continue;
            };
            nodes.push(node);
            kept.push((name, entry_path, Identity::of(&st)));
        }
        Ok((nodes, kept))
    }

    /// Backs up the regular file `name` in the directory `parent` (at `path`; `lstat` saw
    /// `seen`): taken from the parent snapshot if unchanged, else opened relative to the
    /// directory without following a symlink or blocking on a FIFO, checked to be the file
    /// `lstat` saw, and read.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn file(
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
        if self.take_unchanged(dir, index, previous) {
            return Ok(());
        }
        let node = &self.dirs[&dir].nodes[index];
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
            // Also a file below a matching directory (`secrets/`).
            let own = self
                .no_compress
                .matched_path_or_any_parents(path, false)
                .is_ignore();
            self.read_file(f, size, own)
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
        self.record_content(dir, index, len, content)
    }

    /// Takes the file's content from the parent snapshot if it is unchanged there (same size,
    /// mtime, ctime and inode, and every chunk still in the repository). Returns whether it did.
    fn take_unchanged(&mut self, dir: u64, index: usize, previous: Option<&Node>) -> bool {
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
        let Some(previous) = previous.filter(|_| unchanged) else {
            return false;
        };
        let size = node.size;
        self.summary.files_unmodified += 1;
        self.summary.bytes_total += size;
        self.progress.bytes(size);
        let n = &mut self.dirs.get_mut(&dir).expect("pending").nodes[index];
        n.content = previous.content.clone();
        // Same ctime: the extended attributes did not change either.
        n.xattrs = previous.xattrs.clone();
        true
    }

    /// Records what was read of the file at `index` of directory `dir`: its length and its
    /// content (chunks of its own, or a place in the small-file stream).
    fn record_content(
        &mut self,
        dir: u64,
        index: usize,
        len: u64,
        content: FileContent,
    ) -> Result<()> {
        let n = &mut self.dirs.get_mut(&dir).expect("pending").nodes[index];
        n.size = len;
        match content {
            FileContent::Chunks(c) => n.content = c,
            FileContent::Small if len == 0 => n.content.clear(),
            FileContent::Small => self.push_small(len, dir, index)?,
        }
        Ok(())
    }

    /// Reads a file: a small one straight onto the end of the small-file stream, a large one
    /// (or any `uncompressed` one) through the reusable read buffer into the store path.
    /// Returns its content, length and metadata after reading (to detect changes).
    fn read_file(
        &mut self,
        mut f: File,
        size: u64,
        uncompressed: bool,
    ) -> std::io::Result<(FileContent, u64, fs::Metadata)> {
        if uncompressed {
            let stored = self.store_large(&mut f, Some(size), Compression::Off)?;
            let md = f.metadata()?;
            let len = stored.iter().map(|c| u64::from(c.len)).sum();
            return Ok((FileContent::Chunks(stored), len, md));
        }
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
            let stored = self.store_large(
                std::io::Cursor::new(head).chain(&mut f),
                None,
                self.compression,
            )?;
            let md = f.metadata()?;
            let len = stored.iter().map(|c| u64::from(c.len)).sum();
            return Ok((FileContent::Chunks(stored), len, md));
        }
        let stored = self.store_large(&mut f, Some(size), self.compression)?;
        let md = f.metadata()?;
        let len = stored.iter().map(|c| u64::from(c.len)).sum();
        Ok((FileContent::Chunks(stored), len, md))
    }

    fn store_large(
        &mut self,
        reader: impl Read,
        size: Option<u64>,
        compression: Compression,
    ) -> std::io::Result<Vec<ContentRange>> {
        // Asked between reads (each fills up to a 10 MiB block): a large file does not hold up a
        // cancellation for long.
        let reader = StopReader {
            inner: reader,
            progress: self.progress,
        };
        let stored = self
            .repo
            .store_reader_buffered(reader, compression, &mut self.read_buf, size)
            .map_err(|e| std::io::Error::other(e.to_string()))?;
        self.summary.bytes_new += stored.new_bytes;
        Ok(ranges(&stored.chunks))
    }
}

/// A reader that fails once the backup is asked to stop.
pub(super) struct StopReader<'p, R> {
    pub(super) inner: R,
    pub(super) progress: &'p dyn Progress,
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
