//! File trees on top of the store: trees and snapshots (what a backup records), the platform
//! calls (`dirfd`, `fsmeta`), and the operations on file trees: backup, restore, check,
//! forget (with its retention `policy`) and prune.

pub(crate) mod backup;
pub(crate) mod check;
pub(crate) mod dirfd;
pub(crate) mod forget;
pub(crate) mod fsmeta;
pub(crate) mod history;
pub mod policy;
pub(crate) mod prune;
pub(crate) mod restore;
pub(crate) mod snapshot;
pub mod tree;

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use crate::error::Result;
use crate::files::backup::BackupOptions;
use crate::files::check::{CheckOptions, CheckReport};
use crate::files::forget::{ForgetOptions, ForgetReport};
use crate::files::history::HistoryCheck;
use crate::files::prune::PruneOptions;
use crate::files::restore::{RestoreOptions, RestoreSummary};
use crate::files::snapshot::{Snapshot, SnapshotFilter, SnapshotList};
use crate::files::tree::{Node, Tree};
use crate::primitives::id::{BlobId, ObjectId};
use crate::progress::Progress;
use crate::store::lifecycle::gc::PruneReport;
use crate::store::repo::Repository;
use crate::store::streams::StreamReader;

/// The file-tree operations on a repository: back up, list, browse, restore and check
/// snapshots. Implemented for [`Repository`]; bring it into scope with `use
/// sealvault::FileTrees` (or `use sealvault::prelude::*`). Each method is a thin entry point to
/// its module (`files::backup`, `files::restore`, `files::check`, `files::snapshot`), which
/// reaches the store only through the repository handle.
pub trait FileTrees {
    /// Backs up `paths` (files or directories) into a new snapshot. Unreadable entries are
    /// left out and listed in [`Snapshot::issues`]; the backup still completes. Stops with
    /// `ErrorKind::Cancelled`, writing no snapshot, when `progress` asks.
    fn backup(
        &self,
        paths: &[PathBuf],
        opts: &BackupOptions,
        progress: &dyn Progress,
    ) -> Result<Snapshot>;

    /// Backs up everything `reader` yields as one file called `name` (e.g. `--stdin`).
    fn backup_reader(
        &self,
        name: &str,
        reader: impl Read,
        opts: &BackupOptions,
        progress: &dyn Progress,
    ) -> Result<Snapshot>;

    /// Restores `snapshot` (or `options.only`) below `target`; see [`RestoreOptions`].
    fn restore(
        &self,
        snapshot: &Snapshot,
        target: &Path,
        options: &RestoreOptions,
        progress: &dyn Progress,
    ) -> Result<RestoreSummary>;

    /// Writes the contents of the file at `path` in `snapshot` to `out`; returns its length.
    fn dump(&self, snapshot: &Snapshot, path: &Path, out: &mut dyn Write) -> Result<u64>;

    /// A `Read + Seek` over the file at `path` in `snapshot`.
    fn open_file(&self, snapshot: &Snapshot, path: &Path) -> Result<StreamReader<'_>>;

    /// The node at `path` (absolute, as backed up) in `snapshot`; `/` is the root.
    fn find_node(&self, snapshot: &Snapshot, path: &Path) -> Result<Node>;

    /// Loads and decodes a tree blob.
    fn load_tree(&self, id: &BlobId) -> Result<Tree>;

    /// Every snapshot that can be read, oldest first, and every one that cannot.
    fn snapshots(&self) -> Result<SnapshotList>;

    /// Resolves `latest` or an id (or unique id prefix) among the readable snapshots matching
    /// `filter`; see [`SnapshotList::find`].
    fn find_snapshot(&self, spec: &str, filter: &SnapshotFilter) -> Result<Snapshot>;

    /// Loads one snapshot.
    fn load_snapshot(&self, id: ObjectId) -> Result<Snapshot>;

    /// Seals and stores a snapshot under a fresh id; returns the id. Call after `flush`: a
    /// snapshot must only ever refer to durable blobs.
    fn save_snapshot(&self, snapshot: &mut Snapshot) -> Result<ObjectId>;

    /// Checks the repository: structure, and with `read_data` every byte. Trees, snapshots
    /// and index segments are read through the cache when the repository was opened with one
    /// ([`crate::OpenOptions::cache_dir`]): to check what storage holds, open it without.
    fn check(&self, opts: CheckOptions, progress: &dyn Progress) -> Result<CheckReport>;

    /// Checks the snapshot history: a snapshot this machine saw before (with a state
    /// directory), or that a present snapshot names, and that is gone without a forget record
    /// was removed by someone else or rolled back by the provider. `list` is the repository's
    /// snapshots now. The present snapshots are remembered as seen when none is missing, or
    /// when `accept` (the user accepts the loss).
    fn history(&self, list: &SnapshotList, accept: bool) -> Result<HistoryCheck>;

    /// Forgets snapshots by id or by retention policy, writing a forget record first; refuses
    /// while a snapshot cannot be read. Deletes no data: [`FileTrees::prune`] does.
    fn forget(&self, opts: &ForgetOptions) -> Result<ForgetReport>;

    /// Deletes what an earlier prune marked (after the grace period, unless a backup that
    /// started before the mark is still running) and marks what no snapshot needs now,
    /// repacking partly used packs. Safe with backups running on other machines; one prune
    /// at a time (a lease). Refuses while anything in the repository cannot be read.
    fn prune(&self, opts: &PruneOptions, progress: &dyn Progress) -> Result<PruneReport>;
}

impl FileTrees for Repository {
    fn backup(
        &self,
        paths: &[PathBuf],
        opts: &BackupOptions,
        progress: &dyn Progress,
    ) -> Result<Snapshot> {
        backup::run(self, paths, opts, progress)
    }

    fn backup_reader(
        &self,
        name: &str,
        reader: impl Read,
        opts: &BackupOptions,
        progress: &dyn Progress,
    ) -> Result<Snapshot> {
        backup::run_reader(self, name, reader, opts, progress)
    }

    fn restore(
        &self,
        snapshot: &Snapshot,
        target: &Path,
        options: &RestoreOptions,
        progress: &dyn Progress,
    ) -> Result<RestoreSummary> {
        restore::run(self, snapshot, target, options, progress)
    }

    fn dump(&self, snapshot: &Snapshot, path: &Path, out: &mut dyn Write) -> Result<u64> {
        restore::dump(self, snapshot, path, out)
    }

    fn open_file(&self, snapshot: &Snapshot, path: &Path) -> Result<StreamReader<'_>> {
        restore::open_file(self, snapshot, path)
    }

    fn find_node(&self, snapshot: &Snapshot, path: &Path) -> Result<Node> {
        restore::find_node(self, snapshot, path)
    }

    fn load_tree(&self, id: &BlobId) -> Result<Tree> {
        snapshot::load_tree(self, id)
    }

    fn snapshots(&self) -> Result<SnapshotList> {
        snapshot::list(self)
    }

    fn find_snapshot(&self, spec: &str, filter: &SnapshotFilter) -> Result<Snapshot> {
        snapshot::find(self, spec, filter)
    }

    fn load_snapshot(&self, id: ObjectId) -> Result<Snapshot> {
        snapshot::load(self, id)
    }

    fn save_snapshot(&self, snapshot: &mut Snapshot) -> Result<ObjectId> {
        snapshot::save(self, snapshot)
    }

    fn check(&self, opts: CheckOptions, progress: &dyn Progress) -> Result<CheckReport> {
        check::run(self, opts, progress)
    }

    fn history(&self, list: &SnapshotList, accept: bool) -> Result<HistoryCheck> {
        history::check(self, list, accept)
    }

    fn forget(&self, opts: &ForgetOptions) -> Result<ForgetReport> {
        forget::run(self, opts)
    }

    fn prune(&self, opts: &PruneOptions, progress: &dyn Progress) -> Result<PruneReport> {
        prune::run(self, opts, progress)
    }
}
