//! Reporting progress of long operations, and asking them to stop.
//!
//! Backup, restore, check and index repair call a [`Progress`] as they go and ask it
//! [`Progress::should_stop`] often (at least every ~100 ms of work): a `true` makes the
//! operation stop cleanly with [`crate::ErrorKind::Cancelled`]. A cancelled backup writes no
//! snapshot (what it stored is flushed and deduplicated against by the next one); a cancelled
//! restore leaves no file that looks complete.

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::error::{Error, Result};

/// A problem met by a long operation on a path: a file that could not be read, or changed
/// while read (backup), or an entry that could not be restored (restore). Recorded in
/// snapshots (`FORMAT.md`, "Snapshots").
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct BackupIssue {
    /// The path, as bytes.
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::serialize::lossy"))]
    pub path: Vec<u8>,
    /// What went wrong.
    pub message: String,
    /// `true` if the entry is missing from the snapshot (unreadable), `false` if it was stored
    /// but may be inconsistent (changed while being read).
    pub skipped: bool,
}

/// Reports progress of long operations. Every method has a default that does nothing.
pub trait Progress: Sync {
    /// `bytes` of file content were read (or taken unchanged from the parent), or restored.
    fn bytes(&self, _bytes: u64) {}
    /// A file or directory entry was done.
    fn entry(&self, _path: &Path) {}
    /// A problem was met; the operation goes on.
    fn issue(&self, _issue: &BackupIssue) {}
    /// Whether the operation should stop now (asked often; must be cheap).
    fn should_stop(&self) -> bool {
        false
    }
}

/// A [`Progress`] that reports nothing.
pub struct NoProgress;
impl Progress for NoProgress {}

/// A [`Progress`] that reports nothing and stops once [`CancelFlag::cancel`] is called (from
/// any thread: a signal handler's flag, a UI's stop button).
#[derive(Debug, Default)]
pub struct CancelFlag(AtomicBool);

impl CancelFlag {
    /// A flag not yet set.
    pub fn new() -> CancelFlag {
        CancelFlag::default()
    }

    /// Asks the operation watching this flag to stop.
    pub fn cancel(&self) {
        self.0.store(true, Ordering::Relaxed);
    }
}

impl Progress for CancelFlag {
    fn should_stop(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }
}

/// `Err(Cancelled)` if `progress` asks to stop.
pub(crate) fn check(progress: &dyn Progress) -> Result<()> {
    if progress.should_stop() {
        Err(Error::cancelled())
    } else {
        Ok(())
    }
}
