//! The local cache of a remote repository: index segments, snapshots and tree packs, kept
//! exactly as stored (ciphertext only), so that opening the repository again, listing a
//! snapshot or backing up unchanged files downloads only listings and what is new.
//!
//! Everything in it is disposable and nothing in it is trusted: a cached object is verified on
//! use exactly as a downloaded one (the AEAD, the id), and one that fails is dropped and fetched
//! again ([`fetch`]). Errors writing the cache are ignored (a full disk makes it a no-op, never
//! a failed backup). What must survive (the local state) is not here.

use std::fs;
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use crate::backend::Backend;
use crate::error::Result;
use crate::primitives::id::RepoId;
use crate::primitives::random;

/// One repository's folder of the cache: `<root>/<repository id>/<object name>`.
#[derive(Debug)]
pub(crate) struct Cache {
    dir: PathBuf,
    /// Cleared once a write failed (a full disk, a read-only folder): callers then stop
    /// fetching whole objects for it.
    writable: AtomicBool,
}

impl Cache {
    /// The cache of repository `repo` under `root`, created (0700) if missing; `None` if it
    /// cannot be made, or is not a directory of this user that no one else may write (a
    /// cache under a shared folder could otherwise be swapped for a link to the user's own
    /// files, which `retain` would delete): the repository is then used without a cache.
    pub(crate) fn open(root: &Path, repo: RepoId) -> Option<Cache> {
        let dir = root.join(repo.to_hex());
        let _ = fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(&dir);
        let meta = fs::symlink_metadata(&dir).ok()?;
        let own = meta.uid() == rustix::process::geteuid().as_raw();
        let private = meta.permissions().mode() & 0o022 == 0;
        (meta.is_dir() && own && private).then(|| Cache {
            dir,
            writable: AtomicBool::new(true),
        })
    }

    /// Whether writes have worked so far.
    pub(crate) fn is_writable(&self) -> bool {
        self.writable.load(Ordering::Relaxed)
    }

    fn path(&self, name: &str) -> PathBuf {
        // Names come from the layout module (`[a-z0-9/._-]`, no `..`): safe as relative paths.
        self.dir.join(name)
    }

    /// Opens the cached object `name` if it is a regular file of at most `max` bytes.
    fn open_file(&self, name: &str, max: u64) -> Option<fs::File> {
        let f = fs::OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
            .open(self.path(name))
            .ok()?;
        let meta = f.metadata().ok()?;
        (meta.is_file() && meta.len() <= max).then_some(f)
    }

    /// The cached object `name`, whole, if it holds at most `max` bytes.
    pub(crate) fn get(&self, name: &str, max: u64) -> Option<Vec<u8>> {
        let mut f = self.open_file(name, max)?;
        let mut buf = Vec::new();
        f.read_to_end(&mut buf).ok()?;
        Some(buf)
    }

    /// `len` bytes at `offset` of the cached object `name`, if it holds them.
    pub(crate) fn get_range(&self, name: &str, offset: u64, len: u64) -> Option<Vec<u8>> {
        let mut f = self.open_file(name, u64::MAX)?;
        f.seek(SeekFrom::Start(offset)).ok()?;
        let mut buf = vec![0; usize::try_from(len).ok()?];
        f.read_exact(&mut buf).ok()?;
        Some(buf)
    }

    /// Keeps `data` as `name` (written aside, then renamed: a reader never sees half of it).
    /// A failure is remembered ([`Cache::is_writable`]) and otherwise ignored.
    pub(crate) fn put(&self, name: &str, data: &[u8]) {
        let path = self.path(name);
        let Some(parent) = path.parent() else { return };
        let Ok(token) = random::array::<8>() else {
            return;
        };
        let tmp = parent.join(format!(".tmp-{}", data_encoding::HEXLOWER.encode(&token)));
        let written = fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(parent)
            .and_then(|()| {
                let mut f = fs::OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .mode(0o600)
                    .open(&tmp)?;
                f.write_all(data)
            })
            .and_then(|()| fs::rename(&tmp, &path));
        if written.is_err() {
            let _ = fs::remove_file(&tmp);
            self.writable.store(false, Ordering::Relaxed);
        }
    }

    /// Drops `name` (damaged, or gone from the repository).
    pub(crate) fn remove(&self, name: &str) {
        let _ = fs::remove_file(self.path(name));
    }

    /// Drops every cached object under `prefix` not in `keep` (objects deleted from the
    /// repository since they were cached), and temporary files a killed process left there.
    pub(crate) fn retain(&self, prefix: &str, keep: &std::collections::HashSet<&str>) {
        for name in self.names(prefix) {
            if !keep.contains(name.as_str()) {
                self.remove(&name);
            }
        }
    }

    /// The names of the files under `prefix` (temporary ones included, which no object is
    /// named like).
    fn names(&self, prefix: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut stack = vec![self.dir.join(prefix)];
        while let Some(dir) = stack.pop() {
            let Ok(entries) = fs::read_dir(&dir) else {
                continue;
            };
            for e in entries.flatten() {
                let path = e.path();
                if e.file_type().is_ok_and(|t| t.is_dir()) {
                    stack.push(path);
                } else if let Ok(rel) = path.strip_prefix(&self.dir)
                    && let Some(name) = rel.to_str()
                {
                    out.push(name.to_string());
                }
            }
        }
        out
    }

    /// Bytes the cache holds.
    pub(crate) fn size(&self) -> u64 {
        let mut total = 0;
        let mut stack = vec![self.dir.clone()];
        while let Some(dir) = stack.pop() {
            let Ok(entries) = fs::read_dir(&dir) else {
                continue;
            };
            for e in entries.flatten() {
                match e.metadata() {
                    Ok(m) if m.is_dir() => stack.push(e.path()),
                    Ok(m) => total += m.len(),
                    Err(_) => {}
                }
            }
        }
        total
    }
}

/// Reads the whole object `name` (at most `max` bytes) through `cache`, and `decode`s it, which
/// must verify it. A cached copy that does not decode is dropped and the object downloaded
/// again; a downloaded copy that decodes is cached.
pub(crate) fn fetch<T>(
    backend: &dyn Backend,
    cache: Option<&Cache>,
    name: &str,
    max: u64,
    decode: impl Fn(Vec<u8>) -> Result<T>,
) -> Result<T> {
    if let Some(cache) = cache
        && let Some(bytes) = cache.get(name, max)
    {
        match decode(bytes) {
            Ok(value) => return Ok(value),
            Err(_) => cache.remove(name),
        }
    }
    let bytes = backend.get_bounded(name, max)?;
    let Some(cache) = cache else {
        return decode(bytes);
    };
    cache.put(name, &bytes);
    decode(bytes).inspect_err(|_| cache.remove(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repo() -> RepoId {
        RepoId::from_bytes([7; 16])
    }

    #[test]
    fn a_cache_folder_others_may_write_or_a_link_is_not_used() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join(repo().to_hex());
        fs::create_dir(&dir).unwrap();
        fs::set_permissions(&dir, fs::Permissions::from_mode(0o777)).unwrap();
        assert!(Cache::open(root.path(), repo()).is_none());
        fs::remove_dir(&dir).unwrap();
        let elsewhere = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink(elsewhere.path(), &dir).unwrap();
        assert!(Cache::open(root.path(), repo()).is_none());
        fs::remove_file(&dir).unwrap();
        let cache = Cache::open(root.path(), repo()).unwrap();
        let mode = fs::metadata(&dir).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o700);
        cache.put("index/ab", b"x");
        assert_eq!(cache.get("index/ab", 1).unwrap(), b"x");
        assert!(cache.get("index/ab", 0).is_none(), "larger than allowed");
    }

    #[test]
    fn retain_drops_unlisted_objects_and_leftover_temporaries() {
        let root = tempfile::tempdir().unwrap();
        let cache = Cache::open(root.path(), repo()).unwrap();
        cache.put("index/aa", b"a");
        cache.put("index/bb", b"b");
        fs::write(cache.path("index/.tmp-0123"), b"half").unwrap();
        cache.retain("index/", &["index/aa"].into_iter().collect());
        assert!(cache.get("index/aa", 9).is_some());
        assert!(cache.get("index/bb", 9).is_none());
        assert!(!cache.path("index/.tmp-0123").exists());
    }

    #[test]
    fn a_cache_that_cannot_be_written_says_so() {
        let root = tempfile::tempdir().unwrap();
        let cache = Cache::open(root.path(), repo()).unwrap();
        assert!(cache.is_writable());
        // A file where a folder must go: the write fails, as on a full or read-only disk.
        fs::write(cache.path("packs"), b"").unwrap();
        cache.put("packs/ab/cd", b"x");
        assert!(!cache.is_writable());
    }
}
