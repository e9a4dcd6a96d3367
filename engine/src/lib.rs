//! sealvault: an end-to-end encrypted, deduplicating backup engine.
//!
//! Data is chunked, deduplicated, compressed and sealed on the client; the storage provider
//! holds only ciphertext and learns as little as possible (see `SECURITY.md`). Every byte read
//! back is authenticated and checked against its id before it is released.
//!
//! ```
//! use std::sync::Arc;
//! use sealvault::{BlobKind, Credential, InitOptions, KdfParams, MemoryBackend, Repository};
//!
//! # fn main() -> sealvault::Result<()> {
//! let backend = Arc::new(MemoryBackend::new());
//! let password = Credential::passphrase("correct horse battery staple");
//! // Cheap Argon2 costs keep this example fast; keep the default for real repositories.
//! let options = InitOptions { kdf: KdfParams::new(1024, 1, 1)?, ..InitOptions::default() };
//! let repo = Repository::init(backend.clone(), &password, &options)?;
//!
//! let stored = repo.store(BlobKind::Data, b"hello, sealed world")?;
//! assert!(repo.store(BlobKind::Data, b"hello, sealed world")?.is_new == false); // deduplicated
//! repo.flush()?; // packs first, then the index segments that list them
//! drop(repo);
//!
//! let repo = Repository::open(backend, &password)?;
//! assert_eq!(repo.load(&stored.id)?, b"hello, sealed world");
//! assert!(Repository::open(repo.backend().clone(), &Credential::passphrase("guess")).is_err());
//! # Ok(()) }
//! ```
//!
//! The layers, each in its own module: primitives (`keys`, `crypto`, `chunk`, `compress`,
//! `codec`), sealed storage structures (`sealed`, `slots`, `pack`, `index`, `config`), the
//! storage seam (`backend`), and the repository that ties them together (`repo`, `writer`).
//! The on-disk format is specified byte by byte in `FORMAT.md`.

#![warn(missing_docs)]

pub mod backend;
mod backup;
#[doc(hidden)]
pub mod bench_internals;
mod check;
pub mod chunk;
mod codec;
mod compress;
mod config;
mod crypto;
mod error;
mod fsmeta;
#[cfg(test)]
mod golden;
mod id;
mod index;
mod ingest;
mod keys;
mod pack;
mod random;
mod repo;
mod restore;
mod sealed;
mod slots;
mod snapshot;
mod sys;
pub mod tree;
mod writer;

pub use backend::{Backend, LocalBackend, MemoryBackend, ObjectInfo};
pub use backup::{BackupOptions, LARGE_FILE, NoProgress, ParentChoice, Progress, hostname};
pub use check::{CheckOptions, CheckReport, Damage};
pub use chunk::{Chunker, ChunkerConfig};
pub use compress::Compression;
pub use config::RepoConfig;
pub use crypto::{AeadEngine, AeadKey};
pub use error::{Error, ErrorKind, Result};
pub use id::{BlobId, ObjectId, PackId, RepoId, SlotId};
pub use index::IndexStats;
pub use ingest::{ChunkRef, StoredStream};
pub use keys::{ChunkIdKey, ChunkerKey, MasterKey};
pub use pack::{BlobKind, TRAILER_LEN, padme, verify_checksum};
pub use repo::{InitOptions, Repository, Stored};
pub use restore::RestoreSummary;
pub use slots::{Credential, KdfParams, RecoveryKey, SlotInfo, SlotKind};
pub use snapshot::{BackupIssue, BackupSummary, Snapshot, SnapshotFilter};
