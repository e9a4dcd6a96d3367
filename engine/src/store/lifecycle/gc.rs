//! Garbage collection, the store's half of `prune`: given the blobs that live snapshots use,
//! delete what an earlier run marked (once the grace period has passed and no writer that
//! started before the mark is alive), then mark what is no longer needed, repacking partly
//! used packs first. It knows nothing of snapshots or trees: the caller says what is used.
//!
//! Safety rests on three rules (`SECURITY.md`, "Deleting data"):
//! - nothing is deleted in the run that finds it unneeded: it is marked (`pending/`), and
//!   every client stops deduplicating against marked packs from its next session on;
//! - a marked pack is deleted only after `keep_delete` by the store's clock, when no session
//!   that started before the mark is still alive, and only if no blob that is used lives in
//!   it alone (else it is taken back: a writer that started before the mark used it);
//! - the index is rewritten before packs are deleted, and records are deleted last, so a
//!   crash at any point leaves a consistent repository and the next run finishes the job.

use std::collections::{HashMap, HashSet};
use std::time::{Duration, SystemTime};

use crate::error::{Error, ErrorKind, Result};
use crate::primitives::id::{BlobId, ObjectId, PackId};
use crate::progress::Progress;
use crate::store::index::PackState;
use crate::store::layout::{Object, ObjectKind};
use crate::store::lifecycle::pending::{self, PendingRecord, PendingRecords};
use crate::store::lifecycle::presence::PresenceInfo;
use crate::store::pack::BlobKind;
use crate::store::repo::{Repository, is_damage};
use crate::store::segments;

/// What a prune did (or, with `dry_run`, would do).
#[derive(Clone, Debug, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct PruneReport {
    /// Nothing was changed: the report says what would have been.
    pub dry_run: bool,
    /// Snapshots whose data was kept.
    pub snapshots: usize,
    /// Distinct blobs they use.
    pub blobs_used: usize,
    /// Packs the index lists.
    pub packs: usize,
    /// Packs deleted (marked by an earlier run, grace period over).
    pub deleted_packs: usize,
    /// Their bytes.
    pub deleted_bytes: u64,
    /// Marked packs taken back: a snapshot saved since the mark uses them.
    pub taken_back_packs: usize,
    /// Packs marked for deletion by this run (deleted by a run after the grace period).
    pub marked_packs: usize,
    /// Their bytes.
    pub marked_bytes: u64,
    /// Of the marked packs, those whose used blobs were first copied to new packs.
    pub repacked_packs: usize,
    /// Blobs copied.
    pub repacked_blobs: usize,
    /// Of the marked packs, those no index segment lists (left by interrupted backups).
    pub unreferenced_packs: usize,
    /// Bytes of used blobs (stored size).
    pub used_bytes: u64,
    /// Bytes of unused blobs left in partly used packs (within `max_unused`).
    pub unused_bytes_kept: u64,
    /// Index segments written and deleted (rewritten without deleted packs, compacted).
    pub segments_written: usize,
    /// Index segments deleted.
    pub segments_deleted: usize,
    /// Marks not acted on yet, and why.
    pub waiting: Vec<Waiting>,
    /// Objects of expired sessions and leases removed.
    pub expired_objects: usize,
}

/// A pending-deletion record left for a later run.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Waiting {
    /// The record (`pending/<id>`).
    pub record: ObjectId,
    /// Packs it marks.
    pub packs: usize,
    /// Why it waits.
    pub reason: String,
}

/// What garbage collection needs to know.
pub(crate) struct GcInput<'a> {
    /// Every blob a live snapshot uses.
    pub(crate) used: &'a HashSet<BlobId>,
    /// The store's time now (from the lease).
    pub(crate) now: SystemTime,
    pub(crate) keep_delete: Duration,
    /// Largest fraction of unused bytes to leave in partly used packs (`f64::INFINITY`: any).
    pub(crate) max_unused: f64,
    /// Sessions alive or not, as listed after the lease was taken.
    pub(crate) sessions: &'a [PresenceInfo],
    pub(crate) presence_expiry: Duration,
    pub(crate) records: &'a PendingRecords,
    pub(crate) dry_run: bool,
}

/// Deletes what is ripe, then marks what is unneeded. Refuses (before changing anything) if
/// an index segment written since the repository was opened cannot be read.
pub(crate) fn run(
    repo: &Repository,
    input: &GcInput<'_>,
    progress: &dyn Progress,
    keep_alive: &mut dyn FnMut() -> Result<()>,
    report: &mut PruneReport,
) -> Result<()> {
    report.dry_run = input.dry_run;
    let stored: HashMap<PackId, u64> = repo
        .list(ObjectKind::Pack)?
        .into_iter()
        .filter_map(|o| match Object::parse(&o.name) {
            Some(Object::Pack(id)) => Some((id, o.size)),
            _ => None,
        })
        .collect();
    // Every blob in use must be where this handle's index says: a pack gone means the
    // repository changed since it was opened (another prune), or a pack was lost.
    for id in input.used {
        if let Some((pack, _)) = repo.index().entry_pack(id)
            && !stored.contains_key(&pack)
        {
            return Err(refuse(
                &Object::Pack(pack).name(),
                &Error::not_found(
                    format!("blob {id}"),
                    "its pack is gone: lost, or deleted by another prune since this \
                     repository was opened (open it again)",
                ),
            ));
        }
    }
    let extra = extra_segments(repo)?;
    let swept = sweep(repo, input, &extra, &stored, report)?;
    keep_alive()?;
    if !input.dry_run {
        compact(repo, report)?;
    }
    mark(
        repo, input, &swept, &extra, &stored, progress, keep_alive, report,
    )
}

/// Fewest small segments left alone: each flush writes one, so a repository backed up daily
/// gains one a day; once this many are small, they are merged into full ones.
const SMALL_SEGMENTS: usize = 16;

/// Merges the small index segments this handle loaded (under a quarter full, by their size)
/// into full ones, when there are at least [`SMALL_SEGMENTS`]: new ones written first, the
/// old ones deleted last.
fn compact(repo: &Repository, report: &mut PruneReport) -> Result<()> {
    let loaded: HashSet<String> = repo.loaded_segments().into_iter().map(|(n, _)| n).collect();
    let small_size = (segments::SEGMENT_MAX_ENTRIES * 49 / 4) as u64;
    let small: Vec<String> = repo
        .list(ObjectKind::Index)?
        .into_iter()
        .filter(|o| o.size < small_size && loaded.contains(&o.name))
        .map(|o| o.name)
        .collect();
    if small.len() < SMALL_SEGMENTS {
        return Ok(());
    }
    let (written, deleted) = segments::rewrite(repo, &small, &HashSet::new())?;
    report.segments_written += written;
    report.segments_deleted += deleted;
    Ok(())
}

/// Index segments in storage now that the repository did not load when it was opened
/// (written since by other clients): their names and the blobs of each pack they list.
struct ExtraSegments {
    names: Vec<String>,
    blobs: HashMap<PackId, Vec<BlobId>>,
}

fn extra_segments(repo: &Repository) -> Result<ExtraSegments> {
    let loaded_segments = repo.loaded_segments();
    let loaded: HashSet<&str> = loaded_segments.iter().map(|(n, _)| n.as_str()).collect();
    let mut extra = ExtraSegments {
        names: Vec::new(),
        blobs: HashMap::new(),
    };
    for o in repo.list(ObjectKind::Index)? {
        if loaded.contains(o.name.as_str()) {
            continue;
        }
        let segment = match repo.read_segment(&o.name) {
            Ok(s) => s,
            // Deleted since it was listed: whoever deleted it wrote its replacement first.
            Err(e) if e.kind() == ErrorKind::NotFound => continue,
            Err(e) if is_damage(&e) => {
                return Err(refuse(&o.name, &e));
            }
            Err(e) => return Err(e),
        };
        for e in &segment.entries {
            let pack = segment.packs[e.pack as usize].id;
            extra.blobs.entry(pack).or_default().push(e.id);
        }
        extra.names.push(o.name);
    }
    Ok(extra)
}

/// The error that stops a prune because `object` cannot be read.
pub(crate) fn refuse(object: &str, e: &Error) -> Error {
    Error::conflict(
        Some(object.to_string()),
        format!(
            "cannot be read ({e}); prune deletes nothing while any part of the repository is \
             unreadable (check, repair index, or remove the object if it is stray)"
        ),
    )
}

/// Packs deleted and packs taken back by the sweep.
#[derive(Default)]
struct Swept {
    deleted: HashSet<PackId>,
    records: HashSet<ObjectId>,
}

fn sweep(
    repo: &Repository,
    input: &GcInput<'_>,
    extra: &ExtraSegments,
    stored: &HashMap<PackId, u64>,
    report: &mut PruneReport,
) -> Result<Swept> {
    let mut ripe: Vec<&PendingRecord> = Vec::new();
    for r in &input.records.records {
        let marked = r.marked.ok_or_else(|| {
            Error::unsupported(
                Object::Pending(r.id).name(),
                "storage reports no modification time for it",
            )
        })?;
        let age = input.now.duration_since(marked).unwrap_or(Duration::ZERO);
        let reason = if age < input.keep_delete {
            Some(format!(
                "marked {} ago; deleted once {} have passed (--keep-delete)",
                human(age),
                human(input.keep_delete)
            ))
        } else {
            input
                .sessions
                .iter()
                .find(|s| s.alive(input.now, input.presence_expiry) && s.started_by(marked))
                .map(|s| {
                    format!(
                        "a backup that started before the mark is still running (host {}, \
                         process {}, session {})",
                        s.host, s.pid, s.id
                    )
                })
        };
        match reason {
            Some(reason) => report.waiting.push(Waiting {
                record: r.id,
                packs: r.packs.len(),
                reason,
            }),
            None => ripe.push(r),
        }
    }
    let marked: HashSet<PackId> = ripe.iter().flat_map(|r| r.packs.iter().copied()).collect();
    if marked.is_empty() {
        return Ok(Swept::default());
    }
    // A used blob that lives only in a marked pack keeps that pack: a writer that started
    // before the mark deduplicated against it, and its snapshot is saved now.
    let mut needed: HashSet<PackId> = HashSet::new();
    for id in input.used {
        if let Some((pack, _)) = repo.index().entry_pack(id)
            && marked.contains(&pack)
        {
            needed.insert(pack);
        }
    }
    for (pack, blobs) in &extra.blobs {
        if marked.contains(pack) && blobs.iter().any(|b| input.used.contains(b)) {
            needed.insert(*pack);
        }
    }
    let deleted: HashSet<PackId> = marked.difference(&needed).copied().collect();
    report.taken_back_packs = needed.len();
    report.deleted_packs = deleted.len();
    report.deleted_bytes = deleted
        .iter()
        .map(|p| {
            stored
                .get(p)
                .copied()
                .or(repo.index().pack_len(p))
                .unwrap_or(0)
        })
        .sum();
    let swept = Swept {
        deleted,
        records: ripe.iter().map(|r| r.id).collect(),
    };
    if input.dry_run {
        return Ok(swept);
    }
    // The index first: a segment must never list a pack that is gone.
    let mut names: Vec<String> = repo
        .loaded_segments()
        .iter()
        .filter(|(_, packs)| packs.iter().any(|p| swept.deleted.contains(p)))
        .map(|(n, _)| n.clone())
        .collect();
    names.extend(
        extra
            .names
            .iter()
            .filter(|n| lists_any(repo, n, &swept.deleted))
            .cloned(),
    );
    let (written, removed) = segments::rewrite(repo, &names, &swept.deleted)?;
    report.segments_written += written;
    report.segments_deleted += removed;
    for pack in &swept.deleted {
        delete_if_present(repo, &Object::Pack(*pack).name())?;
    }
    for r in &swept.records {
        delete_if_present(repo, &Object::Pending(*r).name())?;
    }
    Ok(swept)
}

fn lists_any(repo: &Repository, name: &str, packs: &HashSet<PackId>) -> bool {
    repo.read_segment(name)
        .map(|s| s.packs.iter().any(|p| packs.contains(&p.id)))
        .unwrap_or(false)
}

pub(crate) fn delete_if_present(repo: &Repository, name: &str) -> Result<()> {
    match repo.backend().delete(name) {
        Err(e) if e.kind() != ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

/// Bytes used and unused in one pack, by the blobs the index locates in it.
#[derive(Default, Clone, Copy)]
struct Usage {
    used: u64,
    used_blobs: usize,
    unused: u64,
}

#[allow(clippy::too_many_arguments)]
fn mark(
    repo: &Repository,
    input: &GcInput<'_>,
    swept: &Swept,
    extra: &ExtraSegments,
    stored: &HashMap<PackId, u64>,
    progress: &dyn Progress,
    keep_alive: &mut dyn FnMut() -> Result<()>,
    report: &mut PruneReport,
) -> Result<()> {
    // Still marked after the sweep: the records it left.
    let still_marked: HashSet<PackId> = input
        .records
        .records
        .iter()
        .filter(|r| !swept.records.contains(&r.id))
        .flat_map(|r| r.packs.iter().copied())
        .collect();
    let settled = |p: &PackId| still_marked.contains(p) || swept.deleted.contains(p);
    let mut usage: HashMap<PackId, Usage> = HashMap::new();
    repo.index().for_each_entry(|e, pack| {
        let u = usage.entry(pack).or_default();
        if input.used.contains(&e.id) {
            u.used += u64::from(e.stored_len);
            u.used_blobs += 1;
        } else {
            u.unused += u64::from(e.stored_len);
        }
    });
    let indexed: Vec<(PackId, u64)> = repo
        .index()
        .pack_states()
        .into_iter()
        .filter(|(_, state, _)| *state == PackState::Persisted)
        .map(|(id, _, len)| (id, len))
        .collect();
    report.packs = indexed.len();
    let mut marked: Vec<PackId> = Vec::new();
    let mut partly: Vec<(PackId, Usage)> = Vec::new();
    for (id, len) in &indexed {
        if settled(id) {
            continue;
        }
        let u = usage.get(id).copied().unwrap_or_default();
        report.used_bytes += u.used;
        if u.used_blobs == 0 {
            marked.push(*id);
            report.marked_bytes += len;
        } else if u.unused > 0 {
            partly.push((*id, u));
        }
    }
    // Repack the packs with the largest share of unused bytes first, until what is left
    // unused is within `max_unused` of the repository (restic's `--max-unused`).
    partly.sort_by(|a, b| {
        let share = |u: &Usage| u.unused as f64 / (u.used + u.unused) as f64;
        share(&b.1).total_cmp(&share(&a.1)).then(a.0.cmp(&b.0))
    });
    let mut unused: u64 = partly.iter().map(|(_, u)| u.unused).sum();
    let limit = if input.max_unused.is_finite() && input.max_unused < 1.0 {
        (input.max_unused / (1.0 - input.max_unused) * report.used_bytes as f64) as u64
    } else {
        u64::MAX
    };
    let mut repack: HashSet<PackId> = HashSet::new();
    for (id, u) in &partly {
        if unused <= limit {
            break;
        }
        unused -= u.unused;
        repack.insert(*id);
    }
    report.unused_bytes_kept = unused;
    // Packs in storage that no segment lists: left by interrupted backups (or being written
    // right now, in which case the writer's snapshot takes them back before any deletion).
    let mut unreferenced: Vec<PackId> = stored
        .keys()
        .filter(|p| {
            repo.index().pack_len(p).is_none() && !settled(p) && !extra.blobs.contains_key(p)
        })
        .copied()
        .collect();
    unreferenced.sort();
    report.unreferenced_packs = unreferenced.len();
    report.marked_bytes += unreferenced.iter().map(|p| stored[p]).sum::<u64>();
    let mut repack_list: Vec<PackId> = repack.iter().copied().collect();
    repack_list.sort();
    report.repacked_packs = repack_list.len();
    report.marked_bytes += repack_list
        .iter()
        .filter_map(|p| repo.index().pack_len(p))
        .sum::<u64>();
    let mut copies = 0;
    repo.index().for_each_entry(|e, pack| {
        if repack.contains(&pack) && input.used.contains(&e.id) {
            copies += 1;
        }
    });
    report.repacked_blobs = copies;
    marked.extend(repack_list);
    marked.extend(unreferenced);
    report.marked_packs = marked.len();
    if input.dry_run || marked.is_empty() {
        return Ok(());
    }
    if copies > 0 {
        // A few packs at a time: what is read waits in memory only until it is sealed again.
        let mut by_pack: Vec<Vec<(BlobId, BlobKind)>> = Vec::new();
        let mut pack_of: HashMap<PackId, usize> = HashMap::new();
        repo.index().for_each_entry(|e, pack| {
            if repack.contains(&pack) && input.used.contains(&e.id) {
                let i = *pack_of.entry(pack).or_insert_with(|| {
                    by_pack.push(Vec::new());
                    by_pack.len() - 1
                });
                by_pack[i].push((e.id, e.kind));
            }
        });
        for batch in by_pack.chunks(4) {
            copy_blobs(repo, &batch.concat(), progress)?;
            keep_alive()?;
        }
        // The copies must be durable and indexed before their old packs are marked.
        repo.flush()?;
    }
    let record = pending::write(repo, &marked, &repo.lifecycle().clock)?;
    repo.marked(record, &marked.iter().copied().collect());
    Ok(())
}

/// Stores a new copy of every blob of `copies` (read and verified first).
fn copy_blobs(
    repo: &Repository,
    copies: &[(BlobId, BlobKind)],
    progress: &dyn Progress,
) -> Result<()> {
    let kinds: HashMap<BlobId, BlobKind> = copies.iter().copied().collect();
    let failure: std::sync::Mutex<Option<Error>> = std::sync::Mutex::new(None);
    repo.read_blobs(
        copies.iter().map(|(id, _)| *id),
        progress,
        || (),
        |(), id, plain| {
            let result = plain.and_then(|bytes| repo.store_copy(kinds[id], *id, bytes));
            if let Err(e) = result {
                let mut f = failure
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
                if f.is_none() {
                    *f = Some(if is_damage(&e) {
                        refuse(&format!("blob {id}"), &e)
                    } else {
                        e
                    });
                }
            }
        },
    );
    match failure
        .into_inner()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
    {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// A duration as people read it: `23h 0m`, `5m 3s`, `12s`.
pub(crate) fn human(d: Duration) -> String {
    let s = d.as_secs();
    match s {
        0..60 => format!("{s}s"),
        60..3600 => format!("{}m {}s", s / 60, s % 60),
        _ => format!("{}h {}m", s / 3600, (s % 3600) / 60),
    }
}
