//! S3-compatible object storage (AWS S3, Garage, MinIO, Ceph RGW, B2, Wasabi...) through
//! OpenDAL, behind the same synchronous [`Backend`] trait as a local directory.
//!
//! One process-wide tokio runtime drives every S3 backend; each call blocks the calling thread
//! (an uploader, a reader worker) until its request finishes, so the engine's own threads bound
//! how many requests are in flight, and [`S3Config::connections`] bounds them again per
//! backend. Uploads carry a CRC32C checksum the server verifies before it stores the object
//! (a body damaged on the way is refused, not stored). Conditional writes are not used: not
//! every S3 implementation honours them (Garage ignores `If-None-Match` on PUT), and the format
//! never overwrites an object anyway.
//!
//! This backend does not retry: [`S3Config::connect`] wraps it in a [`RetryingBackend`], so the
//! same retry policy (and the same tests of it) serve every backend.

use std::sync::{Arc, OnceLock};
use std::time::{Duration, SystemTime};

use opendal::layers::{ConcurrentLimitLayer, TimeoutLayer};
use opendal::options::{ListOptions, ReadOptions};

use super::{Backend, ObjectInfo, RetryPolicy, RetryingBackend, check_name};
use crate::error::{Error, Result};

/// Where and how to reach a bucket.
#[derive(Clone)]
pub struct S3Config {
    /// `http(s)://host[:port]`, without the bucket.
    pub endpoint: String,
    /// The bucket.
    pub bucket: String,
    /// Folder inside the bucket holding the repository (`""` for the bucket's root).
    pub prefix: String,
    /// The region; `None` reads `AWS_REGION` / `AWS_DEFAULT_REGION`, else `us-east-1`.
    pub region: Option<String>,
    /// Access key id and secret; `None` reads `AWS_ACCESS_KEY_ID` / `AWS_SECRET_ACCESS_KEY` (and
    /// `AWS_SESSION_TOKEN`, `AWS_PROFILE` and `~/.aws`) as the AWS tools do.
    pub credentials: Option<(String, String)>,
    /// Address buckets as `endpoint/bucket` (most self-hosted stores) instead of
    /// `bucket.endpoint` (AWS's default).
    pub path_style: bool,
    /// Requests in flight at once, at most; also how many packs are uploaded at once (each
    /// holds a pack, 8 MiB by default, in memory).
    pub connections: usize,
    /// Longest wait for a request OpenDAL does not count as a transfer (a HEAD, an existence
    /// check).
    pub timeout: Duration,
    /// Longest wait for one transfer call: a listing page, a delete, a read, and a whole
    /// upload (one PUT per pack). It must allow the largest pack at the slowest uplink to be
    /// supported, with `connections` uploads sharing it.
    pub io_timeout: Duration,
    /// Retries of failed requests, by [`S3Config::connect`].
    pub retry: RetryPolicy,
}

impl std::fmt::Debug for S3Config {
    // By hand: the secret key must never reach a log.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("S3Config")
            .field("endpoint", &self.endpoint)
            .field("bucket", &self.bucket)
            .field("prefix", &self.prefix)
            .field("region", &self.region)
            .field("access_key_id", &self.credentials.as_ref().map(|c| &c.0))
            .field("path_style", &self.path_style)
            .field("connections", &self.connections)
            .field("timeout", &self.timeout)
            .field("io_timeout", &self.io_timeout)
            .field("retry", &self.retry)
            .finish()
    }
}

impl S3Config {
    /// A bucket at `endpoint`, path-style unless the endpoint is AWS's, 5 connections (as
    /// restic), a 60 s timeout and a 10 min transfer timeout (five 8 MiB packs going up at
    /// once through a 1 Mbit/s uplink take about 6 min), [`RetryPolicy::DEFAULT`], credentials
    /// from the environment.
    pub fn new(endpoint: &str, bucket: &str, prefix: &str) -> S3Config {
        S3Config {
            endpoint: endpoint.trim_end_matches('/').to_string(),
            bucket: bucket.to_string(),
            prefix: prefix.trim_matches('/').to_string(),
            region: None,
            credentials: None,
            path_style: !endpoint.contains("amazonaws.com"),
            connections: 5,
            timeout: Duration::from_secs(60),
            io_timeout: Duration::from_secs(600),
            retry: RetryPolicy::DEFAULT,
        }
    }

    /// The backend, with retries.
    pub fn connect(&self) -> Result<Arc<dyn Backend>> {
        let raw: Arc<dyn Backend> = Arc::new(S3Backend::new(self)?);
        Ok(Arc::new(RetryingBackend::new(raw, self.retry)))
    }
}

/// A bucket (or a folder of one) on an S3-compatible store. Makes one attempt per call; see
/// [`S3Config::connect`] for the backend with retries.
pub struct S3Backend {
    op: opendal::blocking::Operator,
    connections: usize,
}

/// The runtime every S3 backend of the process runs its requests on: one, because each runtime
/// owns worker threads and a connection pool, and many backends (a service's tenants) may be
/// open at once.
fn runtime() -> Result<&'static tokio::runtime::Runtime> {
    static RUNTIME: OnceLock<std::result::Result<tokio::runtime::Runtime, String>> =
        OnceLock::new();
    RUNTIME
        .get_or_init(|| {
            tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .thread_name("sealvault-s3")
                .enable_all()
                .build()
                .map_err(|e| e.to_string())
        })
        .as_ref()
        .map_err(|e| Error::backend_failure("s3", false, std::io::Error::other(e.clone())))
}

impl S3Backend {
    /// Connects to the bucket (no request is made until the first call).
    pub fn new(config: &S3Config) -> Result<S3Backend> {
        opendal::install_default();
        let mut builder = opendal::services::S3::default()
            .endpoint(&config.endpoint)
            .bucket(&config.bucket)
            .root(&format!("/{}", config.prefix))
            .checksum_algorithm("crc32c")
            .disable_ec2_metadata();
        let region = config
            .region
            .clone()
            .or_else(|| std::env::var("AWS_REGION").ok())
            .or_else(|| std::env::var("AWS_DEFAULT_REGION").ok())
            .filter(|r| !r.is_empty())
            .unwrap_or_else(|| "us-east-1".to_string());
        builder = builder.region(&region);
        if let Some((id, secret)) = &config.credentials {
            builder = builder.access_key_id(id).secret_access_key(secret);
        }
        if !config.path_style {
            builder = builder.enable_virtual_host_style();
        }
        let connections = config.connections.max(1);
        let op = opendal::Operator::new(builder)
            .map_err(|e| s3_error("s3 configuration", e))?
            .layer(
                TimeoutLayer::new()
                    .with_timeout(config.timeout)
                    .with_io_timeout(config.io_timeout),
            )
            .layer(ConcurrentLimitLayer::new(connections));
        let _inside = runtime()?.enter();
        let op = opendal::blocking::Operator::new(op).map_err(|e| s3_error("s3", e))?;
        Ok(S3Backend { op, connections })
    }

    /// Reads `offset..offset + len` into `buf`; fails unless exactly `len` bytes came back (a
    /// store answers a range past the end with what it has).
    fn read_range(&self, name: &str, offset: u64, len: u64, buf: &mut Vec<u8>) -> Result<()> {
        check_name(name)?;
        buf.clear();
        let shorter = || Error::integrity(name, "object is shorter than the range read");
        let end = offset.checked_add(len).ok_or_else(shorter)?;
        if len == 0 {
            // An empty range cannot be asked for in HTTP; the size says whether it is inside.
            return if self.head(name)? >= end {
                Ok(())
            } else {
                Err(shorter())
            };
        }
        let options = ReadOptions {
            range: (offset..end).into(),
            ..Default::default()
        };
        let data = match self.op.read_options(name, options) {
            Err(e) if e.kind() == opendal::ErrorKind::RangeNotSatisfied => return Err(shorter()),
            other => other.map_err(|e| s3_error(name, e))?,
        };
        if data.len() as u64 != len {
            return Err(shorter());
        }
        buf.reserve(data.len());
        for piece in data {
            buf.extend_from_slice(&piece);
        }
        Ok(())
    }
}

/// An OpenDAL error as the engine's: missing objects are `NotFound`; what the store says may
/// pass (throttling, 5xx, a dropped connection, a timeout) is retryable; the rest is not.
fn s3_error(name: &str, e: opendal::Error) -> Error {
    match e.kind() {
        opendal::ErrorKind::NotFound => Error::backend_not_found(name),
        _ => {
            let retryable = e.is_temporary();
            Error::backend_failure(name, retryable, e)
        }
    }
}

impl Backend for S3Backend {
    fn put(&self, name: &str, data: &[u8]) -> Result<()> {
        check_name(name)?;
        self.op
            .write(name, data.to_vec())
            .map(drop)
            .map_err(|e| s3_error(name, e))
    }

    fn get(&self, name: &str) -> Result<Vec<u8>> {
        check_name(name)?;
        let data = self.op.read(name).map_err(|e| s3_error(name, e))?;
        Ok(data.to_vec())
    }

    fn get_range(&self, name: &str, offset: u64, len: u64) -> Result<Vec<u8>> {
        let mut buf = Vec::new();
        self.read_range(name, offset, len, &mut buf)?;
        Ok(buf)
    }

    fn get_range_into(&self, name: &str, offset: u64, len: u64, buf: &mut Vec<u8>) -> Result<()> {
        self.read_range(name, offset, len, buf)
    }

    fn head(&self, name: &str) -> Result<u64> {
        check_name(name)?;
        let meta = self.op.stat(name).map_err(|e| s3_error(name, e))?;
        Ok(meta.content_length())
    }

    // `get_bounded` is the trait's HEAD then ranged GET: a range past the end (to learn the
    // size from the answer in one request) is refused by OpenDAL's reader as too short.

    fn list(&self, prefix: &str) -> Result<Vec<ObjectInfo>> {
        // The folder the prefix is in, listed whole, then filtered: a prefix that ends inside a
        // name (`keys/ab`) is not a folder to the store's API.
        let folder = &prefix[..prefix.rfind('/').map_or(0, |i| i + 1)];
        let options = ListOptions {
            recursive: true,
            ..Default::default()
        };
        let entries = self
            .op
            .list_options(if folder.is_empty() { "/" } else { folder }, options)
            .map_err(|e| s3_error(if prefix.is_empty() { "/" } else { prefix }, e))?;
        Ok(entries
            .into_iter()
            .filter(|e| e.metadata().is_file() && e.path().starts_with(prefix))
            .map(|e| ObjectInfo {
                name: e.path().to_string(),
                size: e.metadata().content_length(),
                modified: e.metadata().last_modified().map(SystemTime::from),
            })
            .collect())
    }

    fn delete(&self, name: &str) -> Result<()> {
        check_name(name)?;
        self.op.delete(name).map_err(|e| s3_error(name, e))
    }

    fn exists(&self, name: &str) -> Result<bool> {
        check_name(name)?;
        self.op.exists(name).map_err(|e| s3_error(name, e))
    }

    fn concurrent_puts(&self) -> usize {
        self.connections
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_secret_key_never_reaches_debug_output() {
        let mut c = S3Config::new("http://127.0.0.1:9", "bucket", "p");
        c.credentials = Some(("GKpublicid".into(), "very-secret-key-material".into()));
        let shown = format!("{c:?} {c:#?}");
        assert!(shown.contains("GKpublicid"), "{shown}");
        assert!(!shown.contains("very-secret"), "{shown}");
    }
}
