//! Sealed metadata objects: the envelope shared by the config, index segments, snapshots and
//! lifecycle objects.
//!
//! ```text
//! magic (8) | version u16 | repo id (16) | object id (16) | ciphertext | tag (16)
//! version 1 plaintext: body
//! version 2 plaintext: body length u32 | body | zeros up to padded_len(the whole object)
//! ```
//! The plaintext is sealed under a single-use key derived from the metadata key, the magic and
//! the object id (random, fresh for every object written), with a constant nonce and the 42-byte
//! header as AAD. So an object cannot be moved to another repository, renamed, or relabelled as
//! another kind, and a key never seals twice. Version 2 pads so that an object's size says
//! little about what it holds (an index segment's size counted its blobs exactly).

use crate::error::{Error, Result};
use crate::primitives::codec::Put;
use crate::primitives::crypto::TAG_LEN;
use crate::primitives::id::{ObjectId, RepoId};
use crate::primitives::keys::{MetadataKey, single_use_nonce};
use crate::store::format::FormatVersion;
use crate::store::layout::ObjectKind;

pub(crate) const SEALED_HEADER_LEN: usize = 8 + 2 + 16 + 16;

/// The stored length of a version 2 object of `kind` whose header, length field, body and tag
/// take `len` bytes: Padmé-rounded (at most 12% more; it leaves O(log log len) bits of the
/// length, `SECURITY.md`), and at least the kind's floor ([`ObjectKind::min_sealed_len`]), so
/// small objects of a kind are all one size.
pub(crate) fn padded_len(kind: ObjectKind, len: u64) -> u64 {
    crate::store::pack::padme(len.max(kind.min_sealed_len()))
}

/// Seals `body` as the object `id` of kind `kind` (magic `magic`), in the envelope of `format`.
pub(crate) fn seal(
    format: FormatVersion,
    kind: ObjectKind,
    key: &MetadataKey,
    magic: &[u8; 8],
    repo: RepoId,
    id: ObjectId,
    body: &[u8],
) -> Result<Vec<u8>> {
    let unpadded = SEALED_HEADER_LEN + body.len() + TAG_LEN;
    let mut out = Vec::with_capacity(unpadded + 4);
    out.put_bytes(magic);
    out.put_u16(format.number());
    out.put_bytes(repo.as_bytes());
    out.put_bytes(id.as_bytes());
    if format.pads_sealed_objects() {
        let len = u32::try_from(body.len())
            .map_err(|_| Error::internal("sealed object body over 4 GiB"))?;
        out.put_u32(len);
        out.put_bytes(body);
        let total = padded_len(kind, unpadded as u64 + 4) as usize;
        out.resize(total - TAG_LEN, 0);
    } else {
        out.put_bytes(body);
    }
    let (header, plain) = out.split_at_mut(SEALED_HEADER_LEN);
    let tag =
        key.object_key(magic, id.as_bytes())
            .seal_in_place(&single_use_nonce(), header, plain)?;
    out.put_bytes(&tag);
    Ok(out)
}

/// Opens a sealed object of `kind` read from storage. `expected_id`, when the object name
/// carries the id, must match the header. Returns the object id and the plaintext body
/// (decrypted in place).
pub(crate) fn open(
    kind: ObjectKind,
    key: &MetadataKey,
    magic: &[u8; 8],
    repo: RepoId,
    expected_id: Option<ObjectId>,
    mut bytes: Vec<u8>,
    what: &str,
) -> Result<(ObjectId, Vec<u8>)> {
    let (id, format, plain_len) = check_header(magic, repo, expected_id, &bytes, what)?;
    let stored_len = bytes.len() as u64;
    let (header, sealed) = bytes.split_at_mut(SEALED_HEADER_LEN);
    key.object_key(magic, id.as_bytes())
        .open_in_place(&single_use_nonce(), header, sealed)
        .map_err(|_| Error::integrity(what, "authentication failed (damaged or tampered)"))?;
    bytes.truncate(SEALED_HEADER_LEN + plain_len);
    if !format.pads_sealed_objects() {
        bytes.drain(..SEALED_HEADER_LEN);
        return Ok((id, bytes));
    }
    // Authenticated, so only a writer with the key could get these wrong: still checked, so
    // that every version 2 object has exactly one encoding.
    let plain = &bytes[SEALED_HEADER_LEN..];
    let body_len = match plain.get(..4) {
        Some(b) => u32::from_le_bytes(b.try_into().expect("4 bytes")) as usize,
        None => return Err(Error::integrity(what, "padded object without a length")),
    };
    if body_len > plain.len() - 4
        || plain[4 + body_len..].iter().any(|&b| b != 0)
        || padded_len(kind, (SEALED_HEADER_LEN + 4 + body_len + TAG_LEN) as u64) != stored_len
    {
        return Err(Error::integrity(
            what,
            "padding does not match the body length",
        ));
    }
    bytes.truncate(SEALED_HEADER_LEN + 4 + body_len);
    bytes.drain(..SEALED_HEADER_LEN + 4);
    Ok((id, bytes))
}

/// Checks the plaintext header; returns the object id, its format and the plaintext length.
fn check_header(
    magic: &[u8; 8],
    repo: RepoId,
    expected_id: Option<ObjectId>,
    bytes: &[u8],
    what: &str,
) -> Result<(ObjectId, FormatVersion, usize)> {
    if bytes.len() < 10 || &bytes[..8] != magic {
        return Err(Error::unsupported(
            what,
            "wrong magic: not this kind of sealvault object",
        ));
    }
    let version = u16::from_le_bytes([bytes[8], bytes[9]]);
    let Some(format) = FormatVersion::from_number(version) else {
        return Err(Error::unsupported(
            what,
            format!(
                "format version {version}; this build reads versions 1 to {}",
                FormatVersion::CURRENT
            ),
        ));
    };
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
    Ok((id, format, bytes.len() - SEALED_HEADER_LEN - TAG_LEN))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::primitives::keys::MasterKey;
    use proptest::prelude::*;

    const MAGIC: &[u8; 8] = b"SEALVTST";
    /// A kind with the 512-byte floor.
    const K: ObjectKind = ObjectKind::Config;

    fn key() -> MetadataKey {
        MetadataKey::from_bytes(&mut [3u8; 32])
    }

    const FORMATS: [FormatVersion; 2] = [FormatVersion::V1, FormatVersion::V2];

    proptest! {
        #[test]
        fn round_trips(body in proptest::collection::vec(any::<u8>(), 0..5000), v2 in any::<bool>()) {
            let format = if v2 { FormatVersion::V2 } else { FormatVersion::V1 };
            let repo = RepoId::from_bytes([1; 16]);
            let id = ObjectId::from_bytes([2; 16]);
            let sealed = seal(format, K, &key(), MAGIC, repo, id, &body).unwrap();
            let unpadded = (SEALED_HEADER_LEN + body.len() + TAG_LEN) as u64;
            if v2 {
                prop_assert_eq!(sealed.len() as u64, padded_len(K, unpadded + 4));
            } else {
                prop_assert_eq!(sealed.len() as u64, unpadded);
            }
            let (got_id, got) = open(K, &key(), MAGIC, repo, Some(id), sealed, "t").unwrap();
            prop_assert_eq!(got_id, id);
            prop_assert_eq!(got, body);
        }
    }

    /// Seals `plain` as a version 2 object's whole plaintext, padding included, as a writer
    /// with the key but a wrong idea of the padding would.
    fn seal_v2_plaintext(repo: RepoId, id: ObjectId, plain: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        out.put_bytes(MAGIC);
        out.put_u16(2);
        out.put_bytes(repo.as_bytes());
        out.put_bytes(id.as_bytes());
        out.put_bytes(plain);
        let (header, p) = out.split_at_mut(SEALED_HEADER_LEN);
        let tag = key()
            .object_key(MAGIC, id.as_bytes())
            .seal_in_place(&single_use_nonce(), header, p)
            .unwrap();
        out.put_bytes(&tag);
        out
    }

    #[test]
    fn version_2_sizes_hide_small_differences_and_count_nothing_exactly() {
        let repo = RepoId::from_bytes([1; 16]);
        let id = ObjectId::from_bytes([2; 16]);
        let len = |n: usize| {
            seal(FormatVersion::V2, K, &key(), MAGIC, repo, id, &vec![7; n])
                .unwrap()
                .len()
        };
        // Everything up to 450 body bytes is one size: a host name, a few ids.
        assert!((0..450).all(|n| len(n) == 512));
        // Around 100 KB the size moves in 2 KiB steps (Padmé keeps the top 5 bits of 17):
        // one size stands for about 40 counts of 49-byte index entries.
        let sizes: std::collections::BTreeSet<usize> =
            (0..400).map(|k| len(100_000 + 49 * k)).collect();
        assert!(sizes.len() <= 11, "{sizes:?}");
        assert!(sizes.iter().all(|s| s % 2048 == 0), "{sizes:?}");
    }

    #[test]
    fn version_2_padding_must_be_canonical() {
        let repo = RepoId::from_bytes([1; 16]);
        let id = ObjectId::from_bytes([2; 16]);
        let good = |body_len: u32, fill: u8, total: usize| {
            let mut plain = body_len.to_le_bytes().to_vec();
            plain.extend(std::iter::repeat_n(b'x', body_len as usize));
            plain.resize(total - SEALED_HEADER_LEN - TAG_LEN, fill);
            seal_v2_plaintext(repo, id, &plain)
        };
        assert!(open(K, &key(), MAGIC, repo, None, good(10, 0, 512), "t").is_ok());
        // Non-zero fill, a length past the end, a size that is not the padded one.
        let e = open(K, &key(), MAGIC, repo, None, good(10, 1, 512), "t").unwrap_err();
        assert!(e.is_integrity(), "{e}");
        assert!(open(K, &key(), MAGIC, repo, None, good(500, 0, 512), "t").is_err());
        assert!(open(K, &key(), MAGIC, repo, None, good(10, 0, 600), "t").is_err());
        assert!(
            open(
                K,
                &key(),
                MAGIC,
                repo,
                None,
                seal_v2_plaintext(repo, id, &[1, 0]),
                "t"
            )
            .is_err()
        );
    }

    #[test]
    fn every_flipped_byte_and_every_truncation_is_an_error() {
        let repo = RepoId::from_bytes([1; 16]);
        let id = ObjectId::from_bytes([2; 16]);
        for format in FORMATS {
            let sealed = seal(format, K, &key(), MAGIC, repo, id, b"some body bytes").unwrap();
            for i in 0..sealed.len() {
                let mut b = sealed.clone();
                b[i] ^= 0x80;
                assert!(
                    open(K, &key(), MAGIC, repo, Some(id), b, "t").is_err(),
                    "byte {i}"
                );
            }
            for len in 0..sealed.len() {
                assert!(open(K, &key(), MAGIC, repo, None, sealed[..len].to_vec(), "t").is_err());
            }
        }
    }

    #[test]
    fn binds_repo_kind_name_and_key() {
        let repo = RepoId::from_bytes([1; 16]);
        let id = ObjectId::from_bytes([2; 16]);
        let sealed = seal(FormatVersion::CURRENT, K, &key(), MAGIC, repo, id, b"x").unwrap();
        let other_repo = RepoId::from_bytes([9; 16]);
        assert!(open(K, &key(), MAGIC, other_repo, None, sealed.clone(), "t").is_err());
        assert!(open(K, &key(), b"SEALVXXX", repo, None, sealed.clone(), "t").is_err());
        let other_id = ObjectId::from_bytes([3; 16]);
        assert!(open(K, &key(), MAGIC, repo, Some(other_id), sealed.clone(), "t").is_err());
        let other_key = MasterKey::generate().unwrap().metadata_key();
        let e = open(K, &other_key, MAGIC, repo, None, sealed, "t").unwrap_err();
        assert!(e.is_integrity());
    }
}
