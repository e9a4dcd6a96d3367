//! The few Unix calls the standard library lacks, for restore. The only `unsafe` in the crate:
//! each call passes a NUL-terminated path that lives across the call and plain integers.
#![allow(unsafe_code)]

use std::ffi::CString;
use std::io;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

fn cstr(path: &Path) -> io::Result<CString> {
    CString::new(path.as_os_str().as_bytes()).map_err(|_| io::Error::other("path contains NUL"))
}

fn check(rc: libc::c_int) -> io::Result<()> {
    if rc == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

/// Sets access and modification time of `path` without following a final symlink.
pub(crate) fn set_times_nofollow(path: &Path, mtime_ns: i64) -> io::Result<()> {
    let p = cstr(path)?;
    let t = libc::timespec {
        tv_sec: mtime_ns.div_euclid(1_000_000_000) as libc::time_t,
        tv_nsec: mtime_ns.rem_euclid(1_000_000_000) as libc::c_long,
    };
    let times = [t, t];
    // SAFETY: `p` is a valid NUL-terminated string and `times` two valid timespecs, both alive
    // for the duration of the call; utimensat does not keep either pointer.
    check(unsafe {
        libc::utimensat(
            libc::AT_FDCWD,
            p.as_ptr(),
            times.as_ptr(),
            libc::AT_SYMLINK_NOFOLLOW,
        )
    })
}

/// Creates a named pipe.
pub(crate) fn mkfifo(path: &Path, mode: u32) -> io::Result<()> {
    let p = cstr(path)?;
    // SAFETY: `p` is a valid NUL-terminated string alive for the call.
    check(unsafe { libc::mkfifo(p.as_ptr(), mode as libc::mode_t) })
}

/// Creates a character (`block == false`) or block device node (needs root).
pub(crate) fn mknod(path: &Path, mode: u32, block: bool, rdev: u64) -> io::Result<()> {
    let p = cstr(path)?;
    let kind = if block { libc::S_IFBLK } else { libc::S_IFCHR };
    // SAFETY: `p` is a valid NUL-terminated string alive for the call; the rest are integers.
    check(unsafe { libc::mknod(p.as_ptr(), kind | mode as libc::mode_t, rdev as libc::dev_t) })
}

/// Whether this process runs as root (and so may restore ownership and devices).
pub(crate) fn is_root() -> bool {
    // SAFETY: geteuid takes no arguments and cannot fail.
    unsafe { libc::geteuid() == 0 }
}
