//! Authenticated encryption: AES-256-GCM behind one small seam, plus the nonce and AAD layouts
//! every sealed structure uses.
//!
//! Nonce policy: every key seals a bounded number of messages with counter nonces (blobs in a
//! pack, under a fresh random pack key) or exactly one message with a zero nonce (metadata objects
//! and key slots, each under a key derived from a fresh random id). No key ever sees a random
//! nonce for bulk data, so the 2^32-message limit of random 96-bit GCM nonces never comes into
//! play. `FORMAT.md` ("Nonces") lists every nonce domain.

mod aead;

pub use aead::{AeadEngine, AeadKey};
pub(crate) use aead::{NONCE_LEN, TAG_LEN};

/// Nonce domain for blobs inside a pack: the counter is the blob's byte offset in the pack.
pub(crate) const NONCE_DOMAIN_BLOB: u32 = 0;
/// Nonce domain for the header of a pack.
pub(crate) const NONCE_DOMAIN_PACK_HEADER: u32 = 1;
/// Nonce domain for single-message keys (sealed objects, key slots, wrapped pack keys).
pub(crate) const NONCE_DOMAIN_SINGLE: u32 = 2;

/// Builds a 96-bit nonce: a 32-bit domain then a 64-bit counter, both big-endian.
pub(crate) fn nonce(domain: u32, counter: u64) -> [u8; NONCE_LEN] {
    let mut n = [0u8; NONCE_LEN];
    n[..4].copy_from_slice(&domain.to_be_bytes());
    n[4..].copy_from_slice(&counter.to_be_bytes());
    n
}
