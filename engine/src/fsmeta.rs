//! Reading file system metadata into tree nodes (Unix).

use std::collections::HashMap;
use std::fs::Metadata;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{FileTypeExt, MetadataExt};
use std::path::Path;

use crate::tree::{Node, NodeKind};

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

pub(crate) fn kind_of(md: &Metadata) -> NodeKind {
    let ft = md.file_type();
    if ft.is_dir() {
        NodeKind::Dir
    } else if ft.is_symlink() {
        NodeKind::Symlink
    } else if ft.is_fifo() {
        NodeKind::Fifo
    } else if ft.is_char_device() {
        NodeKind::CharDevice
    } else if ft.is_block_device() {
        NodeKind::BlockDevice
    } else if ft.is_socket() {
        NodeKind::Socket
    } else {
        NodeKind::File
    }
}

/// A node with the metadata of `md` (from `lstat`); content, subtree and target are filled in
/// by the caller. Directories and non-files record size 0.
pub(crate) fn node(name: Vec<u8>, md: &Metadata, names: &Names) -> Node {
    let kind = kind_of(md);
    let mut n = Node::new(name, kind);
    n.mode = md.mode() & 0o7777;
    n.uid = md.uid();
    n.gid = md.gid();
    n.user = names.users.get(&n.uid).cloned().unwrap_or_default();
    n.group = names.groups.get(&n.gid).cloned().unwrap_or_default();
    n.mtime_ns = md.mtime() * 1_000_000_000 + md.mtime_nsec();
    n.ctime_ns = md.ctime() * 1_000_000_000 + md.ctime_nsec();
    n.size = if kind == NodeKind::File { md.size() } else { 0 };
    n.device = md.dev();
    n.inode = md.ino();
    n.links = md.nlink();
    n.rdev = if matches!(kind, NodeKind::CharDevice | NodeKind::BlockDevice) {
        md.rdev()
    } else {
        0
    };
    n
}

/// Extended attributes of `path` (not following symlinks), sorted. A file system without
/// xattr support, or an attribute we may not read, yields what could be read.
pub(crate) fn xattrs(path: &Path) -> Vec<(Vec<u8>, Vec<u8>)> {
    let Ok(names) = xattr::list(path) else {
        return Vec::new();
    };
    let mut out: Vec<(Vec<u8>, Vec<u8>)> = names
        .filter_map(|k| {
            let v = xattr::get(path, &k).ok().flatten()?;
            Some((k.as_bytes().to_vec(), v))
        })
        .collect();
    out.sort();
    out
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
