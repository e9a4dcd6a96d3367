//! Sealed metadata objects: the envelope shared by the config, index segments and snapshots.
//!
//! ```text
//! magic (8) | version u16 | repo id (16) | object id (16) | ciphertext | tag (16)
//! ```
//! The body is sealed under a single-use key derived from the metadata key, the magic and the
//! object id (random, fresh for every object written), with a constant nonce and the 42-byte
//! header as AAD. So an object cannot be moved to another repository, renamed, or relabelled as
//! another kind, and a key never seals twice.

use crate::error::{Error, Result};
use crate::primitives::codec::Put;
use crate::primitives::crypto::TAG_LEN;
use crate::primitives::id::{ObjectId, RepoId};
use crate::primitives::keys::{MetadataKey, single_use_nonce};

/// Format version of every sealed metadata object.
pub(crate) const SEALED_VERSION: u16 = 1;
pub(crate) const SEALED_HEADER_LEN: usize = 8 + 2 + 16 + 16;

/// Seals `body` as the object `id` of kind `magic`.
pub(crate) fn seal(
    key: &MetadataKey,
    magic: &[u8; 8],
    repo: RepoId,
    id: ObjectId,
    body: &[u8],
) -> Result<Vec<u8>> {
    let mut out = Vec::with_capacity(SEALED_HEADER_LEN + body.len() + TAG_LEN);
    out.put_bytes(magic);
    out.put_u16(SEALED_VERSION);
    out.put_bytes(repo.as_bytes());
    out.put_bytes(id.as_bytes());
    out.put_bytes(body);
    let (header, plain) = out.split_at_mut(SEALED_HEADER_LEN);
    let tag =
        key.object_key(magic, id.as_bytes())
            .seal_in_place(&single_use_nonce(), header, plain)?;
    out.put_bytes(&tag);
    Ok(out)
}

/// Opens a sealed object read from storage. `expected_id`, when the object name carries the id,
/// must match the header. Returns the object id and the plaintext body (decrypted in place).
pub(crate) fn open(
    key: &MetadataKey,
    magic: &[u8; 8],
    repo: RepoId,
    expected_id: Option<ObjectId>,
    mut bytes: Vec<u8>,
    what: &str,
) -> Result<(ObjectId, Vec<u8>)> {
    let (id, body_len) = check_header(magic, repo, expected_id, &bytes, what)?;
    let (header, sealed) = bytes.split_at_mut(SEALED_HEADER_LEN);
    key.object_key(magic, id.as_bytes())
        .open_in_place(&single_use_nonce(), header, sealed)
        .map_err(|_| Error::integrity(what, "authentication failed (damaged or tampered)"))?;
    bytes.drain(..SEALED_HEADER_LEN);
    bytes.truncate(body_len);
    Ok((id, bytes))
}

fn check_header(
    magic: &[u8; 8],
    repo: RepoId,
    expected_id: Option<ObjectId>,
    bytes: &[u8],
    what: &str,
) -> Result<(ObjectId, usize)> {
    if bytes.len() < 10 || &bytes[..8] != magic {
        return Err(Error::unsupported(
            what,
            "wrong magic: not this kind of sealvault object",
        ));
    }
    let version = u16::from_le_bytes([bytes[8], bytes[9]]);
    if version != SEALED_VERSION {
        return Err(Error::unsupported(
            what,
            format!("format version {version}; this build reads {SEALED_VERSION}"),
        ));
    }
    if bytes.len() < SEALED_HEADER_LEN + TAG_LEN {
        return Err(Error::integrity(what, "truncated"));
    }
    if bytes[10..26] != repo.as_bytes()[..] {
        return Err(Error::integrity(what, "belongs to another repository"));
    }
    let id = ObjectId::from_bytes(bytes[26..42].try_into().expect("16 bytes"));
    if expected_id.is_some_and(|e| e != id) {
        return Err(Error::integrity(what, "object id does not match its name"));
    }
    Ok((id, bytes.len() - SEALED_HEADER_LEN - TAG_LEN))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::primitives::keys::MasterKey;
    use proptest::prelude::*;

    const MAGIC: &[u8; 8] = b"SEALVTST";

    fn key() -> MetadataKey {
        MetadataKey::from_bytes(&mut [3u8; 32])
    }

    proptest! {
        #[test]
        fn round_trips(body in proptest::collection::vec(any::<u8>(), 0..2000)) {
            let repo = RepoId::from_bytes([1; 16]);
            let id = ObjectId::from_bytes([2; 16]);
            let sealed = seal(&key(), MAGIC, repo, id, &body).unwrap();
            let (got_id, got) = open(&key(), MAGIC, repo, Some(id), sealed, "t").unwrap();
            prop_assert_eq!(got_id, id);
            prop_assert_eq!(got, body);
        }
    }

    #[test]
    fn every_flipped_byte_and_every_truncation_is_an_error() {
        let repo = RepoId::from_bytes([1; 16]);
        let id = ObjectId::from_bytes([2; 16]);
        let sealed = seal(&key(), MAGIC, repo, id, b"some body bytes").unwrap();
        for i in 0..sealed.len() {
            let mut b = sealed.clone();
            b[i] ^= 0x80;
            assert!(
                open(&key(), MAGIC, repo, Some(id), b, "t").is_err(),
                "byte {i}"
            );
        }
        for len in 0..sealed.len() {
            assert!(open(&key(), MAGIC, repo, None, sealed[..len].to_vec(), "t").is_err());
        }
    }

    #[test]
    fn binds_repo_kind_name_and_key() {
        let repo = RepoId::from_bytes([1; 16]);
        let id = ObjectId::from_bytes([2; 16]);
        let sealed = seal(&key(), MAGIC, repo, id, b"x").unwrap();
        let other_repo = RepoId::from_bytes([9; 16]);
        assert!(open(&key(), MAGIC, other_repo, None, sealed.clone(), "t").is_err());
        assert!(open(&key(), b"SEALVXXX", repo, None, sealed.clone(), "t").is_err());
        let other_id = ObjectId::from_bytes([3; 16]);
        assert!(open(&key(), MAGIC, repo, Some(other_id), sealed.clone(), "t").is_err());
        let other_key = MasterKey::generate().unwrap().metadata_key();
        let e = open(&other_key, MAGIC, repo, None, sealed, "t").unwrap_err();
        assert!(e.is_integrity());
    }
}
