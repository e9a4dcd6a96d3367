//! The conformance suite of the [`Backend`] trait: what the store relies on, checked against a
//! backend that must start empty (a fresh directory, a fresh prefix of a bucket).

use std::time::{Duration, SystemTime};

use super::{Backend, ObjectInfo};
use crate::error::ErrorKind;

/// Runs every check against `b`, which must hold no object. Panics on the first failure.
pub fn run(b: &dyn Backend) {
    missing_objects(b);
    put_get_replace_and_ranges(b);
    listing_sizes_and_times(b);
    bounded_reads(b);
    deletes(b);
    refused_names(b);
    large_objects(b);
    concurrent_puts(b);
}

fn missing_objects(b: &dyn Backend) {
    assert_eq!(b.get("config").unwrap_err().kind(), ErrorKind::NotFound);
    assert!(!b.exists("config").unwrap());
    assert_eq!(b.head("config").unwrap_err().kind(), ErrorKind::NotFound);
    let mut buf = Vec::new();
    assert_eq!(
        b.get_range_into("packs/zz/none", 0, 1, &mut buf)
            .unwrap_err()
            .kind(),
        ErrorKind::NotFound
    );
    assert_eq!(
        b.get_range("packs/zz/none", 0, 1).unwrap_err().kind(),
        ErrorKind::NotFound
    );
    assert!(b.list("snapshots/").unwrap().is_empty());
    b.delete("never/written").unwrap();
}

fn put_get_replace_and_ranges(b: &dyn Backend) {
    b.put("config", b"hello").unwrap();
    assert!(b.exists("config").unwrap());
    assert_eq!(b.get("config").unwrap(), b"hello");
    b.put("config", b"replaced").unwrap();
    assert_eq!(b.get("config").unwrap(), b"replaced");
    b.put("packs/ab/abcd", &[7u8; 100]).unwrap();
    b.put("packs/cd/cdef", &[8u8; 10]).unwrap();
    b.put("index/0001", b"i").unwrap();
    b.put("empty", b"").unwrap();
    assert_eq!(b.get("empty").unwrap(), b"");
    assert_eq!(b.head("empty").unwrap(), 0);
    assert_eq!(b.get_range("packs/ab/abcd", 90, 10).unwrap(), [7u8; 10]);
    assert!(b.get_range("packs/ab/abcd", 95, 10).is_err());
    assert!(b.get_range("packs/ab/abcd", 101, 0).is_err());
    assert_eq!(b.get_range("packs/cd/cdef", 0, 0).unwrap(), b"");
    assert_eq!(b.get_range("packs/cd/cdef", 10, 0).unwrap(), b"");
    // Into a reused buffer: the old contents are replaced, whatever their length.
    let mut buf = vec![1u8; 50];
    b.get_range_into("packs/cd/cdef", 2, 5, &mut buf).unwrap();
    assert_eq!(buf, [8u8; 5]);
    b.get_range_into("packs/ab/abcd", 0, 20, &mut buf).unwrap();
    assert_eq!(buf, [7u8; 20]);
    assert!(b.get_range_into("packs/cd/cdef", 5, 6, &mut buf).is_err());
}

fn listing_sizes_and_times(b: &dyn Backend) {
    let mut names: Vec<ObjectInfo> = b.list("packs/").unwrap();
    names.sort_by(|x, y| x.name.cmp(&y.name));
    let sizes: Vec<(&str, u64)> = names.iter().map(|o| (&*o.name, o.size)).collect();
    assert_eq!(sizes, [("packs/ab/abcd", 100), ("packs/cd/cdef", 10)]);
    // The store's clock, which may differ from ours: only sanity is checked (within a day).
    let day = Duration::from_secs(86_400);
    for o in &names {
        let t = o
            .modified
            .expect("listings carry the store's modification time");
        let now = SystemTime::now();
        assert!(t < now + day && t + day > now, "{o:?}");
    }
    assert_eq!(b.list("index/").unwrap().len(), 1);
    assert_eq!(b.list("packs/ab/").unwrap().len(), 1);
    let all: Vec<String> = b.list("").unwrap().into_iter().map(|o| o.name).collect();
    for name in ["config", "empty", "index/0001", "packs/ab/abcd"] {
        assert!(all.iter().any(|n| n == name), "{name} in {all:?}");
    }
    assert_eq!(b.head("packs/ab/abcd").unwrap(), 100);
    assert_eq!(
        b.head("packs/ab/abc").unwrap_err().kind(),
        ErrorKind::NotFound
    );
}

fn bounded_reads(b: &dyn Backend) {
    assert_eq!(b.get_bounded("packs/ab/abcd", 100).unwrap(), [7u8; 100]);
    assert!(
        b.get_bounded("packs/ab/abcd", 99)
            .unwrap_err()
            .is_integrity()
    );
    assert_eq!(
        b.get_bounded("packs/zz/none", 9).unwrap_err().kind(),
        ErrorKind::NotFound
    );
}

fn deletes(b: &dyn Backend) {
    b.delete("packs/ab/abcd").unwrap();
    b.delete("packs/ab/abcd").unwrap();
    assert!(!b.exists("packs/ab/abcd").unwrap());
    assert_eq!(b.list("packs/").unwrap().len(), 1);
}

fn refused_names(b: &dyn Backend) {
    for bad in [
        "", "/x", "a//b", "../x", "a/../b", "UPPER", "a/.tmp-1", "sp ace",
    ] {
        assert_eq!(
            b.put(bad, b"").unwrap_err().kind(),
            ErrorKind::InvalidInput,
            "{bad:?}"
        );
    }
}

/// Bytes that differ everywhere, so a misplaced range cannot read as the right one.
fn pattern(len: usize, seed: u64) -> Vec<u8> {
    let mut x = seed | 1;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect()
}

/// A pack-sized object (over 16 MiB: past any single-part limit a client may apply).
fn large_objects(b: &dyn Backend) {
    let data = pattern(17 << 20, 5);
    b.put("packs/ee/large", &data).unwrap();
    assert_eq!(b.head("packs/ee/large").unwrap(), data.len() as u64);
    assert!(b.get("packs/ee/large").unwrap() == data);
    for (offset, len) in [(0, 1), (9 << 20, 3 << 20), ((17 << 20) - 5, 5)] {
        let got = b.get_range("packs/ee/large", offset, len).unwrap();
        assert!(got == data[offset as usize..(offset + len) as usize]);
    }
    b.delete("packs/ee/large").unwrap();
}

fn concurrent_puts(b: &dyn Backend) {
    let objects: Vec<(String, Vec<u8>)> = (0..16u64)
        .map(|i| {
            (
                format!("snapshots/{i:04}"),
                pattern(1000 + i as usize * 7919, i),
            )
        })
        .collect();
    std::thread::scope(|s| {
        for chunk in objects.chunks(4) {
            s.spawn(move || {
                for (name, data) in chunk {
                    b.put(name, data).unwrap();
                }
            });
        }
    });
    let mut listed = b.list("snapshots/").unwrap();
    listed.sort_by(|x, y| x.name.cmp(&y.name));
    assert_eq!(listed.len(), objects.len());
    for ((name, data), info) in objects.iter().zip(&listed) {
        assert_eq!((&info.name, info.size), (name, data.len() as u64));
        assert!(&b.get(name).unwrap() == data, "{name}");
    }
}
