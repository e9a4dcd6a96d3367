//! `serde::Serialize` for the report types (feature `serde`): the helpers their fields name
//! with `serialize_with`. Ids serialize as lowercase hex (their impls are in `id`), times as
//! RFC 3339 in UTC, byte paths and `PathBuf`s as strings with bytes that are not UTF-8
//! replaced by U+FFFD (lossy: two paths may serialize alike), errors as their message, and
//! pairs as two-element arrays.

use std::fmt::Display;
use std::path::{Path, PathBuf};

use jiff::Timestamp;
use serde::Serializer;
use serde::ser::Error as _;

use crate::primitives::id::ObjectId;

/// Nanoseconds since the epoch as RFC 3339 (`2025-11-28T10:15:02.5Z`: the fraction without
/// trailing zeros, left out when zero).
pub(crate) fn rfc3339_ns<S: Serializer>(ns: &i64, s: S) -> Result<S::Ok, S::Error> {
    // Every i64 of nanoseconds (years 1677 to 2262) is within jiff's range.
    let t = Timestamp::from_nanosecond(i128::from(*ns)).map_err(S::Error::custom)?;
    s.collect_str(&t)
}

/// Unix seconds as RFC 3339; a value past jiff's range (a damaged one) as jiff's last
/// instant, `9999-12-30T22:00:00Z`, rather than failing the whole report.
pub(crate) fn rfc3339_secs<S: Serializer>(secs: &u64, s: S) -> Result<S::Ok, S::Error> {
    let t = i64::try_from(*secs)
        .ok()
        .and_then(|secs| Timestamp::from_second(secs).ok())
        .unwrap_or(Timestamp::MAX);
    s.collect_str(&t.strftime("%Y-%m-%dT%H:%M:%SZ"))
}

/// A `SystemTime` (a store's modification time) as RFC 3339, to the nanosecond.
pub(crate) fn system_time<S: Serializer>(
    t: &std::time::SystemTime,
    s: S,
) -> Result<S::Ok, S::Error> {
    let t = Timestamp::try_from(*t).map_err(S::Error::custom)?;
    s.collect_str(&t)
}

/// An optional `SystemTime` as RFC 3339, or null.
pub(crate) fn opt_system_time<S: Serializer>(
    t: &Option<std::time::SystemTime>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match t {
        Some(t) => system_time(t, s),
        None => s.serialize_none(),
    }
}

/// A byte path as a lossy UTF-8 string.
pub(crate) fn lossy<S: Serializer>(bytes: &[u8], s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&String::from_utf8_lossy(bytes))
}

/// Byte paths as lossy UTF-8 strings.
pub(crate) fn lossy_all<S: Serializer>(paths: &[Vec<u8>], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(paths.iter().map(|p| String::from_utf8_lossy(p)))
}

/// A path as a lossy UTF-8 string (serde's own impl fails on one that is not UTF-8).
pub(crate) fn lossy_path<S: Serializer>(path: &Path, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&path.to_string_lossy())
}

/// Snapshots and paths as `[id, path]` pairs, each path a lossy UTF-8 string.
pub(crate) fn lossy_affects<S: Serializer>(
    affects: &[(ObjectId, PathBuf)],
    s: S,
) -> Result<S::Ok, S::Error> {
    s.collect_seq(affects.iter().map(|(id, p)| (id, p.to_string_lossy())))
}

/// Anything (an [`Error`](crate::Error)) as its `Display` text.
pub(crate) fn display<T: Display, S: Serializer>(value: &T, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(value)
}

#[cfg(test)]
mod tests {
    use std::os::unix::ffi::OsStrExt as _;

    use serde_json::{Value, json};

    use crate::primitives::id::{BlobId, ObjectId, SlotId};
    use crate::{
        BackupIssue, BackupSummary, Damage, Error, ExistingAction, KdfParams, SlotInfo, SlotKind,
        Snapshot, SplitId, SplitParams, Unreadable,
    };

    #[test]
    fn a_snapshot_serializes_with_hex_ids_rfc3339_time_and_lossy_paths() {
        let snapshot = Snapshot {
            id: ObjectId::from_bytes([0xab; 16]),
            time_ns: 1_764_324_902_500_000_000,
            host: "laptop".into(),
            username: "alice".into(),
            paths: vec![b"/home/alice".to_vec(), b"/bad\xff".to_vec()],
            tags: vec!["daily".into()],
            root: BlobId::from_bytes([0x01; 32]),
            parent: None,
            previous: Some(ObjectId::from_bytes([0x0f; 16])),
            seen: vec![],
            summary: BackupSummary {
                files_new: 5,
                ..BackupSummary::default()
            },
            issues: vec![BackupIssue {
                path: b"/etc/\xfeshadow".to_vec(),
                message: "permission denied".into(),
                skipped: true,
            }],
            program: "sealvault 0.1.0".into(),
        };
        let v = serde_json::to_value(&snapshot).unwrap();
        assert_eq!(v["id"], "ab".repeat(16));
        assert_eq!(v["root"], "01".repeat(32));
        assert_eq!(v["parent"], Value::Null);
        assert_eq!(v["previous"], "0f".repeat(16));
        assert_eq!(v["time"], "2025-11-28T10:15:02.5Z");
        assert_eq!(v["paths"], json!(["/home/alice", "/bad\u{fffd}"]));
        assert_eq!(v["summary"]["files_new"], 5);
        assert_eq!(
            v["issues"],
            json!([{ "path": "/etc/\u{fffd}shadow", "message": "permission denied", "skipped": true }])
        );
    }

    #[test]
    fn slots_damage_and_errors_serialize_as_their_text() {
        let slot = SlotInfo {
            id: SlotId::from_bytes([0x22; 16]),
            kind: SlotKind::RecoveryKey,
            created: 1_764_324_902,
            kdf: Some(KdfParams::DEFAULT),
            shares: Some(SplitParams {
                split: SplitId([0xa1, 0xb2, 0xc3]),
                threshold: 3,
                shares: 5,
            }),
        };
        assert_eq!(
            serde_json::to_value(&slot).unwrap(),
            json!({
                "id": "22".repeat(16),
                "kind": "recovery-key",
                "created": "2025-11-28T10:15:02Z",
                "kdf": { "memory_kib": 65536, "iterations": 14, "lanes": 1 },
                "shares": { "split": "a1b2c3", "threshold": 3, "shares": 5 },
            })
        );
        let damaged = SlotInfo {
            created: u64::MAX,
            ..slot
        };
        assert_eq!(
            serde_json::to_value(&damaged).unwrap()["created"],
            "9999-12-30T22:00:00Z"
        );

        let damage = Damage {
            object: "pack 00".into(),
            problem: "missing".into(),
            affects: vec![(
                ObjectId::from_bytes([0x33; 16]),
                std::ffi::OsStr::from_bytes(b"/a/\xff").into(),
            )],
            more_affected: 0,
        };
        assert_eq!(
            serde_json::to_value(&damage).unwrap()["affects"],
            json!([["33".repeat(16), "/a/\u{fffd}"]])
        );

        let error = Error::integrity("index/00", "authentication failed");
        let message = error.to_string();
        let unreadable = Unreadable {
            object: "index/00".into(),
            error,
        };
        assert_eq!(
            serde_json::to_value(&unreadable).unwrap(),
            json!({ "object": "index/00", "error": message })
        );
        assert_eq!(
            serde_json::to_value(ExistingAction::Replaced).unwrap(),
            "replaced"
        );
    }
}
