//! Pending-deletion records (`pending/<id>`): the packs a prune found unneeded, marked and not
//! yet deleted. Every client loads them at open and at the start of each writing session, and
//! never deduplicates against a marked pack; a later prune deletes the packs once the grace
//! period has passed by the store's clock (the record's modification time is the mark).

use std::collections::HashSet;
use std::time::SystemTime;

use rayon::prelude::*;

use crate::backend::Backend;
use crate::clock::Clock;
use crate::error::{Error, Result};
use crate::primitives::id::{ObjectId, PackId, RepoId};
use crate::primitives::keys::MetadataKey;
use crate::store::layout::{Object, ObjectKind};
use crate::store::lifecycle::records::{self, IdList};
use crate::store::repo::{Repository, Unreadable, is_damage};
use crate::store::sealed;

pub(crate) const PENDING_MAGIC: &[u8; 8] = b"SEALVPND";

/// One pending-deletion record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct PendingRecord {
    pub(crate) id: ObjectId,
    /// The store's time of the record: the mark. `None` if the store reports no times.
    pub(crate) marked: Option<SystemTime>,
    pub(crate) packs: Vec<PackId>,
}

/// The records found, and those that could not be read.
#[derive(Debug, Default)]
pub(crate) struct PendingRecords {
    pub(crate) records: Vec<PendingRecord>,
    pub(crate) unreadable: Vec<Unreadable>,
}

impl PendingRecords {
    /// Every pack some record marks.
    pub(crate) fn packs(&self) -> HashSet<PackId> {
        self.records
            .iter()
            .flat_map(|r| r.packs.iter().copied())
            .collect()
    }

    pub(crate) fn ids(&self) -> HashSet<ObjectId> {
        self.records.iter().map(|r| r.id).collect()
    }
}

/// Reads every record (those in `skip` excepted), in parallel; damaged, foreign or stray
/// objects are returned as unreadable, a failing backend fails the load.
pub(crate) fn load(
    backend: &dyn Backend,
    key: &MetadataKey,
    repo: RepoId,
    skip: &HashSet<ObjectId>,
) -> Result<PendingRecords> {
    let listed = backend.list(ObjectKind::Pending.prefix())?;
    let read: Vec<_> = listed
        .into_par_iter()
        .filter(
            |o| !matches!(Object::parse(&o.name), Some(Object::Pending(id)) if skip.contains(&id)),
        )
        .map(|o| {
            let record = match Object::parse(&o.name) {
                Some(Object::Pending(id)) => read_one(backend, key, repo, id, &o.name),
                _ => Err(Error::integrity(
                    o.name.as_str(),
                    "not a pending record's name",
                )),
            };
            (o, record)
        })
        .collect();
    let mut out = PendingRecords::default();
    for (o, record) in read {
        match record {
            Ok(mut r) => {
                r.marked = o.modified;
                out.records.push(r);
            }
            Err(error) if is_damage(&error) => out.unreadable.push(Unreadable {
                object: o.name,
                error,
            }),
            Err(e) => return Err(e),
        }
    }
    out.records.sort_by_key(|r| (r.marked, r.id));
    Ok(out)
}

fn read_one(
    backend: &dyn Backend,
    key: &MetadataKey,
    repo: RepoId,
    id: ObjectId,
    name: &str,
) -> Result<PendingRecord> {
    let bytes = backend.get_bounded(name, ObjectKind::Pending.max_len())?;
    let (_, body) = sealed::open(
        ObjectKind::Pending,
        key,
        PENDING_MAGIC,
        repo,
        Some(id),
        bytes,
        name,
    )?;
    let list = IdList::decode(&body, name)?;
    Ok(PendingRecord {
        id,
        marked: None,
        packs: list.ids.into_iter().map(PackId::from_bytes).collect(),
    })
}

/// Seals and stores a record marking `packs`; returns its id.
pub(crate) fn write(repo: &Repository, packs: &[PackId], clock: &Clock) -> Result<ObjectId> {
    let id = ObjectId::random()?;
    let list = IdList {
        client_ns: records::client_ns(clock),
        ids: packs.iter().map(|p| *p.as_bytes()).collect(),
    };
    repo.put_sealed(Object::Pending(id), PENDING_MAGIC, &list.encode())?;
    Ok(id)
}
