//! One restore in progress: the order of the work, and what is decided about each entry.
//!
//! Directories first (parents first), then `delete`, then files (created under temporary names
//! in parallel, filled by `contents`, finished and renamed in parallel), hard links, symlinks
//! and special files, and directory metadata last (deepest first). An entry that cannot be
//! restored (damaged data, something in the way, a racing change in the target) is reported
//! and skipped; only a failure to reach the target itself stops the restore.

use std::collections::{HashMap, HashSet};
use std::ffi::{OsStr, OsString};
use std::os::fd::{AsFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rayon::prelude::*;

use super::target::{self, Existing, Owners};
use super::{Entry, ExistingAction, ExistingEntry, PlannedDir, RestoreOptions, RestoreSummary};
use crate::error::{Error, Result};
use crate::files::dirfd::{self, DirHandles, Identity};
use crate::files::fsmeta::Names;
use crate::files::snapshot::Snapshot;
use crate::files::tree::NodeKind;
use crate::progress::Progress;
use crate::store::repo::Repository;

/// Where a directory stands once it has been prepared.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum DirState {
    /// Usable: it was there or was made.
    Ready,
    /// Did not exist (dry run: would be made); everything below is new.
    Absent,
    /// Left in the way (the overwrite policy) or not made: nothing below is restored.
    Skipped,
}

/// A hard link to make: (entry, entry of the file it links to).
type Link = (usize, usize);

/// One regular file being restored.
pub(super) struct FileJob {
    pub(super) entry: usize,
    pub(super) tmp: OsString,
    pub(super) identity: Option<Identity>,
    decision: Existing,
}

/// Pieces of restored files, per blob: `len` bytes at `offset` of the blob go to
/// `file_offset` of file job `file`.
#[derive(Clone, Copy)]
pub(super) struct Piece {
    pub(super) file: usize,
    pub(super) file_offset: u64,
    pub(super) offset: u32,
    pub(super) len: u32,
}

/// Files (by entry) that could not be restored, and why; filled by parallel phases.
pub(super) type Failed = Mutex<HashMap<usize, String>>;

/// One restore in progress.
pub(super) struct Run<'a> {
    pub(super) repo: &'a Repository,
    pub(super) target: &'a Path,
    pub(super) options: &'a RestoreOptions,
    pub(super) progress: &'a dyn Progress,
    /// The snapshot's backed-up paths: `delete` acts only at or below them.
    pub(super) snapshot_paths: Vec<PathBuf>,
    pub(super) handles: Option<DirHandles>,
    pub(super) dir_state: Vec<DirState>,
    pub(super) dirs: Vec<PlannedDir>,
    pub(super) entries: Vec<Entry>,
    /// Random per restore: temporary names cannot be guessed or collide with another run's.
    pub(super) token: String,
    pub(super) names: Names,
    pub(super) root: bool,
    /// Entries that were to be restored and are not (for the hard links to them).
    pub(super) not_made: HashSet<usize>,
    pub(super) summary: RestoreSummary,
}

impl<'a> Run<'a> {
    pub(super) fn new(
        repo: &'a Repository,
        snapshot: &Snapshot,
        target: &'a Path,
        options: &'a RestoreOptions,
        progress: &'a dyn Progress,
        dirs: Vec<PlannedDir>,
        entries: Vec<Entry>,
    ) -> Result<Run<'a>> {
        let mut token = [0u8; 8];
        crate::primitives::random::fill(&mut token)?;
        Ok(Run {
            repo,
            target,
            options,
            progress,
            snapshot_paths: snapshot
                .paths
                .iter()
                .map(|p| PathBuf::from(OsStr::from_bytes(p)))
                .collect(),
            handles: None,
            dir_state: Vec::new(),
            dirs,
            entries,
            token: crate::primitives::id::hex(&token),
            names: Names::load(),
            root: rustix::process::geteuid().is_root(),
            not_made: HashSet::new(),
            summary: RestoreSummary::default(),
        })
    }

    /// Runs the restore into the open target `root` (`None`: a dry run into a directory that
    /// does not exist, where everything would be new).
    pub(super) fn run(mut self, root: Option<OwnedFd>) -> Result<RestoreSummary> {
        let Some(root) = root else {
            self.summary.dirs = self.dirs.iter().filter(|d| d.node.is_some()).count() as u64;
            for e in &self.entries {
                match e.node.kind {
                    NodeKind::File => self.summary.files += 1,
                    _ => self.summary.other += 1,
                }
            }
            return Ok(self.summary);
        };
        let mut handles = DirHandles::new(root);
        for d in &self.dirs {
            handles.add(d.parent, &d.name);
        }
        self.handles = Some(handles);
        self.prepare_dirs()?;
        crate::progress::check(self.progress)?;
        self.delete_extraneous()?;
        let (files, links) = self.create_files()?;
        if !self.options.dry_run {
            let failed = self.write_contents(&files)?;
            if self.progress.should_stop() {
                // Nothing half-written may look complete: every temporary file goes.
                self.discard_all(&files);
                return Err(Error::cancelled());
            }
            self.finish_files(&files, failed)?;
        }
        self.make_links(&links)?;
        self.make_others()?;
        self.finish_dirs();
        Ok(self.summary)
    }

    pub(super) fn handles(&self) -> &DirHandles {
        self.handles.as_ref().expect("set before use")
    }

    pub(super) fn state_of(&self, dir: Option<usize>) -> DirState {
        dir.map_or(DirState::Ready, |d| self.dir_state[d])
    }

    pub(super) fn local(&self, path: &Path, e: std::io::Error) -> Error {
        let _ = self;
        Error::io(path.display().to_string(), e)
    }

    fn owners(&self) -> Owners<'_> {
        Owners {
            names: &self.names,
            root: self.root,
        }
    }

    pub(super) fn existing(&mut self, path: &Path, action: ExistingAction) {
        self.summary.existing.push(ExistingEntry {
            path: path.to_path_buf(),
            action,
        });
    }

    /// Records entry `i`, which is not restored because `why`.
    fn not_restored(&mut self, i: usize, why: &str) {
        self.not_made.insert(i);
        let path = self.entries[i].path.clone();
        self.summary
            .issue(&path, format!("not restored: {why}"), true);
    }

    /// Records directory `i`, which is not restored because `e` happened to it.
    fn dir_not_restored(&mut self, i: usize, e: &std::io::Error) {
        let path = self.dirs[i].path.clone();
        let why = format!("not restored: {}", crate::error::io_message(e));
        self.summary.issue(&path, why, true);
    }

    /// Makes (or finds) every directory, parents first. A non-directory in the way is
    /// replaced if the policy allows, else left, and nothing below it is restored.
    fn prepare_dirs(&mut self) -> Result<()> {
        for i in 0..self.dirs.len() {
            crate::progress::check(self.progress)?;
            let state = match self.state_of(self.dirs[i].parent) {
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
        let (path, name, parent) = {
            let d = &self.dirs[i];
            (d.path.clone(), d.name.clone(), d.parent)
        };
        let parent = self
            .handles()
            .get(parent)
            .map_err(|e| self.local(&path, e))?;
        let there = target::look(parent.as_fd(), &name).map_err(|e| self.local(&path, e))?;
        let is_dir = there.as_ref().is_some_and(target::is_dir);
        let dry = self.options.dry_run;
        if there.is_some() && !is_dir {
            // Something else is where a directory goes: replace it, or leave it (and skip
            // everything below).
            let node = self.dirs[i].node.clone();
            let node =
                node.unwrap_or_else(|| crate::files::tree::Node::new(Vec::new(), NodeKind::Dir));
            if target::decide(there.as_ref(), &node, self.options.overwrite) == Existing::Leave {
                self.existing(&path, ExistingAction::Left);
                return Ok(DirState::Skipped);
            }
            if dry {
                self.existing(&path, ExistingAction::Replaced);
                return Ok(DirState::Absent);
            }
            target::make_room(parent.as_fd(), &name).map_err(|e| self.local(&path, e))?;
            self.existing(&path, ExistingAction::Replaced);
        } else if there.is_none() && dry {
            return Ok(DirState::Absent);
        }
        if !is_dir && let Err(e) = target::make_dir(parent.as_fd(), &name) {
            self.dir_not_restored(i, &e);
            return Ok(DirState::Skipped);
        }
        let opened =
            dirfd::open_dir_at(parent.as_fd(), &name).and_then(|fd| self.handles().opened(i, fd));
        if let Err(e) = opened {
            self.dir_not_restored(i, &e);
            return Ok(DirState::Skipped);
        }
        // After the directory exists and before anything is made in it (a test attacks here).
        self.progress.entry(&path);
        Ok(DirState::Ready)
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

    /// Records a decision that is final now (left) or, in a dry run, what would be done.
    /// Returns whether the entry goes on to be restored.
    fn record_decision(&mut self, i: usize, decision: Existing) -> bool {
        let path = self.entries[i].path.clone();
        match decision {
            Existing::Skip => false,
            Existing::Leave => {
                self.existing(&path, ExistingAction::Left);
                false
            }
            Existing::Replace if self.options.dry_run => {
                self.existing(&path, ExistingAction::Replaced);
                true
            }
            Existing::Replace | Existing::None => true,
        }
    }

    /// Decides what to do at entry `i`'s name and records it; `None` if the entry is not
    /// restored (left, skipped, or its name could not be looked at).
    fn decide_and_record(&mut self, i: usize) -> Option<Existing> {
        let decision = match self.decide(i) {
            Ok(d) => d,
            Err(e) => {
                self.not_restored(i, &crate::error::io_message(&e));
                return None;
            }
        };
        self.record_decision(i, decision).then_some(decision)
    }

    /// Decides what to do at every file's name and creates the temporary files of those to
    /// restore, in parallel. Returns the files to restore and the hard links to make.
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
        let decided: Vec<(usize, std::io::Result<Existing>)> = candidates
            .par_iter()
            .map(|&i| (i, self.decide(i)))
            .collect();
        let mut jobs = Vec::new();
        for (i, decision) in decided {
            let decision = match decision {
                Ok(d) => d,
                Err(e) => {
                    self.not_restored(i, &crate::error::io_message(&e));
                    continue;
                }
            };
            if self.record_decision(i, decision) {
                jobs.push(FileJob {
                    entry: i,
                    tmp: target::temp_name(&self.token, i),
                    identity: None,
                    decision,
                });
            }
        }
        if self.options.dry_run {
            self.summary.files += jobs.len() as u64;
            return Ok((jobs, links));
        }
        crate::progress::check(self.progress)?;
        let made: Vec<std::io::Result<Identity>> = jobs
            .par_iter()
            .map(|j| {
                let e = &self.entries[j.entry];
                let dir = self.handles().get(e.dir)?;
                target::create_file(dir.as_fd(), &j.tmp, e.node.size)
            })
            .collect();
        let mut created = Vec::with_capacity(jobs.len());
        for (mut j, id) in jobs.into_iter().zip(made) {
            match id {
                Ok(id) => {
                    j.identity = Some(id);
                    created.push(j);
                }
                Err(e) => self.not_restored(j.entry, &crate::error::io_message(&e)),
            }
        }
        Ok((created, links))
    }

    /// Removes the temporary file of every job (a cancelled restore).
    fn discard_all(&self, files: &[FileJob]) {
        for j in files {
            if let Ok(dir) = self.handles().get(self.entries[j.entry].dir) {
                target::discard(dir.as_fd(), &j.tmp);
            }
        }
    }

    /// Sets each intact file's metadata and renames it into place; removes the others.
    fn finish_files(&mut self, files: &[FileJob], failed: Failed) -> Result<()> {
        let failed = failed
            .into_inner()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let owners = self.owners();
        let outcomes: Vec<std::io::Result<Vec<String>>> = files
            .par_iter()
            .map(|j| {
                let e = &self.entries[j.entry];
                let dir = self.handles().get(e.dir)?;
                if failed.contains_key(&j.entry) {
                    target::discard(dir.as_fd(), &j.tmp);
                    return Ok(Vec::new());
                }
                let replace = j.decision == Existing::Replace;
                let result = target::finish_file(
                    dir.as_fd(),
                    &j.tmp,
                    &e.name,
                    j.identity.expect("created"),
                    replace,
                    &e.node,
                    &owners,
                );
                if result.is_err() {
                    target::discard(dir.as_fd(), &j.tmp);
                } else {
                    self.progress.entry(&e.path);
                }
                result
            })
            .collect();
        for (j, outcome) in files.iter().zip(outcomes) {
            let path = self.entries[j.entry].path.clone();
            if let Some(why) = failed.get(&j.entry) {
                self.not_restored(j.entry, why);
                continue;
            }
            match outcome {
                Ok(problems) => {
                    self.summary.files += 1;
                    if j.decision == Existing::Replace {
                        self.existing(&path, ExistingAction::Replaced);
                    }
                    for p in problems {
                        self.summary.issue(&path, p, false);
                    }
                }
                Err(e) => self.not_restored(j.entry, &crate::error::io_message(&e)),
            }
        }
        Ok(())
    }

    /// Makes the hard links: to the restored file, or to the one left in its place.
    fn make_links(&mut self, links: &[Link]) -> Result<()> {
        for &(i, first) in links {
            crate::progress::check(self.progress)?;
            let path = self.entries[i].path.clone();
            let first_missing = self.not_made.contains(&first)
                || self.state_of(self.entries[first].dir) == DirState::Skipped;
            if self.state_of(self.entries[i].dir) == DirState::Skipped {
                continue;
            }
            let Some(decision) = self.decide_and_record(i) else {
                continue;
            };
            if first_missing {
                self.not_restored(i, "the file it is a hard link of was not restored");
                continue;
            }
            if self.options.dry_run {
                self.summary.files += 1;
                continue;
            }
            let made = (|| {
                let (f, e) = (&self.entries[first], &self.entries[i]);
                let from = self.handles().get(f.dir)?;
                let dir = self.handles().get(e.dir)?;
                if decision == Existing::Replace && !target::make_room(dir.as_fd(), &e.name)? {
                    return Err(target::blocked());
                }
                target::link(from.as_fd(), &f.name, dir.as_fd(), &e.name)
            })();
            match made {
                Ok(()) => {
                    self.summary.files += 1;
                    if decision == Existing::Replace {
                        self.existing(&path, ExistingAction::Replaced);
                    }
                    self.progress.entry(&path);
                }
                Err(e) => self.not_restored(i, &crate::error::io_message(&e)),
            }
        }
        Ok(())
    }

    /// Symlinks, FIFOs and devices (devices need root), each made in a private staging
    /// directory, given its metadata there and moved into place.
    fn make_others(&mut self) -> Result<()> {
        for i in 0..self.entries.len() {
            if self.entries[i].node.kind == NodeKind::File {
                continue;
            }
            crate::progress::check(self.progress)?;
            let path = self.entries[i].path.clone();
            let Some(decision) = self.decide_and_record(i) else {
                continue;
            };
            if self.options.dry_run {
                self.summary.other += 1;
                continue;
            }
            let stage = target::stage_name(&self.token, i);
            let made = (|| {
                let e = &self.entries[i];
                let dir = self.handles().get(e.dir)?;
                let replace = decision == Existing::Replace;
                target::make_other(
                    dir.as_fd(),
                    &stage,
                    &e.name,
                    replace,
                    &e.node,
                    &self.owners(),
                )
            })();
            match made {
                Ok(Some(problems)) => {
                    self.summary.other += 1;
                    if decision == Existing::Replace {
                        self.existing(&path, ExistingAction::Replaced);
                    }
                    for p in problems {
                        self.summary.issue(&path, p, false);
                    }
                }
                Ok(None) => {} // sockets are recorded, not recreated
                Err(e) => self.not_restored(i, &crate::error::io_message(&e)),
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
        for i in (0..self.dirs.len()).rev() {
            if self.dir_state[i] != DirState::Ready {
                continue;
            }
            let Some(node) = &self.dirs[i].node else {
                continue;
            };
            let problems = match self.handles().get(Some(i)) {
                Ok(fd) => target::finish_dir(fd.as_fd(), node, &self.owners()),
                Err(e) => vec![format!(
                    "cannot set metadata: {}",
                    crate::error::io_message(&e)
                )],
            };
            let path = self.dirs[i].path.clone();
            for p in problems {
                self.summary.issue(&path, p, false);
            }
        }
    }
}
