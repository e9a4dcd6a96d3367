//! The prune lease: one prune at a time, on storage without conditional writes.
//!
//! A prune writes its lease (a presence under `locks/`), proves that storage lets it delete
//! (append-only storage must stop it before it changes anything), waits a settle interval so
//! that a competitor's lease written at nearly the same time is visible, and lists the leases.
//! Among those alive, the one that started first by the store's clock wins, ties broken by id:
//! every prune computes the same winner from the same listing, and the others stop.

use std::time::{Duration, SystemTime};

use crate::error::{Error, Result};
use crate::store::lifecycle::presence::{self, Presence, PresenceKind};
use crate::store::repo::Repository;

/// A lease this client holds.
#[derive(Debug)]
pub(crate) struct Lease {
    presence: Presence,
    /// The store's time when the lease was confirmed (its newest object's modification
    /// time): the `now` every age in this prune is measured against.
    pub(crate) now: SystemTime,
}

/// Writes a presence of `kind` and removes one of its objects again: an error (a conflict)
/// if storage refuses to delete, with the presence ended as far as storage allows.
pub(crate) fn probe_delete(repo: &Repository, kind: PresenceKind) -> Result<Presence> {
    let clock = &repo.lifecycle().clock;
    let mut presence = Presence::start(repo, kind, clock)?;
    let refused = presence
        .refresh(repo, clock)
        .and_then(|_| presence.refresh(repo, clock));
    let refused = match refused {
        Ok(None) => return Ok(presence),
        Ok(Some(e)) | Err(e) => e,
    };
    let _ = presence.end(repo);
    Err(Error::conflict(
        refused.object().map(str::to_string),
        format!(
            "storage refused a delete ({refused}): prune and forget need storage that can \
             delete; nothing was changed (on append-only storage, run them from a machine \
             whose credentials may delete: SECURITY.md, \"Append-only storage\")"
        ),
    ))
}

/// Takes the prune lease, or fails with a conflict naming the prune that holds it.
pub(crate) fn acquire(repo: &Repository, settle: Duration) -> Result<Lease> {
    let presence = probe_delete(repo, PresenceKind::Lease)?;
    std::thread::sleep(settle);
    let listed = presence::list(repo, PresenceKind::Lease);
    let (leases, _unreadable) = match listed {
        Ok(l) => l,
        Err(e) => {
            let _ = presence.end(repo);
            return Err(e);
        }
    };
    let Some(mine) = leases.iter().find(|l| l.id == presence.id()) else {
        let _ = presence.end(repo);
        return Err(Error::conflict(
            None,
            "the lease just written is not in the listing of locks/ (storage listings lag?); \
             try again",
        ));
    };
    let now = mine.last_seen;
    let expiry = repo.lifecycle().presence_expiry;
    let winner = leases
        .iter()
        .filter(|l| l.alive(now, expiry))
        .filter_map(|l| l.started.map(|s| (s, l.id, l)))
        .min_by_key(|(s, id, _)| (*s, *id))
        .map(|(_, _, l)| l);
    match winner {
        Some(w) if w.id != presence.id() => {
            let _ = presence.end(repo);
            let since = w
                .started
                .map(|s| {
                    crate::store::lifecycle::gc::human(now.duration_since(s).unwrap_or_default())
                })
                .unwrap_or_default();
            Err(Error::conflict(
                Some(format!("locks/{}", w.id)),
                format!(
                    "another prune holds the lease (host {}, process {}, started {since} ago); \
                     it is presumed dead {} after its last sign of life",
                    w.host,
                    w.pid,
                    crate::store::lifecycle::gc::human(expiry)
                ),
            ))
        }
        _ => Ok(Lease { presence, now }),
    }
}

impl Lease {
    /// Shows the lease is still alive (long prunes call it between steps).
    pub(crate) fn refresh(&mut self, repo: &Repository) -> Result<()> {
        self.presence
            .refresh(repo, &repo.lifecycle().clock)
            .map(|_| ())
    }

    /// Gives the lease up.
    pub(crate) fn release(self, repo: &Repository) {
        let _ = self.presence.end(repo);
    }
}
