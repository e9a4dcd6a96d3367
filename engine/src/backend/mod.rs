//! Storage backends: one small, synchronous, object-store-shaped trait.
//!
//! Objects are whole byte strings named by `/`-separated lowercase paths (`config`,
//! `keys/<id>`, `packs/<xx>/<id>`, `index/<id>`). The engine only ever puts whole objects, reads
//! whole objects or ranges, lists by prefix, checks existence and deletes: it assumes no rename,
//! append or locking, so an object store can implement this trait as directly as a file system.
//! Backends see only ciphertext and never hold a key.

mod local;
mod memory;
mod recording;
mod retry;
#[cfg(feature = "s3")]
mod s3;

pub use local::LocalBackend;
pub use memory::MemoryBackend;
pub use recording::{RecordingBackend, Request};
pub use retry::{RetryPolicy, RetryingBackend};
#[cfg(feature = "s3")]
pub use s3::{S3Backend, S3Config};

use crate::error::{Error, Result};

/// A stored object's name and size, as returned by [`Backend::list`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ObjectInfo {
    /// Full object name.
    pub name: String,
    /// Size in bytes.
    pub size: u64,
    /// When the store last wrote it, by the store's clock (never the client's: ages that decide
    /// what to delete must not depend on a client's wrong clock). `None` if the store cannot tell.
    pub modified: Option<std::time::SystemTime>,
}

/// Where repository objects are stored.
///
/// Implementations report a missing object as [`crate::ErrorKind::NotFound`] (see
/// [`Error::backend_not_found`]) and other failures with [`Error::backend_failure`], saying
/// whether a retry may help.
pub trait Backend: Send + Sync {
    /// Stores `data` as `name`, atomically: readers see the old object, or none, or all of the
    /// new one. Returns only once the object is durable.
    fn put(&self, name: &str, data: &[u8]) -> Result<()>;

    /// Reads a whole object.
    fn get(&self, name: &str) -> Result<Vec<u8>>;

    /// Reads `len` bytes at `offset`. Fails if the object is shorter.
    fn get_range(&self, name: &str, offset: u64, len: u64) -> Result<Vec<u8>>;

    /// [`Backend::get_range`] into `buf` (replacing its contents), for readers that reuse one
    /// buffer for many ranges. The default calls `get_range`; a backend that can read into
    /// memory it is given overrides it, sparing an allocation (and the page faults of first
    /// touching it) per range.
    fn get_range_into(&self, name: &str, offset: u64, len: u64, buf: &mut Vec<u8>) -> Result<()> {
        *buf = self.get_range(name, offset, len)?;
        Ok(())
    }

    /// The size of an object, without reading it. The default asks [`Backend::list`]; a backend
    /// with a cheaper call (a `HEAD` request, `fstat`) overrides it.
    fn head(&self, name: &str) -> Result<u64> {
        self.list(name)?
            .into_iter()
            .find(|o| o.name == name)
            .map(|o| o.size)
            .ok_or_else(|| Error::backend_not_found(name))
    }

    /// Reads a whole object that may hold at most `max` bytes, refusing a larger one before
    /// reading it: object sizes are chosen by whoever controls the storage, and a reader must
    /// not let them decide how much memory it takes. A larger object is an integrity error.
    /// The default asks [`Backend::head`] for the size, then reads exactly that many bytes
    /// as a range (so a store that lies about the size still cannot make it read more); a
    /// backend that can bound the read itself overrides it.
    fn get_bounded(&self, name: &str, max: u64) -> Result<Vec<u8>> {
        let size = self.head(name)?;
        check_size(name, size, max)?;
        self.get_range(name, 0, size)
    }

    /// Every object whose name starts with `prefix`, in no particular order.
    fn list(&self, prefix: &str) -> Result<Vec<ObjectInfo>>;

    /// Deletes an object. Deleting a missing object is not an error.
    fn delete(&self, name: &str) -> Result<()>;

    /// Whether an object exists.
    fn exists(&self, name: &str) -> Result<bool>;

    /// How many `put`s the writer runs at once. Each one in flight holds a pack in memory, so
    /// the default is small; an object store with high latency may want more.
    fn concurrent_puts(&self) -> usize {
        2
    }
}

impl Error {
    /// For [`Backend`] implementations: the object `name` does not exist.
    pub fn backend_not_found(name: &str) -> Error {
        Error::not_found(name, "no such object in the repository")
    }

    /// For [`Backend`] implementations: accessing `name` failed; `retryable` if trying again
    /// may succeed (a timeout, a throttled request), not if it cannot (permissions, full disk).
    pub fn backend_failure(
        name: &str,
        retryable: bool,
        source: impl std::error::Error + Send + Sync + 'static,
    ) -> Error {
        let what = source.to_string();
        Error::backend(name, retryable, what, source)
    }
}

/// The error for an object larger than its kind may be.
pub(crate) fn check_size(name: &str, size: u64, max: u64) -> Result<()> {
    if size > max {
        return Err(Error::integrity(
            name,
            format!("object is {size} bytes, more than the {max} an object of its kind may hold"),
        ));
    }
    Ok(())
}

/// Checks an object name: non-empty `/`-separated segments of `[a-z0-9._-]`, none of them
/// `.` or `..` and none starting with `.tmp-` (reserved for in-flight local writes).
pub(crate) fn check_name(name: &str) -> Result<()> {
    let ok = !name.is_empty()
        && name.split('/').all(|seg| {
            !seg.is_empty()
                && seg != "."
                && seg != ".."
                && !seg.starts_with(".tmp-")
                && seg
                    .bytes()
                    .all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'.' | b'_' | b'-'))
        });
    if ok {
        Ok(())
    } else {
        Err(Error::invalid_input(format!(
            "invalid object name {name:?}"
        )))
    }
}

/// The behaviour every backend must have, as one test run against memory, local directories,
/// the retry wrapper and S3 (on Garage, in `engine/tests/s3.rs`). Public under the
/// `test-support` feature so that backends outside the crate can be held to it too.
#[cfg(any(test, feature = "test-support"))]
pub mod conformance;
