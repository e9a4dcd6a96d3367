//! Storage backends: one small, synchronous, object-store-shaped trait.
//!
//! Objects are whole byte strings named by `/`-separated lowercase paths (`config`,
//! `keys/<id>`, `packs/<xx>/<id>`, `index/<id>`). The engine only ever puts whole objects, reads
//! whole objects or ranges, lists by prefix, checks existence and deletes: it assumes no rename,
//! append or locking, so an object store can implement this trait as directly as a file system.
//! Backends see only ciphertext and never hold a key.

mod local;
mod memory;

pub use local::LocalBackend;
pub use memory::MemoryBackend;

use crate::error::{Error, Result};

/// A stored object's name and size, as returned by [`Backend::list`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ObjectInfo {
    /// Full object name.
    pub name: String,
    /// Size in bytes.
    pub size: u64,
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

/// Shared behaviour tests, run against every backend.
#[cfg(test)]
pub(crate) mod conformance {
    use super::*;

    pub(crate) fn run(b: &dyn Backend) {
        assert_eq!(
            b.get("config").unwrap_err().kind(),
            crate::ErrorKind::NotFound
        );
        assert!(!b.exists("config").unwrap());
        b.put("config", b"hello").unwrap();
        assert!(b.exists("config").unwrap());
        assert_eq!(b.get("config").unwrap(), b"hello");
        b.put("config", b"replaced").unwrap();
        assert_eq!(b.get("config").unwrap(), b"replaced");
        b.put("packs/ab/abcd", &[7u8; 100]).unwrap();
        b.put("packs/cd/cdef", &[8u8; 10]).unwrap();
        b.put("index/0001", b"i").unwrap();
        assert_eq!(b.get_range("packs/ab/abcd", 90, 10).unwrap(), [7u8; 10]);
        assert!(b.get_range("packs/ab/abcd", 95, 10).is_err());
        assert_eq!(b.get_range("packs/cd/cdef", 0, 0).unwrap(), b"");
        // Into a reused buffer: the old contents are replaced, whatever their length.
        let mut buf = vec![1u8; 50];
        b.get_range_into("packs/cd/cdef", 2, 5, &mut buf).unwrap();
        assert_eq!(buf, [8u8; 5]);
        b.get_range_into("packs/ab/abcd", 0, 20, &mut buf).unwrap();
        assert_eq!(buf, [7u8; 20]);
        assert!(b.get_range_into("packs/cd/cdef", 5, 6, &mut buf).is_err());
        assert_eq!(
            b.get_range_into("packs/zz/none", 0, 1, &mut buf)
                .unwrap_err()
                .kind(),
            crate::ErrorKind::NotFound
        );
        let mut names: Vec<_> = b.list("packs/").unwrap();
        names.sort_by(|x, y| x.name.cmp(&y.name));
        assert_eq!(
            names,
            vec![
                ObjectInfo {
                    name: "packs/ab/abcd".into(),
                    size: 100
                },
                ObjectInfo {
                    name: "packs/cd/cdef".into(),
                    size: 10
                },
            ]
        );
        assert_eq!(b.list("index/").unwrap().len(), 1);
        assert_eq!(b.head("packs/ab/abcd").unwrap(), 100);
        assert_eq!(
            b.head("packs/ab/abc").unwrap_err().kind(),
            crate::ErrorKind::NotFound
        );
        assert_eq!(b.get_bounded("packs/ab/abcd", 100).unwrap(), [7u8; 100]);
        assert!(
            b.get_bounded("packs/ab/abcd", 99)
                .unwrap_err()
                .is_integrity()
        );
        assert_eq!(
            b.get_bounded("packs/zz/none", 9).unwrap_err().kind(),
            crate::ErrorKind::NotFound
        );
        assert!(b.list("snapshots/").unwrap().is_empty());
        b.delete("packs/ab/abcd").unwrap();
        b.delete("packs/ab/abcd").unwrap();
        assert_eq!(b.list("packs/").unwrap().len(), 1);
        for bad in [
            "", "/x", "a//b", "../x", "a/../b", "UPPER", "a/.tmp-1", "sp ace",
        ] {
            assert_eq!(
                b.put(bad, b"").unwrap_err().kind(),
                crate::ErrorKind::InvalidInput,
                "{bad:?}"
            );
        }
    }
}
