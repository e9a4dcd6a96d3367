//! Flip bytes in, and truncate, every kind of stored object: the result must be an error
//! naming the object, never wrong data and never a panic.

mod common;

use std::sync::Arc;

use common::*;
use sealvault::{Backend, BlobKind, ErrorKind, MemoryBackend, Repository};

struct Fixture {
    backend: Arc<MemoryBackend>,
    blobs: Vec<(sealvault::BlobId, Vec<u8>)>,
}

fn fixture() -> Fixture {
    let (backend, repo) = new_repo();
    let mut blobs = Vec::new();
    for (i, data) in [b"first blob".to_vec(), vec![7u8; 3000], bytes(500, 9)]
        .into_iter()
        .enumerate()
    {
        let kind = if i == 1 {
            BlobKind::Tree
        } else {
            BlobKind::Data
        };
        blobs.push((repo.store(kind, &data).unwrap().id, data));
    }
    repo.flush().unwrap();
    Fixture { backend, blobs }
}

/// What a failed read reported.
#[derive(Debug)]
struct Failure {
    kind: ErrorKind,
    object: Option<String>,
    text: String,
}

impl From<&sealvault::Error> for Failure {
    fn from(e: &sealvault::Error) -> Failure {
        Failure {
            kind: e.kind(),
            object: e.object().map(String::from),
            text: e.to_string(),
        }
    }
}

/// Opens, loads every blob and verifies every pack; returns the first error (an index segment
/// that `open` could not read counts first). Any blob that does load must be exactly right.
fn read_everything(f: &Fixture, backend: Arc<MemoryBackend>) -> Result<(), Failure> {
    let repo = Repository::open(backend, &password()).map_err(|e| Failure::from(&e))?;
    if let Some(u) = repo.unreadable_index().first() {
        return Err(Failure::from(&u.error));
    }
    let mut first_err = None;
    for (id, data) in &f.blobs {
        match repo.load(id) {
            Ok(got) => assert_eq!(&got, data, "wrong data released for blob {id}"),
            Err(e) => {
                first_err.get_or_insert(Failure::from(&e));
            }
        }
    }
    for (pack, _) in repo.indexed_packs() {
        if let Err(e) = repo.verify_pack(&pack) {
            first_err.get_or_insert(Failure::from(&e));
        }
    }
    first_err.map_or(Ok(()), Err)
}

fn tampered(f: &Fixture, name: &str, change: impl Fn(&mut Vec<u8>)) -> Arc<MemoryBackend> {
    let copy = Arc::new(MemoryBackend::new());
    for o in f.backend.list("").unwrap() {
        let mut bytes = f.backend.get(&o.name).unwrap();
        if o.name == name {
            change(&mut bytes);
        }
        copy.put(&o.name, &bytes).unwrap();
    }
    copy
}

#[test]
fn every_flipped_byte_of_every_object_is_detected() {
    let f = fixture();
    read_everything(&f, f.backend.clone()).expect("the untouched repository reads back");
    let objects = f.backend.list("").unwrap();
    let kinds: Vec<&str> = objects
        .iter()
        .map(|o| o.name.split('/').next().unwrap())
        .collect();
    for k in ["config", "keys", "index", "packs"] {
        assert!(kinds.contains(&k), "fixture has no {k} object");
    }
    for o in &objects {
        // Every byte of small objects; for packs every byte of the blobs and the trailer and a
        // stride through padding and header (each flip re-opens the repository).
        let positions: Vec<usize> = if o.size < 2000 {
            (0..o.size as usize).collect()
        } else {
            let n = o.size as usize;
            (0..600)
                .chain((600..n - 200).step_by(37))
                .chain(n - 200..n)
                .collect()
        };
        for i in positions {
            let copy = tampered(&f, &o.name, |b| b[i] ^= 0x20);
            let e = read_everything(&f, copy)
                .expect_err(&format!("flipping byte {i} of {} went unnoticed", o.name));
            let text = &e.text;
            match e.kind {
                ErrorKind::Integrity | ErrorKind::UnsupportedFormat => {
                    let at = e.object.as_deref().unwrap_or_default();
                    let prefix = o.name.split('/').next().unwrap();
                    let named = at.contains(prefix.trim_end_matches('s'))
                        || o.name.contains(at)
                        || text.contains(&o.name);
                    assert!(named, "byte {i} of {}: error names {at:?}: {text}", o.name);
                }
                // A damaged key slot is indistinguishable from a wrong password.
                ErrorKind::WrongKey => assert!(o.name.starts_with("keys/"), "{}: {text}", o.name),
                other => panic!("byte {i} of {}: unexpected {other:?}: {text}", o.name),
            }
        }
    }
}

#[test]
fn every_truncation_of_every_object_is_detected() {
    let f = fixture();
    for o in f.backend.list("").unwrap() {
        let lens: Vec<usize> = if o.size < 2000 {
            (0..o.size as usize).collect()
        } else {
            (0..o.size as usize)
                .step_by(97)
                .chain([o.size as usize - 1])
                .collect()
        };
        for len in lens {
            let copy = tampered(&f, &o.name, |b| b.truncate(len));
            assert!(
                read_everything(&f, copy).is_err(),
                "{} truncated to {len}",
                o.name
            );
        }
    }
}

#[test]
fn a_deleted_pack_is_reported_by_name() {
    let f = fixture();
    let pack = f.backend.list("packs/").unwrap()[0].name.clone();
    f.backend.delete(&pack).unwrap();
    let e = read_everything(&f, f.backend.clone()).unwrap_err();
    assert_eq!(e.kind, ErrorKind::NotFound);
    assert_eq!(e.object.as_deref(), Some(pack.as_str()));
}
