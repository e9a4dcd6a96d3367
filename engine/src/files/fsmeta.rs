//! Reading file system metadata into tree nodes (Unix): from `lstat` results and through
//! descriptors, never by a path that could be swapped for a symlink.

use std::collections::HashMap;
use std::ffi::OsStr;
use std::os::fd::BorrowedFd;
use std::os::unix::ffi::OsStrExt;

use rustix::fs::{FileType, Stat};

use crate::files::tree::{Node, NodeKind};

/// User and group names by id, read once from `/etc/passwd` and `/etc/group` (local accounts;
/// ids without a local name are stored without one).
#[derive(Debug, Default)]
pub(crate) struct Names {
    users: HashMap<u32, Vec<u8>>,
    groups: HashMap<u32, Vec<u8>>,
}

fn parse_db(text: &[u8]) -> HashMap<u32, Vec<u8>> {
    text.split(|&b| b == b'\n')
        .filter_map(|line| {
            let mut f = line.split(|&b| b == b':');
            let name = f.next()?;
            let _password = f.next()?;
            let id = std::str::from_utf8(f.next()?).ok()?.parse().ok()?;
            Some((id, name.to_vec()))
        })
        .collect()
}

impl Names {
    pub(crate) fn load() -> Names {
        Names {
            users: std::fs::read("/etc/passwd")
                .map(|t| parse_db(&t))
                .unwrap_or_default(),
            groups: std::fs::read("/etc/group")
                .map(|t| parse_db(&t))
                .unwrap_or_default(),
        }
    }

    /// The uid of a user name, for restoring ownership by name.
    pub(crate) fn uid_of(&self, name: &[u8]) -> Option<u32> {
        self.users
            .iter()
            .find(|(_, n)| *n == name)
            .map(|(id, _)| *id)
    }

    pub(crate) fn gid_of(&self, name: &[u8]) -> Option<u32> {
        self.groups
            .iter()
            .find(|(_, n)| *n == name)
            .map(|(id, _)| *id)
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
    n.user = names.users.get(&n.uid).cloned().unwrap_or_default();
    n.group = names.groups.get(&n.gid).cloned().unwrap_or_default();
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
    fn parses_passwd_lines() {
        let db = parse_db(
            b"root:x:0:0:root:/root:/bin/bash\nalice:x:1000:1000::/home/alice:/bin/sh\nbad line\n",
        );
        assert_eq!(db.get(&0).unwrap(), b"root");
        assert_eq!(db.get(&1000).unwrap(), b"alice");
        assert_eq!(db.len(), 2);
    }
}
