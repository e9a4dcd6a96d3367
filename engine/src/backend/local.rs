//! A directory on a local file system.
//!
//! Writes are atomic and durable: a temporary file in the target directory, `fsync`, `rename`
//! over the final name, then `fsync` of the directory. A crash leaves at most a `.tmp-*` file,
//! which `list` ignores. Object names map to relative paths (`packs/ab/abcd...`).

use std::fs::{self, File};
use std::io::{self, Read, Seek, SeekFrom, Write};
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

impl LocalBackend {
    /// Uses `root`, creating it (and its parents) if missing.
    pub fn create(root: impl Into<PathBuf>) -> Result<LocalBackend> {
        let root = root.into();
        fs::create_dir_all(&root).map_err(|e| io_err(&root.display().to_string(), e))?;
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
        fs::create_dir_all(dir)?;
        let mut suffix = [0u8; 8];
        crate::random::fill(&mut suffix).map_err(io::Error::other)?;
        let tmp = dir.join(format!(".tmp-{}", crate::id::hex(&suffix)));
        let result = (|| {
            let mut f = File::create(&tmp)?;
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
                    out.push(ObjectInfo {
                        name: name.replace(std::path::MAIN_SEPARATOR, "/"),
                        size: entry.metadata()?.len(),
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

    #[test]
    fn open_reports_a_missing_repository() {
        let dir = tempfile::tempdir().unwrap();
        let e = LocalBackend::open(dir.path().join("nope")).unwrap_err();
        assert_eq!(e.kind(), crate::ErrorKind::NotFound);
        assert!(e.to_string().contains("does not exist"), "{e}");
    }
}
