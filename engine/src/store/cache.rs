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
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

use crate::backend::Backend;
use crate::error::Result;
use crate::primitives::id::RepoId;
use crate::primitives::random;

/// One repository's folder of the cache: `<root>/<repository id>/<object name>`.
#[derive(Debug)]
pub(crate) struct Cache {
    dir: PathBuf,
}

impl Cache {
    /// The cache of repository `repo` under `root`, created (0700) if missing; `None` if it
    /// cannot be made (the repository is then used without a cache).
    pub(crate) fn open(root: &Path, repo: RepoId) -> Option<Cache> {
        let dir = root.join(repo.to_hex());
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(&dir)
            .ok()?;
        Some(Cache { dir })
    }

    fn path(&self, name: &str) -> PathBuf {
        // Names come from the layout module (`[a-z0-9/._-]`, no `..`): safe as relative paths.
        self.dir.join(name)
    }

    /// The cached object `name`, whole.
    pub(crate) fn get(&self, name: &str) -> Option<Vec<u8>> {
        fs::read(self.path(name)).ok()
    }

    /// `len` bytes at `offset` of the cached object `name`, if it holds them.
    pub(crate) fn get_range(&self, name: &str, offset: u64, len: u64) -> Option<Vec<u8>> {
        let mut f = fs::File::open(self.path(name)).ok()?;
        f.seek(SeekFrom::Start(offset)).ok()?;
        let mut buf = vec![0; usize::try_from(len).ok()?];
        f.read_exact(&mut buf).ok()?;
        Some(buf)
    }

    /// Keeps `data` as `name` (written aside, then renamed: a reader never sees half of it).
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
        }
    }

    /// Drops `name` (damaged, or gone from the repository).
    pub(crate) fn remove(&self, name: &str) {
        let _ = fs::remove_file(self.path(name));
    }

    /// Drops every cached object under `prefix` not in `keep` (objects deleted from the
    /// repository since they were cached).
    pub(crate) fn retain(&self, prefix: &str, keep: &std::collections::HashSet<&str>) {
        for name in self.names(prefix) {
            if !keep.contains(name.as_str()) {
                self.remove(&name);
            }
        }
    }

    /// The names of the cached objects under `prefix`.
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
                    && !e.file_name().to_string_lossy().starts_with(".tmp-")
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
        && let Some(bytes) = cache.get(name).filter(|b| b.len() as u64 <= max)
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
