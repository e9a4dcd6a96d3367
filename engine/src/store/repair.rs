//! Rebuilding the index from the packs, for a repository whose index segments are lost or
//! damaged (restic's `repair index`).
//!
//! Every pack's trailer names it and wraps its key, and its sealed header lists its blobs
//! (`FORMAT.md`, "Packs"): reading those two ranges of each pack is enough to list every blob
//! again. New segments are written first, and only once they are all durable are the old
//! segments deleted: a crash in between leaves both, which reads the same.

use std::collections::HashSet;

use rayon::prelude::*;

use crate::error::Result;
use crate::primitives::id::PackId;
use crate::progress::Progress;
use crate::store::index::{Segment, SegmentEntry, SegmentPack};
use crate::store::layout::{Object, ObjectKind};
use crate::store::pack::PackEntry;
use crate::store::read;
use crate::store::repo::{Repository, Unreadable, is_damage};
use crate::store::segments::SEGMENT_MAX_ENTRIES;

/// A pack's index record and its blobs.
type PackListing = (SegmentPack, Vec<PackEntry>);

/// What [`Repository::repair_index`] did.
///
/// A pack whose trailer or header cannot be read is listed in `unreadable`; what the old
/// index said of it is kept (so its intact blobs stay reachable), it is not lost with the old
/// segments.
#[derive(Debug, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct RepairReport {
    /// Packs whose blobs are in the new index.
    pub packs: usize,
    /// Blobs in the new index.
    pub blobs: usize,
    /// Index segments written.
    pub segments_written: usize,
    /// Old index segments deleted (all that existed when the repair began).
    pub segments_deleted: usize,
    /// Packs that could not be read (damaged, foreign or stray objects): their blobs are not
    /// indexed.
    pub unreadable: Vec<Unreadable>,
}

/// Rebuilds the index of `repo` from the trailers and headers of every pack in storage,
/// replacing every index segment. Backups may run meanwhile (their segments written after the
/// repair began are kept). The repository must be opened again to see the new index.
pub(crate) fn run(repo: &Repository, progress: &dyn Progress) -> Result<RepairReport> {
    let old: Vec<String> = repo
        .backend()
        .list(ObjectKind::Index.prefix())?
        .into_iter()
        .map(|o| o.name)
        .collect();
    let packs = repo.backend().list(ObjectKind::Pack.prefix())?;
    let read: Vec<(String, Result<PackListing>)> = packs
        .into_par_iter()
        .map(|o| {
            let result = crate::progress::check(progress)
                .and_then(|()| read_pack_header(repo, &o.name, o.size));
            progress.entry(o.name.as_ref());
            (o.name, result)
        })
        .collect();
    let mut report = RepairReport::default();
    let mut listings = Vec::new();
    for (object, result) in read {
        match result {
            Ok(r) => listings.push(r),
            Err(error) if is_damage(&error) => report.unreadable.push(Unreadable { object, error }),
            Err(error) => return Err(error),
        }
    }
    // A pack whose header cannot be read keeps what the old index said of it: the old
    // segments are deleted below, and they may be the only record of its blobs.
    listings.extend(old_listings(repo, &old, &report.unreadable)?);
    let mut segments = vec![Segment::default()];
    let mut seen: HashSet<PackId> = HashSet::new();
    for (pack, entries) in listings {
        if !seen.insert(pack.id) {
            continue;
        }
        let current = segments.last_mut().expect("one at least");
        let current = if !current.entries.is_empty()
            && current.entries.len() + entries.len() > SEGMENT_MAX_ENTRIES
        {
            segments.push(Segment::default());
            segments.last_mut().expect("just pushed")
        } else {
            current
        };
        let index = current.packs.len() as u32;
        current.packs.push(pack);
        report.packs += 1;
        report.blobs += entries.len();
        current
            .entries
            .extend(entries.into_iter().map(|e| SegmentEntry {
                id: e.id,
                pack: index,
                offset: e.offset,
                stored_len: e.stored_len,
                raw_len: e.raw_len,
                kind: e.kind,
            }));
    }
    for segment in segments.iter().filter(|s| !s.packs.is_empty()) {
        // A blob stored in two packs is listed once per segment (segments sort and
        // deduplicate their entries by id).
        let mut segment = segment.clone();
        segment.entries.sort_by_key(|e| e.id);
        segment.entries.dedup_by_key(|e| e.id);
        repo.write_segment(&segment)?;
        report.segments_written += 1;
    }
    for name in &old {
        repo.backend().delete(name)?;
        report.segments_deleted += 1;
    }
    report.unreadable.sort_by(|a, b| a.object.cmp(&b.object));
    Ok(report)
}

/// What the readable segments among `old` list of the packs in `unreadable`.
fn old_listings(
    repo: &Repository,
    old: &[String],
    unreadable: &[Unreadable],
) -> Result<Vec<PackListing>> {
    let wanted: HashSet<PackId> = unreadable
        .iter()
        .filter_map(|u| match Object::parse(&u.object) {
            Some(Object::Pack(id)) => Some(id),
            _ => None,
        })
        .collect();
    if wanted.is_empty() {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    for name in old {
        let segment = match repo.read_segment(name) {
            Ok(s) => s,
            Err(e) if is_damage(&e) => continue,
            Err(e) => return Err(e),
        };
        for (i, pack) in segment.packs.iter().enumerate() {
            if !wanted.contains(&pack.id) {
                continue;
            }
            let entries = segment
                .entries
                .iter()
                .filter(|e| e.pack as usize == i)
                .map(|e| PackEntry {
                    kind: e.kind,
                    id: e.id,
                    offset: e.offset,
                    stored_len: e.stored_len,
                    raw_len: e.raw_len,
                })
                .collect();
            out.push((pack.clone(), entries));
        }
    }
    Ok(out)
}

/// The index record and blob list of the pack stored as `name`.
fn read_pack_header(repo: &Repository, name: &str, size: u64) -> Result<PackListing> {
    let Some(Object::Pack(id)) = Object::parse(name) else {
        return Err(crate::error::Error::integrity(
            name,
            "not a pack's name (or not where its name puts it)",
        ));
    };
    let (trailer, entries) = read::pack_header(repo, id, size)?;
    Ok((
        SegmentPack {
            id,
            uid: trailer.uid,
            wrapped: trailer.wrapped,
            len: size,
        },
        entries,
    ))
}
