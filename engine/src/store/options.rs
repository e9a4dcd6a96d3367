//! The options of `Repository::init` and `Repository::open_with`.

use std::path::PathBuf;

use crate::primitives::chunk::ChunkerConfig;
use crate::primitives::compress::Compression;
use crate::store::config::RepoConfig;
use crate::store::format::FormatVersion;
use crate::store::lifecycle::Lifecycle;
use crate::store::slots::{KdfParams, UnlockBudget};

/// How to open a repository.
#[derive(Clone, Debug, Default)]
pub struct OpenOptions {
    /// Root of the local state directory (one folder per repository id inside), where this
    /// machine remembers what it must not forget: the key slot it opened last, tried first.
    /// `None` remembers nothing. Unlike a cache, it must not be deleted. The CLI uses
    /// `$XDG_STATE_HOME/sealvault`.
    pub state_dir: Option<PathBuf>,
    /// How much key derivation `open` may do in all.
    pub unlock_budget: UnlockBudget,
    /// Root of the local cache (one folder per repository id inside) of index segments,
    /// snapshots and tree packs, exactly as stored and verified on use. `None` caches nothing.
    /// Worth it for remote storage; the CLI uses `$XDG_CACHE_HOME/sealvault` for `s3:`
    /// repositories. Disposable: delete it whenever.
    pub cache_dir: Option<PathBuf>,
    /// Timing of writer sessions and prune leases, and the client's clock.
    pub lifecycle: Lifecycle,
}

/// Parameters chosen at `init`.
#[derive(Clone, Debug)]
pub struct InitOptions {
    /// Format version (default [`FormatVersion::CURRENT`]). Version 1 only to make repositories
    /// that older builds can open (and to test that this build still reads them).
    pub format: FormatVersion,
    /// Chunk sizes (default [`ChunkerConfig::DEFAULT`]).
    pub chunker: ChunkerConfig,
    /// Default compression (default [`Compression::DEFAULT`]).
    pub compression: Compression,
    /// Pack target size in bytes (default [`RepoConfig::DEFAULT_PACK_SIZE`]).
    pub pack_size: u32,
    /// Argon2id costs of the first slot, when it is a passphrase (default [`KdfParams::DEFAULT`]).
    pub kdf: KdfParams,
}

impl Default for InitOptions {
    fn default() -> Self {
        InitOptions {
            format: FormatVersion::CURRENT,
            chunker: ChunkerConfig::DEFAULT,
            compression: Compression::DEFAULT,
            pack_size: RepoConfig::DEFAULT_PACK_SIZE,
            kdf: KdfParams::DEFAULT,
        }
    }
}
