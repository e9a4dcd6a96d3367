//! The lifecycle of stored data: what lets a repository shrink while backups keep running.
//!
//! `presence` (writer sessions and prune leases), `pending` (packs marked for deletion),
//! `records` (the id-list body those and forget records share) and `gc` (mark and sweep,
//! given the blobs in use). The rules that make it safe are in `gc`'s docs and `SECURITY.md`.

pub(crate) mod gc;
pub(crate) mod lease;
pub(crate) mod pending;
pub(crate) mod presence;
pub(crate) mod records;

use std::time::Duration;

use crate::clock::Clock;

/// Timing of sessions and leases (part of [`crate::OpenOptions`]).
#[derive(Clone, Debug)]
pub struct Lifecycle {
    /// How often a writing handle shows it is alive (a new session heartbeat). Default 5 min.
    pub session_refresh: Duration,
    /// How long after its last heartbeat (by the store's clock) a session or a prune's lease is
    /// presumed dead. Default 1 h. A handle that wrote nothing for half of it (a laptop asleep
    /// mid-backup, a service left idle) renews its session on its next call, and that call
    /// fails if anything was stored since the last snapshot was saved (a prune may have
    /// deleted what it needs).
    pub presence_expiry: Duration,
    /// This client's clock, for its own intervals only (tests run days in a moment).
    pub clock: Clock,
}

impl Default for Lifecycle {
    fn default() -> Lifecycle {
        Lifecycle {
            session_refresh: Duration::from_secs(5 * 60),
            presence_expiry: Duration::from_secs(60 * 60),
            clock: Clock::system(),
        }
    }
}
