//! Tests of recovery shares: any k of n recover the secret, k - 1 never do (not even byte by
//! byte), the text catches typos, and every pitfall the crate leaves to us is refused.

use proptest::prelude::*;

use super::*;

/// A share with a valid checksum whatever its fields: what a hostile or buggy dealer could
/// hand out.
fn forged(split: [u8; 3], threshold: u8, x: u8, y: [u8; SECRET_LEN]) -> String {
    RecoveryShare::from_parts_for_tests(split, threshold, x, y)
        .to_text()
        .to_string()
}

fn reparse(shares: &[RecoveryShare], pick: &[usize]) -> Vec<RecoveryShare> {
    pick.iter()
        .map(|&i| RecoveryShare::parse(&shares[i].to_text()).unwrap())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_k_of_n_recover_the_secret(
        (k, n, pick) in (2u8..=6, 0u8..=5).prop_flat_map(|(k, extra)| {
            let n = k + extra;
            (Just(k), Just(n), Just((0..usize::from(n)).collect::<Vec<_>>())
                .prop_shuffle()
                .prop_map(move |v| v[..usize::from(k)].to_vec()))
        })
    ) {
        let (secret, shares) = deal(k, n).unwrap();
        prop_assert_eq!(shares.len(), usize::from(n));
        let got = combine(&reparse(&shares, &pick)).unwrap();
        prop_assert_eq!(*got.secret, *secret.secret);
        prop_assert_eq!(got.split, secret.split);
    }

    #[test]
    fn k_minus_one_shares_never_give_any_byte_of_the_secret(
        (k, pick) in (2u8..=6).prop_flat_map(|k| {
            (Just(k), Just((0..usize::from(k) + 2).collect::<Vec<_>>())
                .prop_shuffle()
                .prop_map(move |v| v[..usize::from(k) - 1].to_vec()))
        })
    ) {
        let (secret, shares) = deal(k, k + 2).unwrap();
        let few = reparse(&shares, &pick);
        // Refused by count, with a message that says how many are needed...
        let e = combine(&few).unwrap_err();
        let needs = format!("needs {k}");
        prop_assert!(e.to_string().contains(&needs), "{}", e);
        // ...and interpolating them anyway (bypassing the count) gets no byte right: every
        // polynomial has full degree.
        let points: Vec<Share> = few.iter().map(RecoveryShare::to_blahaj).collect();
        let guess = Sharks(k - 1).recover(&points).unwrap();
        for (g, s) in guess.iter().zip(secret.secret.iter()) {
            prop_assert_ne!(g, s);
        }
    }
}

#[test]
fn share_text_is_grouped_checksummed_and_round_trips() {
    let (_, shares) = deal(2, 3).unwrap();
    let text = shares[1].to_text();
    assert_eq!(text.len(), 49, "{}", text.as_str());
    assert_eq!(text.split('-').count(), 10);
    let again = RecoveryShare::parse(&text.to_lowercase().replace('-', " ")).unwrap();
    assert_eq!(
        (again.split, again.threshold, again.x),
        (shares[1].split, 2, 2)
    );
    assert_eq!(*again.y, *shares[1].y);
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate().filter(|(_, c)| **c != '-') {
        let mut typo = chars.clone();
        typo[i] = if c == 'X' { 'Y' } else { 'X' };
        let e = RecoveryShare::parse(&typo.into_iter().collect::<String>()).unwrap_err();
        assert!(e.to_string().contains("mistyped"), "{e}");
    }
    // A recovery key is not a share.
    let rk = crate::store::slots::RecoveryKey::generate().unwrap();
    assert!(RecoveryShare::parse(&rk.to_text()).is_err());
}

#[test]
fn the_pitfalls_the_crate_leaves_to_its_caller_are_refused() {
    let y = [7u8; SECRET_LEN];
    // A share at x = 0 (the secret itself, were the polynomial honest).
    let e = RecoveryShare::parse(&forged([1, 2, 3], 2, 0, y)).unwrap_err();
    assert!(e.to_string().contains("share number 0"), "{e}");
    // A threshold of 1 (every share would be the secret).
    let e = RecoveryShare::parse(&forged([1, 2, 3], 1, 1, y)).unwrap_err();
    assert!(e.to_string().contains("threshold"), "{e}");
    // An unknown version.
    let mut raw = RecoveryShare::parse(&forged([1, 2, 3], 2, 1, y))
        .unwrap()
        .raw();
    raw[0] = 2;
    let sum = RecoveryShare::checksum(&raw[..SHARE_LEN - CHECKSUM_LEN]);
    raw[SHARE_LEN - CHECKSUM_LEN..].copy_from_slice(&sum);
    let e = RecoveryShare::parse(&crockford().encode(&raw[..])).unwrap_err();
    assert!(e.to_string().contains("version"), "{e}");

    let (_, a) = deal(2, 3).unwrap();
    let (_, b) = deal(2, 3).unwrap();
    // The same share twice is one share.
    let e = combine(&reparse(&a, &[0, 0])).unwrap_err();
    assert!(e.to_string().contains("given twice"), "{e}");
    // Shares of two splits never combine (their split ids differ: 2^-24 that they do not).
    let mixed = vec![
        RecoveryShare::parse(&a[0].to_text()).unwrap(),
        RecoveryShare::parse(&b[1].to_text()).unwrap(),
    ];
    if a[0].split != b[1].split {
        let e = combine(&mixed).unwrap_err();
        assert!(e.to_string().contains("different splits"), "{e}");
    }
    // Shares of one split that disagree on the threshold.
    let e = combine(&[
        RecoveryShare::parse(&forged([9, 9, 9], 2, 1, y)).unwrap(),
        RecoveryShare::parse(&forged([9, 9, 9], 3, 2, y)).unwrap(),
    ])
    .unwrap_err();
    assert!(e.to_string().contains("disagree"), "{e}");
    assert!(combine(&[]).is_err());
}

#[test]
fn split_parameters_are_checked() {
    for (k, n) in [(0, 0), (1, 1), (1, 5), (3, 2), (255, 254)] {
        assert!(deal(k, n).is_err(), "{k} of {n}");
    }
    let (_, all) = deal(255, 255).unwrap();
    assert_eq!(all.len(), 255);
    assert_eq!(all[254].number(), 255);
}

#[test]
fn debug_never_shows_a_share_or_a_secret() {
    let (secret, shares) = deal(2, 2).unwrap();
    let text = format!("{secret:?} {:?}", shares[0]);
    assert!(text.contains("redacted"));
    assert!(!text.contains(shares[0].to_text().as_str()));
    assert!(!text.contains(&format!("{:?}", &secret.secret[..])));
}
