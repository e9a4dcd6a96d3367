//! Key slots through the public API: unlock, add, list, remove, change passphrase, recovery shares.

mod common;

use std::sync::Arc;

use common::*;
use sealvault::{Backend, Credential, ErrorKind, InitOptions, MemoryBackend, Repository, SlotKind};

#[test]
fn wrong_password_is_one_clear_error() {
    let (backend, _repo) = new_repo();
    let e = Repository::open(backend, &Credential::passphrase("wrong")).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::WrongKey);
    assert_eq!(
        e.to_string(),
        "wrong password or key: no key slot accepts it"
    );
}

#[test]
fn missing_repository_and_double_init_are_reported() {
    let backend = Arc::new(MemoryBackend::new());
    let e = Repository::open(backend.clone(), &password()).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::NotFound);
    assert!(e.to_string().contains("no sealvault repository"), "{e}");
    Repository::init(backend.clone(), &password(), &options()).unwrap();
    let e = Repository::init(backend, &password(), &options()).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::AlreadyExists);
}

#[test]
fn unknown_format_version_is_reported_before_the_key() {
    let (backend, _repo) = new_repo();
    let mut config = backend.get("config").unwrap();
    config[8] = 42;
    backend.put("config", &config).unwrap();
    let e = Repository::open(backend, &Credential::passphrase("any")).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::UnsupportedFormat);
    assert!(e.to_string().contains("version 42"), "{e}");
}

#[test]
fn every_slot_kind_opens_and_slots_can_be_managed_without_touching_data() {
    let (backend, repo) = new_repo();
    let data_id = repo
        .store(sealvault::BlobKind::Data, b"payload")
        .unwrap()
        .id;
    repo.flush().unwrap();
    let data_objects = |b: &MemoryBackend| {
        let mut v: Vec<_> = b
            .list("packs/")
            .unwrap()
            .into_iter()
            .chain(b.list("index/").unwrap())
            .collect();
        v.sort_by(|a, b| a.name.cmp(&b.name));
        v
    };
    let before = data_objects(&backend);

    let (rk_slot, rk) = repo.keys().add_recovery_key().unwrap();
    let key_file = Credential::key_file(vec![0x5A; 64]).unwrap();
    let kf_slot = repo.keys().add(&key_file, fast_kdf()).unwrap();
    let second = Credential::passphrase("second passphrase");
    let pw2_slot = repo.keys().add(&second, fast_kdf()).unwrap();
    let slots = repo.keys().list().unwrap();
    assert_eq!(slots.len(), 4);
    let kinds: Vec<_> = slots.iter().map(|s| s.kind).collect();
    assert_eq!(
        kinds.iter().filter(|k| **k == SlotKind::Passphrase).count(),
        2
    );
    assert!(kinds.contains(&SlotKind::RecoveryKey) && kinds.contains(&SlotKind::KeyFile));
    let fp = repo.fingerprint();
    drop(repo);

    let rk_text = rk.to_text();
    for (cred, slot) in [
        (Credential::recovery_key(&rk_text).unwrap(), rk_slot),
        (
            Credential::recovery_key(&rk_text.to_lowercase()).unwrap(),
            rk_slot,
        ),
        (key_file, kf_slot),
        (second, pw2_slot),
    ] {
        let r = Repository::open(backend.clone(), &cred).unwrap();
        assert_eq!(r.opened_with(), Some(slot));
        assert_eq!(r.load(&data_id).unwrap(), b"payload");
        assert_eq!(
            r.fingerprint(),
            fp,
            "fingerprint is the same whatever slot opened it"
        );
    }

    // Change the first passphrase: the old one stops working, the new one works.
    let repo = Repository::open(backend.clone(), &password()).unwrap();
    let newer = Credential::passphrase("a brand new passphrase");
    let new_slot = repo.keys().change_passphrase(&newer, fast_kdf()).unwrap();
    assert_eq!(repo.opened_with(), Some(new_slot));
    assert_eq!(
        Repository::open(backend.clone(), &password())
            .unwrap_err()
            .kind(),
        ErrorKind::WrongKey
    );
    Repository::open(backend.clone(), &newer).unwrap();

    // Remove all but one; the last one cannot go.
    for s in [rk_slot, kf_slot, pw2_slot] {
        repo.keys().remove(s, true).unwrap();
    }
    let e = repo.keys().remove(new_slot, true).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidInput);
    assert!(e.to_string().contains("last key slot"), "{e}");
    assert_eq!(repo.keys().list().unwrap().len(), 1);
    assert_eq!(
        data_objects(&backend),
        before,
        "key management never touches packs or index"
    );
}

#[test]
fn a_mistyped_recovery_key_is_caught_before_any_slot_is_tried() {
    let (_backend, repo) = new_repo();
    let (_, rk) = repo.keys().add_recovery_key().unwrap();
    let mut text: Vec<char> = rk.to_text().chars().collect();
    text[5] = if text[5] == 'Z' { 'Y' } else { 'Z' };
    let e = Credential::recovery_key(&text.into_iter().collect::<String>()).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidInput);
    assert!(e.to_string().contains("mistyped"), "{e}");
}

#[test]
fn default_kdf_is_at_least_64_mib() {
    let o = InitOptions::default();
    assert!(o.kdf.memory_kib() >= 64 * 1024);
}

#[test]
fn any_k_recovery_shares_open_the_repository_and_k_minus_one_say_how_many_are_missing() {
    let (backend, repo) = new_repo();
    let data_id = repo
        .store(sealvault::BlobKind::Data, b"payload")
        .unwrap()
        .id;
    repo.flush().unwrap();
    let (slot, shares) = repo.keys().add_recovery_shares(3, 5).unwrap();
    let (_, other_split) = repo.keys().add_recovery_shares(2, 2).unwrap();
    let listed = repo.keys().list().unwrap();
    let info = listed.iter().find(|s| s.id == slot).unwrap();
    assert_eq!(info.kind, SlotKind::RecoveryShares);
    let params = info.shares.unwrap();
    assert_eq!((params.threshold, params.shares), (3, 5));
    assert_eq!(params.split, shares[0].split());
    drop(repo);

    let texts: Vec<String> = shares.iter().map(|s| s.to_text().to_string()).collect();
    for pick in [[0, 1, 2], [4, 2, 0], [1, 3, 4]] {
        let given: Vec<&str> = pick.iter().map(|&i| texts[i].as_str()).collect();
        let r = Repository::open(
            backend.clone(),
            &Credential::recovery_shares(&given).unwrap(),
        )
        .unwrap();
        assert_eq!(r.opened_with(), Some(slot));
        assert_eq!(r.load(&data_id).unwrap(), b"payload");
    }
    let e = Credential::recovery_shares(&[&texts[0], &texts[3]]).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidInput);
    assert_eq!(
        e.to_string(),
        format!(
            "invalid input: 2 recovery share(s) of split {} given; it needs 3",
            shares[0].split()
        )
    );
    let e = Credential::recovery_shares(&[
        texts[0].clone(),
        other_split[0].to_text().to_string(),
        texts[1].clone(),
    ])
    .unwrap_err();
    assert!(e.to_string().contains("different splits"), "{e}");

    // Once its slot is removed, the shares open nothing.
    let r = Repository::open(backend.clone(), &password()).unwrap();
    r.keys().remove(slot, false).unwrap();
    let e =
        Repository::open(backend, &Credential::recovery_shares(&texts[..3]).unwrap()).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::WrongKey);
}
