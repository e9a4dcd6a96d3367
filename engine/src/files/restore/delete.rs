//! `delete`: what the snapshot does not have is removed from the restored directories that
//! hold a whole backed-up directory, never from the ancestors that only lead to one.

use std::collections::{HashMap, HashSet};
use std::ffi::{OsStr, OsString};
use std::os::fd::AsFd;
use std::path::{Path, PathBuf};

use super::ExistingAction;
use super::run::{DirState, Run};
use super::target;
use crate::error::Result;
use crate::files::dirfd;

impl Run<'_> {
    /// Whether `delete` may remove what the snapshot lacks in directory `dir` (`None`: the
    /// target): only where the snapshot holds a whole backed-up directory (or the restored
    /// sub-path), never in an ancestor that holds only the way down to one.
    fn complete(&self, dir: Option<usize>) -> bool {
        let path = dir.map_or(self.target, |d| &self.dirs[d].path);
        let Ok(rel) = path.strip_prefix(self.target) else {
            return false;
        };
        let in_snapshot = Path::new("/").join(rel);
        match &self.options.only {
            Some(only) => in_snapshot.starts_with(only),
            None => self
                .snapshot_paths
                .iter()
                .any(|p| in_snapshot.starts_with(p)),
        }
    }

    /// `delete`: removes from every restored directory that holds a whole backed-up
    /// directory what the snapshot does not have there.
    pub(super) fn delete_extraneous(&mut self) -> Result<()> {
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
        let scopes: Vec<Option<usize>> = std::iter::once(None)
            .filter(|_| self.options.only.is_none())
            .chain((0..self.dirs.len()).map(Some))
            .filter(|&d| {
                self.state_of(d) == DirState::Ready
                    && d.is_none_or(|i| self.dirs[i].node.is_some())
                    && self.complete(d)
            })
            .collect();
        let mut doomed: Vec<(Option<usize>, OsString, PathBuf)> = Vec::new();
        for scope in scopes {
            let path = self.handles().path(self.target, scope);
            let fd = self
                .handles()
                .get(scope)
                .map_err(|e| self.local(&path, e))?;
            let names = dirfd::list(fd.as_fd()).map_err(|e| self.local(&path, e))?;
            let keep = wanted.get(&scope);
            for n in names {
                if !keep.is_some_and(|k| k.contains(n.as_os_str()))
                    && !target::is_temp_name(&self.token, &n)
                {
                    let p = path.join(&n);
                    doomed.push((scope, n, p));
                }
            }
        }
        for (scope, name, path) in doomed {
            if !self.options.dry_run {
                let removed = self
                    .handles()
                    .get(scope)
                    .and_then(|fd| target::remove_tree(fd.as_fd(), &name));
                if let Err(e) = removed {
                    let why = format!("not deleted: {}", crate::error::io_message(&e));
                    self.summary.issue(&path, why, false);
                    continue;
                }
            }
            self.existing(&path, ExistingAction::Deleted);
        }
        Ok(())
    }
}
