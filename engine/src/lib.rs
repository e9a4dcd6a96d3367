//! sealvault: an end-to-end encrypted, deduplicating backup engine.
//!
//! Data is chunked, deduplicated, compressed and sealed on the client; the storage provider
//! holds only ciphertext and learns as little as possible (see `SECURITY.md`). Every byte read
//! back is authenticated and checked against its id before it is released.
//!
//! ```
//! use std::sync::Arc;
//! use sealvault::prelude::*;
//! use sealvault::{BackupOptions, CheckOptions, Credential, InitOptions, KdfParams, LocalBackend};
//!
//! # fn main() -> sealvault::Result<()> {
//! # let tmp = std::env::temp_dir().join(format!("sealvault-doc-{}", std::process::id()));
//! # let (repo_dir, data_dir, restore_dir) = (tmp.join("repo"), tmp.join("data"), tmp.join("restored"));
//! # std::fs::create_dir_all(&data_dir).unwrap();
//! # std::fs::write(data_dir.join("notes.txt"), b"remember the milk").unwrap();
//! let password = Credential::passphrase("correct horse battery staple");
//! // Cheap Argon2 costs keep this example fast; keep the default for real repositories.
//! let options = InitOptions { kdf: KdfParams::insecure_for_tests(1024, 1, 1)?, ..InitOptions::default() };
//! let backend = Arc::new(LocalBackend::create(&repo_dir)?);
//! Repository::init(backend.clone(), &password, &options)?;
//!
//! // Open, back up a directory (and, separately, any `Read`), list snapshots.
//! let repo = Repository::open(backend, &password)?;
//! let opts = BackupOptions { host: "laptop".into(), ..BackupOptions::default() };
//! let snapshot = repo.backup(&[data_dir.clone()], &opts, &NoProgress)?;
//! repo.backup_reader("db.sql", &b"CREATE TABLE t;"[..], &opts, &NoProgress)?;
//! assert_eq!(repo.snapshots()?.snapshots.len(), 2);
//!
//! // Stream one file to any `Write`, restore everything to a path, check every byte.
//! let mut notes = Vec::new();
//! repo.dump(&snapshot, &data_dir.join("notes.txt"), &mut notes)?;
//! assert_eq!(notes, b"remember the milk");
//! repo.restore(&snapshot, &restore_dir, &Default::default(), &NoProgress)?;
//! assert!(repo.check(CheckOptions { read_data: true }, &NoProgress)?.is_ok());
//! # std::fs::remove_dir_all(&tmp).unwrap();
//! # Ok(()) }
//! ```
//!
//! Lower down, [`Repository::store`], [`Repository::store_bytes`] and [`Repository::load`] store
//! and read single blobs and byte streams, for products with their own notion of files.
//! Progress is reported through the [`Progress`] trait, never printed.
//! With the `serde` feature (off by default) the report types ([`Snapshot`], the summaries,
//! [`CheckReport`], [`SlotInfo`]...) implement `serde::Serialize`: ids as hex, times as RFC 3339,
//! byte paths as lossy UTF-8 strings.
//!
//! # Debug builds
//!
//! Opening a repository derives its key with Argon2id (64 MiB, 14 passes by default), and
//! Cargo's `dev` profile builds dependencies unoptimised: in an embedding crate's debug build
//! `Repository::open` took 8.0-8.9 s, against 0.5 s with this in the embedding crate's
//! `Cargo.toml` (measured on a 2-core VM):
//!
//! ```toml
//! [profile.dev.package.argon2]
//! opt-level = 3
//! ```
//!
//! Optimising every dependency instead (`[profile.dev.package."*"]`, sealvault included)
//! opened in the same 0.5 s; it also optimises the rest of the engine, for debug builds that
//! run backups (not measured), at the cost of a longer first build.
//!
//! The layers, one folder each (`ARCHITECTURE.md` is the map): `primitives` (ids, codecs,
//! compression, the keyed chunker, keys, AEAD), `backend` (the storage trait), `store` (sealed
//! objects, packs, the index, the write and read paths, the [`Repository`] handle) and `files`
//! (trees, snapshots, and the [`FileTrees`] operations: backup, restore, check).
//! The on-disk format is specified byte by byte in `FORMAT.md`.

#![warn(missing_docs)]

/// What most embedders want in scope: the repository, its file-tree operations, progress.
pub mod prelude {
    pub use crate::{FileTrees, NoProgress, Progress, Repository};
}

pub mod backend;
#[cfg(feature = "bench-internals")]
#[doc(hidden)]
pub mod bench_internals;
mod clock;
mod error;
mod files;
#[cfg(any(test, feature = "fuzz-api"))]
#[doc(hidden)]
pub mod fuzz_api;
#[cfg(test)]
mod golden;
mod primitives;
mod progress;
#[cfg(feature = "serde")]
mod serialize;
mod store;

pub use files::FileTrees;
pub use files::tree;
pub use primitives::chunk;

pub use backend::{
    Backend, LocalBackend, MemoryBackend, ObjectInfo, RecordingBackend, RetryPolicy,
    RetryingBackend,
};
#[cfg(feature = "s3")]
pub use backend::{S3Backend, S3Config};
pub use clock::Clock;
pub use error::{Error, ErrorKind, Result};
pub use files::backup::{BackupOptions, LARGE_FILE, ParentChoice, hostname};
pub use files::check::{CheckOptions, CheckReport, Damage};
pub use files::forget::{ForgetOptions, ForgetReport};
pub use files::history::{HistoryCheck, MissingSnapshot};
pub use files::policy;
pub use files::prune::PruneOptions;
pub use files::restore::{
    ExistingAction, ExistingEntry, Overwrite, RestoreOptions, RestoreSummary,
};
pub use files::snapshot::{BackupIssue, BackupSummary, Snapshot, SnapshotFilter, SnapshotList};
pub use primitives::chunk::{Chunker, ChunkerAlgorithm, ChunkerConfig, GearTable};
pub use primitives::compress::Compression;
pub use primitives::crypto::{AeadEngine, AeadKey};
pub use primitives::id::{BlobId, ObjectId, PackId, RepoId, SlotId};
pub use primitives::keys::{ChunkIdKey, ChunkerKey, MasterKey};
pub use progress::{CancelFlag, NoProgress, Progress};
pub use store::config::RepoConfig;
pub use store::format::FormatVersion;
pub use store::index::IndexStats;
pub use store::ingest::{ChunkRef, StoredStream};
pub use store::keyring::KeyRing;
pub use store::layout::ObjectKind;
pub use store::lifecycle::Lifecycle;
pub use store::lifecycle::gc::{PruneReport, Waiting};
pub use store::lifecycle::presence::PresenceInfo;
pub use store::pack::{BlobKind, TRAILER_LEN, padme, verify_checksum};
pub use store::repair::RepairReport;
pub use store::repo::{InitOptions, OpenOptions, Repository, Stored, Unreadable};
pub use store::segments::{MissingPack, PackAudit};
pub use store::slots::{
    Credential, KdfParams, RecoveryKey, RecoverySecret, RecoveryShare, SlotInfo, SlotKind, SplitId,
    SplitParams, UnlockBudget,
};
pub use store::streams::{StreamReader, StreamWriter};
