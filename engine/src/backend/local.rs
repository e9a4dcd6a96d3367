//! A directory on a local file system.
//!
//! Writes are atomic and durable: a temporary file in the target directory, `fsync`, `rename`
//! over the final name, then `fsync` of the directory. A crash leaves at most a `.tmp-*` file,
//! which `list` ignores. Object names map to relative paths (`packs/ab/abcd...`).
//!
//! Everything is private to the owner: files are created `0600` and directories `0700` (the
//! umask can only narrow that). The objects are sealed, but their names, number, sizes and
//! times are the user's business. A new directory is made durable like a file: its parent is
//! synced once it exists.

use std::fs::{self, DirBuilder, File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

use super::{Backend, ObjectInfo, check_name};
use crate::error::{Error, Result};

/// A repository in a local directory.
#[derive(Debug, Clone)]
pub struct LocalBackend {
    root: PathBuf,
}

/// Maps an I/O error on an object to a backend error (or not-found).
fn io_err(name: &str, e: io::Error) -> Error {
    use io::ErrorKind as K;
    if e.kind() == K::NotFound {
        return Error::backend_not_found(name);
    }
    let retryable = matches!(e.kind(), K::Interrupted | K::TimedOut | K::WouldBlock);
    let what = crate::error::io_message(&e);
    Error::backend(name, retryable, what, e)
}

/// Creates a new file for writing, readable only by its owner. `O_EXCL`: fails if anything
/// (a leftover, a planted file or symlink) already has the name.
fn create_private(path: &Path) -> io::Result<File> {
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
}

/// Creates `dir` and its missing ancestors, one level at a time, each `0700`; syncs the parent
/// of each directory it creates, so that the new entry survives a crash.
fn create_dirs(dir: &Path) -> io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let parent = match dir.parent() {
        Some(p) if p.as_os_str().is_empty() => Path::new("."),
        Some(p) => p,
        None => return Ok(()), // the root directory
    };
    create_dirs(parent)?;
    match DirBuilder::new().mode(0o700).create(dir) {
        Ok(()) => File::open(parent)?.sync_all(),
        // Created by someone else meanwhile: they sync it.
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists && dir.is_dir() => Ok(()),
        Err(e) => Err(e),
    }
}

impl LocalBackend {
    /// Uses `root`, creating it (and its parents) if missing, private to the owner.
    pub fn create(root: impl Into<PathBuf>) -> Result<LocalBackend> {
        let root = root.into();
        create_dirs(&root).map_err(|e| io_err(&root.display().to_string(), e))?;
        Ok(LocalBackend { root })
    }

    /// Uses an existing directory; `NotFound` if it does not exist.
    pub fn open(root: impl Into<PathBuf>) -> Result<LocalBackend> {
        let root = root.into();
        match fs::metadata(&root) {
            Ok(m) if m.is_dir() => Ok(LocalBackend { root }),
            Ok(_) => Err(Error::invalid_input(format!(
                "repository path {} is not a directory",
                root.display()
            ))),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Err(Error::not_found(
                root.display().to_string(),
                "repository directory does not exist",
            )),
            Err(e) => Err(io_err(&root.display().to_string(), e)),
        }
    }

    /// The repository directory.
    pub fn root(&self) -> &Path {
        &self.root
    }

    fn path(&self, name: &str) -> Result<PathBuf> {
        check_name(name)?;
        Ok(self.root.join(name))
    }

    fn write_durably(&self, path: &Path, data: &[u8]) -> io::Result<()> {
        let dir = path.parent().unwrap_or(&self.root);
        create_dirs(dir)?;
        let mut suffix = [0u8; 8];
        crate::primitives::random::fill(&mut suffix).map_err(io::Error::other)?;
        let tmp = dir.join(format!(".tmp-{:016x}", u64::from_le_bytes(suffix)));
        let result = (|| {
            let mut f = create_private(&tmp)?;
            f.write_all(data)?;
            f.sync_all()?;
            fs::rename(&tmp, path)?;
            File::open(dir)?.sync_all()
        })();
        if result.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        result
    }

    fn walk(&self, dir: &Path, out: &mut Vec<ObjectInfo>) -> io::Result<()> {
        let entries = match fs::read_dir(dir) {
            Ok(e) => e,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(e),
        };
        for entry in entries {
            let entry = entry?;
            let file_name = entry.file_name();
            let Some(file_name) = file_name.to_str() else {
                continue;
            };
            if file_name.starts_with(".tmp-") {
                continue;
            }
            let ty = entry.file_type()?;
            if ty.is_dir() {
                self.walk(&entry.path(), out)?;
            } else if ty.is_file() {
                let rel = entry.path();
                let rel = rel.strip_prefix(&self.root).unwrap_or(&rel);
                if let Some(name) = rel.to_str() {
                    let meta = entry.metadata()?;
                    out.push(ObjectInfo {
                        name: name.replace(std::path::MAIN_SEPARATOR, "/"),
                        size: meta.len(),
                        modified: meta.modified().ok(),
                    });
                }
            }
        }
        Ok(())
    }
}

impl Backend for LocalBackend {
    fn put(&self, name: &str, data: &[u8]) -> Result<()> {
        let path = self.path(name)?;
        self.write_durably(&path, data).map_err(|e| io_err(name, e))
    }

    fn get(&self, name: &str) -> Result<Vec<u8>> {
        fs::read(self.path(name)?).map_err(|e| io_err(name, e))
    }

    fn get_range(&self, name: &str, offset: u64, len: u64) -> Result<Vec<u8>> {
        let mut buf = Vec::new();
        self.get_range_into(name, offset, len, &mut buf)?;
        Ok(buf)
    }

    fn get_range_into(&self, name: &str, offset: u64, len: u64, buf: &mut Vec<u8>) -> Result<()> {
        let path = self.path(name)?;
        let mut f = File::open(&path).map_err(|e| io_err(name, e))?;
        let size = f.metadata().map_err(|e| io_err(name, e))?.len();
        let shorter = || Error::integrity(name, "object is shorter than the range read");
        if offset.checked_add(len).is_none_or(|end| end > size) {
            return Err(shorter());
        }
        buf.clear();
        buf.reserve(len as usize);
        // `read_to_end` fills the spare capacity without zeroing it first.
        f.seek(SeekFrom::Start(offset))
            .and_then(|_| f.take(len).read_to_end(buf))
            .map_err(|e| io_err(name, e))?;
        if buf.len() as u64 != len {
            return Err(shorter()); // truncated since the metadata call
        }
        Ok(())
    }

    fn head(&self, name: &str) -> Result<u64> {
        match fs::symlink_metadata(self.path(name)?) {
            Ok(m) if m.is_file() => Ok(m.len()),
            Ok(_) => Err(Error::backend_not_found(name)),
            Err(e) => Err(io_err(name, e)),
        }
    }

    /// Reads at most `max + 1` bytes whatever the file's size, so even a file that grows while
    /// it is read cannot make this allocate more.
    fn get_bounded(&self, name: &str, max: u64) -> Result<Vec<u8>> {
        let f = File::open(self.path(name)?).map_err(|e| io_err(name, e))?;
        let size = f.metadata().map_err(|e| io_err(name, e))?.len();
        super::check_size(name, size, max)?;
        let mut buf = Vec::with_capacity(size as usize);
        f.take(max + 1)
            .read_to_end(&mut buf)
            .map_err(|e| io_err(name, e))?;
        super::check_size(name, buf.len() as u64, max)?;
        Ok(buf)
    }

    fn list(&self, prefix: &str) -> Result<Vec<ObjectInfo>> {
        // Walk the deepest directory the prefix names completely, then filter by prefix.
        let dir_part = prefix.rfind('/').map_or("", |i| &prefix[..i]);
        if !dir_part.is_empty() {
            check_name(dir_part)?;
        }
        let mut out = Vec::new();
        self.walk(&self.root.join(dir_part), &mut out)
            .map_err(|e| io_err(prefix, e))?;
        out.retain(|o| o.name.starts_with(prefix));
        Ok(out)
    }

    fn delete(&self, name: &str) -> Result<()> {
        match fs::remove_file(self.path(name)?) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(io_err(name, e)),
            _ => Ok(()),
        }
    }

    /// One: a local disk gains nothing from parallel writes of whole packs (each ends in an
    /// fsync), and every pack in flight is memory.
    fn concurrent_puts(&self) -> usize {
        1
    }

    fn exists(&self, name: &str) -> Result<bool> {
        match fs::metadata(self.path(name)?) {
            Ok(m) => Ok(m.is_file()),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
            Err(e) => Err(io_err(name, e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conforms() {
        let dir = tempfile::tempdir().unwrap();
        super::super::conformance::run(&LocalBackend::create(dir.path()).unwrap());
    }

    #[test]
    fn leftover_temporary_files_are_invisible() {
        let dir = tempfile::tempdir().unwrap();
        let b = LocalBackend::create(dir.path()).unwrap();
        fs::create_dir_all(dir.path().join("packs/ab")).unwrap();
        fs::write(dir.path().join("packs/ab/.tmp-0011"), b"partial").unwrap();
        assert!(b.list("packs/").unwrap().is_empty());
    }

    fn mode(p: &Path) -> u32 {
        use std::os::unix::fs::PermissionsExt;
        fs::metadata(p).unwrap().permissions().mode()
    }

    /// Whatever the umask, nothing the backend creates is open to group or others: key slots
    /// and the config are sealed, but their number, sizes and times are still the user's.
    #[test]
    fn objects_and_directories_are_private_to_the_owner() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("new/repo");
        let b = LocalBackend::create(&root).unwrap();
        for name in ["config", "keys/0123", "packs/ab/abcd", "index/0001"] {
            b.put(name, b"sealed").unwrap();
            let m = mode(&root.join(name));
            assert_eq!(m & 0o077, 0, "{name}: {m:o}");
        }
        for d in [
            "new",
            "new/repo",
            "new/repo/keys",
            "new/repo/packs",
            "new/repo/packs/ab",
        ] {
            let m = mode(&dir.path().join(d));
            assert_eq!(m & 0o077, 0, "{d}: {m:o}");
        }
    }

    /// A temporary file is created with `O_EXCL`: a file or symlink already there under the
    /// same name is neither truncated, reused nor followed.
    #[test]
    fn temporary_files_are_created_exclusively() {
        let dir = tempfile::tempdir().unwrap();
        let planted = dir.path().join(".tmp-0011");
        fs::write(&planted, b"planted").unwrap();
        let e = create_private(&planted).unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(fs::read(&planted).unwrap(), b"planted");

        let elsewhere = dir.path().join("elsewhere");
        let link = dir.path().join(".tmp-0022");
        std::os::unix::fs::symlink(&elsewhere, &link).unwrap();
        assert!(create_private(&link).is_err());
        assert!(!elsewhere.exists());
    }

    #[test]
    fn open_reports_a_missing_repository() {
        let dir = tempfile::tempdir().unwrap();
        let e = LocalBackend::open(dir.path().join("nope")).unwrap_err();
        assert_eq!(e.kind(), crate::ErrorKind::NotFound);
        assert!(e.to_string().contains("does not exist"), "{e}");
    }
}
