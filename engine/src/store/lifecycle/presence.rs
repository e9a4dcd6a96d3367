//! Presence objects: how a running writer (a *session*) or prune (a *lease*) shows other
//! clients that it is alive, on storage without conditional writes.
//!
//! A presence is a group of small sealed objects under `sessions/<id>/` or `locks/<id>/`, never
//! overwritten: the first (sequence 0) marks the start and stays until the end; each refresh
//! writes a new heartbeat under a fresh name and removes the one before. Other clients judge a
//! presence only by the store's modification times in a listing: when it started (its first
//! object) and when it was last seen (its newest). A presence whose owner cannot delete
//! (append-only storage) leaves its heartbeats behind; they expire by age like any other.

use std::collections::BTreeMap;
use std::time::{Duration, SystemTime};

use rayon::prelude::*;

use crate::clock::Clock;
use crate::error::{Error, Result};
use crate::primitives::codec::{Put, Reader};
use crate::primitives::id::ObjectId;
use crate::store::layout::{Object, ObjectKind};
use crate::store::repo::{Repository, Unreadable, is_damage};

pub(crate) const SESSION_MAGIC: &[u8; 8] = b"SEALVSES";
pub(crate) const LEASE_MAGIC: &[u8; 8] = b"SEALVLSE";
const PRESENCE_VERSION: u8 = 1;
/// Longest host name a presence body carries, in bytes; a longer one is cut (at a character).
const MAX_HOST_LEN: usize = 255;

/// Which presence: a writer's session or a prune's lease.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PresenceKind {
    Session,
    Lease,
}

impl PresenceKind {
    fn object(self, group: ObjectId, id: ObjectId) -> Object {
        match self {
            PresenceKind::Session => Object::Session(group, id),
            PresenceKind::Lease => Object::Lease(group, id),
        }
    }

    fn magic(self) -> &'static [u8; 8] {
        match self {
            PresenceKind::Session => SESSION_MAGIC,
            PresenceKind::Lease => LEASE_MAGIC,
        }
    }

    fn kind(self) -> ObjectKind {
        match self {
            PresenceKind::Session => ObjectKind::Session,
            PresenceKind::Lease => ObjectKind::Lease,
        }
    }
}

/// The body of a presence object: who, and which object of the group it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct PresenceBody {
    /// 0 for the start object, then 1, 2... for heartbeats.
    pub(crate) seq: u32,
    pub(crate) pid: u32,
    /// The writer's clock (informational only).
    pub(crate) client_ns: i64,
    pub(crate) host: String,
}

impl PresenceBody {
    pub(crate) fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(19 + self.host.len());
        out.put_u8(PRESENCE_VERSION);
        out.put_u32(self.seq);
        out.put_u32(self.pid);
        out.put_u64(self.client_ns as u64);
        let mut cut = self.host.len().min(MAX_HOST_LEN);
        while !self.host.is_char_boundary(cut) {
            cut -= 1;
        }
        out.put_u16(cut as u16);
        out.put_bytes(&self.host.as_bytes()[..cut]);
        out
    }

    pub(crate) fn decode(body: &[u8], what: &str) -> Result<PresenceBody> {
        let mut r = Reader::new(body, what);
        if r.u8()? != PRESENCE_VERSION {
            return Err(Error::unsupported(what, "unknown presence version"));
        }
        let (seq, pid, client_ns) = (r.u32()?, r.u32()?, r.u64()? as i64);
        let n = r.u16()? as usize;
        if n > MAX_HOST_LEN {
            return Err(r.error("host name longer than 255 bytes"));
        }
        let host =
            String::from_utf8(r.bytes(n)?.to_vec()).map_err(|_| r.error("host not UTF-8"))?;
        r.finish()?;
        Ok(PresenceBody {
            seq,
            pid,
            client_ns,
            host,
        })
    }
}

/// This client's own presence.
#[derive(Debug)]
pub(crate) struct Presence {
    kind: PresenceKind,
    group: ObjectId,
    first: ObjectId,
    last: Option<ObjectId>,
    seq: u32,
    /// This client's clock at the last object written.
    refreshed: SystemTime,
}

impl Presence {
    /// Writes the start object of a new presence.
    pub(crate) fn start(repo: &Repository, kind: PresenceKind, clock: &Clock) -> Result<Presence> {
        let group = ObjectId::random()?;
        let first = ObjectId::random()?;
        let now = clock.now();
        put(repo, kind, group, first, 0, now)?;
        Ok(Presence {
            kind,
            group,
            first,
            last: None,
            seq: 0,
            refreshed: now,
        })
    }

    /// The presence's id (its folder).
    pub(crate) fn id(&self) -> ObjectId {
        self.group
    }

    /// This client's clock when the presence last wrote an object.
    pub(crate) fn refreshed(&self) -> SystemTime {
        self.refreshed
    }

    /// Writes a new heartbeat (an error if it cannot), then removes the previous one. One that
    /// cannot be removed (append-only storage) is left to expire: that error is returned
    /// inside, for callers that must know (a prune probing whether it may delete).
    pub(crate) fn refresh(&mut self, repo: &Repository, clock: &Clock) -> Result<Option<Error>> {
        let id = ObjectId::random()?;
        let now = clock.now();
        put(repo, self.kind, self.group, id, self.seq + 1, now)?;
        self.seq += 1;
        self.refreshed = now;
        let previous = self.last.replace(id);
        let name = previous.map(|old| self.kind.object(self.group, old).name());
        Ok(name.and_then(|n| repo.backend().delete(&n).err()))
    }

    /// Removes the presence's objects, newest first (so a crash in between leaves it started,
    /// to expire, rather than seen without a start). Best effort: returns the first error.
    pub(crate) fn end(&self, repo: &Repository) -> Result<()> {
        let mut result = Ok(());
        for id in self.last.iter().chain([&self.first]) {
            let name = self.kind.object(self.group, *id).name();
            if let Err(e) = repo.backend().delete(&name)
                && result.is_ok()
            {
                result = Err(e);
            }
        }
        result
    }
}

fn put(
    repo: &Repository,
    kind: PresenceKind,
    group: ObjectId,
    id: ObjectId,
    seq: u32,
    now: SystemTime,
) -> Result<()> {
    let body = PresenceBody {
        seq,
        pid: std::process::id(),
        client_ns: now
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as i64),
        host: gethostname::gethostname().to_string_lossy().into_owned(),
    };
    repo.put_sealed(kind.object(group, id), kind.magic(), &body.encode())
}

/// What the store's listing says of one presence.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct PresenceInfo {
    /// The presence's id.
    pub id: ObjectId,
    /// The host that wrote it.
    pub host: String,
    /// Its process id there.
    pub pid: u32,
    /// Store time of its start object; `None` if that is gone (it ended, or is ending).
    #[cfg_attr(
        feature = "serde",
        serde(serialize_with = "crate::serialize::opt_system_time")
    )]
    pub started: Option<SystemTime>,
    /// Store time of its newest object.
    #[cfg_attr(
        feature = "serde",
        serde(serialize_with = "crate::serialize::system_time")
    )]
    pub last_seen: SystemTime,
    /// Its objects' names.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) objects: Vec<String>,
}

impl PresenceInfo {
    /// Whether it was seen within `expiry` before `now` (store times). A presence seen after
    /// `now` is alive.
    pub(crate) fn alive(&self, now: SystemTime, expiry: Duration) -> bool {
        now.duration_since(self.last_seen)
            .map_or(true, |age| age <= expiry)
    }

    /// Whether it may have started at or before `time`: a presence whose start object is gone
    /// may have started at any time.
    pub(crate) fn started_by(&self, time: SystemTime) -> bool {
        self.started.is_none_or(|s| s <= time)
    }
}

/// Every presence of `kind` in storage, by store time, and every object that could not be
/// read (damaged, foreign, stray): a presence is judged only from objects that authenticate.
/// `Unsupported` if the store reports no modification times.
pub(crate) fn list(
    repo: &Repository,
    kind: PresenceKind,
) -> Result<(Vec<PresenceInfo>, Vec<Unreadable>)> {
    let listed = repo.list(kind.kind())?;
    let read: Vec<_> = listed
        .into_par_iter()
        .map(|o| {
            let body = match Object::parse(&o.name) {
                Some(object @ (Object::Session(g, _) | Object::Lease(g, _)))
                    if object.kind() == kind.kind() =>
                {
                    repo.get_sealed(object, kind.magic())
                        .and_then(|b| PresenceBody::decode(&b, &o.name))
                        .map(|b| (g, b))
                }
                _ => Err(Error::integrity(
                    o.name.as_str(),
                    "not a presence object's name",
                )),
            };
            (o, body)
        })
        .collect();
    let mut groups: BTreeMap<ObjectId, PresenceInfo> = BTreeMap::new();
    let mut unreadable = Vec::new();
    for (o, body) in read {
        let (group, body) = match body {
            Ok(b) => b,
            Err(error) if is_damage(&error) => {
                unreadable.push(Unreadable {
                    object: o.name,
                    error,
                });
                continue;
            }
            Err(e) => return Err(e),
        };
        let Some(modified) = o.modified else {
            return Err(Error::unsupported(
                o.name,
                "storage reports no modification times; sessions and leases need them",
            ));
        };
        let info = groups.entry(group).or_insert_with(|| PresenceInfo {
            id: group,
            host: body.host.clone(),
            pid: body.pid,
            started: None,
            last_seen: modified,
            objects: Vec::new(),
        });
        if body.seq == 0 {
            info.started = Some(modified);
        }
        info.last_seen = info.last_seen.max(modified);
        info.objects.push(o.name);
    }
    Ok((groups.into_values().collect(), unreadable))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn body_round_trips(seq in any::<u32>(), pid in any::<u32>(), ns in any::<i64>(), host in "[a-z.-]{0,40}") {
            let b = PresenceBody { seq, pid, client_ns: ns, host };
            prop_assert_eq!(PresenceBody::decode(&b.encode(), "p").unwrap(), b);
        }

        #[test]
        fn decode_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..100)) {
            let _ = PresenceBody::decode(&bytes, "p");
        }
    }

    #[test]
    fn long_host_names_are_cut_at_a_character() {
        // 254 bytes then a 2-byte character: cutting at byte 255 would leave invalid UTF-8,
        // which the writer's own session would then fail to decode.
        let host = format!("{}\u{e9}", "a".repeat(254));
        let b = PresenceBody {
            seq: 0,
            pid: 1,
            client_ns: 2,
            host,
        };
        let read = PresenceBody::decode(&b.encode(), "p").unwrap();
        assert_eq!(read.host, "a".repeat(254));
    }

    #[test]
    fn host_names_over_255_bytes_are_rejected() {
        let mut body = PresenceBody {
            seq: 0,
            pid: 1,
            client_ns: 2,
            host: "a".repeat(255),
        }
        .encode();
        assert!(PresenceBody::decode(&body, "p").is_ok());
        body[17..19].copy_from_slice(&256u16.to_le_bytes());
        body.push(b'a');
        assert!(PresenceBody::decode(&body, "p").is_err());
    }
}
