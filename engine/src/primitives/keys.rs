//! The key hierarchy: the master key, the subkeys derived from it, per-pack keys and the
//! single-use keys of metadata objects.
//!
//! ```text
//! master key (random, 256 bit; stored only wrapped, in key slots)
//!  ├─ chunk-id key      keyed BLAKE3 of blob plaintext -> BlobId
//!  ├─ chunker key       BLAKE3 XOF -> the 256-entry gear tables of the chunker
//!  │   └─ chunker PRF key   the AES-128 key that decides gear-AES cuts
//!  ├─ metadata key      + object id -> single-use key of one config / index / snapshot object
//!  ├─ wrapping key      + pack uid  -> single-use key wrapping that pack's random key
//!  └─ fingerprint key   a short code two devices compare (repository verification)
//! pack key (random per pack) seals the blobs and header of one pack (counter nonces)
//! ```
//!
//! Every secret has its own type: not `Copy`, `Debug` prints `<redacted>`, bytes zeroized on
//! drop, and readable only through `expose()`, which is crate-private. Derivation contexts are
//! fixed strings listed in `FORMAT.md`; changing one changes every stored byte and needs a new
//! format version.

use std::fmt;

use zeroize::{Zeroize, Zeroizing};

use crate::error::Result;
use crate::primitives::chunk::GearTable;
use crate::primitives::crypto::{self, AeadKey};
use crate::primitives::id::BlobId;

/// BLAKE3 `derive_key` contexts. Globally unique, hard-coded, versioned.
pub(crate) mod context {
    pub const CHUNK_ID: &str = "sealvault 2026-11-28 v1 chunk-id MAC key";
    pub const CHUNKER: &str = "sealvault 2026-11-28 v1 chunker gear key";
    /// Derived from the chunker key (not the master key): the gear-AES chunker's AES key.
    pub const CHUNKER_PRF: &str = "sealvault 2026-12-03 v2 chunker prf key";
    pub const METADATA: &str = "sealvault 2026-11-28 v1 metadata key";
    pub const WRAPPING: &str = "sealvault 2026-11-28 v1 pack-key wrapping key";
    pub const FINGERPRINT: &str = "sealvault 2026-11-28 v1 repository fingerprint key";
    pub const SINGLE_USE: &str = "sealvault 2026-11-28 v1 single-use key";
    pub const PADDING: &str = "sealvault 2026-11-28 v1 pack padding stream";
    pub const RECOVERY_SLOT: &str = "sealvault 2026-11-28 v1 recovery-key slot KEK";
    pub const KEY_FILE_SLOT: &str = "sealvault 2026-11-28 v1 key-file slot KEK";
    pub const RECOVERY_CHECKSUM: &str = "sealvault 2026-11-28 v1 recovery-key checksum";
    pub const RECOVERY_SHARES_SLOT: &str = "sealvault 2026-12-03 v2 recovery-shares slot KEK";
    pub const RECOVERY_SHARE_CHECKSUM: &str = "sealvault 2026-12-03 v2 recovery-share checksum";
}

macro_rules! secret_key {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        pub struct $name(Box<[u8; 32]>);

        impl $name {
            /// Wraps raw key bytes (zeroizing the caller's copy). For tests, benches and
            /// embedders that manage keys themselves.
            #[allow(dead_code)] // generated for every key type; crate-private ones need not use it
            pub fn from_bytes(bytes: &mut [u8; 32]) -> Self {
                let key = $name(Box::new(*bytes));
                bytes.zeroize();
                key
            }

            #[allow(dead_code)]
            pub(crate) fn expose(&self) -> &[u8; 32] {
                &self.0
            }
        }

        impl Drop for $name {
            fn drop(&mut self) {
                self.0.zeroize();
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(concat!(stringify!($name), "(<redacted>)"))
            }
        }
    };
}

secret_key!(
    /// The repository's root secret. Never stored unwrapped.
    MasterKey
);
secret_key!(
    /// Keys the BLAKE3 MAC that names blobs, so the provider cannot test for known content.
    ChunkIdKey
);
secret_key!(
    /// Seeds the chunker's gear tables and its PRF key, so cut points are not predictable to
    /// the provider.
    ChunkerKey
);
secret_key!(
    /// Parent of the single-use keys of metadata objects (config, index segments, snapshots).
    MetadataKey
);
secret_key!(
    /// Parent of the single-use keys that wrap per-pack keys.
    WrappingKey
);
secret_key!(
    /// A pack's random key: seals that pack's blobs and header, and nothing else.
    PackKey
);
secret_key!(
    /// Derives the repository fingerprint two devices compare.
    FingerprintKey
);

fn derive(context: &str, material: &[u8]) -> Box<[u8; 32]> {
    Box::new(blake3::derive_key(context, material))
}

/// A fresh random 256-bit key straight into its box (no stray stack copy to forget).
fn random_key() -> Result<Box<[u8; 32]>> {
    let mut b = Box::new([0u8; 32]);
    crate::primitives::random::fill(&mut b[..])?;
    Ok(b)
}

impl MasterKey {
    pub(crate) fn generate() -> Result<MasterKey> {
        Ok(MasterKey(random_key()?))
    }

    /// The subkey that names blobs.
    pub fn chunk_id_key(&self) -> ChunkIdKey {
        ChunkIdKey(derive(context::CHUNK_ID, &self.0[..]))
    }

    /// The subkey that seeds the chunker.
    pub fn chunker_key(&self) -> ChunkerKey {
        ChunkerKey(derive(context::CHUNKER, &self.0[..]))
    }

    pub(crate) fn metadata_key(&self) -> MetadataKey {
        MetadataKey(derive(context::METADATA, &self.0[..]))
    }

    pub(crate) fn wrapping_key(&self) -> WrappingKey {
        WrappingKey(derive(context::WRAPPING, &self.0[..]))
    }

    pub(crate) fn fingerprint_key(&self) -> FingerprintKey {
        FingerprintKey(derive(context::FINGERPRINT, &self.0[..]))
    }
}

impl ChunkIdKey {
    /// The id of a blob: keyed BLAKE3 of its plaintext.
    pub fn blob_id(&self, plaintext: &[u8]) -> BlobId {
        BlobId::from_bytes(*blake3::keyed_hash(&self.0, plaintext).as_bytes())
    }
}

impl ChunkerKey {
    /// The chunker's 256-entry gear table: the first 2 KiB of the BLAKE3 XOF keyed by this key.
    pub fn gear_table(&self) -> GearTable {
        let mut bytes = Zeroizing::new([0u8; 256 * 8]);
        blake3::Hasher::new_keyed(&self.0)
            .finalize_xof()
            .fill(&mut bytes[..]);
        let mut table = Box::new([0u64; 256]);
        for (t, b) in table.iter_mut().zip(bytes.chunks_exact(8)) {
            *t = u64::from_le_bytes(b.try_into().expect("8-byte chunk"));
        }
        GearTable::new(table)
    }

    /// The AES-128 key of the gear-AES chunker's PRF: the first 16 bytes of
    /// `derive_key(CHUNKER_PRF, chunker key)`. A separate derivation, so that recovering the
    /// gear table (the 2025 attacks on keyed FastCDC) says nothing about it.
    pub(crate) fn prf_key(&self) -> Zeroizing<[u8; 16]> {
        let full = Zeroizing::new(blake3::derive_key(context::CHUNKER_PRF, &self.0[..]));
        let mut key = Zeroizing::new([0u8; 16]);
        key.copy_from_slice(&full[..16]);
        key
    }
}

/// A key that encrypts exactly one message, derived from a parent key, a purpose label and a
/// fresh random 128-bit id. Because the key is never reused, its nonce is a constant.
pub(crate) fn single_use_key(parent: &[u8; 32], purpose: &[u8; 8], id: &[u8; 16]) -> AeadKey {
    let mut material = Zeroizing::new([0u8; 32 + 8 + 16]);
    material[..32].copy_from_slice(parent);
    material[32..40].copy_from_slice(purpose);
    material[40..].copy_from_slice(id);
    let key = Zeroizing::new(blake3::derive_key(context::SINGLE_USE, &material[..]));
    AeadKey::new(&key)
}

/// The constant nonce of single-use keys.
pub(crate) fn single_use_nonce() -> [u8; crypto::NONCE_LEN] {
    crypto::nonce(crypto::NONCE_DOMAIN_SINGLE, 0)
}

impl MetadataKey {
    /// The single-use key of one metadata object.
    pub(crate) fn object_key(&self, magic: &[u8; 8], object_id: &[u8; 16]) -> AeadKey {
        single_use_key(&self.0, magic, object_id)
    }
}

/// A pack key sealed under a single-use key derived from the wrapping key and the pack's uid.
/// 48 bytes: ciphertext (32) then tag (16).
#[derive(Clone, PartialEq, Eq)]
pub struct WrappedPackKey(pub(crate) [u8; WRAPPED_PACK_KEY_LEN]);

pub(crate) const WRAPPED_PACK_KEY_LEN: usize = 32 + crypto::TAG_LEN;
const WRAP_PURPOSE: &[u8; 8] = b"PACK-KEY";

impl fmt::Debug for WrappedPackKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "WrappedPackKey({})", crate::primitives::id::hex(&self.0))
    }
}

impl WrappingKey {
    /// Wraps `pack_key` for the pack with uid `pack_uid`; `aad` binds it to its repository.
    pub(crate) fn wrap(
        &self,
        pack_key: &PackKey,
        pack_uid: &[u8; 16],
        aad: &[u8],
    ) -> Result<WrappedPackKey> {
        let kek = single_use_key(&self.0, WRAP_PURPOSE, pack_uid);
        let mut out = [0u8; WRAPPED_PACK_KEY_LEN];
        out[..32].copy_from_slice(&pack_key.0[..]);
        let tag = kek.seal_in_place(&single_use_nonce(), aad, &mut out[..32])?;
        out[32..].copy_from_slice(&tag);
        Ok(WrappedPackKey(out))
    }

    /// Unwraps a pack key; `None` if it was not wrapped by this key for this uid and `aad`.
    pub(crate) fn unwrap(
        &self,
        wrapped: &WrappedPackKey,
        pack_uid: &[u8; 16],
        aad: &[u8],
    ) -> Option<PackKey> {
        let kek = single_use_key(&self.0, WRAP_PURPOSE, pack_uid);
        let mut buf = Zeroizing::new(wrapped.0);
        let plain = kek
            .open_in_place(&single_use_nonce(), aad, &mut buf[..])
            .ok()?;
        let mut key = Box::new([0u8; 32]);
        key.copy_from_slice(plain);
        Some(PackKey(key))
    }
}

impl PackKey {
    pub(crate) fn generate() -> Result<PackKey> {
        Ok(PackKey(random_key()?))
    }

    pub(crate) fn aead(&self) -> AeadKey {
        AeadKey::new(&self.0)
    }

    /// Fills `out` with the pack's padding: a keystream derived from the pack key, so padding
    /// looks like ciphertext to the provider and a reader can verify it byte for byte.
    pub(crate) fn padding(&self, out: &mut [u8]) {
        let key = Zeroizing::new(blake3::derive_key(context::PADDING, &self.0[..]));
        blake3::Hasher::new_keyed(&key).finalize_xof().fill(out);
    }
}

impl FingerprintKey {
    /// 32 bytes bound to this key and `repo`; the CLI shows a short prefix.
    pub(crate) fn fingerprint(&self, repo: &[u8]) -> [u8; 32] {
        *blake3::keyed_hash(&self.0, repo).as_bytes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_key_bytes() {
        let mut raw = [0xAB; 32];
        let k = MasterKey::from_bytes(&mut raw);
        assert_eq!(raw, [0; 32], "the caller's copy is zeroized");
        let shown = format!("{k:?} {:?}", k.chunk_id_key());
        assert!(shown.contains("<redacted>"));
        assert!(!shown.to_lowercase().contains("ab"), "{shown}");
    }

    #[test]
    fn subkeys_differ_from_each_other_and_the_master() {
        let k = MasterKey::generate().unwrap();
        let keys = [
            *k.expose(),
            *k.chunk_id_key().expose(),
            *k.chunker_key().expose(),
            *k.metadata_key().expose(),
            *k.wrapping_key().expose(),
            *k.fingerprint_key().expose(),
        ];
        for i in 0..keys.len() {
            for j in i + 1..keys.len() {
                assert_ne!(keys[i], keys[j]);
            }
        }
    }

    #[test]
    fn pack_keys_wrap_and_unwrap_only_with_the_same_uid_and_aad() {
        let k = MasterKey::generate().unwrap().wrapping_key();
        let pk = PackKey::generate().unwrap();
        let w = k.wrap(&pk, &[1; 16], b"repo").unwrap();
        assert_eq!(
            k.unwrap(&w, &[1; 16], b"repo").unwrap().expose(),
            pk.expose()
        );
        assert!(k.unwrap(&w, &[2; 16], b"repo").is_none());
        assert!(k.unwrap(&w, &[1; 16], b"other").is_none());
        let other = MasterKey::generate().unwrap().wrapping_key();
        assert!(other.unwrap(&w, &[1; 16], b"repo").is_none());
    }

    #[test]
    fn gear_tables_depend_on_every_key_bit() {
        let mut a = [0u8; 32];
        let base = ChunkerKey::from_bytes(&mut a.clone())
            .gear_table()
            .entries();
        for bit in [0usize, 63, 64, 255] {
            a = [0u8; 32];
            a[bit / 8] ^= 1 << (bit % 8);
            let t = ChunkerKey::from_bytes(&mut a).gear_table().entries();
            let same = t.iter().zip(base.iter()).filter(|(x, y)| x == y).count();
            assert_eq!(
                same, 0,
                "flipping key bit {bit} left {same} gear entries unchanged"
            );
        }
    }
}
