//! Snapshots: one backup's root tree and what is known about it, sealed as `snapshots/<id>`.
//!
//! Besides the root tree, a snapshot records when, where and of what it was taken, the
//! snapshot its unchanged files were taken from (`parent`), the previous snapshot of the same
//! host and paths at the time (`previous`: a chain in which a deleted snapshot leaves a gap),
//! summary statistics and every error met (files that could not be read). Body layout:
//! `FORMAT.md`, "Snapshots".

use rayon::prelude::*;

use crate::error::{Error, Result};
use crate::files::tree::Tree;
use crate::primitives::codec::{Put, Reader};
use crate::primitives::id::{BlobId, ObjectId};
pub use crate::progress::BackupIssue;
use crate::store::layout::{Object, ObjectKind};
use crate::store::repo::{Repository, Unreadable, is_damage};

pub(crate) const SNAPSHOT_MAGIC: &[u8; 8] = b"SEALVSNP";
/// Version 2 added `seen`; version 1 bodies are still read (with `seen` empty).
const SNAPSHOT_VERSION: u8 = 2;
/// Most groups whose newest snapshot a snapshot names in `seen`.
pub(crate) const MAX_SEEN: usize = 64;
/// Most bytes of issue paths and messages a snapshot records; the rest are counted in one
/// last issue.
pub(crate) const MAX_ISSUE_BYTES: usize = 16 << 20;

/// What a backup did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct BackupSummary {
    /// Files not in the parent snapshot.
    pub files_new: u64,
    /// Files in the parent snapshot whose metadata changed (they were read again).
    pub files_changed: u64,
    /// Files taken from the parent snapshot without reading them.
    pub files_unmodified: u64,
    /// Directories.
    pub dirs: u64,
    /// Bytes of file content in the snapshot.
    pub bytes_total: u64,
    /// Bytes read from files.
    pub bytes_read: u64,
    /// Bytes of content new to the repository (before compression).
    pub bytes_new: u64,
    /// Bytes added to the repository (packs and index, after compression and sealing).
    pub bytes_stored: u64,
    /// Blobs new to the repository.
    pub blobs_new: u64,
    /// Wall time of the backup in milliseconds.
    pub duration_ms: u64,
}

/// A snapshot's metadata.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Snapshot {
    /// The id (object id of `snapshots/<id>`); set when saved or loaded.
    pub id: ObjectId,
    /// Start of the backup, nanoseconds since the epoch (serialized as `time`, RFC 3339).
    #[cfg_attr(
        feature = "serde",
        serde(rename = "time", serialize_with = "crate::serialize::rfc3339_ns")
    )]
    pub time_ns: i64,
    /// Host name.
    pub host: String,
    /// User name of the process that took it.
    pub username: String,
    /// The backed-up paths, absolute.
    #[cfg_attr(
        feature = "serde",
        serde(serialize_with = "crate::serialize::lossy_all")
    )]
    pub paths: Vec<Vec<u8>>,
    /// Tags.
    pub tags: Vec<String>,
    /// The root tree.
    pub root: BlobId,
    /// The snapshot unchanged files were taken from.
    pub parent: Option<ObjectId>,
    /// The newest snapshot of the same host and paths when this one was taken.
    pub previous: Option<ObjectId>,
    /// The snapshot history its writer saw: the newest snapshot of each group (host and
    /// paths), at most 64 groups, most recent first. A snapshot named here and missing
    /// without a forget record was removed by someone else (`FileTrees::history`).
    pub seen: Vec<ObjectId>,
    /// Statistics.
    pub summary: BackupSummary,
    /// Problems met.
    pub issues: Vec<BackupIssue>,
    /// Version of the program that wrote it.
    pub program: String,
}

fn put16(out: &mut Vec<u8>, b: &[u8]) {
    out.put_u16(b.len().min(u16::MAX as usize) as u16);
    out.put_bytes(&b[..b.len().min(u16::MAX as usize)]);
}

fn get16(r: &mut Reader<'_>) -> Result<Vec<u8>> {
    let n = r.u16()? as usize;
    Ok(r.bytes(n)?.to_vec())
}

fn get_string(r: &mut Reader<'_>) -> Result<String> {
    String::from_utf8(get16(r)?).map_err(|_| r.error("text is not UTF-8"))
}

fn put_opt_id(out: &mut Vec<u8>, id: &Option<ObjectId>) {
    match id {
        Some(id) => {
            out.put_u8(1);
            out.put_bytes(id.as_bytes());
        }
        None => out.put_u8(0),
    }
}

fn get_opt_id(r: &mut Reader<'_>) -> Result<Option<ObjectId>> {
    match r.u8()? {
        0 => Ok(None),
        1 => Ok(Some(ObjectId::from_bytes(r.array()?))),
        _ => Err(r.error("bad optional id flag")),
    }
}

impl Snapshot {
    /// The first 8 hex digits of the id, as listings show it.
    pub fn short_id(&self) -> String {
        self.id.to_hex()[..8].to_string()
    }

    pub(crate) fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(512);
        out.put_u8(SNAPSHOT_VERSION);
        out.put_u64(self.time_ns as u64);
        put16(&mut out, self.host.as_bytes());
        put16(&mut out, self.username.as_bytes());
        out.put_u16(self.paths.len() as u16);
        for p in &self.paths {
            put16(&mut out, p);
        }
        out.put_u16(self.tags.len() as u16);
        for t in &self.tags {
            put16(&mut out, t.as_bytes());
        }
        out.put_bytes(self.root.as_bytes());
        put_opt_id(&mut out, &self.parent);
        put_opt_id(&mut out, &self.previous);
        let s = &self.summary;
        for v in [
            s.files_new,
            s.files_changed,
            s.files_unmodified,
            s.dirs,
            s.bytes_total,
            s.bytes_read,
            s.bytes_new,
            s.bytes_stored,
            s.blobs_new,
            s.duration_ms,
        ] {
            out.put_u64(v);
        }
        out.put_u32(self.issues.len() as u32);
        for i in &self.issues {
            put16(&mut out, &i.path);
            put16(&mut out, i.message.as_bytes());
            out.put_u8(u8::from(i.skipped));
        }
        put16(&mut out, self.program.as_bytes());
        let seen = &self.seen[..self.seen.len().min(MAX_SEEN)];
        out.put_u16(seen.len() as u16);
        for id in seen {
            out.put_bytes(id.as_bytes());
        }
        out
    }

    pub(crate) fn decode(id: ObjectId, body: &[u8], what: &str) -> Result<Snapshot> {
        let mut r = Reader::new(body, what);
        let version = r.u8()?;
        if version != 1 && version != SNAPSHOT_VERSION {
            return Err(Error::unsupported(what, "unknown snapshot version"));
        }
        let time_ns = r.u64()? as i64;
        let host = get_string(&mut r)?;
        let username = get_string(&mut r)?;
        let n = r.u16()? as usize;
        let mut paths = Vec::new();
        for _ in 0..n {
            paths.push(get16(&mut r)?);
        }
        let n = r.u16()? as usize;
        let mut tags = Vec::new();
        for _ in 0..n {
            tags.push(get_string(&mut r)?);
        }
        let root = BlobId::from_bytes(r.array()?);
        let parent = get_opt_id(&mut r)?;
        let previous = get_opt_id(&mut r)?;
        let mut v = [0u64; 10];
        for x in &mut v {
            *x = r.u64()?;
        }
        let summary = BackupSummary {
            files_new: v[0],
            files_changed: v[1],
            files_unmodified: v[2],
            dirs: v[3],
            bytes_total: v[4],
            bytes_read: v[5],
            bytes_new: v[6],
            bytes_stored: v[7],
            blobs_new: v[8],
            duration_ms: v[9],
        };
        let n = r.count(5)?;
        let mut issues = Vec::with_capacity(n);
        for _ in 0..n {
            let path = get16(&mut r)?;
            let message = get_string(&mut r)?;
            let skipped = match r.u8()? {
                0 => false,
                1 => true,
                _ => return Err(r.error("bad flag")),
            };
            issues.push(BackupIssue {
                path,
                message,
                skipped,
            });
        }
        let program = get_string(&mut r)?;
        let mut seen = Vec::new();
        if version >= 2 {
            let n = r.u16()? as usize;
            if n > MAX_SEEN {
                return Err(r.error("too many seen snapshots"));
            }
            for _ in 0..n {
                seen.push(ObjectId::from_bytes(r.array()?));
            }
        }
        r.finish()?;
        Ok(Snapshot {
            id,
            time_ns,
            host,
            username,
            paths,
            tags,
            root,
            parent,
            previous,
            seen,
            summary,
            issues,
            program,
        })
    }
}

/// Which snapshots a command means: `latest`, an id or id prefix, filtered by host, paths, tags.
#[derive(Clone, Debug, Default)]
pub struct SnapshotFilter {
    /// Only snapshots of this host.
    pub host: Option<String>,
    /// Only snapshots with all these tags.
    pub tags: Vec<String>,
    /// Only snapshots of exactly these paths.
    pub paths: Vec<Vec<u8>>,
}

impl SnapshotFilter {
    /// Whether `s` is one of the snapshots this filter means.
    pub fn matches(&self, s: &Snapshot) -> bool {
        self.host.as_ref().is_none_or(|h| *h == s.host)
            && self.tags.iter().all(|t| s.tags.contains(t))
            && (self.paths.is_empty() || {
                let mut a = self.paths.clone();
                let mut b = s.paths.clone();
                a.sort();
                b.sort();
                a == b
            })
    }
}

/// The snapshots of a repository: those that could be read, oldest first, and those that could
/// not.
#[derive(Debug, Default)]
pub struct SnapshotList {
    /// Readable snapshots, oldest first.
    pub snapshots: Vec<Snapshot>,
    /// Snapshot objects that could not be read, by name.
    pub unreadable: Vec<Unreadable>,
}

impl SnapshotList {
    /// The newest snapshot of each group (host and paths), most recent first, at most
    /// `MAX_SEEN`: what a new snapshot records as `seen`.
    pub(crate) fn heads(&self) -> Vec<ObjectId> {
        let mut groups = std::collections::HashSet::new();
        let mut heads = Vec::new();
        for s in self.snapshots.iter().rev() {
            let mut paths = s.paths.clone();
            paths.sort();
            if groups.insert((s.host.as_str(), paths)) {
                heads.push(s.id);
                if heads.len() == MAX_SEEN {
                    break;
                }
            }
        }
        heads
    }

    /// Resolves `latest` (the newest readable snapshot matching `filter`) or an id or unique id
    /// prefix of at least 4 hex digits. An id that names an unreadable snapshot is an error
    /// saying why it cannot be read.
    pub fn find(&self, spec: &str, filter: &SnapshotFilter) -> Result<&Snapshot> {
        let mut matching = self.snapshots.iter().filter(|s| filter.matches(s));
        if spec == "latest" {
            return matching
                .next_back()
                .ok_or_else(|| Error::not_found("latest", "no snapshot matches"));
        }
        let spec = spec.to_ascii_lowercase();
        if spec.len() < 4 || !spec.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(Error::invalid_input(format!(
                "{spec:?} is not `latest` or a snapshot id (at least 4 hex digits)"
            )));
        }
        let mut found = matching.filter(|s| s.id.to_hex().starts_with(&spec));
        match (found.next(), found.next()) {
            (Some(s), None) => Ok(s),
            (None, _) => {
                let prefix = format!("{}{spec}", ObjectKind::Snapshot.prefix());
                match self
                    .unreadable
                    .iter()
                    .find(|u| u.object.starts_with(&prefix))
                {
                    Some(u) => Err(Error::integrity(
                        u.object.as_str(),
                        format!("snapshot cannot be read ({})", u.error),
                    )),
                    None => Err(Error::not_found(
                        format!("snapshot {spec}"),
                        "no such snapshot",
                    )),
                }
            }
            (Some(_), Some(_)) => Err(Error::invalid_input(format!(
                "snapshot id prefix {spec} is ambiguous"
            ))),
        }
    }
}

/// Seals and stores a snapshot under a fresh id; returns the id. Call after `flush`: the
/// snapshot must only ever refer to durable blobs.
pub(crate) fn save(repo: &Repository, snapshot: &mut Snapshot) -> Result<ObjectId> {
    let id = ObjectId::random()?;
    snapshot.id = id;
    repo.put_sealed(Object::Snapshot(id), SNAPSHOT_MAGIC, &snapshot.encode())?;
    repo.committed();
    crate::files::history::remember_saved(repo, id);
    Ok(id)
}

/// Loads one snapshot.
pub(crate) fn load(repo: &Repository, id: ObjectId) -> Result<Snapshot> {
    let object = Object::Snapshot(id);
    let body = repo.get_sealed(object, SNAPSHOT_MAGIC)?;
    Snapshot::decode(id, &body, &object.name())
}

/// Every snapshot that can be read, oldest first, and every one that cannot (damaged,
/// foreign or stray objects in `snapshots/`): one bad object must not hide the others.
/// A failing backend is an error.
pub(crate) fn list(repo: &Repository) -> Result<SnapshotList> {
    let listed = repo.list(ObjectKind::Snapshot)?;
    let loaded: Vec<(String, Result<Snapshot>)> = listed
        .into_par_iter()
        .map(|o| {
            let snapshot = match Object::parse(&o.name) {
                Some(Object::Snapshot(id)) => load(repo, id),
                _ => Err(Error::integrity(
                    o.name.as_str(),
                    "snapshot object name is not an id",
                )),
            };
            (o.name, snapshot)
        })
        .collect();
    let mut list = SnapshotList::default();
    for (object, result) in loaded {
        match result {
            Ok(s) => list.snapshots.push(s),
            Err(error) if is_damage(&error) => list.unreadable.push(Unreadable { object, error }),
            Err(error) => return Err(error),
        }
    }
    list.snapshots.sort_by_key(|s| (s.time_ns, s.id));
    list.unreadable.sort_by(|a, b| a.object.cmp(&b.object));
    Ok(list)
}

/// Resolves `latest` or an id (or unique id prefix of at least 4 hex digits) among the
/// readable snapshots matching `filter`; see [`SnapshotList::find`].
pub(crate) fn find(repo: &Repository, spec: &str, filter: &SnapshotFilter) -> Result<Snapshot> {
    list(repo)?.find(spec, filter).cloned()
}

/// Loads and decodes a tree blob.
pub(crate) fn load_tree(repo: &Repository, id: &BlobId) -> Result<Tree> {
    let bytes = repo.load(id)?;
    Tree::decode(&bytes, &format!("tree {id}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn sample() -> Snapshot {
        Snapshot {
            id: ObjectId::from_bytes([1; 16]),
            time_ns: 1_764_320_400_000_000_000,
            host: "laptop".into(),
            username: "alice".into(),
            paths: vec![b"/home/alice".to_vec(), b"/etc".to_vec()],
            tags: vec!["daily".into()],
            root: BlobId::from_bytes([2; 32]),
            parent: Some(ObjectId::from_bytes([3; 16])),
            previous: None,
            seen: vec![ObjectId::from_bytes([4; 16])],
            summary: BackupSummary {
                files_new: 5,
                bytes_total: 1000,
                duration_ms: 12,
                ..Default::default()
            },
            issues: vec![BackupIssue {
                path: b"/etc/shadow".to_vec(),
                message: "permission denied".into(),
                skipped: true,
            }],
            program: "sealvault 0.1.0".into(),
        }
    }

    #[test]
    fn round_trips() {
        let s = sample();
        assert_eq!(Snapshot::decode(s.id, &s.encode(), "s").unwrap(), s);
    }

    #[test]
    fn version_1_bodies_are_read_with_nothing_seen() {
        let s = sample();
        let mut v1 = s.encode();
        v1.truncate(v1.len() - 2 - 16);
        v1[0] = 1;
        let read = Snapshot::decode(s.id, &v1, "s").unwrap();
        assert_eq!(read, Snapshot { seen: vec![], ..s });
    }

    proptest! {
        #[test]
        fn decode_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
            let _ = Snapshot::decode(ObjectId::from_bytes([0; 16]), &bytes, "s");
        }

        #[test]
        fn truncations_are_errors(cut in 0usize..200) {
            let bytes = sample().encode();
            let cut = cut % bytes.len();
            prop_assert!(Snapshot::decode(ObjectId::from_bytes([0; 16]), &bytes[..cut], "s").is_err());
        }
    }
}
