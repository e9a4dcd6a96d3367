//! Tests of key slots: every kind round-trips, tampering, hostile costs, recovery-key text, the KDF floor.

use super::*;

fn fast() -> KdfParams {
    KdfParams::insecure_for_tests(64, 1, 1).unwrap()
}

fn slot_for(c: &Credential) -> (MasterKey, Vec<u8>) {
    let m = MasterKey::generate().unwrap();
    let bytes = Slot::create(
        &m,
        c,
        fast(),
        RepoId::from_bytes([1; 16]),
        SlotId::from_bytes([2; 16]),
        7,
    )
    .unwrap();
    (m, bytes)
}

#[test]
fn every_kind_round_trips_and_rejects_other_secrets() {
    let rk = RecoveryKey::generate().unwrap();
    let creds = [
        Credential::passphrase("correct horse"),
        Credential::recovery_key(&rk.to_text()).unwrap(),
        Credential::key_file(vec![5u8; 64]).unwrap(),
    ];
    let wrong = [
        Credential::passphrase("correct horsf"),
        Credential::RecoveryKey(RecoveryKey::generate().unwrap()),
        Credential::key_file(vec![6u8; 64]).unwrap(),
    ];
    for (c, w) in creds.iter().zip(&wrong) {
        let (m, bytes) = slot_for(c);
        assert_eq!(bytes.len(), SLOT_LEN);
        let slot = Slot::decode(&bytes, "slot").unwrap();
        assert_eq!(slot.info.kind, c.kind());
        assert_eq!(slot.info.created, 7);
        let got = slot.unlock(c).unwrap().expect("right secret unlocks");
        assert_eq!(got.expose(), m.expose());
        assert!(slot.unlock(w).unwrap().is_none());
    }
}

#[test]
fn flipping_any_byte_is_an_error_or_a_refusal_never_a_key() {
    let c = Credential::passphrase("pw");
    let (_, bytes) = slot_for(&c);
    for i in 0..bytes.len() {
        let mut b = bytes.clone();
        b[i] ^= 0x01;
        match Slot::decode(&b, "slot") {
            Err(e) => assert!(
                matches!(
                    e.kind(),
                    crate::ErrorKind::Integrity | crate::ErrorKind::UnsupportedFormat
                ),
                "byte {i}: {e}"
            ),
            Ok(slot) => assert!(slot.unlock(&c).unwrap().is_none(), "byte {i} accepted"),
        }
    }
    for len in 0..bytes.len() {
        assert!(Slot::decode(&bytes[..len], "slot").is_err());
    }
}

/// A slot for a freshly dealt 2-of-3 split, its master key and the shares.
fn share_slot() -> (MasterKey, Vec<u8>, Vec<RecoveryShare>) {
    let (secret, shares) = deal(2, 3).unwrap();
    let (m, bytes) = slot_for(&Credential::RecoveryShares(secret));
    (m, bytes, shares)
}

#[test]
fn recovery_share_slots_round_trip_and_name_their_split() {
    let (m, bytes, shares) = share_slot();
    assert_eq!(bytes.len(), SLOT_LEN);
    let slot = Slot::decode(&bytes, "slot").unwrap();
    assert_eq!(slot.info.kind, SlotKind::RecoveryShares);
    assert_eq!(slot.info.kdf, None);
    let p = slot.info.shares.unwrap();
    assert_eq!((p.split, p.threshold, p.shares), (shares[0].split(), 2, 3));
    let texts: Vec<String> = shares.iter().map(|s| s.to_text().to_string()).collect();
    let opened = slot
        .unlock(&Credential::recovery_shares(&texts[1..]).unwrap())
        .unwrap()
        .expect("two shares unlock");
    assert_eq!(opened.expose(), m.expose());
    // Shares of another split are not even tried against it.
    let (_, other) = deal(2, 2).unwrap();
    let other: Vec<String> = other.iter().map(|s| s.to_text().to_string()).collect();
    assert!(
        slot.unlock(&Credential::recovery_shares(&other).unwrap())
            .unwrap()
            .is_none()
    );
    // A slot is made from a dealt secret, never from recovered shares.
    let recovered = Credential::recovery_shares(&texts[..2]).unwrap();
    let e = Slot::create(
        &m,
        &recovered,
        fast(),
        RepoId::from_bytes([1; 16]),
        SlotId::from_bytes([3; 16]),
        7,
    )
    .unwrap_err();
    assert_eq!(e.kind(), crate::ErrorKind::InvalidInput);
}

#[test]
fn flipping_any_byte_of_a_share_slot_is_an_error_or_a_refusal() {
    let (_, bytes, shares) = share_slot();
    let texts: Vec<String> = shares.iter().map(|s| s.to_text().to_string()).collect();
    let c = Credential::recovery_shares(&texts[..2]).unwrap();
    for i in 0..bytes.len() {
        let mut b = bytes.clone();
        b[i] ^= 0x01;
        match Slot::decode(&b, "slot") {
            Err(e) => assert!(
                matches!(
                    e.kind(),
                    crate::ErrorKind::Integrity | crate::ErrorKind::UnsupportedFormat
                ),
                "byte {i}: {e}"
            ),
            Ok(slot) => assert!(slot.unlock(&c).unwrap().is_none(), "byte {i} accepted"),
        }
    }
    // Split parameters out of range are refused when decoded.
    let at = 8 + 2 + 1 + 1 + 16 + 16 + 8;
    for (field, value) in [(0, 1u32 << 24), (4, 1), (4, 4), (8, 256)] {
        let mut b = bytes.clone();
        b[at + field..at + field + 4].copy_from_slice(&value.to_le_bytes());
        assert!(
            Slot::decode(&b, "slot").unwrap_err().is_integrity(),
            "{field} = {value}"
        );
    }
}

#[test]
fn hostile_kdf_costs_are_refused_before_any_work() {
    let c = Credential::passphrase("pw");
    let (_, mut bytes) = slot_for(&c);
    // memory_kib lives right after magic, version, kind, reserved, ids and created time.
    let at = 8 + 2 + 1 + 1 + 16 + 16 + 8;
    bytes[at..at + 4].copy_from_slice(&u32::MAX.to_le_bytes());
    assert!(Slot::decode(&bytes, "slot").unwrap_err().is_integrity());
}

#[test]
fn recovery_key_text_is_grouped_and_checksummed() {
    let rk = RecoveryKey::generate().unwrap();
    let text = rk.to_text();
    assert_eq!(text.len(), 39);
    assert_eq!(text.split('-').count(), 8);
    let again = RecoveryKey::parse(&text.to_lowercase().replace('-', " ")).unwrap();
    assert_eq!(*again.secret, *rk.secret);
    // Any single substituted character is caught by the checksum (or the alphabet).
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate().filter(|(_, c)| **c != '-') {
        let sub = if c == 'X' { 'Y' } else { 'X' };
        let mut typo = chars.clone();
        typo[i] = sub;
        let typo: String = typo.into_iter().collect();
        let e = RecoveryKey::parse(&typo).unwrap_err();
        assert!(e.to_string().contains("mistyped"), "{e}");
    }
    assert!(RecoveryKey::parse("ABCD").is_err());
    assert!(RecoveryKey::parse(&format!("{}U", &text[..38])).is_err());
}

#[test]
fn kdf_params_are_validated() {
    assert!(KdfParams::insecure_for_tests(4, 1, 1).is_err());
    assert!(KdfParams::insecure_for_tests(1024, 0, 1).is_err());
    assert!(KdfParams::insecure_for_tests(1024, 1, 0).is_err());
    assert!(KdfParams::insecure_for_tests(KdfParams::MAX_MEMORY_KIB + 1, 1, 1).is_err());
    assert!(KdfParams::DEFAULT.validate().is_ok());
    assert!(KdfParams::DEFAULT.memory_kib() >= 64 * 1024);
}

#[test]
fn new_slots_cannot_be_cheaper_than_owasps_minimum() {
    // Every one of OWASP's equivalent settings is accepted...
    for (mib, passes) in [(46, 1), (19, 2), (12, 3), (9, 4), (7, 5)] {
        assert!(
            KdfParams::new(mib * 1024, passes, 1).is_ok(),
            "{mib} MiB x {passes}"
        );
    }
    // ...and anything cheaper refused, unless asked for by name.
    for (kib, passes) in [(1024, 1), (34 * 1024, 1), (18 * 1024, 1), (6 * 1024, 64)] {
        let e = KdfParams::new(kib, passes, 1).unwrap_err();
        assert!(e.to_string().contains("OWASP"), "{kib} KiB x {passes}: {e}");
    }
    assert!(KdfParams::insecure_for_tests(1024, 1, 1).is_ok());
    // Nor dearer than the default open budget allows: the owner would be locked out.
    for (mib, passes) in [(2048, 1), (1024, 15), (512, 29)] {
        let e = KdfParams::new(mib * 1024, passes, 1).unwrap_err();
        assert!(
            e.to_string().contains("opening may spend"),
            "{mib} MiB x {passes}: {e}"
        );
    }
    assert!(KdfParams::new(1024 * 1024, 14, 1).is_ok());
}
