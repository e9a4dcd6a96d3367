//! Restoring snapshots to a directory, and streaming one file's contents.
//!
//! Restore plans first (walk the trees, list what to create), then makes the directories
//! (parents first), decides for every entry what to do about whatever is already at its name
//! ([`Overwrite`]), creates every file to restore under a temporary name at its final size (in
//! parallel; holes stay holes), then reads each pack needed once, in as few range requests as
//! possible, in parallel, and writes every verified piece where it belongs. A file whose data
//! is damaged or missing is removed and named; every other file gets its metadata through its
//! own descriptor and is renamed into place. Directories get theirs last, deepest first.
//!
//! Everything below the target is reached through directory handles (`dirfd`), never by a
//! path: a process that swaps a directory or file for a symlink while restore runs gets an
//! error, never a write or a `chmod` outside the target. Tree names are validated when trees
//! are decoded (no `/`, `..`, NUL, empty or duplicate names).

mod contents;
mod delete;
mod run;
mod target;

use std::ffi::{OsStr, OsString};
use std::io::{Read, Write};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::files::FileTrees;
use crate::files::dirfd;
use crate::files::snapshot::{BackupIssue, Snapshot};
use crate::files::tree::{Node, NodeKind};
use crate::primitives::id::BlobId;
use crate::progress::Progress;
use crate::store::repo::Repository;
use crate::store::streams::{Piece, StreamReader};

/// What restore does about an entry already in the target where the snapshot has one (as
/// restic's `--overwrite`). A directory is always restored into; a non-empty directory where
/// the snapshot has something else is never removed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Overwrite {
    /// Replace whatever is there.
    #[default]
    Always,
    /// Replace unless it is a regular file of the snapshot's size and modification time.
    IfChanged,
    /// Replace only if the snapshot's entry is newer (modification time).
    IfNewer,
    /// Never replace anything.
    Never,
}

/// How to restore.
#[derive(Clone, Debug, Default)]
pub struct RestoreOptions {
    /// Only the entry at this absolute path of the snapshot (and what is below it).
    pub only: Option<PathBuf>,
    /// What to do about entries already in the target.
    pub overwrite: Overwrite,
    /// Delete entries in the restored directories that the snapshot does not have.
    pub delete: bool,
    /// Change nothing: only report what would be done.
    pub dry_run: bool,
}

/// What happened to an entry that was already in the target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum ExistingAction {
    /// Replaced by the snapshot's entry.
    Replaced,
    /// Left as it was (the overwrite policy said so).
    Left,
    /// Deleted (`delete`: not in the snapshot).
    Deleted,
}

/// An entry that was already in the target, and what was (or, in a dry run, would be) done
/// with it.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct ExistingEntry {
    /// Its path.
    #[cfg_attr(
        feature = "serde",
        serde(serialize_with = "crate::serialize::lossy_path")
    )]
    pub path: PathBuf,
    /// What was done.
    pub action: ExistingAction,
}

/// What a restore did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct RestoreSummary {
    /// Regular files restored (hard links included).
    pub files: u64,
    /// Directories restored.
    pub dirs: u64,
    /// Symlinks, FIFOs and devices restored.
    pub other: u64,
    /// Bytes of file content written.
    pub bytes: u64,
    /// Range requests made to the backend.
    pub requests: u64,
    /// Entries that were in the target already: replaced, left, or deleted.
    pub existing: Vec<ExistingEntry>,
    /// Entries not restored because their data is damaged or missing, or something in the
    /// target was in the way (each is also in `issues`, with `skipped` set).
    pub not_restored: u64,
    /// Problems: entries not restored (`skipped`) and metadata that could not be set.
    pub issues: Vec<BackupIssue>,
}

impl RestoreSummary {
    /// How many existing entries got `action`.
    pub fn count(&self, action: ExistingAction) -> u64 {
        self.existing.iter().filter(|e| e.action == action).count() as u64
    }

    fn issue(&mut self, path: &Path, message: String, skipped: bool) {
        self.not_restored += u64::from(skipped);
        self.issues.push(BackupIssue {
            path: path.as_os_str().as_bytes().to_vec(),
            message,
            skipped,
        });
    }
}

/// A directory to restore: its parent (`None`: the target), name, path and node (`None` for
/// the ancestors of a sub-path, which are made plainly).
struct PlannedDir {
    parent: Option<usize>,
    name: OsString,
    path: PathBuf,
    node: Option<Node>,
}

/// A file, symlink or special file to restore, in directory `dir`.
struct Entry {
    dir: Option<usize>,
    name: OsString,
    path: PathBuf,
    node: Node,
}

/// The node at `path` (absolute, as backed up, e.g. `/home/alice/notes.txt`) in a
/// snapshot; `/` is the root directory.
pub(crate) fn find_node(repo: &Repository, snapshot: &Snapshot, path: &Path) -> Result<Node> {
    let mut node = Node::new(b"/".to_vec(), NodeKind::Dir);
    node.subtree = Some(snapshot.root);
    node.mode = 0o755;
    for comp in path.components() {
        let name = match comp {
            std::path::Component::RootDir | std::path::Component::CurDir => continue,
            std::path::Component::Normal(n) => n.as_bytes(),
            _ => {
                return Err(Error::invalid_input(format!(
                    "path {} must be absolute, without `..`",
                    path.display()
                )));
            }
        };
        let tree = match (node.kind, node.subtree) {
            (NodeKind::Dir, Some(id)) => repo.load_tree(&id)?,
            _ => {
                return Err(Error::not_found(
                    path.display().to_string(),
                    "not in the snapshot (a parent is not a directory)",
                ));
            }
        };
        node = tree
            .nodes
            .into_iter()
            .find(|n| n.name == name)
            .ok_or_else(|| Error::not_found(path.display().to_string(), "not in the snapshot"))?;
    }
    Ok(node)
}

/// A `Read + Seek` over the file at `path` in `snapshot`.
pub(crate) fn open_file<'r>(
    repo: &'r Repository,
    snapshot: &Snapshot,
    path: &Path,
) -> Result<StreamReader<'r>> {
    let node = find_node(repo, snapshot, path)?;
    if node.kind != NodeKind::File {
        return Err(Error::invalid_input(format!(
            "{} is not a regular file",
            path.display()
        )));
    }
    let pieces = node
        .content
        .iter()
        .map(|c| Piece {
            id: c.id,
            offset: c.offset,
            len: c.len,
        })
        .collect();
    Ok(StreamReader::new(repo, pieces))
}

/// Writes the contents of the file at `path` in `snapshot` to `out`; returns its length.
pub(crate) fn dump(
    repo: &Repository,
    snapshot: &Snapshot,
    path: &Path,
    out: &mut dyn Write,
) -> Result<u64> {
    let mut reader = open_file(repo, snapshot, path)?;
    // Errors reading are the repository's (integrity, storage), errors writing the output's.
    let mut buf = vec![0u8; 1 << 20];
    let mut total = 0u64;
    loop {
        let n = match reader.read(&mut buf) {
            Ok(0) => return Ok(total),
            Ok(n) => n,
            Err(e) => return Err(into_error(e)),
        };
        out.write_all(&buf[..n])
            .map_err(|e| Error::io("output", e))?;
        total += n as u64;
    }
}

/// The library error inside an I/O error from a [`StreamReader`].
fn into_error(e: std::io::Error) -> Error {
    match e.downcast::<Error>() {
        Ok(inner) => inner,
        Err(e) => Error::io("stream", e),
    }
}

/// Restores `snapshot` (or only `options.only`) below `target`, which may exist. Entries
/// whose data is damaged or missing are not restored and are listed in the summary (with
/// `skipped` set); every intact one is. Fails only when the restore cannot go on: the
/// snapshot's trees cannot be read, or the target cannot be reached.
pub(crate) fn run(
    repo: &Repository,
    snapshot: &Snapshot,
    target: &Path,
    options: &RestoreOptions,
    progress: &dyn Progress,
) -> Result<RestoreSummary> {
    let (dirs, entries) = plan(repo, snapshot, options.only.as_deref(), target, progress)?;
    let io = |e| Error::io(target.display().to_string(), e);
    let root = match dirfd::open_root(target) {
        Ok(fd) => Some(fd),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && options.dry_run => None,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            std::fs::create_dir_all(target).map_err(io)?;
            Some(dirfd::open_root(target).map_err(io)?)
        }
        Err(e) => return Err(io(e)),
    };
    run::Run::new(repo, snapshot, target, options, progress, dirs, entries)?.run(root)
}

/// Walks the snapshot's trees: directories (parents first) and everything else.
fn plan(
    repo: &Repository,
    snapshot: &Snapshot,
    only: Option<&Path>,
    target: &Path,
    progress: &dyn Progress,
) -> Result<(Vec<PlannedDir>, Vec<Entry>)> {
    let (mut dirs, mut entries) = (Vec::<PlannedDir>::new(), Vec::new());
    let start = only.unwrap_or(Path::new("/"));
    let node = repo.find_node(snapshot, start)?;
    let rel: Vec<&OsStr> = start
        .components()
        .filter_map(|c| match c {
            std::path::Component::Normal(n) => Some(n),
            _ => None,
        })
        .collect();
    // The ancestors of a sub-path are made plainly (their metadata is not restored).
    let mut parent = None;
    let mut base = target.to_path_buf();
    for name in rel.iter().take(rel.len().saturating_sub(1)) {
        base.push(name);
        dirs.push(PlannedDir {
            parent,
            name: name.to_os_string(),
            path: base.clone(),
            node: None,
        });
        parent = Some(dirs.len() - 1);
    }
    // (parent directory, path, node) still to visit.
    let mut stack: Vec<(Option<usize>, PathBuf, Node)> = Vec::new();
    let children = |stack: &mut Vec<_>, dir: Option<usize>, path: &Path, id: BlobId| {
        crate::progress::check(progress)?;
        let tree = repo.load_tree(&id)?;
        for n in tree.nodes.into_iter().rev() {
            stack.push((dir, path.join(OsStr::from_bytes(&n.name)), n));
        }
        Ok::<_, Error>(())
    };
    match rel.last() {
        None => children(&mut stack, None, target, snapshot.root)?,
        Some(last) => stack.push((parent, base.join(last), node)),
    }
    while let Some((dir, path, node)) = stack.pop() {
        let name = OsStr::from_bytes(&node.name).to_os_string();
        // The root node of a sub-path restore is named `/` by `find_node`: use the path's.
        let name = if node.name == b"/" {
            path.file_name().unwrap_or_default().to_os_string()
        } else {
            name
        };
        if node.kind == NodeKind::Dir {
            let subtree = node.subtree.ok_or_else(|| {
                Error::integrity(path.display().to_string(), "directory without a tree")
            })?;
            dirs.push(PlannedDir {
                parent: dir,
                name,
                path: path.clone(),
                node: Some(node),
            });
            children(&mut stack, Some(dirs.len() - 1), &path, subtree)?;
        } else {
            entries.push(Entry {
                dir,
                name,
                path,
                node,
            });
        }
    }
    Ok((dirs, entries))
}
