//! Prune: free the space that no snapshot needs, while backups keep running elsewhere.
//!
//! This half knows snapshots: it takes the lease, refuses to go on while any snapshot, tree,
//! index segment, pending record or session cannot be read (a live set computed from what
//! happened to be readable would delete data), walks every tree of every snapshot to find
//! the blobs in use, and hands them to the store's garbage collection (`store::lifecycle::gc`),
//! which deletes what an earlier run marked and marks what is unneeded now.

use std::collections::HashSet;
use std::time::Duration;

use rayon::prelude::*;

use crate::error::Result;
use crate::files::FileTrees;
use crate::files::snapshot::Snapshot;
use crate::files::tree::NodeKind;
use crate::primitives::id::BlobId;
use crate::progress::Progress;
use crate::store::lifecycle::gc::{self, GcInput, PruneReport, refuse};
use crate::store::lifecycle::lease::{self, Lease};
use crate::store::lifecycle::presence::{self, PresenceKind};
use crate::store::repo::Repository;

/// How to prune.
#[derive(Clone, Debug)]
pub struct PruneOptions {
    /// How long packs stay marked before they are deleted, by the store's clock (default
    /// 23 h). A backup that started before a mark and is still running delays deletion on
    /// its own; this covers clients that cannot show they are running. Zero deletes marks
    /// at the next run: unsafe while other clients may be writing.
    pub keep_delete: Duration,
    /// Fraction of unused bytes partly used packs may keep (default 0.05, as restic):
    /// packs with the largest unused share are repacked until the rest is within it.
    /// `f64::INFINITY` repacks nothing.
    pub max_unused: f64,
    /// How long to wait between writing the lease and reading the others' (default 10 s):
    /// longer than storage takes to show a new object in a listing.
    pub settle: Duration,
    /// Compute and report, delete and mark nothing.
    pub dry_run: bool,
}

impl Default for PruneOptions {
    fn default() -> PruneOptions {
        PruneOptions {
            keep_delete: Duration::from_secs(23 * 3600),
            max_unused: 0.05,
            settle: Duration::from_secs(10),
            dry_run: false,
        }
    }
}

/// Runs a prune; see the module docs.
pub(crate) fn run(
    repo: &Repository,
    opts: &PruneOptions,
    progress: &dyn Progress,
) -> Result<PruneReport> {
    let mut lease = lease::acquire(repo, opts.settle)?;
    // (A dry run changes nothing this handle knows of; a prune that could not start, neither.)
    if !opts.dry_run
        && let Err(e) = repo.claim_prune()
    {
        lease.release(repo);
        return Err(e);
    }
    let result = run_leased(repo, opts, &mut lease, progress);
    lease.release(repo);
    result
}

fn run_leased(
    repo: &Repository,
    opts: &PruneOptions,
    lease: &mut Lease,
    progress: &dyn Progress,
) -> Result<PruneReport> {
    let now = lease.now;
    if let Some(u) = repo.unreadable_index().first() {
        return Err(refuse(&u.object, &u.error));
    }
    if let Some(u) = repo.unreadable_pending().first() {
        return Err(refuse(&u.object, &u.error));
    }
    let records = repo.pending_records()?;
    if let Some(u) = records.unreadable.first() {
        return Err(refuse(&u.object, &u.error));
    }
    let (sessions, bad_sessions) = presence::list(repo, PresenceKind::Session)?;
    if let Some(u) = bad_sessions.first() {
        return Err(refuse(&u.object, &u.error));
    }
    let list = repo.snapshots()?;
    if let Some(u) = list.unreadable.first() {
        return Err(refuse(&u.object, &u.error));
    }
    // Snapshots saved since the repository was opened refer to segments written since.
    if let Some(u) = repo.load_new_segments()?.first() {
        return Err(refuse(&u.object, &u.error));
    }
    let used = used_blobs(repo, &list.snapshots, progress)?;
    // The walk may take long: show the lease is alive before the work that changes things.
    lease.refresh(repo)?;
    let mut report = PruneReport {
        snapshots: list.snapshots.len(),
        blobs_used: used.len(),
        ..PruneReport::default()
    };
    let input = GcInput {
        used: &used,
        now,
        keep_delete: opts.keep_delete,
        max_unused: opts.max_unused,
        sessions: &sessions,
        presence_expiry: repo.lifecycle().presence_expiry,
        records: &records,
        dry_run: opts.dry_run,
    };
    gc::run(
        repo,
        &input,
        progress,
        &mut || lease.refresh(repo),
        &mut report,
    )?;
    if !opts.dry_run {
        report.expired_objects = remove_expired(repo, now)?;
    }
    Ok(report)
}

/// What one tree refers to: its subtrees, the content of its files, and (carried along
/// for errors) the snapshot it was reached from.
type TreeRefs = (Vec<BlobId>, Vec<BlobId>, usize);

/// Every blob the snapshots use: their trees and the content of their files. Trees are
/// loaded level by level, in parallel; any that cannot be read stops the prune.
pub(crate) fn used_blobs(
    repo: &Repository,
    snapshots: &[Snapshot],
    progress: &dyn Progress,
) -> Result<HashSet<BlobId>> {
    let mut used: HashSet<BlobId> = HashSet::new();
    let mut level: Vec<(BlobId, usize)> = Vec::new();
    for (i, s) in snapshots.iter().enumerate() {
        if used.insert(s.root) {
            level.push((s.root, i));
        }
    }
    while !level.is_empty() {
        crate::progress::check(progress)?;
        let loaded: Vec<Result<TreeRefs>> = level
            .par_iter()
            .map(|&(id, snapshot)| {
                let tree = repo.load_tree(&id).map_err(|e| {
                    refuse(
                        &format!("tree {id} (of snapshot {})", snapshots[snapshot].short_id()),
                        &e,
                    )
                })?;
                let mut subtrees = Vec::new();
                let mut content = Vec::new();
                for n in &tree.nodes {
                    match n.kind {
                        NodeKind::Dir => subtrees.extend(n.subtree),
                        NodeKind::File => content.extend(n.content.iter().map(|c| c.id)),
                        _ => {}
                    }
                }
                Ok((subtrees, content, snapshot))
            })
            .collect();
        let mut next = Vec::new();
        for result in loaded {
            let (subtrees, content, snapshot) = result?;
            used.extend(content);
            for t in subtrees {
                if used.insert(t) {
                    next.push((t, snapshot));
                }
            }
        }
        level = next;
    }
    Ok(used)
}

/// Removes the objects of sessions and leases dead by the store's clock; returns how many.
fn remove_expired(repo: &Repository, now: std::time::SystemTime) -> Result<usize> {
    let expiry = repo.lifecycle().presence_expiry;
    let mut removed = 0;
    for kind in [PresenceKind::Session, PresenceKind::Lease] {
        let (listed, _) = presence::list(repo, kind)?;
        for p in listed.iter().filter(|p| !p.alive(now, expiry)) {
            for name in &p.objects {
                gc::delete_if_present(repo, name)?;
                removed += 1;
            }
        }
    }
    Ok(removed)
}
