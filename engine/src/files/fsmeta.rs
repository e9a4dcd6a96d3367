//! Reading file system metadata into tree nodes (Unix): from `lstat` results and through
//! descriptors, never by a path that could be swapped for a symlink.

use std::ffi::OsStr;
use std::os::fd::BorrowedFd;
use std::os::unix::ffi::OsStrExt;
use std::sync::{Mutex, MutexGuard, PoisonError};

use rustix::fs::{FileType, Stat};
use uzers::{Groups, Users, UsersCache};

use crate::files::tree::{Node, NodeKind};

/// User and group names by id, and ids by name, from the system's account databases
/// (`getpwuid_r` and its kin, so network sources configured in NSS too). Each id or name is
/// asked once per backup or restore: answers, found or not, are kept. Ids without a name are
/// stored without one. Shared by the parallel phases of a restore, hence the lock.
#[derive(Default)]
pub(crate) struct Names(Mutex<UsersCache>);

impl Names {
    /// An empty cache: nothing is read until asked.
    pub(crate) fn load() -> Names {
        Names::default()
    }

    fn cache(&self) -> MutexGuard<'_, UsersCache> {
        // The cache only ever gains complete entries: one left by a panicking thread is sound.
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The name of the user `uid`, if it has one.
    pub(crate) fn user(&self, uid: u32) -> Option<Vec<u8>> {
        let user = self.cache().get_user_by_uid(uid)?;
        Some(user.name().as_bytes().to_vec())
    }

    /// The name of the group `gid`, if it has one.
    pub(crate) fn group(&self, gid: u32) -> Option<Vec<u8>> {
        let group = self.cache().get_group_by_gid(gid)?;
        Some(group.name().as_bytes().to_vec())
    }

    /// The uid of a user name, for restoring ownership by name.
    pub(crate) fn uid_of(&self, name: &[u8]) -> Option<u32> {
        if name.is_empty() {
            return None;
        }
        let user = self.cache().get_user_by_name(OsStr::from_bytes(name))?;
        Some(user.uid())
    }

    /// The gid of a group name, for restoring ownership by name.
    pub(crate) fn gid_of(&self, name: &[u8]) -> Option<u32> {
        if name.is_empty() {
            return None;
        }
        let group = self.cache().get_group_by_name(OsStr::from_bytes(name))?;
        Some(group.gid())
    }
}

pub(crate) fn kind_of(st: &Stat) -> NodeKind {
    match FileType::from_raw_mode(st.st_mode) {
        FileType::Directory => NodeKind::Dir,
        FileType::Symlink => NodeKind::Symlink,
        FileType::Fifo => NodeKind::Fifo,
        FileType::CharacterDevice => NodeKind::CharDevice,
        FileType::BlockDevice => NodeKind::BlockDevice,
        FileType::Socket => NodeKind::Socket,
        _ => NodeKind::File,
    }
}

/// A node with the metadata of `st` (from `lstat`); content, subtree and target are filled in
/// by the caller. Directories and non-files record size 0.
#[allow(clippy::unnecessary_cast)] // the field types differ between architectures
pub(crate) fn node(name: Vec<u8>, st: &Stat, names: &Names) -> Node {
    let kind = kind_of(st);
    let mut n = Node::new(name, kind);
    n.mode = st.st_mode as u32 & 0o7777;
    n.uid = st.st_uid as u32;
    n.gid = st.st_gid as u32;
    n.user = names.user(n.uid).unwrap_or_default();
    n.group = names.group(n.gid).unwrap_or_default();
    n.mtime_ns = st.st_mtime as i64 * 1_000_000_000 + st.st_mtime_nsec as i64;
    n.ctime_ns = st.st_ctime as i64 * 1_000_000_000 + st.st_ctime_nsec as i64;
    n.size = if kind == NodeKind::File {
        st.st_size as u64
    } else {
        0
    };
    n.device = st.st_dev as u64;
    n.inode = st.st_ino as u64;
    n.links = st.st_nlink as u64;
    n.rdev = if matches!(kind, NodeKind::CharDevice | NodeKind::BlockDevice) {
        st.st_rdev as u64
    } else {
        0
    };
    n
}

/// Extended attributes of an open file, sorted. A file system without xattr support, or an
/// attribute we may not read, yields what could be read.
pub(crate) fn xattrs_fd(fd: BorrowedFd<'_>) -> Vec<(Vec<u8>, Vec<u8>)> {
    read_xattrs(
        |buf| rustix::fs::flistxattr(fd, buf),
        |name, buf| rustix::fs::fgetxattr(fd, name, buf),
    )
}

/// Extended attributes of `name` in the directory `dir`, not following a symlink (for
/// entries that are not opened: symlinks, directories before they are walked, special files).
pub(crate) fn xattrs_at(dir: BorrowedFd<'_>, name: &OsStr) -> Vec<(Vec<u8>, Vec<u8>)> {
    let Some(path) = crate::files::dirfd::proc_path(dir, name) else {
        return Vec::new();
    };
    read_xattrs(
        |buf| rustix::fs::llistxattr(&path, buf),
        |name, buf| rustix::fs::lgetxattr(&path, name, buf),
    )
}

type XattrResult = rustix::io::Result<usize>;

fn read_xattrs(
    list: impl Fn(&mut [u8]) -> XattrResult,
    get: impl Fn(&OsStr, &mut [u8]) -> XattrResult,
) -> Vec<(Vec<u8>, Vec<u8>)> {
    let Some(names) = sized(|buf| list(buf)) else {
        return Vec::new();
    };
    let mut out: Vec<(Vec<u8>, Vec<u8>)> = names
        .split(|&b| b == 0)
        .filter(|n| !n.is_empty())
        .filter_map(|n| {
            let v = sized(|buf| get(OsStr::from_bytes(n), buf))?;
            Some((n.to_vec(), v))
        })
        .collect();
    out.sort();
    out
}

/// Calls `f` with a buffer large enough for what it returns: the size is asked first, and
/// asked again if it grew in between (a few tries, then nothing).
fn sized(f: impl Fn(&mut [u8]) -> XattrResult) -> Option<Vec<u8>> {
    for _ in 0..4 {
        let len = f(&mut []).ok()?;
        let mut buf = vec![0u8; len];
        match f(&mut buf) {
            Ok(n) => {
                buf.truncate(n);
                return Some(buf);
            }
            Err(rustix::io::Errno::RANGE) => continue,
            Err(_) => return None,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_current_user_and_group_map_to_names_and_back() {
        let names = Names::load();
        let uid = rustix::process::geteuid().as_raw();
        let gid = rustix::process::getegid().as_raw();
        let user = names.user(uid).expect("the current user has a name");
        let group = names.group(gid).expect("the current group has a name");
        assert!(!user.is_empty() && !group.is_empty());
        assert_eq!(names.uid_of(&user), Some(uid));
        assert_eq!(names.gid_of(&group), Some(gid));
        // Asked again: the cached answers.
        assert_eq!(names.user(uid), Some(user));
        // A node without a name, and names no account database holds.
        assert_eq!(names.uid_of(b""), None);
        assert_eq!(names.gid_of(b""), None);
        assert_eq!(names.uid_of(b"no such user:\n"), None);
        assert_eq!(names.gid_of(b"nul\0inside"), None);
    }
}
