//! Where the repository is: `--repo` parsed once, for every command that opens or creates one.
//!
//! A location is a plain path or `BACKEND:REST`, where `BACKEND` is a leading run of
//! `[a-z0-9+.-]` before the first `:`. Only `local:PATH` is supported today; any other prefix is
//! refused rather than taken for a directory name (`sftp:user@host:/x` once created a local
//! directory `sftp:user@host:`). A path whose first `:` comes after a `/` (`./sftp:x`,
//! `/srv/sftp:x`) is a plain path.

use std::ffi::{OsStr, OsString};
use std::fmt;
use std::os::unix::ffi::OsStrExt;
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::{Result, anyhow, bail};
use sealvault::{Backend, LocalBackend};

/// A parsed repository location.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// A directory on a local file system.
    Local(PathBuf),
}

/// What `--repo` accepts, for error messages.
const SUPPORTED: &str = "a directory path, or local:PATH";

/// A location with a backend prefix sealvault does not have: wrong usage, exit code 2.
#[derive(Debug)]
pub struct Unsupported {
    location: OsString,
    backend: String,
}

impl fmt::Display for Unsupported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let location = self.location.to_string_lossy();
        write!(
            f,
            "repository location {location:?}: `{}:` is not a supported backend \
             (supported: {SUPPORTED}; for a local directory of that name write ./{location})",
            self.backend
        )
    }
}

impl std::error::Error for Unsupported {}

impl Location {
    /// Parses `--repo`.
    pub fn parse(location: &OsStr) -> Result<Location> {
        let bytes = location.as_bytes();
        let backend = bytes.iter().position(|&b| b == b':').and_then(|i| {
            let word = &bytes[..i];
            let is_word = !word.is_empty()
                && word
                    .iter()
                    .all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'+' | b'.' | b'-'));
            is_word.then(|| (&bytes[..i], &bytes[i + 1..]))
        });
        match backend {
            None => Ok(Location::Local(PathBuf::from(location))),
            Some((b"local", b"")) => {
                bail!("repository location \"local:\" needs a path after the colon")
            }
            Some((b"local", path)) => Ok(Location::Local(PathBuf::from(OsStr::from_bytes(path)))),
            Some((backend, _)) => Err(Unsupported {
                location: location.to_owned(),
                backend: String::from_utf8_lossy(backend).into_owned(),
            }
            .into()),
        }
    }

    /// The backend of an existing repository.
    pub fn open(&self) -> Result<Arc<dyn Backend>> {
        match self {
            Location::Local(path) => {
                let backend = LocalBackend::open(path).map_err(|e| {
                    if e.kind() == sealvault::ErrorKind::NotFound {
                        anyhow!(e).context(format!("no sealvault repository at {self}"))
                    } else {
                        anyhow!(e)
                    }
                })?;
                Ok(Arc::new(backend))
            }
        }
    }

    /// The backend for a new repository; refuses a non-empty directory that holds no repository.
    pub fn create(&self) -> Result<Arc<dyn Backend>> {
        match self {
            Location::Local(path) => {
                if path.exists()
                    && std::fs::read_dir(path)
                        .map(|mut d| d.next().is_some())
                        .unwrap_or(false)
                    && !path.join(sealvault::ObjectKind::Config.prefix()).exists()
                {
                    bail!("{self} exists and is not empty: refusing to create a repository there");
                }
                Ok(Arc::new(LocalBackend::create(path)?))
            }
        }
    }
}

/// For people: the path of a local repository.
impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::Local(path) => write!(f, "{}", path.display()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Result<Location> {
        Location::parse(OsStr::new(s))
    }

    fn local(s: &str) -> Location {
        Location::Local(PathBuf::from(s))
    }

    #[test]
    fn plain_paths_and_local_prefix() {
        for plain in [
            "repo",
            "/srv/repo",
            "./sftp:x",
            "/abs/sftp:x",
            ":x",
            "Backup:1",
            "a b:c",
        ] {
            assert_eq!(parse(plain).unwrap(), local(plain));
        }
        assert_eq!(parse("local:/srv/repo").unwrap(), local("/srv/repo"));
        assert_eq!(parse("local:rel:ative").unwrap(), local("rel:ative"));
        assert!(parse("local:").is_err());
    }

    #[test]
    fn other_prefixes_are_refused_naming_the_supported_ones() {
        for other in [
            "sftp:user@host:/x",
            "s3:bucket",
            "rest+https:x",
            "b2.x-y:z",
            "c:",
        ] {
            let e = parse(other).unwrap_err();
            assert!(e.downcast_ref::<Unsupported>().is_some(), "{other}");
            let backend = other.split(':').next().unwrap();
            let text = e.to_string();
            assert!(text.contains(&format!("`{backend}:`")), "{text}");
            assert!(text.contains("local:PATH"), "{text}");
        }
    }
}
