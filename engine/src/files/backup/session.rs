//! The backup session's bookkeeping: pending directories (a tree is written once its small
//! files are chunked and its subdirectories written), issues, entry nodes, and the way from
//! `/` down to each backed-up path.

use std::ffi::OsStr;
use std::os::fd::{AsFd, BorrowedFd};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use rustix::fs::Stat;

use super::*;
use crate::BlobKind;
use crate::error::{Error, Result};
use crate::files::FileTrees;
use crate::files::dirfd::{self, Identity};
use crate::files::fsmeta;
use crate::files::tree::{Node, NodeKind, Tree};

impl Walk<'_> {
    pub(super) fn issue(&mut self, path: &Path, message: String, skipped: bool) {
        let issue = BackupIssue {
            path: path_bytes(path),
            message,
            skipped,
        };
        self.progress.issue(&issue);
        self.issues.record(issue);
    }

    /// Records an entry that is left out of the snapshot because `what` failed.
    pub(super) fn skip(&mut self, path: &Path, what: &str, e: &std::io::Error) {
        let message = format!("{what}: {}", crate::error::io_message(e));
        self.issue(path, message, true);
    }

    /// The node for an entry: metadata, extended attributes (files read theirs in `file`,
    /// only when changed: an xattr change moves ctime), symlink target. `None` (recorded as
    /// an issue) if the link cannot be read.
    pub(super) fn entry_node(
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

    pub(super) fn new_dir(&mut self, nodes: Vec<Node>, parent: Option<(u64, usize)>) -> u64 {
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
    pub(super) fn complete(&mut self, mut key: u64) -> Result<()> {
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
    pub(super) fn listed(&mut self, key: u64) -> Result<()> {
        let d = self.dirs.get_mut(&key).expect("pending");
        d.waiting -= 1;
        if d.waiting == 0 {
            self.complete(key)?;
        }
        Ok(())
    }

    /// The root tree mirrors the absolute paths: `/home/a` becomes `home` then `a`, the
    /// ancestors carrying their own metadata and only the children that lead to a path.
    pub(super) fn backup_roots(
        &mut self,
        paths: &[PathBuf],
        parent_root: Option<Tree>,
    ) -> Result<()> {
        let root = self.new_dir(Vec::new(), None);
        let slash = Path::new("/");
        let fd = dirfd::open_root(slash).map_err(|e| Error::io("/", e))?;
        self.ancestors(root, slash, fd.as_fd(), paths, parent_root.as_ref())?;
        self.listed(root)
    }

    /// Records the directories from `at` (open as `at_fd`) down to each of `paths`, each
    /// opened relative to its parent without following a symlink, and backs up the paths.
    pub(super) fn ancestors(
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
