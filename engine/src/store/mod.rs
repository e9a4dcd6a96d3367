//! The sealed object store: everything between blobs and the storage backend.
//!
//! `layout` names every stored object; `sealed`, `config`, `slots`, `pack` and `index` are the
//! stored structures (sans-IO); `writer` and `ingest` are the write path (blobs into packs,
//! streams into chunks); `read` is the one read path; `repo` is the handle that ties them
//! together. The store knows nothing of files, trees or snapshots.

pub(crate) mod cache;
pub(crate) mod config;
pub(crate) mod format;
pub(crate) mod index;
pub(crate) mod ingest;
pub(crate) mod keyring;
pub(crate) mod layout;
pub(crate) mod lifecycle;
pub(crate) mod options;
pub(crate) mod pack;
pub(crate) mod read;
pub(crate) mod repair;
pub(crate) mod repo;
pub(crate) mod sealed;
pub(crate) mod segments;
pub(crate) mod slots;
pub(crate) mod state;
pub(crate) mod streams;
pub(crate) mod writer;

/// Unix seconds now (slot and config creation times; never used to judge ages).
pub(crate) fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}
