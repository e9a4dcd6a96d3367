//! Key slots: the master key wrapped under a passphrase, a recovery key, recovery shares (k of
//! n, [`shares`]) or a key file.
//!
//! Like LUKS, a repository has several independent slots; any one of them unlocks it. Adding,
//! listing and removing slots only touches `keys/` objects, never data. Each slot is one small
//! object (`FORMAT.md`, "Key slots") whose every byte is authenticated: the header is the AAD of
//! the wrapped master key.

use std::fmt;

use zeroize::{Zeroize, Zeroizing};

use crate::error::{Error, Result};
use crate::primitives::codec::{Put, Reader};
use crate::primitives::crypto::{AeadKey, TAG_LEN};
use crate::primitives::id::{RepoId, SlotId};
use crate::primitives::keys::{MasterKey, context, single_use_nonce};

mod shares;
pub(crate) use shares::deal;
pub use shares::{RecoverySecret, RecoveryShare, SplitId, SplitParams};

pub(crate) const SLOT_MAGIC: &[u8; 8] = b"SEALVKEY";
pub(crate) const SLOT_VERSION: u16 = 1;
const SALT_LEN: usize = 32;
/// Bytes before the wrapped master key: the AAD.
const SLOT_HEADER_LEN: usize = 8 + 2 + 1 + 1 + 16 + 16 + 8 + 12 + SALT_LEN;
/// Total encoded size of a slot.
pub(crate) const SLOT_LEN: usize = SLOT_HEADER_LEN + 32 + TAG_LEN;

/// What a slot is unlocked with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum SlotKind {
    /// A passphrase, stretched with Argon2id.
    Passphrase,
    /// A 128-bit random recovery key shown once as grouped base32 text.
    RecoveryKey,
    /// The contents of a key file.
    KeyFile,
    /// Any k of n recovery shares, held by recovery contacts.
    RecoveryShares,
}

impl SlotKind {
    fn code(self) -> u8 {
        match self {
            SlotKind::Passphrase => 1,
            SlotKind::RecoveryKey => 2,
            SlotKind::KeyFile => 3,
            SlotKind::RecoveryShares => 4,
        }
    }

    fn from_code(c: u8) -> Option<SlotKind> {
        Some(match c {
            1 => SlotKind::Passphrase,
            2 => SlotKind::RecoveryKey,
            3 => SlotKind::KeyFile,
            4 => SlotKind::RecoveryShares,
            _ => return None,
        })
    }
}

impl fmt::Display for SlotKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            SlotKind::Passphrase => "passphrase",
            SlotKind::RecoveryKey => "recovery-key",
            SlotKind::KeyFile => "key-file",
            SlotKind::RecoveryShares => "recovery-shares",
        })
    }
}

/// Argon2id cost parameters, stored in each passphrase slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct KdfParams {
    memory_kib: u32,
    iterations: u32,
    lanes: u32,
}

impl KdfParams {
    /// The default for new passphrase slots: 64 MiB, 14 passes, 1 lane: about half a second
    /// on the development machine (0.47 s measured; `FORMAT.md`, "Key slots"). Memory stays at
    /// 64 MiB so that opening a repository fits a backup's 100 MiB memory budget; the passes
    /// buy the time.
    pub const DEFAULT: KdfParams = KdfParams {
        memory_kib: 64 * 1024,
        iterations: 14,
        lanes: 1,
    };

    /// The most a slot read from storage may ask for: a hostile repository must not be able to
    /// make `open` allocate without bound.
    pub const MAX_MEMORY_KIB: u32 = 4 * 1024 * 1024;
    const MAX_ITERATIONS: u32 = 64;
    const MAX_LANES: u32 = 16;

    /// The least a new passphrase slot may cost: OWASP's Argon2id minimum, any of its
    /// equivalent settings (46 MiB x 1 pass, 19 MiB x 2, 12 MiB x 3, 9 MiB x 4, 7 MiB x 5), so
    /// at least 7 MiB and at least 35 MiB-passes in all. Slots already stored are read whatever
    /// they cost (within the open budget, [`UnlockBudget`]).
    pub const MIN_MEMORY_KIB: u32 = 7 * 1024;
    /// See [`KdfParams::MIN_MEMORY_KIB`]: the least memory x passes, in KiB-passes.
    pub const MIN_COST: u64 = 35 * 1024;

    /// Custom parameters for new passphrase slots, validated: within the bounds every stored
    /// slot must respect, and at or above OWASP's minimum ([`KdfParams::MIN_MEMORY_KIB`]).
    /// Costs below the default make passphrases cheaper to guess; they exist for slow devices.
    pub fn new(memory_kib: u32, iterations: u32, lanes: u32) -> Result<KdfParams> {
        let p = Self::insecure_for_tests(memory_kib, iterations, lanes)?;
        if memory_kib < Self::MIN_MEMORY_KIB || p.cost() < Self::MIN_COST {
            return Err(Error::invalid_input(
                "Argon2id parameters: below OWASP's minimum (at least 7 MiB, and memory x \
                 passes at least 35 MiB, e.g. 19 MiB x 2 passes)",
            ));
        }
        // A slot the default open budget would skip would lock its owner out.
        let budget = UnlockBudget::DEFAULT;
        if memory_kib > budget.max_memory_kib || p.cost() > budget.max_total_cost {
            return Err(Error::invalid_input(format!(
                "Argon2id parameters: above what opening may spend (at most {} MiB, and memory x \
                 passes at most {} MiB)",
                budget.max_memory_kib / 1024,
                budget.max_total_cost / 1024
            )));
        }
        Ok(p)
    }

    /// Parameters below the security floor of [`KdfParams::new`], for tests and examples that
    /// open repositories hundreds of times. Never use them for a repository that holds data:
    /// a passphrase behind them is cheap to guess.
    pub fn insecure_for_tests(memory_kib: u32, iterations: u32, lanes: u32) -> Result<KdfParams> {
        let p = KdfParams {
            memory_kib,
            iterations,
            lanes,
        };
        p.validate()
            .map_err(|why| Error::invalid_input(format!("Argon2id parameters: {why}")))?;
        Ok(p)
    }

    fn validate(&self) -> std::result::Result<(), &'static str> {
        if !(1..=Self::MAX_LANES).contains(&self.lanes) {
            return Err("lanes must be 1 to 16");
        }
        if !(1..=Self::MAX_ITERATIONS).contains(&self.iterations) {
            return Err("iterations must be 1 to 64");
        }
        if self.memory_kib < 8 * self.lanes || self.memory_kib > Self::MAX_MEMORY_KIB {
            return Err("memory must be at least 8 KiB per lane and at most 4 GiB");
        }
        Ok(())
    }

    /// What unlocking a slot with these parameters costs, in KiB x passes (the work of Argon2id
    /// grows with both); see [`UnlockBudget`].
    pub fn cost(&self) -> u64 {
        u64::from(self.memory_kib) * u64::from(self.iterations)
    }

    /// Memory cost in KiB.
    pub fn memory_kib(&self) -> u32 {
        self.memory_kib
    }

    /// Number of passes.
    pub fn iterations(&self) -> u32 {
        self.iterations
    }

    fn derive(&self, passphrase: &[u8], salt: &[u8; SALT_LEN]) -> Result<Zeroizing<[u8; 32]>> {
        let params = argon2::Params::new(self.memory_kib, self.iterations, self.lanes, Some(32))
            .map_err(|e| Error::invalid_input(format!("Argon2id parameters: {e}")))?;
        let argon =
            argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
        let mut out = Zeroizing::new([0u8; 32]);
        argon
            .hash_password_into(passphrase, salt, &mut out[..])
            .map_err(|e| Error::internal(format!("Argon2id failed: {e}")))?;
        Ok(out)
    }
}

/// How much key derivation `open` may do in all: slots are stored by the provider, and any of
/// them may ask for Argon2id costs that take minutes or gigabytes. A passphrase slot that asks
/// for more memory than `max_memory_kib` is skipped; trying slots stops once their summed
/// [`KdfParams::cost`] would pass `max_total_cost` (the slot this machine opened last is tried
/// first, so a genuine owner is not locked out by slots added before theirs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnlockBudget {
    /// Most memory one slot may make Argon2id use, in KiB.
    pub max_memory_kib: u32,
    /// Most summed cost (KiB x passes) of all slots tried.
    pub max_total_cost: u64,
}

impl UnlockBudget {
    /// 1 GiB per slot, and in all 16 times the cost of a default slot (about 8 s on the
    /// development machine, where one default slot takes 0.47 s).
    pub const DEFAULT: UnlockBudget = UnlockBudget {
        max_memory_kib: 1024 * 1024,
        max_total_cost: 16 * 64 * 1024 * 14,
    };
}

impl Default for UnlockBudget {
    fn default() -> Self {
        Self::DEFAULT
    }
}

/// A secret that unlocks a slot. Zeroized on drop; `Debug` is redacted.
pub enum Credential {
    /// A passphrase (any bytes; UTF-8 in practice).
    Passphrase(Zeroizing<Vec<u8>>),
    /// A parsed recovery key.
    RecoveryKey(RecoveryKey),
    /// The contents of a key file.
    KeyFile(Zeroizing<Vec<u8>>),
    /// A secret recovered from recovery shares (see [`Credential::recovery_shares`]).
    RecoveryShares(RecoverySecret),
}

impl Credential {
    /// A passphrase credential.
    pub fn passphrase(p: impl Into<Vec<u8>>) -> Credential {
        Credential::Passphrase(Zeroizing::new(p.into()))
    }

    /// A key-file credential. Key files must hold at least 32 bytes (of real entropy: they are
    /// not stretched like passphrases).
    pub fn key_file(contents: impl Into<Vec<u8>>) -> Result<Credential> {
        let contents = Zeroizing::new(contents.into());
        if contents.len() < 32 {
            return Err(Error::invalid_input(
                "a key file must hold at least 32 bytes",
            ));
        }
        Ok(Credential::KeyFile(contents))
    }

    /// Parses recovery-key text (see [`RecoveryKey::parse`]).
    pub fn recovery_key(text: &str) -> Result<Credential> {
        Ok(Credential::RecoveryKey(RecoveryKey::parse(text)?))
    }

    /// Parses recovery-share texts and recovers their secret (see [`RecoveryShare::parse`]).
    /// The shares must come from one split, carry distinct numbers and be at least as many
    /// as its threshold; otherwise an `InvalidInput` error says what is wrong (and how many
    /// are needed), before any slot is read.
    pub fn recovery_shares<S: AsRef<str>>(texts: &[S]) -> Result<Credential> {
        let shares = texts
            .iter()
            .map(|t| RecoveryShare::parse(t.as_ref()))
            .collect::<Result<Vec<_>>>()?;
        Ok(Credential::RecoveryShares(shares::combine(&shares)?))
    }

    /// The kind of slot this credential opens.
    pub fn kind(&self) -> SlotKind {
        match self {
            Credential::Passphrase(_) => SlotKind::Passphrase,
            Credential::RecoveryKey(_) => SlotKind::RecoveryKey,
            Credential::KeyFile(_) => SlotKind::KeyFile,
            Credential::RecoveryShares(_) => SlotKind::RecoveryShares,
        }
    }

    /// The key-encryption key for a slot with these parameters.
    fn kek(&self, kdf: &KdfParams, salt: &[u8; SALT_LEN]) -> Result<Zeroizing<[u8; 32]>> {
        let mut material = Zeroizing::new([0u8; 32 + SALT_LEN]);
        material[32..].copy_from_slice(salt);
        match self {
            Credential::Passphrase(p) => kdf.derive(p, salt),
            Credential::RecoveryKey(r) => {
                material[..16].copy_from_slice(&r.secret[..]);
                Ok(Zeroizing::new(blake3::derive_key(
                    context::RECOVERY_SLOT,
                    &material[..],
                )))
            }
            Credential::RecoveryShares(r) => {
                material[..shares::SECRET_LEN].copy_from_slice(&r.secret[..]);
                Ok(Zeroizing::new(blake3::derive_key(
                    context::RECOVERY_SHARES_SLOT,
                    &material[..],
                )))
            }
            Credential::KeyFile(contents) => {
                material[..32].copy_from_slice(blake3::hash(contents).as_bytes());
                Ok(Zeroizing::new(blake3::derive_key(
                    context::KEY_FILE_SLOT,
                    &material[..],
                )))
            }
        }
    }
}

impl fmt::Debug for Credential {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Credential::{}(<redacted>)", self.kind())
    }
}

/// A recovery key: 128 random bits, written as 32 Crockford base32 characters in eight groups
/// of four, the last 32 bits of which are a checksum so that a typo is caught before any slot
/// is tried. Example shape: `7KQ3-...-M2XZ`.
pub struct RecoveryKey {
    secret: Zeroizing<[u8; 16]>,
}

const RECOVERY_ALPHABET: &str = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Crockford base32 as people type it (recovery keys and recovery shares).
fn crockford() -> data_encoding::Encoding {
    let mut spec = data_encoding::Specification::new();
    spec.symbols.push_str(RECOVERY_ALPHABET);
    // Case-insensitive, and the letters people confuse with digits read as those digits.
    spec.translate.from.push_str("abcdefghjkmnpqrstvwxyzOoIiLl");
    spec.translate.to.push_str("ABCDEFGHJKMNPQRSTVWXYZ001111");
    spec.ignore.push_str("- ");
    spec.encoding().expect("valid base32 specification")
}

impl RecoveryKey {
    pub(crate) fn generate() -> Result<RecoveryKey> {
        let mut secret = Zeroizing::new([0u8; 16]);
        crate::primitives::random::fill(&mut secret[..])?;
        Ok(RecoveryKey { secret })
    }

    #[cfg(test)]
    pub(crate) fn from_secret_for_tests(secret: [u8; 16]) -> RecoveryKey {
        RecoveryKey {
            secret: Zeroizing::new(secret),
        }
    }

    /// A second handle on the same secret (to both store a slot and show the key).
    pub(crate) fn duplicate(&self) -> RecoveryKey {
        RecoveryKey {
            secret: Zeroizing::new(*self.secret),
        }
    }

    fn checksum(secret: &[u8; 16]) -> [u8; 4] {
        let h = blake3::derive_key(context::RECOVERY_CHECKSUM, secret);
        [h[0], h[1], h[2], h[3]]
    }

    /// The text shown to the user, once.
    pub fn to_text(&self) -> Zeroizing<String> {
        let mut raw = Zeroizing::new([0u8; 20]);
        raw[..16].copy_from_slice(&self.secret[..]);
        raw[16..].copy_from_slice(&Self::checksum(&self.secret));
        grouped(crockford().encode(&raw[..]))
    }

    /// Parses recovery-key text: case, dashes and spaces do not matter, and `O`, `I`, `L` read
    /// as `0`, `1`, `1`. A wrong length, a foreign character or a checksum mismatch is an
    /// `InvalidInput` error that says the key was mistyped.
    pub fn parse(text: &str) -> Result<RecoveryKey> {
        let mistyped = |why: &str| Error::invalid_input(format!("recovery key mistyped: {why}"));
        let mut raw = Zeroizing::new(
            crockford()
                .decode(text.trim().as_bytes())
                .map_err(|_| mistyped("expected 32 characters from 0-9 and A-Z"))?,
        );
        if raw.len() != 20 {
            return Err(mistyped("expected 32 characters from 0-9 and A-Z"));
        }
        let mut secret = Zeroizing::new([0u8; 16]);
        secret.copy_from_slice(&raw[..16]);
        let ok = Self::checksum(&secret) == raw[16..20];
        raw.zeroize();
        if !ok {
            return Err(mistyped("checksum does not match (a character is wrong)"));
        }
        Ok(RecoveryKey { secret })
    }
}

/// `text` in groups of four joined by dashes; `text` is zeroized (it is a secret's encoding).
fn grouped(text: String) -> Zeroizing<String> {
    let plain = Zeroizing::new(text);
    let mut out = Zeroizing::new(String::with_capacity(plain.len() * 5 / 4));
    for (i, c) in plain.chars().enumerate() {
        if i > 0 && i % 4 == 0 {
            out.push('-');
        }
        out.push(c);
    }
    out
}

impl fmt::Debug for RecoveryKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("RecoveryKey(<redacted>)")
    }
}

/// What `list` shows of a slot: everything but secrets.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct SlotInfo {
    /// The slot's id (its object name is `keys/<id>`).
    pub id: SlotId,
    /// What unlocks it.
    pub kind: SlotKind,
    /// Unix seconds at creation (serialized as RFC 3339).
    #[cfg_attr(
        feature = "serde",
        serde(serialize_with = "crate::serialize::rfc3339_secs")
    )]
    pub created: u64,
    /// Argon2id parameters (passphrase slots only).
    pub kdf: Option<KdfParams>,
    /// The split whose shares open it (recovery-shares slots only).
    pub shares: Option<SplitParams>,
}

/// One decoded key slot.
#[derive(Debug)]
pub(crate) struct Slot {
    pub(crate) info: SlotInfo,
    repo: RepoId,
    salt: [u8; SALT_LEN],
    wrapped: [u8; 32 + TAG_LEN],
    header: [u8; SLOT_HEADER_LEN],
}

impl Slot {
    /// Wraps `master` under `credential` in a new slot.
    pub(crate) fn create(
        master: &MasterKey,
        credential: &Credential,
        kdf: KdfParams,
        repo: RepoId,
        id: SlotId,
        created: u64,
    ) -> Result<Vec<u8>> {
        let salt = crate::primitives::random::array()?;
        Self::create_with_salt(master, credential, kdf, repo, id, created, salt)
    }

    /// `create` with a given salt: for golden vectors only. Reusing a salt is forbidden.
    pub(crate) fn create_with_salt(
        master: &MasterKey,
        credential: &Credential,
        kdf: KdfParams,
        repo: RepoId,
        id: SlotId,
        created: u64,
        salt: [u8; SALT_LEN],
    ) -> Result<Vec<u8>> {
        let kind = credential.kind();
        let kdf = (kind == SlotKind::Passphrase).then_some(kdf);
        let params = match credential {
            Credential::Passphrase(_) => {
                let k = kdf.unwrap_or(KdfParams::DEFAULT);
                [k.memory_kib, k.iterations, k.lanes]
            }
            Credential::RecoveryShares(r) => {
                let Some(p) = r.dealt else {
                    return Err(Error::invalid_input(
                        "a slot for recovery shares is made when they are dealt, not from shares",
                    ));
                };
                [
                    p.split.to_u32(),
                    u32::from(p.threshold),
                    u32::from(p.shares),
                ]
            }
            Credential::RecoveryKey(_) | Credential::KeyFile(_) => [0; 3],
        };
        let mut out = Vec::with_capacity(SLOT_LEN);
        out.put_bytes(SLOT_MAGIC);
        out.put_u16(SLOT_VERSION);
        out.put_u8(kind.code());
        out.put_u8(0);
        out.put_bytes(id.as_bytes());
        out.put_bytes(repo.as_bytes());
        out.put_u64(created);
        for p in params {
            out.put_u32(p);
        }
        out.put_bytes(&salt);
        debug_assert_eq!(out.len(), SLOT_HEADER_LEN);
        let kek = AeadKey::new(&*credential.kek(&kdf.unwrap_or(KdfParams::DEFAULT), &salt)?);
        let body_start = out.len();
        out.put_bytes(master.expose());
        let (header, body) = out.split_at_mut(body_start);
        let tag = kek.seal_in_place(&single_use_nonce(), header, body)?;
        out.put_bytes(&tag);
        Ok(out)
    }

    /// Decodes a slot object. Checks every field (including bounded KDF costs) before any work.
    pub(crate) fn decode(bytes: &[u8], what: &str) -> Result<Slot> {
        if bytes.len() < 10 || &bytes[..8] != SLOT_MAGIC {
            return Err(Error::unsupported(what, "not a sealvault key slot"));
        }
        let mut r = Reader::new(bytes, what);
        r.bytes(8)?;
        let version = r.u16()?;
        if version != SLOT_VERSION {
            return Err(Error::unsupported(
                what,
                format!("key slot format version {version}; this build reads {SLOT_VERSION}"),
            ));
        }
        let kind = SlotKind::from_code(r.u8()?).ok_or_else(|| r.error("unknown slot kind"))?;
        if r.u8()? != 0 {
            return Err(r.error("reserved byte is not zero"));
        }
        let id = SlotId::from_bytes(r.array()?);
        let repo = RepoId::from_bytes(r.array()?);
        let created = r.u64()?;
        // Twelve bytes whose meaning depends on the kind: Argon2id's parameters, a split's,
        // or zeros.
        let params = [r.u32()?, r.u32()?, r.u32()?];
        let (mut kdf, mut shares) = (None, None);
        match kind {
            SlotKind::Passphrase => {
                let k = KdfParams {
                    memory_kib: params[0],
                    iterations: params[1],
                    lanes: params[2],
                };
                k.validate().map_err(|why| r.error(why))?;
                kdf = Some(k);
            }
            SlotKind::RecoveryShares => {
                let split = SplitId::from_u32(params[0])
                    .ok_or_else(|| r.error("split id wider than 24 bits"))?;
                let (Ok(threshold), Ok(count)) = (u8::try_from(params[1]), u8::try_from(params[2]))
                else {
                    return Err(r.error("more than 255 recovery shares"));
                };
                shares::check_params(threshold, count)
                    .map_err(|_| r.error("recovery-share threshold out of range"))?;
                shares = Some(SplitParams {
                    split,
                    threshold,
                    shares: count,
                });
            }
            SlotKind::RecoveryKey | SlotKind::KeyFile if params == [0; 3] => {}
            SlotKind::RecoveryKey | SlotKind::KeyFile => {
                return Err(r.error("KDF parameters on a slot that has no KDF"));
            }
        }
        let salt = r.array()?;
        let wrapped = r.array()?;
        r.finish()?;
        let mut header = [0u8; SLOT_HEADER_LEN];
        header.copy_from_slice(&bytes[..SLOT_HEADER_LEN]);
        Ok(Slot {
            info: SlotInfo {
                id,
                kind,
                created,
                kdf,
                shares,
            },
            repo,
            salt,
            wrapped,
            header,
        })
    }

    pub(crate) fn repo(&self) -> RepoId {
        self.repo
    }

    /// Tries to unwrap the master key. Always does the slot's full KDF work, whatever the
    /// credential, and fails without saying why (wrong secret or damaged slot look the same).
    pub(crate) fn unlock(&self, credential: &Credential) -> Result<Option<MasterKey>> {
        if credential.kind() != self.info.kind {
            return Ok(None);
        }
        if let (Credential::RecoveryShares(r), Some(p)) = (credential, self.info.shares)
            && r.split != p.split
        {
            return Ok(None);
        }
        let kek = AeadKey::new(
            &*credential.kek(&self.info.kdf.unwrap_or(KdfParams::DEFAULT), &self.salt)?,
        );
        let mut buf = Zeroizing::new(self.wrapped);
        match kek.open_in_place(&single_use_nonce(), &self.header, &mut buf[..]) {
            Ok(plain) => {
                let mut key = Zeroizing::new([0u8; 32]);
                key.copy_from_slice(plain);
                Ok(Some(MasterKey::from_bytes(&mut key)))
            }
            Err(_) => Ok(None),
        }
    }
}

#[cfg(test)]
mod tests;
