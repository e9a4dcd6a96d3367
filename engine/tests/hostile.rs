//! A hostile repository (or a hostile target directory) cannot make restore write outside the
//! target: path-traversal fixtures.

mod common;

use std::path::Path;

use common::*;
use sealvault::FileTrees;
use sealvault::tree::{ContentRange, Node, NodeKind, Tree};
use sealvault::{BlobKind, NoProgress, Repository};

fn file(repo: &Repository, name: &[u8], data: &[u8]) -> Node {
    let id = repo.store(BlobKind::Data, data).unwrap().id;
    let mut n = Node::new(name.to_vec(), NodeKind::File);
    n.mode = 0o644;
    n.size = data.len() as u64;
    n.content = vec![ContentRange {
        id,
        offset: 0,
        len: data.len() as u32,
    }];
    n
}

fn nothing_new_in(dir: &Path) -> bool {
    std::fs::read_dir(dir).unwrap().next().is_none()
}

#[test]
fn names_that_climb_out_are_rejected() {
    for bad in [&b"../escape"[..], b"..", b"a/../../escape", b"/etc/passwd"] {
        let (_b, repo) = new_repo();
        let outside = tempfile::tempdir().unwrap();
        let target = outside.path().join("target");
        let snap = snapshot_of(
            &repo,
            Tree {
                nodes: vec![file(&repo, bad, b"pwned")],
            },
        );
        let e = repo
            .restore(&snap, &target, &Default::default(), &NoProgress)
            .unwrap_err();
        assert!(e.is_integrity(), "{bad:?}: {e}");
        let names: Vec<_> = std::fs::read_dir(outside.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        // The snapshot is refused before anything is made: not even the target.
        assert!(names.is_empty(), "{bad:?}: {names:?}");
    }
}

#[test]
fn a_symlink_and_a_directory_of_the_same_name_are_rejected() {
    let (_b, repo) = new_repo();
    let outside = tempfile::tempdir().unwrap();
    let mut link = Node::new(b"a".to_vec(), NodeKind::Symlink);
    link.target = outside.path().as_os_str().as_encoded_bytes().to_vec();
    let inner = repo
        .store(
            BlobKind::Tree,
            &Tree {
                nodes: vec![file(&repo, b"f", b"pwned")],
            }
            .encode(),
        )
        .unwrap()
        .id;
    let mut dir = Node::new(b"a".to_vec(), NodeKind::Dir);
    dir.subtree = Some(inner);
    let snap = snapshot_of(
        &repo,
        Tree {
            nodes: vec![link, dir],
        },
    );
    let target = tempfile::tempdir().unwrap();
    assert!(
        repo.restore(&snap, target.path(), &Default::default(), &NoProgress)
            .unwrap_err()
            .is_integrity()
    );
    assert!(nothing_new_in(outside.path()));
}

#[test]
fn symlinks_already_in_the_target_are_replaced_not_followed() {
    let (_b, repo) = new_repo();
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("x"), b"precious").unwrap();
    let target = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(outside.path(), target.path().join("a")).unwrap();
    std::os::unix::fs::symlink(outside.path().join("x"), target.path().join("file")).unwrap();

    let inner = repo
        .store(
            BlobKind::Tree,
            &Tree {
                nodes: vec![file(&repo, b"x", b"from backup")],
            }
            .encode(),
        )
        .unwrap()
        .id;
    let mut dir = Node::new(b"a".to_vec(), NodeKind::Dir);
    dir.mode = 0o755;
    dir.subtree = Some(inner);
    let snap = snapshot_of(
        &repo,
        Tree {
            nodes: vec![dir, file(&repo, b"file", b"also from backup")],
        },
    );
    repo.restore(&snap, target.path(), &Default::default(), &NoProgress)
        .unwrap();

    assert_eq!(
        std::fs::read(outside.path().join("x")).unwrap(),
        b"precious"
    );
    assert!(
        std::fs::symlink_metadata(target.path().join("a"))
            .unwrap()
            .is_dir()
    );
    assert_eq!(
        std::fs::read(target.path().join("a/x")).unwrap(),
        b"from backup"
    );
    assert!(
        std::fs::symlink_metadata(target.path().join("file"))
            .unwrap()
            .is_file()
    );
}
