//! Index segments in storage: loading them all at open (leaving out those that cannot be
//! read), writing new ones, and reconciling the index with the packs that are really there.
//!
//! Segments are never rewritten in place: a segment that must change is replaced by a new one
//! under a fresh name, written before the old one is deleted.

use crate::store::cache::{self, Cache};
use std::collections::{HashMap, HashSet};

use rayon::prelude::*;

use crate::backend::Backend;
use crate::error::{ErrorKind, Result};
use crate::primitives::id::{ObjectId, PackId, RepoId};
use crate::primitives::keys::MetadataKey;
use crate::store::format::FormatVersion;
use crate::store::index::{Index, PackState, SEGMENT_MAGIC, Segment};
use crate::store::layout::{Object, ObjectKind};
use crate::store::repo::{Repository, Unreadable, is_damage};
use crate::store::sealed;

/// Most entries written to one index segment.
pub(crate) const SEGMENT_MAX_ENTRIES: usize = 1 << 16;

/// A pack the index lists that storage does not have as indexed.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct MissingPack {
    /// The pack.
    pub id: PackId,
    /// What is wrong (missing, or another size).
    pub problem: String,
    /// Blobs dropped from the index with it: they are stored again when next met.
    pub blobs: usize,
}

/// The packs the index lists compared with those in storage.
#[derive(Clone, Debug, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct PackAudit {
    /// Every pack the index lists (and has written to a segment), with the length it records.
    pub indexed: Vec<(PackId, u64)>,
    /// Indexed packs that storage lacks or holds at another size, and what is wrong.
    pub problems: Vec<(PackId, String)>,
    /// Packs in storage that no index segment lists (left by an interrupted backup; harmless).
    pub unreferenced: usize,
}

/// Compares the packs `repo`'s index lists with one listing of storage.
pub(crate) fn audit(repo: &Repository) -> Result<PackAudit> {
    let stored: HashMap<String, u64> = repo
        .list(ObjectKind::Pack)?
        .into_iter()
        .map(|o| (o.name, o.size))
        .collect();
    let mut audit = PackAudit::default();
    let mut indexed_names = HashSet::new();
    for (id, state, len) in repo.index().pack_states() {
        if state != PackState::Persisted {
            continue;
        }
        let name = Object::Pack(id).name();
        match stored.get(&name) {
            None => audit.problems.push((id, "missing from storage".into())),
            Some(&size) if size != len => audit
                .problems
                .push((id, format!("{size} bytes in storage, {len} in the index"))),
            Some(_) => {}
        }
        audit.indexed.push((id, len));
        indexed_names.insert(name);
    }
    audit.unreferenced = stored
        .keys()
        .filter(|n| !indexed_names.contains(*n))
        .count();
    audit.indexed.sort();
    Ok(audit)
}

/// What [`load`] found.
pub(crate) struct LoadedIndex {
    pub(crate) index: Index,
    pub(crate) unreadable: Vec<Unreadable>,
    /// Each readable segment's object name and the packs it lists.
    pub(crate) segment_packs: Vec<(String, Vec<PackId>)>,
}

/// Reads, opens and decodes the index segment `name`.
pub(crate) fn read(
    backend: &dyn Backend,
    cache: Option<&Cache>,
    key: &MetadataKey,
    repo: RepoId,
    name: &str,
) -> Result<Segment> {
    let Some(Object::Index(id)) = Object::parse(name) else {
        return Err(crate::error::Error::integrity(
            name,
            "index object name is not an object id",
        ));
    };
    cache::fetch(backend, cache, name, ObjectKind::Index.max_len(), |bytes| {
        let (_, body) = sealed::open(
            ObjectKind::Index,
            key,
            SEGMENT_MAGIC,
            repo,
            Some(id),
            bytes,
            name,
        )?;
        Segment::decode(&body, name)
    })
}

/// Seals and stores `segment` under a fresh name; returns the bytes written.
pub(crate) fn write(
    backend: &dyn Backend,
    cache: Option<&Cache>,
    format: FormatVersion,
    key: &MetadataKey,
    repo: RepoId,
    segment: &Segment,
) -> Result<u64> {
    let object = ObjectId::random()?;
    let bytes = sealed::seal(
        format,
        ObjectKind::Index,
        key,
        SEGMENT_MAGIC,
        repo,
        object,
        &segment.encode(),
    )?;
    let name = Object::Index(object).name();
    backend.put(&name, &bytes)?;
    if let Some(cache) = cache {
        cache.put(&name, &bytes);
    }
    Ok(bytes.len() as u64)
}

/// Reads and decodes every index segment, in parallel. Segments that cannot be read (damaged,
/// foreign, too large, or stray objects) are left out and returned beside the index; a
/// failing backend fails the whole load.
pub(crate) fn load(
    backend: &dyn Backend,
    cache: Option<&Cache>,
    key: &MetadataKey,
    repo: RepoId,
    pending: &HashSet<PackId>,
) -> Result<LoadedIndex> {
    let listed = backend.list(ObjectKind::Index.prefix())?;
    // About 49 bytes per entry: enough to size the index before reading.
    let expected = (listed.iter().map(|o| o.size).sum::<u64>() / 49) as usize;
    let names: Vec<String> = listed.into_iter().map(|o| o.name).collect();
    if let Some(cache) = cache {
        cache.retain(
            ObjectKind::Index.prefix(),
            &names.iter().map(String::as_str).collect(),
        );
    }
    let mut unreadable = Vec::new();
    let mut segment_packs = Vec::new();
    let mut failure = None;
    // A few segments at a time, in parallel: a decoded segment is larger than its entries in
    // the index, and all of them at once would double the memory an open needs.
    let batch = 2 * rayon::current_num_threads();
    let segments = names
        .chunks(batch)
        .flat_map(|names| {
            names
                .par_iter()
                .map(|name| (name.clone(), read(backend, cache, key, repo, name)))
                .collect::<Vec<_>>()
        })
        .filter_map(|(object, result)| match result {
            Ok(s) => {
                segment_packs.push((object, s.packs.iter().map(|p| p.id).collect()));
                Some(s)
            }
            Err(error) if is_damage(&error) => {
                unreadable.push(Unreadable { object, error });
                None
            }
            Err(e) => {
                failure.get_or_insert(e);
                None
            }
        });
    let index = Index::from_segments_marking(segments, pending, expected);
    if let Some(e) = failure {
        return Err(e);
    }
    unreadable.sort_by(|a, b| a.object.cmp(&b.object));
    Ok(LoadedIndex {
        index,
        unreadable,
        segment_packs,
    })
}

/// Compares the index of `repo` with the packs in storage: a pack the index lists but storage
/// lacks (or holds at another size) must not be deduplicated against, or new snapshots would
/// refer to data that is gone. Its blobs are dropped from the index (so they are stored again)
/// and the segments that list it are replaced by segments without it (written first, then the
/// old ones deleted: otherwise the next open could find a blob at its lost location again).
pub(crate) fn reconcile(
    repo: &Repository,
    segment_packs: &[(String, Vec<PackId>)],
) -> Result<Vec<MissingPack>> {
    let backend = &**repo.backend();
    let mut gone = HashSet::new();
    let mut found = Vec::new();
    for (id, _) in audit(repo)?.problems {
        // Confirmed one by one: a listing may be incomplete (eventual consistency, a
        // truncated page), and what follows rewrites index segments.
        let len = repo.index().pack_len(&id).unwrap_or(0);
        let problem = match backend.head(&Object::Pack(id).name()) {
            Err(e) if e.kind() == ErrorKind::NotFound => "missing from storage".to_string(),
            Err(e) => return Err(e),
            Ok(size) if size != len => format!("{size} bytes in storage, {len} in the index"),
            Ok(_) => continue,
        };
        gone.insert(id);
        found.push(MissingPack {
            id,
            problem,
            blobs: 0,
        });
    }
    if gone.is_empty() {
        return Ok(found);
    }
    let mut per_pack: HashMap<PackId, usize> = HashMap::new();
    repo.index().for_each_entry(|_, pack| {
        if gone.contains(&pack) {
            *per_pack.entry(pack).or_default() += 1;
        }
    });
    for f in &mut found {
        f.blobs = per_pack.get(&f.id).copied().unwrap_or(0);
    }
    repo.index().drop_packs(&gone);
    for (name, packs) in segment_packs {
        if !packs.iter().any(|p| gone.contains(p)) {
            continue;
        }
        let kept = match repo.read_segment(name) {
            Ok(s) => s.without_packs(&gone),
            // Replaced meanwhile (by a prune, or another client's reconciliation), which
            // wrote what it kept first.
            Err(e) if e.kind() == ErrorKind::NotFound => continue,
            Err(e) => return Err(e),
        };
        if !kept.packs.is_empty() {
            repo.write_segment(&kept)?;
        }
        backend.delete(name)?;
    }
    Ok(found)
}

/// Replaces the segments `names` by as few full segments as hold what they list without the
/// packs in `drop`: the new ones are written first, then the old ones deleted (a crash in
/// between leaves both, which read the same). Segments are read one at a time and full new
/// ones written as they fill, so memory holds about two segments, not the index. A segment
/// deleted meanwhile is skipped. Returns the segments written and deleted.
pub(crate) fn rewrite(
    repo: &Repository,
    names: &[String],
    drop: &HashSet<PackId>,
) -> Result<(usize, usize)> {
    let mut read = Vec::new();
    let mut written = 0;
    let mut pending = Segment::default();
    for name in names {
        let kept = match repo.read_segment(name) {
            Ok(s) => s.without_packs(drop),
            Err(e) if e.kind() == ErrorKind::NotFound => continue,
            Err(e) => return Err(e),
        };
        read.push(name);
        let mut merged = Segment::merge(
            vec![std::mem::take(&mut pending), kept],
            SEGMENT_MAX_ENTRIES,
        );
        // All but the last are full: write them now.
        pending = merged.pop().unwrap_or_default();
        for segment in &merged {
            repo.write_segment(segment)?;
            written += 1;
        }
    }
    if !pending.packs.is_empty() {
        repo.write_segment(&pending)?;
        written += 1;
    }
    for name in &read {
        match repo.backend().delete(name) {
            Err(e) if e.kind() != ErrorKind::NotFound => return Err(e),
            _ => {}
        }
    }
    Ok((written, read.len()))
}
