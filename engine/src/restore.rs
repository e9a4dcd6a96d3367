//! Restoring snapshots to a directory, and streaming one file's contents.
//!
//! Restore plans first (walk the trees, list what to create), then creates directories, then
//! all files at their final size in parallel (holes stay holes), then reads each pack needed
//! once, in as few range requests as possible (neighbouring blobs are read together), in
//! parallel, and writes every piece where it belongs; all-zero pieces are skipped so sparse
//! files stay sparse. Every blob is authenticated and checked against its id before a byte of
//! it is written. Metadata comes last: ownership (as root), mode, extended attributes, times,
//! directories deepest first.
//!
//! A hostile repository cannot write outside the target: tree names are validated when trees
//! are decoded (no `/`, `..`, NUL, empty or duplicate names), existing symlinks in the target
//! are replaced rather than followed, and files are opened with `O_NOFOLLOW`.

use std::collections::HashMap;
use std::fs::{self, OpenOptions};
use std::io::Write;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{FileExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::backup::Progress;
use crate::error::{Error, Result};
use crate::fsmeta::Names;
use crate::id::{BlobId, PackId};
use crate::pack;
use crate::repo::Repository;
use crate::snapshot::{BackupIssue, Snapshot};
use crate::sys;
use crate::tree::{Node, NodeKind};
use crate::writer::pack_name;

/// Most bytes of unneeded blobs read between two needed ones to save a request.
const MAX_GAP: u64 = 1 << 20;

/// What a restore did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
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
    /// Problems that did not stop the restore (metadata that could not be set...).
    pub issues: Vec<BackupIssue>,
}

struct Planned {
    path: PathBuf,
    node: Node,
}

/// One blob to read from a pack: where it is, the pack's record, and the file pieces it fills.
type PackRead = (
    crate::index::IndexEntry,
    crate::index::PackRecord,
    Vec<Piece>,
);

/// One piece of a file to write: `len` bytes at `offset` of a blob go to `file_offset`.
#[derive(Clone, Copy)]
struct Piece {
    file: usize,
    file_offset: u64,
    offset: u32,
    len: u32,
}

fn join(base: &Path, name: &[u8]) -> PathBuf {
    base.join(std::ffi::OsStr::from_bytes(name))
}

impl Repository {
    /// The node at `path` (absolute, as backed up, e.g. `/home/alice/notes.txt`) in a
    /// snapshot; `/` is the root directory.
    pub fn find_node(&self, snapshot: &Snapshot, path: &Path) -> Result<Node> {
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
                (NodeKind::Dir, Some(id)) => self.load_tree(&id)?,
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
                .ok_or_else(|| {
                    Error::not_found(path.display().to_string(), "not in the snapshot")
                })?;
        }
        Ok(node)
    }

    /// Writes the contents of the file at `path` in `snapshot` to `out`; returns its length.
    pub fn dump(&self, snapshot: &Snapshot, path: &Path, out: &mut dyn Write) -> Result<u64> {
        let node = self.find_node(snapshot, path)?;
        if node.kind != NodeKind::File {
            return Err(Error::invalid_input(format!(
                "{} is not a regular file",
                path.display()
            )));
        }
        let mut cache: Option<(BlobId, Vec<u8>)> = None;
        for c in &node.content {
            if cache.as_ref().is_none_or(|(id, _)| *id != c.id) {
                cache = Some((c.id, self.load(&c.id)?));
            }
            let data = &cache.as_ref().expect("just filled").1;
            let piece = data
                .get(c.offset as usize..c.offset as usize + c.len as usize)
                .ok_or_else(|| {
                    Error::integrity(format!("blob {}", c.id), "content range outside the blob")
                })?;
            out.write_all(piece).map_err(|e| Error::io("output", e))?;
        }
        Ok(node.size)
    }

    /// Restores `snapshot` (or only the entry at `only`, an absolute path inside it) below
    /// `target`, which may exist. Returns what was done; fails on the first error that loses
    /// data (a damaged blob, an unwritable target) naming its cause.
    pub fn restore(
        &self,
        snapshot: &Snapshot,
        only: Option<&Path>,
        target: &Path,
        progress: &dyn Progress,
    ) -> Result<RestoreSummary> {
        let mut summary = RestoreSummary::default();
        fs::create_dir_all(target).map_err(|e| Error::io(target.display().to_string(), e))?;
        let (dirs, files, others) = self.plan(snapshot, only, target)?;

        // Directories, parents first (the plan is in walk order).
        for d in &dirs {
            make_dir(&d.path)?;
            summary.dirs += 1;
        }
        // Files at their final size, in parallel; hard links to their first path.
        let mut first_path: HashMap<(u64, u64), usize> = HashMap::new();
        let mut link_to: Vec<Option<usize>> = vec![None; files.len()];
        for (i, f) in files.iter().enumerate() {
            if f.node.links > 1 {
                match first_path.get(&(f.node.device, f.node.inode)) {
                    Some(&first) => link_to[i] = Some(first),
                    None => {
                        first_path.insert((f.node.device, f.node.inode), i);
                    }
                }
            }
        }
        files
            .par_iter()
            .zip(&link_to)
            .filter(|(_, l)| l.is_none())
            .try_for_each(|(f, _)| -> Result<()> {
                replace_existing(&f.path)?;
                let file = OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .mode(0o600)
                    .custom_flags(libc::O_NOFOLLOW)
                    .open(&f.path)
                    .map_err(|e| Error::io(f.path.display().to_string(), e))?;
                file.set_len(f.node.size)
                    .map_err(|e| Error::io(f.path.display().to_string(), e))
            })?;
        summary.bytes = self.write_contents(&files, &link_to, progress, &mut summary.requests)?;
        for (i, l) in link_to.iter().enumerate() {
            if let Some(first) = l {
                replace_existing(&files[i].path)?;
                fs::hard_link(&files[*first].path, &files[i].path)
                    .map_err(|e| Error::io(files[i].path.display().to_string(), e))?;
            }
            summary.files += 1;
            progress.entry(&files[i].path);
        }
        for o in &others {
            replace_existing(&o.path)?;
            let made = match o.node.kind {
                NodeKind::Symlink => {
                    std::os::unix::fs::symlink(std::ffi::OsStr::from_bytes(&o.node.target), &o.path)
                }
                NodeKind::Fifo => sys::mkfifo(&o.path, 0o600),
                NodeKind::CharDevice | NodeKind::BlockDevice => sys::mknod(
                    &o.path,
                    0o600,
                    o.node.kind == NodeKind::BlockDevice,
                    o.node.rdev,
                ),
                _ => continue, // sockets are recorded, not recreated
            };
            match made {
                Ok(()) => summary.other += 1,
                Err(e) => issue(
                    &mut summary,
                    &o.path,
                    format!("cannot create: {}", crate::error::io_message(&e)),
                ),
            }
        }
        // Metadata: files and others, then directories deepest first.
        let names = Names::load();
        let root = sys::is_root();
        // In parallel: on a tree of small files this is several system calls per file.
        let entries: Vec<&Planned> = files
            .iter()
            .zip(&link_to)
            .filter(|(_, l)| l.is_none())
            .map(|(f, _)| f)
            .chain(&others)
            .collect();
        let issues: Vec<RestoreSummary> = entries
            .par_iter()
            .map(|p| {
                let mut s = RestoreSummary::default();
                set_metadata(&p.path, &p.node, &names, root, &mut s);
                s
            })
            .filter(|s| !s.issues.is_empty())
            .collect();
        summary
            .issues
            .extend(issues.into_iter().flat_map(|s| s.issues));
        for d in dirs.iter().rev() {
            set_metadata(&d.path, &d.node, &names, root, &mut summary);
        }
        Ok(summary)
    }

    /// Walks the snapshot's trees: directories (parents first), files, and other entries.
    #[allow(clippy::type_complexity)]
    fn plan(
        &self,
        snapshot: &Snapshot,
        only: Option<&Path>,
        target: &Path,
    ) -> Result<(Vec<Planned>, Vec<Planned>, Vec<Planned>)> {
        let (mut dirs, mut files, mut others) = (Vec::new(), Vec::new(), Vec::new());
        let start = only.unwrap_or(Path::new("/"));
        let node = self.find_node(snapshot, start)?;
        // The ancestors of a sub-path are created plainly (their metadata is not restored).
        let mut base = target.to_path_buf();
        let rel: Vec<&[u8]> = start
            .components()
            .filter_map(|c| match c {
                std::path::Component::Normal(n) => Some(n.as_bytes()),
                _ => None,
            })
            .collect();
        for (i, name) in rel.iter().enumerate() {
            if i + 1 < rel.len() {
                base = join(&base, name);
                make_dir(&base)?;
            }
        }
        let mut stack: Vec<(PathBuf, Node)> = Vec::new();
        if rel.is_empty() {
            // The whole snapshot: the root's children go straight into the target.
            let tree = self.load_tree(&snapshot.root)?;
            for n in tree.nodes.into_iter().rev() {
                stack.push((join(target, &n.name.clone()), n));
            }
        } else {
            stack.push((join(&base, rel[rel.len() - 1]), node));
        }
        while let Some((path, node)) = stack.pop() {
            match node.kind {
                NodeKind::Dir => {
                    let subtree = node.subtree.ok_or_else(|| {
                        Error::integrity(path.display().to_string(), "directory without a tree")
                    })?;
                    let tree = self.load_tree(&subtree)?;
                    for n in tree.nodes.into_iter().rev() {
                        stack.push((join(&path, &n.name.clone()), n));
                    }
                    dirs.push(Planned { path, node });
                }
                NodeKind::File => files.push(Planned { path, node }),
                _ => others.push(Planned { path, node }),
            }
        }
        Ok((dirs, files, others))
    }

    /// Reads every pack that holds content once, in coalesced ranges, in parallel, and writes
    /// each verified piece to its files. Returns the bytes written.
    fn write_contents(
        &self,
        files: &[Planned],
        link_to: &[Option<usize>],
        progress: &dyn Progress,
        requests: &mut u64,
    ) -> Result<u64> {
        // Pieces by blob, blobs by pack.
        let mut by_blob: HashMap<BlobId, Vec<Piece>> = HashMap::new();
        for (i, f) in files.iter().enumerate() {
            if link_to[i].is_some() {
                continue;
            }
            let mut at = 0u64;
            for c in &f.node.content {
                by_blob.entry(c.id).or_default().push(Piece {
                    file: i,
                    file_offset: at,
                    offset: c.offset,
                    len: c.len,
                });
                at += u64::from(c.len);
            }
        }
        let mut by_pack: HashMap<PackId, Vec<PackRead>> = HashMap::new();
        for (id, pieces) in by_blob {
            let (entry, record) = self.index().lookup(&id)?;
            by_pack
                .entry(record.id)
                .or_default()
                .push((entry, record, pieces));
        }
        let reads: Vec<_> = by_pack.into_values().collect();
        let counts: Vec<Result<(u64, u64)>> = reads
            .into_par_iter()
            // Per worker: the coalesced read and the decompressed blob, reused across packs.
            .map_init(
                || (Vec::new(), Vec::new()),
                |(bytes, scratch), blobs| self.restore_pack(blobs, files, progress, bytes, scratch),
            )
            .collect();
        let mut written = 0;
        for c in counts {
            let (w, r) = c?;
            written += w;
            *requests += r;
        }
        Ok(written)
    }

    /// Reads the blobs of one pack in coalesced ranges into `bytes`, opens and verifies each
    /// (decompressing into `scratch`) and writes its pieces. Returns bytes written and reads.
    fn restore_pack(
        &self,
        mut blobs: Vec<PackRead>,
        files: &[Planned],
        progress: &dyn Progress,
        bytes: &mut Vec<u8>,
        scratch: &mut Vec<u8>,
    ) -> Result<(u64, u64)> {
        blobs.sort_by_key(|(e, _, _)| e.offset);
        let record = blobs[0].1.clone();
        let what = format!("pack {}", record.id);
        let key = pack::unwrap_key(
            self.wrapping_key(),
            self.id(),
            &record.uid,
            &record.wrapped,
            &what,
        )?;
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
            self.backend()
                .get_range_into(&pack_name(&record.id), start, end - start, bytes)?;
            requests += 1;
            for (entry, _, pieces) in &blobs[i..=j] {
                let from = (u64::from(entry.offset) - start) as usize;
                let sealed = &mut bytes[from..from + entry.stored_len as usize];
                let what = format!("blob {} in pack {}", entry.id, record.id);
                let plain = pack::open_blob(
                    &aead,
                    &record.uid,
                    &entry.pack_entry(),
                    sealed,
                    self.chunk_id_key(),
                    &what,
                    scratch,
                )?;
                for p in pieces {
                    let data = plain
                        .get(p.offset as usize..p.offset as usize + p.len as usize)
                        .ok_or_else(|| {
                            Error::integrity(what.clone(), "content range outside the blob")
                        })?;
                    written += write_piece(&files[p.file].path, p.file_offset, data)?;
                    progress.bytes(u64::from(p.len));
                }
            }
            i = j + 1;
        }
        Ok((written, requests))
    }
}

/// Writes `data` at `offset` of the file at `path`, leaving out runs of zeros of a whole
/// 4 KiB block or more: the file was created at its full size, so they read back as zeros and
/// stay holes (sparse files stay sparse). Returns the bytes written.
fn write_piece(path: &Path, offset: u64, data: &[u8]) -> Result<u64> {
    const BLOCK: usize = 4096;
    let io = |e| Error::io(path.display().to_string(), e);
    let mut file = None;
    let mut written = 0u64;
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
    let mut run: Option<usize> = None; // start of the current run of non-zero blocks
    for w in bounds.windows(2) {
        let (a, b) = (w[0], w[1]);
        let zero = b - a == BLOCK && data[a..b].iter().all(|&x| x == 0);
        match (zero, run) {
            (false, None) => run = Some(a),
            (true, Some(start)) => {
                written += write_at(&mut file, path, offset + start as u64, &data[start..a])
                    .map_err(io)?;
                run = None;
            }
            _ => {}
        }
    }
    if let Some(start) = run {
        written += write_at(&mut file, path, offset + start as u64, &data[start..]).map_err(io)?;
    }
    Ok(written)
}

fn write_at(
    file: &mut Option<fs::File>,
    path: &Path,
    offset: u64,
    data: &[u8],
) -> std::io::Result<u64> {
    if file.is_none() {
        *file = Some(
            OpenOptions::new()
                .write(true)
                .custom_flags(libc::O_NOFOLLOW)
                .open(path)?,
        );
    }
    file.as_ref().expect("opened").write_all_at(data, offset)?;
    Ok(data.len() as u64)
}

/// Removes whatever is at `path` unless it is a directory we can use; never follows symlinks.
fn replace_existing(path: &Path) -> Result<()> {
    match fs::symlink_metadata(path) {
        Ok(md) if md.is_dir() => fs::remove_dir_all(path),
        Ok(_) => fs::remove_file(path),
        Err(_) => Ok(()),
    }
    .map_err(|e| Error::io(path.display().to_string(), e))
}

/// Creates a directory, replacing a symlink or file in its place (so that nothing below it
/// can be written through a link that points outside the target).
fn make_dir(path: &Path) -> Result<()> {
    match fs::symlink_metadata(path) {
        Ok(md) if md.is_dir() => return Ok(()),
        Ok(_) => fs::remove_file(path).map_err(|e| Error::io(path.display().to_string(), e))?,
        Err(_) => {}
    }
    fs::create_dir(path).map_err(|e| Error::io(path.display().to_string(), e))?;
    // Owner needs write access until metadata is set at the end.
    fs::set_permissions(path, fs::Permissions::from_mode(0o700))
        .map_err(|e| Error::io(path.display().to_string(), e))
}

fn issue(summary: &mut RestoreSummary, path: &Path, message: String) {
    summary.issues.push(BackupIssue {
        path: path.as_os_str().as_bytes().to_vec(),
        message,
        skipped: false,
    });
}

/// Ownership (as root), mode, extended attributes and times, in that order (chown clears
/// setuid bits, so the mode comes after it; times come last because the others change ctime
/// only).
fn set_metadata(path: &Path, node: &Node, names: &Names, root: bool, summary: &mut RestoreSummary) {
    let link = node.kind == NodeKind::Symlink;
    if root {
        let uid = names.uid_of(&node.user).unwrap_or(node.uid);
        let gid = names.gid_of(&node.group).unwrap_or(node.gid);
        if let Err(e) = std::os::unix::fs::lchown(path, Some(uid), Some(gid)) {
            issue(
                summary,
                path,
                format!("cannot set owner: {}", crate::error::io_message(&e)),
            );
        }
    }
    if !link && let Err(e) = fs::set_permissions(path, fs::Permissions::from_mode(node.mode)) {
        issue(
            summary,
            path,
            format!("cannot set mode: {}", crate::error::io_message(&e)),
        );
    }
    for (k, v) in &node.xattrs {
        if let Err(e) = xattr::set(path, std::ffi::OsStr::from_bytes(k), v) {
            issue(
                summary,
                path,
                format!(
                    "cannot set extended attribute: {}",
                    crate::error::io_message(&e)
                ),
            );
        }
    }
    if let Err(e) = sys::set_times_nofollow(path, node.mtime_ns) {
        issue(
            summary,
            path,
            format!("cannot set times: {}", crate::error::io_message(&e)),
        );
    }
}
