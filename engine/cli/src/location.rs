//! Where the repository is: `--repo` parsed once, for every command that opens or creates one.
//!
//! A location is a plain path or `BACKEND:REST`, where `BACKEND` is a leading run of
//! `[a-z0-9+.-]` before the first `:`. Supported: `local:PATH` and, as restic spells them,
//! `s3:http://host:port/bucket/prefix`, `s3:https://host/bucket/prefix` and `s3:host/bucket`
//! (https). Any other prefix is refused rather than taken for a directory name
//! (`sftp:user@host:/x` once created a local directory `sftp:user@host:`). A path whose first
//! `:` comes after a `/` (`./sftp:x`, `/srv/sftp:x`) is a plain path.
//!
//! Backend options come from `-o KEY=VALUE` (`s3.connections=N`, `s3.region=R`,
//! `s3.path-style=true|false`, `s3.timeout=SECS`, `s3.transfer-timeout=SECS`, `s3.retries=N`,
//! `s3.retry-delay-ms=MS`);
//! S3 credentials from the environment the AWS tools read.

use std::ffi::{OsStr, OsString};
use std::fmt;
use std::os::unix::ffi::OsStrExt;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, Result, anyhow, bail};
use sealvault::{Backend, LocalBackend, ObjectKind, S3Config};

/// A parsed repository location.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// A directory on a local file system.
    Local(PathBuf),
    /// A bucket (or a folder of one) of an S3-compatible store.
    S3 {
        /// `http(s)://host[:port]`.
        endpoint: String,
        bucket: String,
        /// Folder inside the bucket, `""` for its root.
        prefix: String,
    },
}

/// What `--repo` accepts, for error messages.
const SUPPORTED: &str =
    "a directory path, local:PATH, or s3:[http(s)://]HOST[:PORT]/BUCKET[/PREFIX]";

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
            Some((b"s3", rest)) => parse_s3(rest),
            Some((backend, _)) => Err(Unsupported {
                location: location.to_owned(),
                backend: String::from_utf8_lossy(backend).into_owned(),
            }
            .into()),
        }
    }

    /// The backend of an existing repository.
    pub fn open(&self, options: &[String]) -> Result<Arc<dyn Backend>> {
        let not_here = |e: sealvault::Error| {
            if e.kind() == sealvault::ErrorKind::NotFound {
                anyhow!(e).context(format!("no sealvault repository at {self}"))
            } else {
                anyhow!(e)
            }
        };
        match self {
            Location::Local(path) => {
                check_no_options(options, "a local directory")?;
                Ok(Arc::new(LocalBackend::open(path).map_err(not_here)?))
            }
            Location::S3 { .. } => {
                let backend = self.s3(options)?;
                // As a local directory without `config` is no repository, so is a bucket.
                backend
                    .head(ObjectKind::Config.prefix())
                    .map_err(not_here)?;
                Ok(backend)
            }
        }
    }

    /// The backend for a new repository; refuses a non-empty place that holds no repository.
    pub fn create(&self, options: &[String]) -> Result<Arc<dyn Backend>> {
        match self {
            Location::Local(path) => {
                check_no_options(options, "a local directory")?;
                if path.exists()
                    && std::fs::read_dir(path)
                        .map(|mut d| d.next().is_some())
                        .unwrap_or(false)
                    && !path.join(ObjectKind::Config.prefix()).exists()
                {
                    bail!("{self} exists and is not empty: refusing to create a repository there");
                }
                Ok(Arc::new(LocalBackend::create(path)?))
            }
            Location::S3 { .. } => {
                let backend = self.s3(options)?;
                let present = backend.list("")?;
                let is_repo = present
                    .iter()
                    .any(|o| o.name == ObjectKind::Config.prefix());
                if !present.is_empty() && !is_repo {
                    bail!("{self} holds other objects: refusing to create a repository there");
                }
                Ok(backend)
            }
        }
    }

    fn s3(&self, options: &[String]) -> Result<Arc<dyn Backend>> {
        let Location::S3 {
            endpoint,
            bucket,
            prefix,
        } = self
        else {
            unreachable!("only called for S3 locations");
        };
        let mut config = S3Config::new(endpoint, bucket, prefix);
        for option in options {
            apply_s3_option(&mut config, option)?;
        }
        if !has_aws_credentials() {
            bail!(
                "no S3 credentials for {self}: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY \
                 (or AWS_PROFILE with ~/.aws/credentials)"
            );
        }
        config
            .connect()
            .with_context(|| format!("cannot reach {self}"))
    }
}

/// `s3:` followed by `[http(s)://]host[:port]/bucket[/prefix]`.
fn parse_s3(rest: &[u8]) -> Result<Location> {
    let rest = std::str::from_utf8(rest)
        .map_err(|_| anyhow!("repository location: an s3: location must be UTF-8"))?;
    let (scheme, rest) = match rest.split_once("://") {
        Some((s @ ("http" | "https"), r)) => (s, r),
        Some((other, _)) => {
            bail!("repository location s3:{rest}: unknown scheme {other:?} (http or https)")
        }
        None => ("https", rest),
    };
    let mut parts = rest.trim_end_matches('/').splitn(3, '/');
    let host = parts.next().unwrap_or_default();
    let bucket = parts.next().unwrap_or_default();
    let prefix = parts.next().unwrap_or_default();
    if host.contains(['@', '?', '#']) {
        // `user:secret@host` would put a credential where errors and `--json` print it.
        bail!(
            "repository location: the host of an s3: location may not contain @, ? or # \
             (credentials come from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)"
        );
    }
    if host.is_empty() || bucket.is_empty() {
        bail!("repository location s3:{rest}: expected s3:[http(s)://]HOST[:PORT]/BUCKET[/PREFIX]");
    }
    if prefix
        .split('/')
        .any(|s| s.is_empty() || s == "." || s == "..")
        && !prefix.is_empty()
    {
        bail!("repository location s3:{rest}: the prefix {prefix:?} has an empty, . or .. part");
    }
    Ok(Location::S3 {
        endpoint: format!("{scheme}://{host}"),
        bucket: bucket.to_string(),
        prefix: prefix.to_string(),
    })
}

/// Whether the AWS environment names credentials (keys, a profile, or the shared credentials
/// file): without any, the store's refusal would arrive as a signing error.
fn has_aws_credentials() -> bool {
    let set = |v: &str| std::env::var_os(v).is_some_and(|x| !x.is_empty());
    let file = std::env::var_os("AWS_SHARED_CREDENTIALS_FILE")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".aws/credentials")));
    set("AWS_ACCESS_KEY_ID") || set("AWS_PROFILE") || file.is_some_and(|f| f.is_file())
}

fn check_no_options(options: &[String], what: &str) -> Result<()> {
    match options.first() {
        Some(o) => bail!("option {o:?} does not apply to {what}"),
        None => Ok(()),
    }
}

fn positive(n: u64) -> Result<u64> {
    if n == 0 {
        bail!("a timeout of 0 would fail every request");
    }
    Ok(n)
}

/// One `-o s3.KEY=VALUE`.
fn apply_s3_option(config: &mut S3Config, option: &str) -> Result<()> {
    let (key, value) = option
        .split_once('=')
        .ok_or_else(|| anyhow!("option {option:?}: expected KEY=VALUE"))?;
    let number = || -> Result<u64> {
        value
            .parse()
            .map_err(|_| anyhow!("option {key}: {value:?} is not a whole number"))
    };
    match key {
        "s3.connections" => {
            config.connections = usize::try_from(number()?)?.clamp(1, 64);
        }
        "s3.region" => config.region = Some(value.to_string()),
        "s3.path-style" => {
            config.path_style = match value {
                "true" => true,
                "false" => false,
                _ => bail!("option {key}: expected true or false, not {value:?}"),
            }
        }
        "s3.timeout" => config.timeout = Duration::from_secs(positive(number()?)?),
        "s3.transfer-timeout" => config.io_timeout = Duration::from_secs(positive(number()?)?),
        "s3.retries" => config.retry.attempts = u32::try_from(number()?)?.saturating_add(1),
        "s3.retry-delay-ms" => config.retry.first_delay = Duration::from_millis(number()?),
        _ => bail!(
            "unknown option {key:?} (known: s3.connections, s3.region, s3.path-style, \
             s3.timeout, s3.transfer-timeout, s3.retries, s3.retry-delay-ms)"
        ),
    }
    Ok(())
}

/// For people: the path of a local repository, the `s3:` location of a bucket.
impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::Local(path) => write!(f, "{}", path.display()),
            Location::S3 {
                endpoint,
                bucket,
                prefix,
            } if prefix.is_empty() => write!(f, "s3:{endpoint}/{bucket}"),
            Location::S3 {
                endpoint,
                bucket,
                prefix,
            } => write!(f, "s3:{endpoint}/{bucket}/{prefix}"),
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
        for other in ["sftp:user@host:/x", "rest+https:x", "b2.x-y:z", "c:"] {
            let e = parse(other).unwrap_err();
            assert!(e.downcast_ref::<Unsupported>().is_some(), "{other}");
            let backend = other.split(':').next().unwrap();
            let text = e.to_string();
            assert!(text.contains(&format!("`{backend}:`")), "{text}");
            assert!(text.contains("local:PATH"), "{text}");
        }
    }

    fn s3(endpoint: &str, bucket: &str, prefix: &str) -> Location {
        Location::S3 {
            endpoint: endpoint.into(),
            bucket: bucket.into(),
            prefix: prefix.into(),
        }
    }

    #[test]
    fn s3_locations_as_restic_spells_them() {
        let cases = [
            (
                "s3:http://127.0.0.1:3900/bkt/a/b",
                s3("http://127.0.0.1:3900", "bkt", "a/b"),
            ),
            ("s3:https://host/bkt/pre/", s3("https://host", "bkt", "pre")),
            (
                "s3:s3.amazonaws.com/bkt",
                s3("https://s3.amazonaws.com", "bkt", ""),
            ),
            ("s3:http://h:1/bkt", s3("http://h:1", "bkt", "")),
        ];
        for (text, want) in cases {
            let got = parse(text).unwrap();
            assert_eq!(got, want, "{text}");
            // Printed back as it was given (less a trailing slash, plus the implied https).
            assert_eq!(parse(&got.to_string()).unwrap(), want);
        }
        for bad in [
            "s3:",
            "s3:host",
            "s3:http://host",
            "s3:http://host/",
            "s3:ftp://host/b",
            "s3:http://h/b//x",
            "s3:http://h/b/../x",
            "s3:https://AKIA:secret@host/b",
            "s3:http://host?x/b",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn s3_options_are_checked() {
        let mut c = S3Config::new("http://h:1", "b", "");
        apply_s3_option(&mut c, "s3.connections=3").unwrap();
        apply_s3_option(&mut c, "s3.path-style=false").unwrap();
        apply_s3_option(&mut c, "s3.retries=2").unwrap();
        apply_s3_option(&mut c, "s3.region=garage").unwrap();
        assert_eq!(
            (c.connections, c.path_style, c.retry.attempts),
            (3, false, 3)
        );
        assert_eq!(c.region.as_deref(), Some("garage"));
        for bad in [
            "s3.connections=x",
            "s3.path-style=yes",
            "s3.nope=1",
            "novalue",
            "s3.timeout=0",
        ] {
            assert!(apply_s3_option(&mut c, bad).is_err(), "{bad}");
        }
    }
}
