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
//! bounded whatever the input: the stream moves in 2 MiB blocks through a channel of one.

mod session;
mod stream;
mod walk;

use std::collections::{HashMap, VecDeque};
use std::fs::{self};
use std::io::Read;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::time::Instant;

use crossbeam_channel::{Receiver, Sender};

use crate::BlobKind;
use crate::error::{Error, Result};
use crate::files::FileTrees;
use crate::files::fsmeta::Names;
use crate::files::snapshot::{
    BackupIssue, BackupSummary, MAX_ISSUE_BYTES, Snapshot, SnapshotFilter,
};
use crate::files::tree::{ContentRange, Node, NodeKind, Tree};
use crate::primitives::compress::Compression;
use crate::primitives::id::{BlobId, ObjectId};
use crate::progress::Progress;
use crate::store::layout::Object;
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
    /// Gitignore-style patterns of files stored uncompressed and on their own chunks, never
    /// in the stream small files share: a matching file's stored size then depends on its own
    /// length only, not on what other data shares its compression frame (`SECURITY.md`,
    /// "Compression").
    pub no_compress: Vec<String>,
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
    /// Files stored uncompressed, on their own (`BackupOptions::no_compress`).
    no_compress: ignore::gitignore::Gitignore,
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

/// The host name, as the kernel reports it (`uname`); `localhost` if it has none.
pub fn hostname() -> String {
    let name = gethostname::gethostname();
    if name.is_empty() {
        "localhost".into()
    } else {
        name.to_string_lossy().into_owned()
    }
}

/// The name of the effective user (whose permissions the backup reads with); else `$USER`;
/// else empty.
fn username() -> String {
    uzers::get_effective_username()
        .map(|n| n.to_string_lossy().into_owned())
        .or_else(|| std::env::var("USER").ok())
        .unwrap_or_default()
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
    let abs = resolve(paths)?;
    let path_list: Vec<Vec<u8>> = abs.iter().map(|p| path_bytes(p)).collect();
    let filter = SnapshotFilter {
        host: Some(opts.host.clone()),
        tags: Vec::new(),
        paths: path_list.clone(),
    };
    // Before anything is deduplicated: packs the index lists but storage lost.
    let missing = repo.reconcile_packs()?;
    let history = repo.snapshots()?;
    let previous = history.find("latest", &filter).ok().cloned();
    let parent = match &opts.parent {
        ParentChoice::Latest => previous.clone(),
        ParentChoice::None => None,
        ParentChoice::Id(id) => Some(repo.load_snapshot(*id)?),
    };
    // A parent whose trees cannot be read (lost or damaged) only means reading every file.
    let parent_root = parent.as_ref().and_then(|p| repo.load_tree(&p.root).ok());
    let excludes = patterns(&opts.excludes, "exclude")?;
    let no_compress = patterns(&opts.no_compress, "no-compress")?;
    let stored_before = repo.bytes_written();
    let blobs_before = repo.index_stats().entries;
    let issues = missing_pack_issues(&missing, progress);
    let walked = walk_all(
        repo,
        &abs,
        parent_root,
        opts,
        (excludes, no_compress),
        issues,
        progress,
    );
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
        seen: history.heads(),
        summary,
        issues,
        program: format!("sealvault {}", env!("CARGO_PKG_VERSION")),
    };
    repo.save_snapshot(&mut snapshot)?;
    Ok(snapshot)
}

/// The backed-up paths: absolute, `.` and `..` removed, their parents' symlinks resolved (so
/// that the walk from `/` down to each follows none), existing, sorted, once each.
fn resolve(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    if paths.is_empty() {
        return Err(Error::invalid_input("nothing to back up: no paths given"));
    }
    let mut abs: Vec<PathBuf> = Vec::new();
    for p in paths {
        let a = std::path::absolute(p).map_err(|e| Error::io(p.display().to_string(), e))?;
        let a = normalize(&a);
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
    Ok(abs)
}

/// Gitignore-style patterns (`what` names them in errors), compiled.
fn patterns(patterns: &[String], what: &str) -> Result<ignore::gitignore::Gitignore> {
    let mut set = ignore::gitignore::GitignoreBuilder::new("/");
    for pattern in patterns {
        set.add_line(None, pattern)
            .map_err(|e| Error::invalid_input(format!("{what} pattern {pattern:?}: {e}")))?;
    }
    set.build()
        .map_err(|e| Error::invalid_input(format!("{what} patterns: {e}")))
}

/// Walks and stores everything below `abs`, the small-file stream chunked on a thread of its
/// own; returns the root tree, the summary and the issues.
fn walk_all(
    repo: &Repository,
    abs: &[PathBuf],
    parent_root: Option<Tree>,
    opts: &BackupOptions,
    (excludes, no_compress): (ignore::gitignore::Gitignore, ignore::gitignore::Gitignore),
    issues: Issues,
    progress: &dyn Progress,
) -> Result<(BlobId, BackupSummary, Vec<BackupIssue>)> {
    let (to_chunker, blocks) = crossbeam_channel::bounded::<Vec<u8>>(1);
    let (results, from_chunker) = crossbeam_channel::unbounded();
    let (spent, spent_blocks) = crossbeam_channel::bounded(2);
    std::thread::scope(|scope| -> Result<_> {
        let compression = opts.compression.unwrap_or(repo.config().compression);
        let chunker =
            scope.spawn(move || stream::chunk_stream(repo, compression, blocks, results, spent));
        let mut walk = Walk {
            repo,
            opts,
            compression,
            progress,
            names: Names::load(),
            excludes,
            no_compress,
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
            issues,
            read_buf: Vec::new(),
        };
        let walked = walk.backup_roots(abs, parent_root);
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
    })
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
    let reader = walk::StopReader {
        inner: reader,
        progress,
    };
    let stored = repo.store_reader_with(
        reader,
        opts.compression.unwrap_or(repo.config().compression),
    );
    crate::progress::check(progress)?;
    let stream = stored?;
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
    let path = format!("/{name}").into_bytes();
    let history = repo.snapshots()?;
    let mut snapshot = Snapshot {
        id: ObjectId::from_bytes([0; 16]),
        time_ns,
        host: opts.host.clone(),
        username: username(),
        paths: vec![path.clone()],
        tags: opts.tags.clone(),
        root,
        parent: None,
        previous: history
            .find(
                "latest",
                &SnapshotFilter {
                    host: Some(opts.host.clone()),
                    tags: Vec::new(),
                    paths: vec![path.clone()],
                },
            )
            .ok()
            .map(|s| s.id),
        seen: history.heads(),
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
fn missing_pack_issues(missing: &[crate::MissingPack], progress: &dyn Progress) -> Issues {
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
