//! The restore target: every change restore makes to the file system, made through directory
//! handles (`dirfd`) so that nothing a racing process swaps in can redirect it outside.
//!
//! Files are written under a temporary name (`.sealvault-<token>-<n>`, created `O_EXCL`), get
//! their metadata through their own descriptor, and are renamed into place only when every
//! byte was verified and written: a damaged or interrupted file never looks complete.
//! Symlinks and special files, which have no descriptor to set metadata through, are made in a
//! private directory of their own and moved into place once done. What is already in the
//! target is replaced, left or deleted as [`Overwrite`] and `delete` say; a non-empty
//! directory is never removed to make room for something else.

use std::ffi::{OsStr, OsString};
use std::io;
use std::os::fd::{AsFd, BorrowedFd};
use std::os::unix::ffi::OsStrExt;

use rustix::fs::{AtFlags, FileType, Mode, OFlags, RenameFlags, Stat, Timespec, Timestamps};

use super::Overwrite;
use crate::files::dirfd::{self, Identity};
use crate::files::fsmeta::Names;
use crate::files::tree::{Node, NodeKind};

/// What to do about what is already at an entry's name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Existing {
    /// Nothing there.
    None,
    /// Replace it (a file by rename, anything else removed first).
    Replace,
    /// Leave it as it is; the entry is not restored.
    Leave,
    /// The entry's directory is not restored: nothing to decide.
    Skip,
}

fn errno(e: rustix::io::Errno) -> io::Error {
    e.into()
}

#[allow(clippy::unnecessary_cast)] // field types differ between architectures
fn mtime_ns(st: &Stat) -> i64 {
    st.st_mtime as i64 * 1_000_000_000 + st.st_mtime_nsec as i64
}

fn kind_of(st: &Stat) -> FileType {
    FileType::from_raw_mode(st.st_mode)
}

/// Whether `st` is a directory.
pub(crate) fn is_dir(st: &Stat) -> bool {
    kind_of(st) == FileType::Directory
}

/// The error for an entry whose place a directory with entries holds: it is never removed.
pub(crate) fn blocked() -> io::Error {
    io::Error::other("a directory with entries is in the way (never removed)")
}

/// The error for an entry whose name was taken while the restore ran.
fn appeared() -> io::Error {
    io::Error::other("something appeared at its name during the restore")
}

/// Decides what to do about `existing` (the `lstat` of what is at the name, if anything) for
/// an entry restored as `node`.
pub(crate) fn decide(existing: Option<&Stat>, node: &Node, policy: Overwrite) -> Existing {
    let Some(st) = existing else {
        return Existing::None;
    };
    let kind = kind_of(st);
    if node.kind == NodeKind::Dir && kind == FileType::Directory {
        return Existing::None; // restored into
    }
    let same = match (node.kind, kind) {
        #[allow(clippy::unnecessary_cast)]
        (NodeKind::File, FileType::RegularFile) => {
            st.st_size as u64 == node.size && mtime_ns(st) == node.mtime_ns
        }
        _ => false,
    };
    let replace = match policy {
        Overwrite::Always => true,
        Overwrite::IfChanged => !same,
        Overwrite::IfNewer => node.mtime_ns > mtime_ns(st),
        Overwrite::Never => false,
    };
    // A directory is replaced only if empty: `make_room` finds out.
    if replace {
        Existing::Replace
    } else {
        Existing::Leave
    }
}

/// `lstat` of `name` in `dir`, `None` if nothing is there.
pub(crate) fn look(dir: BorrowedFd<'_>, name: &OsStr) -> io::Result<Option<Stat>> {
    match dirfd::stat_at(dir, name) {
        Ok(st) => Ok(Some(st)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

/// Removes what is at `name` to make room: a non-directory is unlinked, an empty directory
/// removed; a directory with entries is left and reported (`Ok(false)`).
pub(crate) fn make_room(dir: BorrowedFd<'_>, name: &OsStr) -> io::Result<bool> {
    match rustix::fs::unlinkat(dir, name, AtFlags::empty()) {
        Ok(()) => Ok(true),
        Err(rustix::io::Errno::ISDIR | rustix::io::Errno::PERM) => {
            match rustix::fs::unlinkat(dir, name, AtFlags::REMOVEDIR) {
                Ok(()) => Ok(true),
                Err(rustix::io::Errno::NOTEMPTY | rustix::io::Errno::EXIST) => Ok(false),
                Err(e) => Err(errno(e)),
            }
        }
        Err(rustix::io::Errno::NOENT) => Ok(true),
        Err(e) => Err(errno(e)),
    }
}

/// Creates directory `name` in `dir` (0700 until its metadata is set at the end).
pub(crate) fn make_dir(dir: BorrowedFd<'_>, name: &OsStr) -> io::Result<()> {
    rustix::fs::mkdirat(dir, name, Mode::RWXU).map_err(errno)
}

/// Creates the temporary file `tmp` in `dir` at `size` bytes; returns its identity.
pub(crate) fn create_file(dir: BorrowedFd<'_>, tmp: &OsStr, size: u64) -> io::Result<Identity> {
    let f = dirfd::open_at(
        dir,
        tmp,
        OFlags::WRONLY | OFlags::CREATE | OFlags::EXCL,
        0o600,
    )?;
    f.set_len(size)?;
    Ok(Identity::of(&rustix::fs::fstat(&f)?))
}

/// Opens the temporary file `tmp` in `dir` for writing, checked to be the one created.
pub(crate) fn open_for_write(
    dir: BorrowedFd<'_>,
    tmp: &OsStr,
    id: Identity,
) -> io::Result<std::fs::File> {
    // Non-blocking: a FIFO swapped in under the name must not block the open (the identity
    // check that follows refuses it).
    let f = dirfd::open_at(dir, tmp, OFlags::WRONLY | OFlags::NONBLOCK, 0)?;
    dirfd::check_identity(&f, id)?;
    Ok(f)
}

/// Removes a temporary file that will not be completed.
pub(crate) fn discard(dir: BorrowedFd<'_>, tmp: &OsStr) {
    let _ = rustix::fs::unlinkat(dir, tmp, AtFlags::empty());
}

/// Sets the metadata of the finished temporary file `tmp` through its own descriptor, then
/// renames it to `name`: over what is there if `replace` (atomically for a file; an empty
/// directory is removed first, one with entries is never), else only if the name is still
/// free. Returns the problems with metadata (the file is in place anyway).
pub(crate) fn finish_file(
    dir: BorrowedFd<'_>,
    tmp: &OsStr,
    name: &OsStr,
    id: Identity,
    replace: bool,
    node: &Node,
    owners: &Owners<'_>,
) -> io::Result<Vec<String>> {
    let f = dirfd::open_at(dir, tmp, OFlags::RDONLY | OFlags::NONBLOCK, 0)?;
    dirfd::check_identity(&f, id)?;
    let problems = set_metadata_fd(f.as_fd(), node, owners);
    drop(f);
    move_into_place(dir, tmp, dir, name, replace)?;
    Ok(problems)
}

/// Renames `from` in `from_dir` to `name` in `dir`: over what is there if `replace` (an empty
/// directory is removed first; one with entries is never), else only if the name is free.
fn move_into_place(
    from_dir: BorrowedFd<'_>,
    from: &OsStr,
    dir: BorrowedFd<'_>,
    name: &OsStr,
    replace: bool,
) -> io::Result<()> {
    if replace {
        if let Some(st) = look(dir, name)?
            && is_dir(&st)
            && !make_room(dir, name)?
        {
            return Err(blocked());
        }
        return rustix::fs::renameat(from_dir, from, dir, name).map_err(errno);
    }
    match rustix::fs::renameat_with(from_dir, from, dir, name, RenameFlags::NOREPLACE) {
        Ok(()) => Ok(()),
        Err(rustix::io::Errno::EXIST) => Err(appeared()),
        Err(e) => Err(errno(e)),
    }
}

/// Hard-links the restored file `from_name` in `from_dir` as `name` in `dir`.
pub(crate) fn link(
    from_dir: BorrowedFd<'_>,
    from_name: &OsStr,
    dir: BorrowedFd<'_>,
    name: &OsStr,
) -> io::Result<()> {
    rustix::fs::linkat(from_dir, from_name, dir, name, AtFlags::empty()).map_err(errno)
}

/// Creates a symlink, FIFO or device node and moves it to `name` in `dir` (over what is there
/// if `replace`). It is made and given its metadata inside `stage`, a new private (0700)
/// directory of its own: calls that act on a name (there is no descriptor to `chown` a
/// symlink through) then reach nothing another process could swap in. Sockets are recorded
/// by backup, not recreated (`Ok(None)`).
pub(crate) fn make_other(
    dir: BorrowedFd<'_>,
    stage: &OsStr,
    name: &OsStr,
    replace: bool,
    node: &Node,
    owners: &Owners<'_>,
) -> io::Result<Option<Vec<String>>> {
    let special = match node.kind {
        NodeKind::Symlink => None,
        NodeKind::Fifo => Some((FileType::Fifo, 0)),
        NodeKind::CharDevice => Some((FileType::CharacterDevice, node.rdev)),
        NodeKind::BlockDevice => Some((FileType::BlockDevice, node.rdev)),
        _ => return Ok(None),
    };
    rustix::fs::mkdirat(dir, stage, Mode::RWXU).map_err(errno)?;
    let made = (|| {
        let private = dirfd::open_dir_at(dir, stage)?;
        let st = rustix::fs::fstat(&private).map_err(errno)?;
        if st.st_mode & 0o077 != 0 || !is_dir(&st) {
            return Err(dirfd::replaced());
        }
        let p = private.as_fd();
        let problems = match special {
            None => {
                rustix::fs::symlinkat(OsStr::from_bytes(&node.target), p, name).map_err(errno)?;
                set_metadata_by_name(p, name, node, owners, false)
            }
            Some((kind, dev)) => {
                rustix::fs::mknodat(p, name, kind, Mode::RUSR | Mode::WUSR, dev).map_err(errno)?;
                set_metadata_by_name(p, name, node, owners, true)
            }
        };
        move_into_place(p, name, dir, name, replace)?;
        Ok(problems)
    })();
    if made.is_err()
        && let Ok(private) = dirfd::open_dir_at(dir, stage)
    {
        let _ = rustix::fs::unlinkat(&private, name, AtFlags::empty());
    }
    let _ = rustix::fs::unlinkat(dir, stage, AtFlags::REMOVEDIR);
    made.map(Some)
}

/// Sets the metadata of a restored directory through its handle.
pub(crate) fn finish_dir(dir: BorrowedFd<'_>, node: &Node, owners: &Owners<'_>) -> Vec<String> {
    set_metadata_fd(dir, node, owners)
}

/// Most levels of directories `remove_tree` descends (each holds a descriptor open).
const MAX_DELETE_DEPTH: usize = 256;

/// Removes `name` in `dir` and, if it is a directory, everything below it (for `--delete`):
/// never following a symlink, never crossing into another file system (a mount point is an
/// error, and nothing of the tree around it is removed then), without recursion. Returns the
/// number of entries removed.
pub(crate) fn remove_tree(dir: BorrowedFd<'_>, name: &OsStr) -> io::Result<u64> {
    match rustix::fs::unlinkat(dir, name, AtFlags::empty()) {
        Ok(()) => return Ok(1),
        Err(rustix::io::Errno::ISDIR | rustix::io::Errno::PERM) => {}
        Err(rustix::io::Errno::NOENT) => return Ok(0),
        Err(e) => return Err(errno(e)),
    }
    let dev = rustix::fs::fstat(dir).map_err(errno)?.st_dev;
    let open = |parent: BorrowedFd<'_>, name: &OsStr| -> io::Result<_> {
        let fd = dirfd::open_dir_at(parent, name)?;
        if rustix::fs::fstat(&fd).map_err(errno)?.st_dev != dev {
            return Err(io::Error::other("holds a mount point: not deleted"));
        }
        let names = dirfd::list(fd.as_fd())?;
        Ok((fd, name.to_os_string(), names))
    };
    // Open directories from the top down, each with the names in it still to remove.
    let mut stack = vec![open(dir, name)?];
    let mut removed = 0;
    loop {
        let depth = stack.len();
        let Some((fd, _, names)) = stack.last_mut() else {
            break;
        };
        match names.pop() {
            Some(child) => match rustix::fs::unlinkat(&*fd, &child, AtFlags::empty()) {
                Ok(()) => removed += 1,
                Err(rustix::io::Errno::NOENT) => {}
                Err(rustix::io::Errno::ISDIR | rustix::io::Errno::PERM) => {
                    if depth >= MAX_DELETE_DEPTH {
                        return Err(io::Error::other("too deep to delete"));
                    }
                    let sub = open(fd.as_fd(), &child)?;
                    stack.push(sub);
                }
                Err(e) => return Err(errno(e)),
            },
            None => {
                let (done, done_name, _) = stack.pop().expect("not empty");
                drop(done);
                let parent = stack.last().map_or(dir, |(fd, _, _)| fd.as_fd());
                rustix::fs::unlinkat(parent, &done_name, AtFlags::REMOVEDIR).map_err(errno)?;
                removed += 1;
            }
        }
    }
    Ok(removed)
}

/// The temporary name of file number `n` of a restore with this `token`.
pub(crate) fn temp_name(token: &str, n: usize) -> OsString {
    OsString::from(format!(".sealvault-{token}-{n}"))
}

/// The private staging directory in which symlink or special file number `n` is made.
pub(crate) fn stage_name(token: &str, n: usize) -> OsString {
    OsString::from(format!(".sealvault-{token}-s{n}"))
}

/// Whether `name` is one of this restore's temporary names (never deleted by `--delete`).
pub(crate) fn is_temp_name(token: &str, name: &OsStr) -> bool {
    name.as_bytes()
        .starts_with(format!(".sealvault-{token}-").as_bytes())
}

/// How ownership is restored: by name where this machine knows the name, else by number;
/// only as root.
pub(crate) struct Owners<'a> {
    pub(crate) names: &'a Names,
    pub(crate) root: bool,
}

impl Owners<'_> {
    fn uid(&self, node: &Node) -> rustix::fs::Uid {
        rustix::fs::Uid::from_raw(self.names.uid_of(&node.user).unwrap_or(node.uid))
    }
    fn gid(&self, node: &Node) -> rustix::fs::Gid {
        rustix::fs::Gid::from_raw(self.names.gid_of(&node.group).unwrap_or(node.gid))
    }
}

fn times(node: &Node) -> Timestamps {
    let t = Timespec {
        tv_sec: node.mtime_ns.div_euclid(1_000_000_000),
        tv_nsec: node.mtime_ns.rem_euclid(1_000_000_000) as _,
    };
    Timestamps {
        last_access: t,
        last_modification: t,
    }
}

fn message(e: io::Error) -> String {
    crate::error::io_message(&e)
}

/// Ownership (as root), mode, extended attributes and times, in that order (chown clears
/// setuid bits, so the mode comes after it; times come last because the others change ctime
/// only), all through `fd`.
fn set_metadata_fd(fd: BorrowedFd<'_>, node: &Node, owners: &Owners<'_>) -> Vec<String> {
    let mut problems = Vec::new();
    if owners.root
        && let Err(e) = rustix::fs::fchown(fd, Some(owners.uid(node)), Some(owners.gid(node)))
    {
        problems.push(format!("cannot set owner: {}", message(errno(e))));
    }
    if let Err(e) = rustix::fs::fchmod(fd, Mode::from_raw_mode(node.mode)) {
        problems.push(format!("cannot set mode: {}", message(errno(e))));
    }
    for (k, v) in &node.xattrs {
        if let Err(e) =
            rustix::fs::fsetxattr(fd, OsStr::from_bytes(k), v, rustix::fs::XattrFlags::empty())
        {
            problems.push(format!(
                "cannot set extended attribute: {}",
                message(errno(e))
            ));
        }
    }
    if let Err(e) = rustix::fs::futimens(fd, &times(node)) {
        problems.push(format!("cannot set times: {}", message(errno(e))));
    }
    problems
}

/// Metadata of `name` in the private staging directory `dir`, by name (symlinks have no
/// descriptor to set it through; special files are not opened): owner (as root), mode (not
/// for symlinks), extended attributes, times; never following a symlink.
fn set_metadata_by_name(
    dir: BorrowedFd<'_>,
    name: &OsStr,
    node: &Node,
    owners: &Owners<'_>,
    with_mode: bool,
) -> Vec<String> {
    let mut problems = Vec::new();
    if owners.root
        && let Err(e) = rustix::fs::chownat(
            dir,
            name,
            Some(owners.uid(node)),
            Some(owners.gid(node)),
            AtFlags::SYMLINK_NOFOLLOW,
        )
    {
        problems.push(format!("cannot set owner: {}", message(errno(e))));
    }
    if with_mode
        && let Err(e) =
            rustix::fs::chmodat(dir, name, Mode::from_raw_mode(node.mode), AtFlags::empty())
    {
        problems.push(format!("cannot set mode: {}", message(errno(e))));
    }
    set_xattrs_at(dir, name, node, &mut problems);
    if let Err(e) = rustix::fs::utimensat(dir, name, &times(node), AtFlags::SYMLINK_NOFOLLOW) {
        problems.push(format!("cannot set times: {}", message(errno(e))));
    }
    problems
}

fn set_xattrs_at(dir: BorrowedFd<'_>, name: &OsStr, node: &Node, problems: &mut Vec<String>) {
    if node.xattrs.is_empty() {
        return;
    }
    let Some(path) = dirfd::proc_path(dir, name) else {
        problems.push("cannot set extended attributes: /proc is not mounted".into());
        return;
    };
    for (k, v) in &node.xattrs {
        if let Err(e) = rustix::fs::lsetxattr(
            &path,
            OsStr::from_bytes(k),
            v,
            rustix::fs::XattrFlags::empty(),
        ) {
            problems.push(format!(
                "cannot set extended attribute: {}",
                message(errno(e))
            ));
        }
    }
}
