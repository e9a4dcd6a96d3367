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
mod target;

use std::collections::{HashMap, HashSet};
use std::ffi::{OsStr, OsString};
use std::io::Write;
use std::os::fd::AsFd;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rayon::prelude::*;

use crate::backup::Progress;
use crate::dirfd::{self, DirHandles, Identity};
use crate::error::{Error, Result};
use crate::fsmeta::Names;
use crate::id::BlobId;
use crate::repo::Repository;
use crate::snapshot::{BackupIssue, Snapshot};
use crate::tree::{Node, NodeKind};
use target::{Existing, Owners};

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
pub struct ExistingEntry {
    /// Its path.
    pub path: PathBuf,
    /// What was done.
    pub action: ExistingAction,
}

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

/// Where a directory stands once it has been prepared.
#[derive(Clone, Copy, PartialEq, Eq)]
enum DirState {
    /// Usable: it was there or was made.
    Ready,
    /// Did not exist (dry run: would be made); everything below is new.
    Absent,
    /// Could not be made or was left in the way: nothing below is restored.
    Skipped,
}

/// A hard link to make: (entry, entry of the file it links to).
type Link = (usize, usize);

/// One regular file being restored.
struct FileJob {
    entry: usize,
    tmp: OsString,
    identity: Option<Identity>,
    decision: Existing,
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

    /// Restores `snapshot` (or only `options.only`) below `target`, which may exist. Entries
    /// whose data is damaged or missing are not restored and are listed in the summary (with
    /// `skipped` set); every intact one is. Fails only when the restore cannot go on: the
    /// snapshot's trees cannot be read, or the target cannot be written.
    pub fn restore(
        &self,
        snapshot: &Snapshot,
        target: &Path,
        options: &RestoreOptions,
        progress: &dyn Progress,
    ) -> Result<RestoreSummary> {
        let (dirs, entries) = self.plan(snapshot, options.only.as_deref(), target)?;
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
        let mut token = [0u8; 8];
        crate::random::fill(&mut token)?;
        let mut run = Run {
            repo: self,
            target,
            options,
            progress,
            handles: None,
            dir_state: Vec::new(),
            dirs,
            entries,
            token: crate::id::hex(&token),
            summary: RestoreSummary::default(),
        };
        let Some(root) = root else {
            // A dry run into a directory that does not exist: everything would be new.
            run.summary.dirs = run.dirs.iter().filter(|d| d.node.is_some()).count() as u64;
            for e in &run.entries {
                match e.node.kind {
                    NodeKind::File => run.summary.files += 1,
                    _ => run.summary.other += 1,
                }
            }
            return Ok(run.summary);
        };
        let mut handles = DirHandles::new(root);
        for d in &run.dirs {
            handles.add(d.parent, &d.name);
        }
        run.handles = Some(handles);
        run.prepare_dirs()?;
        run.delete_extraneous()?;
        let (files, links) = run.create_files()?;
        if !options.dry_run {
            let damaged = run.write_contents(&files)?;
            run.finish_files(&files, &damaged)?;
            run.make_links(&files, &links, &damaged)?;
        }
        run.make_others()?;
        run.finish_dirs();
        Ok(run.summary)
    }

    /// Walks the snapshot's trees: directories (parents first) and everything else.
    fn plan(
        &self,
        snapshot: &Snapshot,
        only: Option<&Path>,
        target: &Path,
    ) -> Result<(Vec<PlannedDir>, Vec<Entry>)> {
        let (mut dirs, mut entries) = (Vec::<PlannedDir>::new(), Vec::new());
        let start = only.unwrap_or(Path::new("/"));
        let node = self.find_node(snapshot, start)?;
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
            let tree = self.load_tree(&id)?;
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
}

/// One restore in progress.
struct Run<'a> {
    repo: &'a Repository,
    target: &'a Path,
    options: &'a RestoreOptions,
    progress: &'a dyn Progress,
    handles: Option<DirHandles>,
    dir_state: Vec<DirState>,
    dirs: Vec<PlannedDir>,
    entries: Vec<Entry>,
    /// Random per restore: temporary names cannot be guessed or collide with another run's.
    token: String,
    summary: RestoreSummary,
}

impl Run<'_> {
    fn handles(&self) -> &DirHandles {
        self.handles.as_ref().expect("set before use")
    }

    fn state_of(&self, dir: Option<usize>) -> DirState {
        dir.map_or(DirState::Ready, |d| self.dir_state[d])
    }

    fn local(&self, path: &Path, e: std::io::Error) -> Error {
        let _ = self;
        Error::io(path.display().to_string(), e)
    }

    fn existing(&mut self, path: &Path, action: ExistingAction) {
        self.summary.existing.push(ExistingEntry {
            path: path.to_path_buf(),
            action,
        });
    }

    /// Makes (or finds) every directory, parents first. A non-directory in the way is
    /// replaced if the policy allows, else the directory and everything below is skipped.
    fn prepare_dirs(&mut self) -> Result<()> {
        for i in 0..self.dirs.len() {
            let parent = self.dirs[i].parent;
            let state = match self.state_of(parent) {
                DirState::Ready => self.prepare_dir(i)?,
                other => other,
            };
            self.dir_state.push(state);
            if state != DirState::Skipped && self.dirs[i].node.is_some() {
                self.summary.dirs += 1;
            }
        }
        Ok(())
    }

    fn prepare_dir(&mut self, i: usize) -> Result<DirState> {
        let d = &self.dirs[i];
        let (path, name) = (d.path.clone(), d.name.clone());
        let parent = self
            .handles()
            .get(d.parent)
            .map_err(|e| self.local(&path, e))?;
        let there = target::look(parent.as_fd(), &name).map_err(|e| self.local(&path, e))?;
        let dry = self.options.dry_run;
        let is_dir = there
            .as_ref()
            .is_some_and(|st| rustix::fs::FileType::from_raw_mode(st.st_mode).is_dir());
        if there.is_some() && !is_dir {
            let as_dir = d
                .node
                .clone()
                .unwrap_or_else(|| Node::new(Vec::new(), NodeKind::Dir));
            // Something else is where a directory goes: replace it, or skip the directory.
            let mut probe = as_dir;
            probe.kind = NodeKind::File; // any non-directory kind: "changed" for the policy
            if target::decide(there.as_ref(), &probe, self.options.overwrite) == Existing::Leave {
                self.existing(&path, ExistingAction::Left);
                self.summary.issue(
                    &path,
                    "not restored: something that is not a directory is in the way".into(),
                    true,
                );
                return Ok(DirState::Skipped);
            }
            self.existing(&path, ExistingAction::Replaced);
            if dry {
                return Ok(DirState::Absent);
            }
            target::make_room(parent.as_fd(), &name).map_err(|e| self.local(&path, e))?;
        } else if there.is_none() && dry {
            return Ok(DirState::Absent);
        }
        if !is_dir {
            target::make_dir(parent.as_fd(), &name).map_err(|e| self.local(&path, e))?;
        }
        let fd = dirfd::open_dir_at(parent.as_fd(), &name).map_err(|e| self.local(&path, e))?;
        self.handles()
            .opened(i, fd)
            .map_err(|e| self.local(&path, e))?;
        // After the directory exists and before anything is made in it (a test attacks here).
        self.progress.entry(&path);
        Ok(DirState::Ready)
    }

    /// `delete`: removes from every restored directory that existed what the snapshot does
    /// not have there.
    fn delete_extraneous(&mut self) -> Result<()> {
        if !self.options.delete {
            return Ok(());
        }
        let mut wanted: HashMap<Option<usize>, HashSet<&OsStr>> = HashMap::new();
        for d in &self.dirs {
            wanted.entry(d.parent).or_default().insert(&d.name);
        }
        for e in &self.entries {
            wanted.entry(e.dir).or_default().insert(&e.name);
        }
        // The target itself only when the whole snapshot is restored into it.
        let mut scopes: Vec<Option<usize>> = Vec::new();
        if self.options.only.is_none() {
            scopes.push(None);
        }
        scopes.extend(
            (0..self.dirs.len())
                .filter(|&i| self.dirs[i].node.is_some() && self.dir_state[i] == DirState::Ready)
                .map(Some),
        );
        let mut doomed: Vec<(Option<usize>, OsString, PathBuf)> = Vec::new();
        for scope in scopes {
            let fd = self
                .handles()
                .get(scope)
                .map_err(|e| self.local(self.target, e))?;
            let path = self.handles().path(self.target, scope);
            let names = dirfd::list(fd.as_fd()).map_err(|e| self.local(&path, e))?;
            let keep = wanted.get(&scope);
            for n in names {
                if keep.is_some_and(|k| k.contains(n.as_os_str()))
                    || target::is_temp_name(&self.token, &n)
                {
                    continue;
                }
                let p = path.join(&n);
                doomed.push((scope, n, p));
            }
        }
        for (scope, name, path) in doomed {
            if !self.options.dry_run {
                let fd = self
                    .handles()
                    .get(scope)
                    .map_err(|e| self.local(&path, e))?;
                target::remove_tree(fd.as_fd(), &name).map_err(|e| self.local(&path, e))?;
            }
            self.existing(&path, ExistingAction::Deleted);
        }
        Ok(())
    }

    /// Decides what to do at every file's name and creates the temporary files of those to
    /// restore, in parallel. Returns the files to restore and the hard links to make, as
    /// (entry, file it links to).
    fn create_files(&mut self) -> Result<(Vec<FileJob>, Vec<Link>)> {
        // Hard links: the first path of an inode is restored, the others link to it.
        let mut first_path: HashMap<(u64, u64), usize> = HashMap::new();
        let mut candidates = Vec::new();
        let mut links = Vec::new();
        for (i, e) in self.entries.iter().enumerate() {
            if e.node.kind != NodeKind::File {
                continue;
            }
            if e.node.links > 1 {
                let key = (e.node.device, e.node.inode);
                if let Some(&first) = first_path.get(&key) {
                    links.push((i, first));
                    continue;
                }
                first_path.insert(key, i);
            }
            candidates.push(i);
        }
        let decided: Vec<(usize, Result<Existing, std::io::Error>)> = candidates
            .par_iter()
            .map(|&i| (i, self.decide(i)))
            .collect();
        let mut jobs = Vec::new();
        let mut skipped: HashSet<usize> = HashSet::new();
        for (i, decision) in decided {
            let path = self.entries[i].path.clone();
            match decision.map_err(|e| self.local(&path, e))? {
                Existing::Leave => {
                    self.existing(&path, ExistingAction::Left);
                    skipped.insert(i);
                }
                Existing::Skip => {
                    skipped.insert(i);
                }
                d => {
                    if d == Existing::Replace {
                        self.existing(&path, ExistingAction::Replaced);
                    }
                    jobs.push(FileJob {
                        entry: i,
                        tmp: target::temp_name(&self.token, i),
                        identity: None,
                        decision: d,
                    });
                }
            }
        }
        self.summary.files += (jobs.len() + links.len()) as u64;
        // Links to a file that is not restored are not made either.
        links.retain(|(_, first)| !skipped.contains(first));
        if self.options.dry_run {
            return Ok((jobs, links));
        }
        let made: Vec<Result<Identity>> = jobs
            .par_iter()
            .map(|j| {
                let e = &self.entries[j.entry];
                let dir = self
                    .handles()
                    .get(e.dir)
                    .map_err(|x| self.local(&e.path, x))?;
                target::create_file(dir.as_fd(), &j.tmp, e.node.size)
                    .map_err(|x| self.local(&e.path, x))
            })
            .collect();
        for (j, id) in jobs.iter_mut().zip(made) {
            j.identity = Some(id?);
        }
        Ok((jobs, links))
    }

    /// What to do at entry `i`'s name.
    fn decide(&self, i: usize) -> std::io::Result<Existing> {
        let e = &self.entries[i];
        match self.state_of(e.dir) {
            DirState::Skipped => return Ok(Existing::Skip),
            DirState::Absent => return Ok(Existing::None),
            DirState::Ready => {}
        }
        let dir = self.handles().get(e.dir)?;
        let there = target::look(dir.as_fd(), &e.name)?;
        Ok(target::decide(
            there.as_ref(),
            &e.node,
            self.options.overwrite,
        ))
    }

    fn blocked(&mut self, path: &Path) {
        self.existing(path, ExistingAction::Left);
        self.summary.issue(
            path,
            "not restored: a directory with entries is in the way (never removed)".into(),
            true,
        );
    }

    /// Sets each intact file's metadata and renames it into place; removes the damaged ones.
    fn finish_files(&mut self, files: &[FileJob], damaged: &HashMap<usize, String>) -> Result<()> {
        let names = Names::load();
        let owners = Owners {
            names: &names,
            root: rustix::process::geteuid().is_root(),
        };
        let outcomes: Vec<Result<Vec<String>>> = files
            .par_iter()
            .map(|j| {
                let e = &self.entries[j.entry];
                let dir = self
                    .handles()
                    .get(e.dir)
                    .map_err(|x| self.local(&e.path, x))?;
                if damaged.contains_key(&j.entry) {
                    target::discard(dir.as_fd(), &j.tmp);
                    return Ok(Vec::new());
                }
                if j.decision == Existing::Replace
                    && !target::make_room_for_file(dir.as_fd(), &e.name)
                        .map_err(|x| self.local(&e.path, x))?
                {
                    target::discard(dir.as_fd(), &j.tmp);
                    return Ok(vec![BLOCKED.to_string()]);
                }
                let id = j.identity.expect("created");
                let problems =
                    target::finish_file(dir.as_fd(), &j.tmp, &e.name, id, &e.node, &owners)
                        .map_err(|x| self.local(&e.path, x))?;
                self.progress.entry(&e.path);
                Ok(problems)
            })
            .collect();
        for (j, outcome) in files.iter().zip(outcomes) {
            let path = self.entries[j.entry].path.clone();
            if let Some(why) = damaged.get(&j.entry) {
                self.summary.files -= 1;
                self.summary
                    .issue(&path, format!("not restored: {why}"), true);
                continue;
            }
            for p in outcome? {
                if p == BLOCKED {
                    self.summary.files -= 1;
                    self.blocked(&path);
                } else {
                    self.summary.issue(&path, p, false);
                }
            }
        }
        Ok(())
    }

    /// Makes the hard links to restored files.
    fn make_links(
        &mut self,
        files: &[FileJob],
        links: &[Link],
        damaged: &HashMap<usize, String>,
    ) -> Result<()> {
        let restored: HashSet<usize> = files.iter().map(|j| j.entry).collect();
        for &(i, first) in links {
            let path = self.entries[i].path.clone();
            if !restored.contains(&first) || damaged.contains_key(&first) {
                self.summary.files -= 1;
                self.summary.issue(
                    &path,
                    "not restored: the file it is a hard link of was not restored".into(),
                    true,
                );
                continue;
            }
            let (f, e) = (&self.entries[first], &self.entries[i]);
            let (from_name, name) = (f.name.clone(), e.name.clone());
            let from = self
                .handles()
                .get(f.dir)
                .map_err(|x| self.local(&path, x))?;
            let dir = self
                .handles()
                .get(e.dir)
                .map_err(|x| self.local(&path, x))?;
            let decision = match self.state_of(e.dir) {
                DirState::Skipped => continue,
                _ => {
                    let there =
                        target::look(dir.as_fd(), &name).map_err(|x| self.local(&path, x))?;
                    target::decide(there.as_ref(), &e.node, self.options.overwrite)
                }
            };
            match decision {
                Existing::Leave => {
                    self.summary.files -= 1;
                    self.existing(&path, ExistingAction::Left);
                    continue;
                }
                Existing::Replace => {
                    if !target::make_room(dir.as_fd(), &name).map_err(|x| self.local(&path, x))? {
                        self.summary.files -= 1;
                        self.blocked(&path);
                        continue;
                    }
                    self.existing(&path, ExistingAction::Replaced);
                }
                Existing::None | Existing::Skip => {}
            }
            target::link(from.as_fd(), &from_name, dir.as_fd(), &name)
                .map_err(|x| self.local(&path, x))?;
            self.progress.entry(&path);
        }
        Ok(())
    }

    /// Symlinks, FIFOs and devices (devices need root; a failure is an issue).
    fn make_others(&mut self) -> Result<()> {
        let names = Names::load();
        let owners = Owners {
            names: &names,
            root: rustix::process::geteuid().is_root(),
        };
        for i in 0..self.entries.len() {
            if self.entries[i].node.kind == NodeKind::File {
                continue;
            }
            let decision = self
                .decide(i)
                .map_err(|x| self.local(&self.entries[i].path, x))?;
            let path = self.entries[i].path.clone();
            match decision {
                Existing::Skip => continue,
                Existing::Leave => {
                    self.existing(&path, ExistingAction::Left);
                    continue;
                }
                Existing::Replace => self.existing(&path, ExistingAction::Replaced),
                Existing::None => {}
            }
            if self.options.dry_run {
                self.summary.other += 1;
                continue;
            }
            let e = &self.entries[i];
            let dir = self
                .handles()
                .get(e.dir)
                .map_err(|x| self.local(&path, x))?;
            if decision == Existing::Replace
                && !target::make_room(dir.as_fd(), &e.name).map_err(|x| self.local(&path, x))?
            {
                self.blocked(&path);
                continue;
            }
            match target::make_other(dir.as_fd(), &e.name, &e.node, &owners) {
                Ok(Some(problems)) => {
                    self.summary.other += 1;
                    for p in problems {
                        self.summary.issue(&path, p, false);
                    }
                }
                Ok(None) => {} // sockets are recorded, not recreated
                Err(x) => self.summary.issue(
                    &path,
                    format!("cannot create: {}", crate::error::io_message(&x)),
                    false,
                ),
            }
        }
        Ok(())
    }

    /// Directory metadata, deepest first (setting a directory's times after its entries are
    /// made keeps them).
    fn finish_dirs(&mut self) {
        if self.options.dry_run {
            return;
        }
        let names = Names::load();
        let owners = Owners {
            names: &names,
            root: rustix::process::geteuid().is_root(),
        };
        for i in (0..self.dirs.len()).rev() {
            let Some(node) = &self.dirs[i].node else {
                continue;
            };
            if self.dir_state[i] != DirState::Ready {
                continue;
            }
            let path = self.dirs[i].path.clone();
            let problems = match self.handles().get(Some(i)) {
                Ok(fd) => target::finish_dir(fd.as_fd(), node, &owners),
                Err(e) => vec![format!(
                    "cannot set metadata: {}",
                    crate::error::io_message(&e)
                )],
            };
            for p in problems {
                self.summary.issue(&path, p, false);
            }
        }
    }
}

/// Marks a file whose place was taken by a non-empty directory after it was planned.
const BLOCKED: &str = "\0blocked";

/// Pieces of restored files, per blob: `len` bytes at `offset` of the blob go to
/// `file_offset` of file job `file`.
#[derive(Clone, Copy)]
struct Piece {
    file: usize,
    file_offset: u64,
    offset: u32,
    len: u32,
}

/// Collects what a parallel phase found wrong with each file.
type Damage = Mutex<HashMap<usize, String>>;
