//! Directory handles: the one way backup and restore touch a file tree.
//!
//! Every name is resolved relative to an open directory, one component at a time, never
//! through a symlink (`O_NOFOLLOW`, `AT_SYMLINK_NOFOLLOW`), and everything opened is checked to
//! be what was seen or made there (device and inode): a process that swaps a directory or file
//! for a symlink while we work gets an error, never a write (or a read) outside the tree.
//! Metadata is set through the handle of the file itself (`fchmod`, `fchown`, `futimens`,
//! `fsetxattr`), which cannot follow anything.
//!
//! [`DirHandles`] keeps the number of open descriptors bounded whatever the size of the tree: a
//! directory is known by its parent, name and identity, and a handle that is not cached is
//! opened again from its nearest cached ancestor, by name, each step checked.

use std::collections::HashMap;
use std::ffi::OsStr;
use std::io;
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use rustix::fs::{AtFlags, Mode, OFlags, Stat};

/// What identifies a file while it exists: its device and inode numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct Identity {
    pub(crate) dev: u64,
    pub(crate) ino: u64,
}

impl Identity {
    #[allow(clippy::unnecessary_cast)] // the field types differ between architectures
    pub(crate) fn of(st: &Stat) -> Identity {
        Identity {
            dev: st.st_dev as u64,
            ino: st.st_ino as u64,
        }
    }
}

/// The error for a file that is not what was seen or made at its name a moment ago.
pub(crate) fn replaced() -> io::Error {
    io::Error::other("replaced by another file while in use")
}

/// `O_NOFOLLOW` refuses a symlink with `ELOOP`: where a file or directory was seen a moment
/// ago, that means it was swapped for one.
fn nofollow(e: rustix::io::Errno) -> io::Error {
    if e == rustix::io::Errno::LOOP {
        replaced()
    } else {
        e.into()
    }
}

/// Opens a directory the user named (its path may go through symlinks: it is theirs).
pub(crate) fn open_root(path: &Path) -> io::Result<OwnedFd> {
    Ok(rustix::fs::open(
        path,
        OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC,
        Mode::empty(),
    )?)
}

/// Opens directory `name` in `dir`, refusing a symlink.
pub(crate) fn open_dir_at(dir: BorrowedFd<'_>, name: &OsStr) -> io::Result<OwnedFd> {
    rustix::fs::openat(
        dir,
        name,
        OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC,
        Mode::empty(),
    )
    .map_err(nofollow)
}

/// Opens `name` in `dir` with `flags`, refusing a symlink; new files get `mode`.
pub(crate) fn open_at(
    dir: BorrowedFd<'_>,
    name: &OsStr,
    flags: OFlags,
    mode: u32,
) -> io::Result<std::fs::File> {
    let fd = rustix::fs::openat(
        dir,
        name,
        flags | OFlags::NOFOLLOW | OFlags::CLOEXEC,
        Mode::from_raw_mode(mode),
    )
    .map_err(nofollow)?;
    Ok(std::fs::File::from(fd))
}

/// `lstat` of `name` in `dir`.
pub(crate) fn stat_at(dir: BorrowedFd<'_>, name: &OsStr) -> io::Result<Stat> {
    Ok(rustix::fs::statat(dir, name, AtFlags::SYMLINK_NOFOLLOW)?)
}

/// Fails unless `fd` is the file `expected`.
pub(crate) fn check_identity(fd: impl AsFd, expected: Identity) -> io::Result<Stat> {
    let st = rustix::fs::fstat(fd)?;
    if Identity::of(&st) != expected {
        return Err(replaced());
    }
    Ok(st)
}

/// A path naming `name` in the directory `dir` exactly, for the few calls that have no
/// descriptor-relative form (extended attributes of symlinks and special files): the kernel
/// resolves `/proc/self/fd/N` to the open directory itself, and the `l*` calls do not follow
/// `name`. `None` where `/proc` is not mounted.
pub(crate) fn proc_path(dir: BorrowedFd<'_>, name: &OsStr) -> Option<PathBuf> {
    use std::os::fd::AsRawFd;
    static HAVE_PROC: OnceLock<bool> = OnceLock::new();
    if !*HAVE_PROC.get_or_init(|| Path::new("/proc/self/fd").is_dir()) {
        return None;
    }
    let mut p = PathBuf::from(format!("/proc/self/fd/{}", dir.as_raw_fd()));
    p.push(name);
    Some(p)
}

/// The names in the directory `dir`, except `.` and `..`, in no particular order.
pub(crate) fn list(dir: BorrowedFd<'_>) -> io::Result<Vec<std::ffi::OsString>> {
    let mut d = rustix::fs::Dir::read_from(dir)?;
    let mut out = Vec::new();
    while let Some(entry) = d.read() {
        let entry = entry?;
        let name = entry.file_name().to_bytes();
        if name != b"." && name != b".." {
            out.push(OsStr::from_bytes(name).to_os_string());
        }
    }
    Ok(out)
}

/// Most directory handles a [`DirHandles`] keeps open (threads holding one keep it open a
/// little longer). Far below the usual limit of 1024 descriptors.
const CACHED_HANDLES: usize = 64;

struct Dir {
    /// `None`: a child of the root.
    parent: Option<usize>,
    name: std::ffi::OsString,
    /// Set when the directory is created or first opened.
    identity: OnceLock<Identity>,
}

#[derive(Default)]
struct Cache {
    open: HashMap<usize, (Arc<OwnedFd>, u64)>,
    tick: u64,
}

/// A tree of directories below an open root, and a bounded cache of handles to them; see the
/// module docs.
pub(crate) struct DirHandles {
    root: Arc<OwnedFd>,
    dirs: Vec<Dir>,
    cache: Mutex<Cache>,
}

impl DirHandles {
    pub(crate) fn new(root: OwnedFd) -> DirHandles {
        DirHandles {
            root: Arc::new(root),
            dirs: Vec::new(),
            cache: Mutex::default(),
        }
    }

    /// Registers directory `name` in `parent` (`None`: the root); returns its number.
    pub(crate) fn add(&mut self, parent: Option<usize>, name: &OsStr) -> usize {
        self.dirs.push(Dir {
            parent,
            name: name.to_os_string(),
            identity: OnceLock::new(),
        });
        self.dirs.len() - 1
    }

    /// Records what `dir` must be when it is opened (what `lstat` saw in its parent).
    pub(crate) fn expect(&self, dir: usize, id: Identity) {
        let _ = self.dirs[dir].identity.set(id);
    }

    /// Records what directory `dir` is (once: later opens must find the same one) and caches
    /// its handle.
    pub(crate) fn opened(&self, dir: usize, fd: OwnedFd) -> io::Result<Arc<OwnedFd>> {
        let id = Identity::of(&rustix::fs::fstat(&fd)?);
        if *self.dirs[dir].identity.get_or_init(|| id) != id {
            return Err(replaced());
        }
        let fd = Arc::new(fd);
        self.remember(dir, fd.clone());
        Ok(fd)
    }

    /// A handle to `dir` (`None`: the root): from the cache, or opened again by name from its
    /// parent and checked to be the directory recorded by [`DirHandles::opened`].
    pub(crate) fn get(&self, dir: Option<usize>) -> io::Result<Arc<OwnedFd>> {
        let Some(dir) = dir else {
            return Ok(self.root.clone());
        };
        if let Some(fd) = self.cached(dir) {
            return Ok(fd);
        }
        let d = &self.dirs[dir];
        let parent = self.get(d.parent)?;
        let fd = open_dir_at(parent.as_fd(), &d.name)?;
        match d.identity.get() {
            Some(&expected) => {
                check_identity(&fd, expected)?;
                let fd = Arc::new(fd);
                self.remember(dir, fd.clone());
                Ok(fd)
            }
            None => self.opened(dir, fd),
        }
    }

    /// The path of `dir` below `base` (for messages).
    pub(crate) fn path(&self, base: &Path, dir: Option<usize>) -> PathBuf {
        let mut names = Vec::new();
        let mut at = dir;
        while let Some(d) = at {
            names.push(&self.dirs[d].name);
            at = self.dirs[d].parent;
        }
        let mut p = base.to_path_buf();
        for n in names.into_iter().rev() {
            p.push(n);
        }
        p
    }

    fn cached(&self, dir: usize) -> Option<Arc<OwnedFd>> {
        let mut c = self
            .cache
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        c.tick += 1;
        let tick = c.tick;
        let entry = c.open.get_mut(&dir)?;
        entry.1 = tick;
        Some(entry.0.clone())
    }

    fn remember(&self, dir: usize, fd: Arc<OwnedFd>) {
        let mut c = self
            .cache
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        c.tick += 1;
        let tick = c.tick;
        c.open.insert(dir, (fd, tick));
        if c.open.len() > CACHED_HANDLES {
            // The least recently used goes; a scan of 64 entries costs less than a syscall.
            if let Some(&oldest) = c.open.iter().min_by_key(|(_, (_, t))| *t).map(|(k, _)| k) {
                c.open.remove(&oldest);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_directory_swapped_for_a_symlink_or_another_directory_is_refused() {
        let t = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        std::fs::create_dir(t.path().join("a")).unwrap();
        let mut h = DirHandles::new(open_root(t.path()).unwrap());
        let a = h.add(None, OsStr::new("a"));
        let b = h.add(Some(a), OsStr::new("b"));
        h.get(Some(a)).unwrap();
        std::fs::create_dir(t.path().join("a/b")).unwrap();
        h.get(Some(b)).unwrap();
        // Flush the cache so that the next `get` opens by name again.
        h.cache.lock().unwrap().open.clear();
        std::fs::rename(t.path().join("a"), t.path().join("old")).unwrap();
        std::os::unix::fs::symlink(outside.path(), t.path().join("a")).unwrap();
        assert!(
            h.get(Some(a)).is_err(),
            "a symlink is not a directory handle"
        );
        std::fs::remove_file(t.path().join("a")).unwrap();
        std::fs::create_dir(t.path().join("a")).unwrap();
        let e = h.get(Some(a)).unwrap_err();
        assert!(e.to_string().contains("replaced"), "{e}");
    }

    #[test]
    fn handles_stay_bounded_over_many_directories() {
        let t = tempfile::tempdir().unwrap();
        let mut h = DirHandles::new(open_root(t.path()).unwrap());
        let mut dirs = Vec::new();
        for i in 0..300 {
            let name = format!("d{i}");
            std::fs::create_dir(t.path().join(&name)).unwrap();
            dirs.push(h.add(None, OsStr::new(&name)));
        }
        for &d in &dirs {
            h.get(Some(d)).unwrap();
        }
        assert!(h.cache.lock().unwrap().open.len() <= CACHED_HANDLES);
        // Evicted ones open again, and are checked.
        for &d in &dirs {
            h.get(Some(d)).unwrap();
        }
    }
}
