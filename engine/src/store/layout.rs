//! The one place that names every stored object (`FORMAT.md`, "Objects").
//!
//! Readers and writers say which object they mean with [`Object`]; listings say which kind
//! with [`ObjectKind`]; nothing else in the crate spells an object name. `parse` is the exact
//! inverse of `name`: a listed name that does not parse is a stray object, reported as such.

use std::fmt;

use crate::primitives::id::{ObjectId, PackId, SlotId};
use crate::store::slots::SLOT_LEN;

/// The kinds of stored objects.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ObjectKind {
    /// `config`: the repository's parameters.
    Config,
    /// `keys/<slot id>`: a key slot.
    Key,
    /// `index/<object id>`: an index segment.
    Index,
    /// `snapshots/<object id>`: a snapshot.
    Snapshot,
    /// `packs/<2 hex digits>/<pack id>`: a pack of blobs.
    Pack,
    /// `forgotten/<object id>`: a forget record (snapshots deleted by decision).
    Forget,
    /// `pending/<object id>`: packs a prune marked for deletion.
    Pending,
    /// `sessions/<session id>/<object id>`: a writer showing it is alive.
    Session,
    /// `locks/<lease id>/<object id>`: a prune's lease.
    Lease,
}

impl ObjectKind {
    /// The name prefix that lists every object of this kind.
    pub fn prefix(self) -> &'static str {
        match self {
            ObjectKind::Config => "config",
            ObjectKind::Key => "keys/",
            ObjectKind::Index => "index/",
            ObjectKind::Snapshot => "snapshots/",
            ObjectKind::Pack => "packs/",
            ObjectKind::Forget => "forgotten/",
            ObjectKind::Pending => "pending/",
            ObjectKind::Session => "sessions/",
            ObjectKind::Lease => "locks/",
        }
    }

    /// The size a format 2 sealed object of this kind is padded to at least
    /// (`sealed::padded_len`): a fixed size for everything small. Snapshots: a typical one,
    /// with its `seen` list of up to 64 ids, fits in 2 KiB. Index segments: 16 KiB holds about
    /// 300 entries, so a small backup's segment does not count its blobs. Config, key slots
    /// and packs are not padded this way (their sizes are fixed or padded otherwise).
    pub(crate) fn min_sealed_len(self) -> u64 {
        match self {
            ObjectKind::Index => 16 << 10,
            ObjectKind::Snapshot => 2 << 10,
            ObjectKind::Config
            | ObjectKind::Forget
            | ObjectKind::Pending
            | ObjectKind::Session
            | ObjectKind::Lease => 512,
            ObjectKind::Key | ObjectKind::Pack => 0,
        }
    }

    /// The most bytes an object of this kind may hold, checked before it is read whole (a
    /// store decides object sizes, so a reader must bound them). Packs are read whole only by
    /// verification, bounded by the length the index records.
    pub(crate) fn max_len(self) -> u64 {
        match self {
            // It holds about 100 bytes.
            ObjectKind::Config => 4096,
            ObjectKind::Key => SLOT_LEN as u64,
            // A full segment (65,536 blobs, at most as many packs) is about 9 MiB.
            ObjectKind::Index => 16 << 20,
            // A backup records at most 16 MiB of issues, the largest part.
            ObjectKind::Snapshot => 64 << 20,
            ObjectKind::Pack => crate::store::pack::MAX_PACK_LEN as u64,
            // 16 bytes per snapshot or pack: a million of them.
            ObjectKind::Forget | ObjectKind::Pending => 16 << 20,
            // A host name and a few numbers.
            ObjectKind::Session | ObjectKind::Lease => 4096,
        }
    }
}

/// One stored object.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Object {
    Config,
    Key(SlotId),
    Index(ObjectId),
    Snapshot(ObjectId),
    Pack(PackId),
    Forget(ObjectId),
    Pending(ObjectId),
    /// A session object: the session's id, then the object's own.
    Session(ObjectId, ObjectId),
    /// A lease object: the lease's id, then the object's own.
    Lease(ObjectId, ObjectId),
}

impl Object {
    /// The object's kind.
    pub(crate) fn kind(&self) -> ObjectKind {
        match self {
            Object::Config => ObjectKind::Config,
            Object::Key(_) => ObjectKind::Key,
            Object::Index(_) => ObjectKind::Index,
            Object::Snapshot(_) => ObjectKind::Snapshot,
            Object::Pack(_) => ObjectKind::Pack,
            Object::Forget(_) => ObjectKind::Forget,
            Object::Pending(_) => ObjectKind::Pending,
            Object::Session(..) => ObjectKind::Session,
            Object::Lease(..) => ObjectKind::Lease,
        }
    }

    /// The id a sealed object's header carries (`FORMAT.md`, "Sealed objects"): the last id
    /// of its name. `None` for the config, key slots and packs, which are sealed otherwise.
    pub(crate) fn sealed_id(&self) -> Option<ObjectId> {
        match *self {
            Object::Index(id) | Object::Snapshot(id) | Object::Forget(id) | Object::Pending(id) => {
                Some(id)
            }
            Object::Session(_, id) | Object::Lease(_, id) => Some(id),
            Object::Config | Object::Key(_) | Object::Pack(_) => None,
        }
    }

    /// The object's name in storage.
    pub(crate) fn name(&self) -> String {
        match self {
            Object::Config => "config".to_string(),
            Object::Key(id) => format!("keys/{id}"),
            Object::Index(id) => format!("index/{id}"),
            Object::Snapshot(id) => format!("snapshots/{id}"),
            Object::Pack(id) => {
                let hex = id.to_hex();
                format!("packs/{}/{hex}", &hex[..2])
            }
            Object::Forget(id) => format!("forgotten/{id}"),
            Object::Pending(id) => format!("pending/{id}"),
            Object::Session(group, id) => format!("sessions/{group}/{id}"),
            Object::Lease(group, id) => format!("locks/{group}/{id}"),
        }
    }

    /// The object a stored name names, if it names one exactly (`parse(o.name()) == o`).
    pub(crate) fn parse(name: &str) -> Option<Object> {
        if name == "config" {
            return Some(Object::Config);
        }
        let (prefix, rest) = name.split_once('/')?;
        let object = match prefix {
            "keys" => Object::Key(SlotId::from_hex(rest).ok()?),
            "index" => Object::Index(ObjectId::from_hex(rest).ok()?),
            "snapshots" => Object::Snapshot(ObjectId::from_hex(rest).ok()?),
            "packs" => Object::Pack(PackId::from_hex(rest.split_once('/')?.1).ok()?),
            "forgotten" => Object::Forget(ObjectId::from_hex(rest).ok()?),
            "pending" => Object::Pending(ObjectId::from_hex(rest).ok()?),
            "sessions" | "locks" => {
                let (group, id) = rest.split_once('/')?;
                let (group, id) = (
                    ObjectId::from_hex(group).ok()?,
                    ObjectId::from_hex(id).ok()?,
                );
                if prefix == "sessions" {
                    Object::Session(group, id)
                } else {
                    Object::Lease(group, id)
                }
            }
            _ => return None,
        };
        // Canonical names only (lowercase hex, the right fan-out directory).
        (object.name() == name).then_some(object)
    }
}

impl fmt::Display for Object {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn parse_inverts_name(bytes in any::<[u8; 16]>(), other in any::<[u8; 16]>(), kind in 0u8..9) {
            let (a, b) = (ObjectId::from_bytes(bytes), ObjectId::from_bytes(other));
            let o = match kind {
                0 => Object::Config,
                1 => Object::Key(SlotId::from_bytes(bytes)),
                2 => Object::Index(a),
                3 => Object::Snapshot(a),
                4 => Object::Forget(a),
                5 => Object::Pending(a),
                6 => Object::Session(a, b),
                7 => Object::Lease(a, b),
                _ => Object::Pack(PackId::from_bytes(bytes)),
            };
            prop_assert_eq!(Object::parse(&o.name()), Some(o));
            prop_assert!(o.name().starts_with(o.kind().prefix()));
        }

        #[test]
        fn parse_never_panics(name in ".{0,80}") {
            let _ = Object::parse(&name);
        }
    }

    #[test]
    fn names_are_the_documented_ones() {
        let id = [0xab; 16];
        assert_eq!(
            Object::Pack(PackId::from_bytes(id)).name(),
            "packs/ab/abababababababababababababababab"
        );
        assert_eq!(
            Object::Key(SlotId::from_bytes(id)).name(),
            "keys/abababababababababababababababab"
        );
        for stray in [
            "packs/zz/not-a-pack",
            "packs/cd/abababababababababababababababab",
            "index/ABABABABABABABABABABABABABABABAB",
            "keys/",
            "snapshots/abab",
            "config/x",
            "sessions/abababababababababababababababab",
            "locks/abababababababababababababababab/x",
            "pending/abababababababababababababababab/",
        ] {
            assert_eq!(Object::parse(stray), None, "{stray}");
        }
    }
}
