//! The snapshot history a provider cannot rewrite unnoticed.
//!
//! A snapshot may only disappear by decision: `forget` writes a sealed forget record naming
//! it before deleting it. So a snapshot that is gone without a forget record was deleted by
//! someone with access to storage but not to the keys, or the provider serves an older state
//! of the repository (a rollback). Two kinds of evidence name snapshots that must exist:
//! - what this machine has seen: the state directory remembers every snapshot it listed or
//!   saved, as the last check accepted them;
//! - what later snapshots name: each snapshot names its parent, the previous snapshot of its
//!   group and the newest snapshot of every group its writer saw (`Snapshot::seen`).
//!
//! What this cannot detect (`SECURITY.md`, "Rollback"): a provider that serves a consistent old
//! state to a client that has never seen the newer one (a new machine, a wiped state
//! directory), where no present snapshot names a withheld one.

use std::collections::HashSet;

use rayon::prelude::*;

use crate::error::{Error, Result};
use crate::files::forget::FORGET_MAGIC;
use crate::files::snapshot::SnapshotList;
use crate::primitives::id::ObjectId;
use crate::store::layout::{Object, ObjectKind};
use crate::store::lifecycle::records::IdList;
use crate::store::repo::{Repository, Unreadable, is_damage};

/// A snapshot that must exist and does not, and how we know.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct MissingSnapshot {
    /// The missing snapshot.
    pub id: ObjectId,
    /// Why it must exist: "seen by this machine", "named by snapshot 1a2b3c4d (its parent)".
    pub evidence: String,
}

/// The result of checking the snapshot history.
#[derive(Debug, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct HistoryCheck {
    /// Snapshots gone without a forget record.
    pub missing: Vec<MissingSnapshot>,
    /// Forget records read.
    pub forget_records: usize,
    /// Forget records that could not be read (a snapshot they name may be reported missing).
    pub unreadable: Vec<Unreadable>,
}

impl HistoryCheck {
    /// Whether no snapshot is missing.
    pub fn is_ok(&self) -> bool {
        self.missing.is_empty()
    }
}

/// Checks `list` (the repository's snapshots now) against the evidence; remembers it as seen
/// when nothing is missing, or when `accept` (the user accepts the loss).
pub(crate) fn check(repo: &Repository, list: &SnapshotList, accept: bool) -> Result<HistoryCheck> {
    let mut report = HistoryCheck::default();
    let forgotten = forgotten(repo, &mut report)?;
    let mut present: HashSet<ObjectId> = list.snapshots.iter().map(|s| s.id).collect();
    // A damaged snapshot is present (and reported as damage elsewhere), not missing.
    present.extend(
        list.unreadable
            .iter()
            .filter_map(|u| match Object::parse(&u.object) {
                Some(Object::Snapshot(id)) => Some(id),
                _ => None,
            }),
    );
    let gone = |id: &ObjectId| !present.contains(id) && !forgotten.contains(id);
    let mut reported = HashSet::new();
    let state = repo.local_state();
    for id in state.and_then(|s| s.seen_snapshots()).unwrap_or_default() {
        if gone(&id) && reported.insert(id) {
            report.missing.push(MissingSnapshot {
                id,
                evidence: "seen in this repository by this machine before".into(),
            });
        }
    }
    for s in &list.snapshots {
        let named = [
            (s.parent, "its parent"),
            (s.previous, "the previous one of its group"),
        ]
        .into_iter()
        .filter_map(|(id, how)| id.map(|id| (id, how)))
        .chain(s.seen.iter().map(|id| (*id, "seen by its writer")));
        for (id, how) in named {
            if gone(&id) && reported.insert(id) {
                report.missing.push(MissingSnapshot {
                    id,
                    evidence: format!("named by snapshot {} ({how})", s.short_id()),
                });
            }
        }
    }
    report.missing.sort_by_key(|m| m.id);
    if let Some(state) = state
        && (report.missing.is_empty() || accept)
    {
        // Best effort, as the slot order: a read-only state directory must not stop a restore.
        let _ = state.set_seen_snapshots(&present.into_iter().collect::<Vec<_>>());
    }
    Ok(report)
}

/// Every snapshot some readable forget record names.
fn forgotten(repo: &Repository, report: &mut HistoryCheck) -> Result<HashSet<ObjectId>> {
    let listed = repo.list(ObjectKind::Forget)?;
    let read: Vec<(String, Result<IdList>)> = listed
        .into_par_iter()
        .map(|o| {
            let list = match Object::parse(&o.name) {
                Some(object @ Object::Forget(_)) => repo
                    .get_sealed(object, FORGET_MAGIC)
                    .and_then(|body| IdList::decode(&body, &o.name)),
                _ => Err(Error::integrity(
                    o.name.as_str(),
                    "not a forget record's name",
                )),
            };
            (o.name, list)
        })
        .collect();
    let mut ids = HashSet::new();
    for (object, list) in read {
        match list {
            Ok(l) => {
                report.forget_records += 1;
                ids.extend(l.ids.into_iter().map(ObjectId::from_bytes));
            }
            Err(error) if is_damage(&error) => report.unreadable.push(Unreadable { object, error }),
            Err(e) => return Err(e),
        }
    }
    Ok(ids)
}

/// Adds a snapshot this machine saved to what it has seen (best effort).
pub(crate) fn remember_saved(repo: &Repository, id: ObjectId) {
    if let Some(state) = repo.local_state() {
        let mut seen = state.seen_snapshots().unwrap_or_default();
        seen.push(id);
        let _ = state.set_seen_snapshots(&seen);
    }
}
