//! The repository config: the `config` object.
//!
//! A sealed object (`sealed`, magic `SEALVCFG`) whose plaintext header gives the repository's
//! format version and id, so `open` can refuse an unknown version before asking for a key, and
//! whose sealed body holds the parameters that decide stored bytes:
//!
//! ```text
//! chunker min u32 | avg u32 | max u32 | normalization u8 | [chunker algorithm u8: version 2]
//! pack target u32 | compression u8 (0 off, 1 zstd) | zstd level i32 | created (unix seconds) u64
//! ```

use crate::error::{Error, Result};
use crate::primitives::chunk::{ChunkerAlgorithm, ChunkerConfig};
use crate::primitives::codec::{Put, Reader};
use crate::primitives::compress::Compression;
use crate::primitives::id::{ObjectId, RepoId};
use crate::primitives::keys::MetadataKey;
use crate::store::format::FormatVersion;
use crate::store::layout::{Object, ObjectKind};
use crate::store::sealed;

pub(crate) const CONFIG_MAGIC: &[u8; 8] = b"SEALVCFG";

/// Smallest and largest pack target sizes accepted.
const PACK_SIZE_RANGE: std::ops::RangeInclusive<u32> = (1 << 20)..=(1 << 30);

/// The parameters fixed at `init`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RepoConfig {
    /// The repository's format version: what its objects look like.
    pub format: FormatVersion,
    /// Chunk sizes and algorithm.
    pub chunker: ChunkerConfig,
    /// Target size of a pack in bytes (a pack is closed once it reaches this).
    pub pack_size: u32,
    /// Default compression of new blobs.
    pub compression: Compression,
    /// Unix seconds at `init`.
    pub created: u64,
}

impl RepoConfig {
    /// Default pack size: 8 MiB (the largest chunk; a pack closes once it reaches this). A
    /// few packs are in memory at once (one open per writing thread, one queued, one per
    /// uploader): 16 MiB packs measured 20-30 MiB more peak memory on a backup, over the
    /// 100 MiB budget. 8 MiB is still a good object size (the AWS CLI's multipart threshold);
    /// choose larger packs at `init` for stores that charge per request.
    pub const DEFAULT_PACK_SIZE: u32 = 8 << 20;

    pub(crate) fn validate(&self) -> Result<()> {
        self.chunker
            .validate()
            .map_err(|why| Error::invalid_input(format!("chunker sizes: {why}")))?;
        if !PACK_SIZE_RANGE.contains(&self.pack_size) {
            return Err(Error::invalid_input("pack size must be 1 MiB to 1 GiB"));
        }
        if self.pack_size < self.chunker.max() {
            return Err(Error::invalid_input(
                "pack size must be at least the maximum chunk size",
            ));
        }
        self.compression.validate()?;
        if self.format == FormatVersion::V1 && self.chunker.algorithm() != ChunkerAlgorithm::FastCdc
        {
            return Err(Error::invalid_input(
                "format version 1 repositories chunk with keyed FastCDC only",
            ));
        }
        Ok(())
    }

    pub(crate) fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(34);
        out.put_u32(self.chunker.min());
        out.put_u32(self.chunker.avg());
        out.put_u32(self.chunker.max());
        out.put_u8(self.chunker.normalization());
        if self.format >= FormatVersion::V2 {
            out.put_u8(self.chunker.algorithm().code());
        }
        out.put_u32(self.pack_size);
        let (kind, level) = match self.compression {
            Compression::Off => (0, 0),
            Compression::Zstd(l) => (1, l),
        };
        out.put_u8(kind);
        out.put_u32(level as u32);
        out.put_u64(self.created);
        out
    }

    pub(crate) fn decode(format: FormatVersion, body: &[u8], what: &str) -> Result<RepoConfig> {
        let mut r = Reader::new(body, what);
        let (min, avg, max, norm) = (r.u32()?, r.u32()?, r.u32()?, r.u8()?);
        let algorithm = match format {
            FormatVersion::V1 => ChunkerAlgorithm::FastCdc,
            FormatVersion::V2 => ChunkerAlgorithm::from_code(r.u8()?)
                .ok_or_else(|| Error::integrity(what, "unknown chunker algorithm"))?,
        };
        let pack_size = r.u32()?;
        let (kind, level) = (r.u8()?, r.u32()? as i32);
        let created = r.u64()?;
        r.finish()?;
        let compression = match (kind, level) {
            (0, 0) => Compression::Off,
            (1, level) => Compression::Zstd(level),
            _ => return Err(Error::integrity(what, "unknown compression")),
        };
        let c = RepoConfig {
            format,
            chunker: ChunkerConfig::new(min, avg, max, norm)
                .map_err(|e| Error::integrity(what, e.to_string()))?
                .with_algorithm(algorithm),
            pack_size,
            compression,
            created,
        };
        c.validate()
            .map_err(|e| Error::integrity(what, e.to_string()))?;
        Ok(c)
    }

    pub(crate) fn seal(&self, key: &MetadataKey, repo: RepoId) -> Result<Vec<u8>> {
        sealed::seal(
            self.format,
            ObjectKind::Config,
            key,
            CONFIG_MAGIC,
            repo,
            ObjectId::random()?,
            &self.encode(),
        )
    }

    pub(crate) fn open(key: &MetadataKey, repo: RepoId, bytes: Vec<u8>) -> Result<RepoConfig> {
        let (_, format) = peek(&bytes)?;
        let name = Object::Config.name();
        let (_, body) = sealed::open(
            ObjectKind::Config,
            key,
            CONFIG_MAGIC,
            repo,
            None,
            bytes,
            &name,
        )?;
        RepoConfig::decode(format, &body, &name)
    }
}

/// Reads the plaintext header of a config object: checks magic and version, returns the
/// repository id and format version. Needs no key, so version errors come before any password
/// prompt.
pub(crate) fn peek(bytes: &[u8]) -> Result<(RepoId, FormatVersion)> {
    if bytes.len() < 26 || &bytes[..8] != CONFIG_MAGIC {
        return Err(Error::unsupported(
            Object::Config.name(),
            "not a sealvault repository config",
        ));
    }
    let version = u16::from_le_bytes([bytes[8], bytes[9]]);
    let Some(format) = FormatVersion::from_number(version) else {
        return Err(Error::unsupported(
            Object::Config.name(),
            format!(
                "repository format version {version}; this build of sealvault reads versions 1 to {}",
                FormatVersion::CURRENT
            ),
        ));
    };
    let id = RepoId::from_bytes(bytes[10..26].try_into().expect("16 bytes"));
    Ok((id, format))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> RepoConfig {
        RepoConfig {
            format: FormatVersion::CURRENT,
            chunker: ChunkerConfig::DEFAULT,
            pack_size: RepoConfig::DEFAULT_PACK_SIZE,
            compression: Compression::Zstd(5),
            created: 1_700_000_000,
        }
    }

    #[test]
    fn round_trips_and_every_flipped_byte_fails() {
        let key = MetadataKey::from_bytes(&mut [1; 32]);
        let repo = RepoId::from_bytes([2; 16]);
        let sealed = config().seal(&key, repo).unwrap();
        assert_eq!(peek(&sealed).unwrap(), (repo, FormatVersion::CURRENT));
        assert_eq!(
            RepoConfig::open(&key, repo, sealed.clone()).unwrap(),
            config()
        );
        // A version 1 config: FastCDC, no algorithm byte.
        let v1 = RepoConfig {
            format: FormatVersion::V1,
            chunker: ChunkerConfig::DEFAULT.with_algorithm(ChunkerAlgorithm::FastCdc),
            ..config()
        };
        let sealed_v1 = v1.seal(&key, repo).unwrap();
        assert_eq!(peek(&sealed_v1).unwrap(), (repo, FormatVersion::V1));
        assert_eq!(RepoConfig::open(&key, repo, sealed_v1).unwrap(), v1);
        assert!(
            RepoConfig {
                format: FormatVersion::V1,
                ..config()
            }
            .validate()
            .is_err()
        );
        for i in 0..sealed.len() {
            let mut b = sealed.clone();
            b[i] ^= 0x10;
            let e = RepoConfig::open(&key, repo, b).unwrap_err();
            assert!(
                matches!(
                    e.kind(),
                    crate::ErrorKind::Integrity | crate::ErrorKind::UnsupportedFormat
                ),
                "byte {i}: {e}"
            );
        }
    }

    #[test]
    fn unknown_version_is_reported_before_any_key_is_needed() {
        let key = MetadataKey::from_bytes(&mut [1; 32]);
        let mut sealed = config().seal(&key, RepoId::from_bytes([2; 16])).unwrap();
        sealed[8] = 9;
        let e = peek(&sealed).unwrap_err();
        assert_eq!(e.kind(), crate::ErrorKind::UnsupportedFormat);
        assert!(e.to_string().contains("version 9"), "{e}");
    }

    #[test]
    fn validation() {
        let mut c = config();
        c.pack_size = 1000;
        assert!(c.validate().is_err());
        c.pack_size = 4 << 20; // smaller than the 8 MiB max chunk
        assert!(c.validate().is_err());
    }
}
