//! Recovery shares: a fresh 128-bit recovery secret split k of n with Shamir's scheme over
//! GF(256) (the `blahaj` crate does the field arithmetic), each share typed as grouped base32
//! text that names its split, and the checks the crate leaves to its caller.
//!
//! `blahaj` deals and interpolates; it does not reject a share at x = 0, duplicate or mixed
//! shares, or polynomials whose leading coefficient is zero (such a byte would be recoverable
//! from k - 1 shares). Those checks are here (`FORMAT.md`, "Recovery shares"; `SECURITY.md`,
//! "Recovery contacts").

use std::fmt;

use blahaj::{Share, Sharks};
use zeroize::{Zeroize, Zeroizing};

use crate::error::{Error, Result};
use crate::primitives::keys::context;
use crate::store::slots::{crockford, grouped};

/// Bytes of the recovery secret the shares split.
pub(crate) const SECRET_LEN: usize = 16;
/// Text format of a share (its first byte).
const SHARE_VERSION: u8 = 1;
const CHECKSUM_LEN: usize = 3;
/// version | split id (3) | threshold | x | y (16) | checksum (3): 25 bytes, 40 characters.
const SHARE_LEN: usize = 1 + 3 + 1 + 1 + SECRET_LEN + CHECKSUM_LEN;

/// Names one split: every share of it, and the slot its shares open, carry it. 24 random
/// bits, shown as six hex digits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SplitId(pub(crate) [u8; 3]);

impl SplitId {
    pub(crate) fn to_u32(self) -> u32 {
        u32::from_be_bytes([0, self.0[0], self.0[1], self.0[2]])
    }

    pub(crate) fn from_u32(v: u32) -> Option<SplitId> {
        let b = v.to_be_bytes();
        (b[0] == 0).then_some(SplitId([b[1], b[2], b[3]]))
    }
}

impl fmt::Display for SplitId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02x}{:02x}{:02x}", self.0[0], self.0[1], self.0[2])
    }
}

/// How a secret was split: its id, how many shares open it, how many were dealt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct SplitParams {
    /// The split's id.
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::serialize::display"))]
    pub split: SplitId,
    /// Shares needed (k).
    pub threshold: u8,
    /// Shares dealt (n).
    pub shares: u8,
}

/// One recovery share, as handed to one recovery contact. `Debug` is redacted; the share's
/// value is zeroized on drop.
pub struct RecoveryShare {
    split: SplitId,
    threshold: u8,
    x: u8,
    y: Zeroizing<[u8; SECRET_LEN]>,
}

impl RecoveryShare {
    /// The split this share belongs to.
    pub fn split(&self) -> SplitId {
        self.split
    }

    /// How many shares of its split open the slot.
    pub fn threshold(&self) -> u8 {
        self.threshold
    }

    /// The share's number within its split (1 to 255; its x coordinate).
    pub fn number(&self) -> u8 {
        self.x
    }

    /// A share from fixed fields: for golden vectors and tests.
    #[cfg(test)]
    pub(crate) fn from_parts_for_tests(
        split: [u8; 3],
        threshold: u8,
        x: u8,
        y: [u8; SECRET_LEN],
    ) -> RecoveryShare {
        RecoveryShare {
            split: SplitId(split),
            threshold,
            x,
            y: Zeroizing::new(y),
        }
    }

    fn checksum(body: &[u8]) -> [u8; CHECKSUM_LEN] {
        let h = blake3::derive_key(context::RECOVERY_SHARE_CHECKSUM, body);
        [h[0], h[1], h[2]]
    }

    fn raw(&self) -> Zeroizing<[u8; SHARE_LEN]> {
        let mut raw = Zeroizing::new([0u8; SHARE_LEN]);
        raw[0] = SHARE_VERSION;
        raw[1..4].copy_from_slice(&self.split.0);
        raw[4] = self.threshold;
        raw[5] = self.x;
        raw[6..6 + SECRET_LEN].copy_from_slice(&self.y[..]);
        let sum = Self::checksum(&raw[..SHARE_LEN - CHECKSUM_LEN]);
        raw[SHARE_LEN - CHECKSUM_LEN..].copy_from_slice(&sum);
        raw
    }

    /// The text given to the contact: 40 Crockford base32 characters in ten groups of four,
    /// the last 24 bits a checksum over the rest.
    pub fn to_text(&self) -> Zeroizing<String> {
        grouped(crockford().encode(&self.raw()[..]))
    }

    /// Parses share text (case, dashes and spaces do not matter). A wrong length, a foreign
    /// character, a checksum mismatch, an unknown version, a threshold below 2 or a share at
    /// x = 0 is an `InvalidInput` error.
    pub fn parse(text: &str) -> Result<RecoveryShare> {
        let bad = |why: &str| Error::invalid_input(format!("recovery share mistyped: {why}"));
        let mut raw = Zeroizing::new(
            crockford()
                .decode(text.trim().as_bytes())
                .map_err(|_| bad("expected 40 characters from 0-9 and A-Z"))?,
        );
        if raw.len() != SHARE_LEN {
            return Err(bad("expected 40 characters from 0-9 and A-Z"));
        }
        let (body, sum) = raw.split_at(SHARE_LEN - CHECKSUM_LEN);
        if Self::checksum(body) != sum {
            return Err(bad("checksum does not match (a character is wrong)"));
        }
        let bad = |why: &str| Error::invalid_input(format!("not a usable recovery share: {why}"));
        if raw[0] != SHARE_VERSION {
            return Err(bad("unknown share version (made by a newer sealvault?)"));
        }
        if raw[4] < 2 {
            return Err(bad("threshold below 2"));
        }
        if raw[5] == 0 {
            return Err(bad("share number 0 would be the secret itself"));
        }
        let mut y = Zeroizing::new([0u8; SECRET_LEN]);
        y.copy_from_slice(&raw[6..6 + SECRET_LEN]);
        let share = RecoveryShare {
            split: SplitId([raw[1], raw[2], raw[3]]),
            threshold: raw[4],
            x: raw[5],
            y,
        };
        raw.zeroize();
        Ok(share)
    }

    fn to_blahaj(&self) -> Share {
        let mut bytes = Zeroizing::new([0u8; 1 + SECRET_LEN]);
        bytes[0] = self.x;
        bytes[1..].copy_from_slice(&self.y[..]);
        Share::try_from(&bytes[..]).expect("17 bytes make a share")
    }
}

impl fmt::Debug for RecoveryShare {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "RecoveryShare(split {}, {} of k={}, <redacted>)",
            self.split, self.x, self.threshold
        )
    }
}

/// A recovery secret, either freshly dealt (with its split's parameters, to write its slot) or
/// recovered from shares. Zeroized on drop; `Debug` is redacted.
pub struct RecoverySecret {
    pub(crate) split: SplitId,
    pub(crate) dealt: Option<SplitParams>,
    pub(crate) secret: Zeroizing<[u8; SECRET_LEN]>,
}

impl fmt::Debug for RecoverySecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RecoverySecret(split {}, <redacted>)", self.split)
    }
}

/// A cryptographic RNG for the dealer: the BLAKE3 XOF under a fresh 256-bit key from the OS.
/// (`blahaj` wants rand 0.8's infallible RNG trait; seeding here keeps the OS's failure a
/// `Result`.)
struct DealerRng(blake3::OutputReader);

impl DealerRng {
    fn new() -> Result<DealerRng> {
        let seed = Zeroizing::new(crate::primitives::random::array::<32>()?);
        Ok(DealerRng(blake3::Hasher::new_keyed(&seed).finalize_xof()))
    }
}

impl rand_core::RngCore for DealerRng {
    fn next_u32(&mut self) -> u32 {
        let mut b = [0u8; 4];
        self.0.fill(&mut b);
        u32::from_le_bytes(b)
    }

    fn next_u64(&mut self) -> u64 {
        let mut b = [0u8; 8];
        self.0.fill(&mut b);
        u64::from_le_bytes(b)
    }

    fn fill_bytes(&mut self, dest: &mut [u8]) {
        self.0.fill(dest);
    }

    fn try_fill_bytes(&mut self, dest: &mut [u8]) -> std::result::Result<(), rand_core::Error> {
        self.0.fill(dest);
        Ok(())
    }
}

impl rand_core::CryptoRng for DealerRng {}

/// Whether every byte's polynomial has degree `threshold - 1`. Exact: the value at 0 of the
/// polynomial through `threshold - 1` of the points differs from the secret byte if and only if
/// the leading coefficient is not zero (their difference is `a * prod(0 - x_i)`, and every
/// `x_i` is non-zero). Uses the crate's own interpolation.
fn full_degree(threshold: u8, shares: &[Share], secret: &[u8; SECRET_LEN]) -> bool {
    let fewer = usize::from(threshold - 1);
    match Sharks(threshold - 1).recover(&shares[..fewer]) {
        Ok(mut guess) => {
            let ok = guess.iter().zip(secret).all(|(g, s)| g != s);
            guess.zeroize();
            ok
        }
        Err(_) => false,
    }
}

/// Checks `2 <= threshold <= shares` (shares at most 255, one per non-zero x).
pub(crate) fn check_params(threshold: u8, shares: u8) -> Result<()> {
    if threshold < 2 || threshold > shares {
        return Err(Error::invalid_input(format!(
            "recovery shares: the threshold must be at least 2 and at most the number of \
             shares (asked for {threshold} of {shares})"
        )));
    }
    Ok(())
}

/// Makes a fresh recovery secret and splits it into `shares` shares, any `threshold` of which
/// recover it. Deals again (fresh coefficients) until every byte's polynomial has full degree,
/// so that no byte is recoverable from `threshold - 1` shares.
pub(crate) fn deal(threshold: u8, shares: u8) -> Result<(RecoverySecret, Vec<RecoveryShare>)> {
    check_params(threshold, shares)?;
    let split = SplitId(crate::primitives::random::array()?);
    let secret = Zeroizing::new(crate::primitives::random::array::<SECRET_LEN>()?);
    let mut rng = DealerRng::new()?;
    let dealt = loop {
        let dealt: Vec<Share> = Sharks(threshold)
            .dealer_rng(&secret[..], &mut rng)
            .take(usize::from(shares))
            .collect();
        if full_degree(threshold, &dealt, &secret) {
            break dealt;
        }
    };
    let out = dealt
        .iter()
        .map(|s| {
            let mut bytes = Zeroizing::new(Vec::from(s));
            let mut y = Zeroizing::new([0u8; SECRET_LEN]);
            y.copy_from_slice(&bytes[1..]);
            let x = bytes[0];
            bytes.zeroize();
            RecoveryShare {
                split,
                threshold,
                x,
                y,
            }
        })
        .collect();
    let params = SplitParams {
        split,
        threshold,
        shares,
    };
    Ok((
        RecoverySecret {
            split,
            dealt: Some(params),
            secret,
        },
        out,
    ))
}

/// Recovers the secret from shares of one split: all must name the same split and threshold,
/// no number may repeat, and at least `threshold` must be given (the first `threshold` are
/// used). Whether the result is right is decided by the slot it opens.
pub(crate) fn combine(shares: &[RecoveryShare]) -> Result<RecoverySecret> {
    let Some(first) = shares.first() else {
        return Err(Error::invalid_input("no recovery shares given"));
    };
    for (i, s) in shares.iter().enumerate() {
        if s.split != first.split {
            return Err(Error::invalid_input(format!(
                "recovery shares of two different splits given ({} and {}): use shares of one \
                 split only",
                first.split, s.split
            )));
        }
        if s.threshold != first.threshold {
            return Err(Error::invalid_input(format!(
                "recovery shares of split {} disagree on the threshold ({} and {})",
                first.split, first.threshold, s.threshold
            )));
        }
        if shares[..i].iter().any(|t| t.x == s.x) {
            return Err(Error::invalid_input(format!(
                "recovery share {} of split {} was given twice",
                s.x, first.split
            )));
        }
    }
    let k = usize::from(first.threshold);
    if shares.len() < k {
        return Err(Error::invalid_input(format!(
            "{} recovery share(s) of split {} given; it needs {k}",
            shares.len(),
            first.split
        )));
    }
    let points: Vec<Share> = shares[..k].iter().map(RecoveryShare::to_blahaj).collect();
    let mut recovered = Zeroizing::new(
        Sharks(first.threshold)
            .recover(&points)
            .map_err(|e| Error::internal(format!("recovering from shares: {e}")))?,
    );
    let mut secret = Zeroizing::new([0u8; SECRET_LEN]);
    secret.copy_from_slice(&recovered[..]);
    recovered.zeroize();
    Ok(RecoverySecret {
        split: first.split,
        dealt: None,
        secret,
    })
}

#[cfg(test)]
mod tests;
