//! Local state: what this machine remembers about a repository between runs.
//!
//! Unlike a cache, state may not be thrown away without losing something: the key slot this
//! machine opened last (tried first, so slots a provider slips in cannot lock the owner out),
//! and the snapshots it has seen (evidence against a provider that deletes or rolls back). It lives in one directory per repository id under a
//! root the embedder chooses ([`crate::OpenOptions::state_dir`]; the CLI defaults to
//! `$XDG_STATE_HOME/sealvault`). Files are written whole (temporary file, fsync, rename), the
//! directories are private (0700) and nothing secret is kept in them.

use std::fs;
use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::primitives::id::{ObjectId, RepoId, SlotId};

const LAST_SLOT: &str = "last-slot";
const SEEN_SNAPSHOTS: &str = "seen-snapshots";

/// The state directory of one repository.
#[derive(Debug, Clone)]
pub(crate) struct LocalState {
    dir: PathBuf,
}

impl LocalState {
    /// Opens (creating if needed) the state of repository `repo` below `root`.
    pub(crate) fn open(root: &Path, repo: RepoId) -> Result<LocalState> {
        let dir = root.join(repo.to_hex());
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(&dir)
            .map_err(|e| Error::io(dir.display().to_string(), e))?;
        Ok(LocalState { dir })
    }

    /// The slot this machine opened the repository with last, if it remembers one. An
    /// unreadable or malformed record is no record: it only orders the slots tried.
    pub(crate) fn last_slot(&self) -> Option<SlotId> {
        let text = fs::read_to_string(self.dir.join(LAST_SLOT)).ok()?;
        SlotId::from_hex(text.trim()).ok()
    }

    pub(crate) fn set_last_slot(&self, slot: SlotId) -> Result<()> {
        if self.last_slot() == Some(slot) {
            return Ok(());
        }
        self.write(LAST_SLOT, format!("{slot}\n").as_bytes())
    }

    /// The snapshots this machine has seen in the repository (listed, or saved by it), as a
    /// snapshot history check last accepted them. `None` if it remembers none.
    pub(crate) fn seen_snapshots(&self) -> Option<Vec<ObjectId>> {
        let text = fs::read_to_string(self.dir.join(SEEN_SNAPSHOTS)).ok()?;
        Some(
            text.lines()
                .filter_map(|l| ObjectId::from_hex(l.trim()).ok())
                .collect(),
        )
    }

    /// Replaces the snapshots remembered as seen.
    pub(crate) fn set_seen_snapshots(&self, ids: &[ObjectId]) -> Result<()> {
        let mut sorted = ids.to_vec();
        sorted.sort();
        sorted.dedup();
        let text: String = sorted.iter().map(|id| format!("{id}\n")).collect();
        self.write(SEEN_SNAPSHOTS, text.as_bytes())
    }

    /// Replaces `name` with `data` atomically and durably.
    fn write(&self, name: &str, data: &[u8]) -> Result<()> {
        let path = self.dir.join(name);
        let tmp = self.dir.join(format!(".{name}.{}.tmp", std::process::id()));
        let io = |e| Error::io(path.display().to_string(), e);
        let result = (|| {
            let mut f = fs::OpenOptions::new()
                .write(true)
                .create(true)
                .truncate(true)
                .mode(0o600)
                .custom_flags(rustix::fs::OFlags::NOFOLLOW.bits() as i32)
                .open(&tmp)?;
            f.write_all(data)?;
            f.sync_all()?;
            fs::rename(&tmp, &path)?;
            fs::File::open(&self.dir)?.sync_all()
        })();
        if result.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        result.map_err(io)
    }
}

#[cfg(test)]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    #[test]
    fn remembers_the_last_slot_per_repository_privately() {
        let root = tempfile::tempdir().unwrap();
        let (a, b) = (RepoId::from_bytes([1; 16]), RepoId::from_bytes([2; 16]));
        let sa = LocalState::open(root.path(), a).unwrap();
        assert_eq!(sa.last_slot(), None);
        let slot = SlotId::from_bytes([9; 16]);
        sa.set_last_slot(slot).unwrap();
        assert_eq!(
            LocalState::open(root.path(), a).unwrap().last_slot(),
            Some(slot)
        );
        assert_eq!(LocalState::open(root.path(), b).unwrap().last_slot(), None);
        let mode = fs::metadata(root.path().join(a.to_hex()))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o077, 0, "state directory is private: {mode:o}");
        // A damaged record is no record.
        fs::write(root.path().join(a.to_hex()).join(LAST_SLOT), b"not hex").unwrap();
        assert_eq!(sa.last_slot(), None);
    }
}
