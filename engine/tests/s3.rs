//! The S3 backend against a real S3 store (Garage on loopback, started by `.ci/garage.sh`):
//! the backend conformance suite, a backup and restore through the library, and faults (failed
//! and delayed requests, connections cut mid-upload, a cluster node killed mid-backup).
//!
//! Without `SEALVAULT_TEST_S3_ENDPOINT` every test here is skipped with a printed reason, unless
//! `SEALVAULT_TEST_S3_REQUIRED` is set (as `.ci/run` does), when a skip is a failure. Each test
//! works under a prefix of its own, so they run in parallel on one bucket.

mod common;

use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::time::Duration;

use common::*;
use sealvault::FileTrees;
use sealvault::{
    Backend, BackupOptions, CheckOptions, Error, NoProgress, ObjectInfo, Repository, Result,
    RetryPolicy, RetryingBackend, S3Backend, S3Config,
};

/// The store's endpoint and bucket, or `None` (with the reason printed) when there is none.
fn garage(test: &str) -> Option<(String, String)> {
    match std::env::var("SEALVAULT_TEST_S3_ENDPOINT") {
        Ok(endpoint) if !endpoint.is_empty() => {
            let bucket = std::env::var("SEALVAULT_TEST_S3_BUCKET")
                .unwrap_or_else(|_| "sealvault-test".into());
            Some((endpoint, bucket))
        }
        _ if std::env::var_os("SEALVAULT_TEST_S3_REQUIRED").is_some() => {
            panic!(
                "{test}: SEALVAULT_TEST_S3_REQUIRED is set but SEALVAULT_TEST_S3_ENDPOINT is not"
            )
        }
        _ => {
            eprintln!(
                "skipped {test}: no S3 store (start one with `.ci/garage.sh start DIR` and source DIR/env)"
            );
            None
        }
    }
}

/// A prefix no other test (of this run or an earlier one) uses.
fn fresh_prefix(test: &str) -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    format!("tests/{test}-{}-{nanos}", std::process::id())
}

/// Retries quick enough for tests that provoke many of them.
const QUICK: RetryPolicy = RetryPolicy {
    attempts: 8,
    first_delay: Duration::from_millis(5),
    max_delay: Duration::from_millis(100),
};

fn config(endpoint: &str, bucket: &str, test: &str) -> S3Config {
    let mut c = S3Config::new(endpoint, bucket, &fresh_prefix(test));
    c.retry = QUICK;
    c
}

fn corpus(dir: &Path, size: u64, seed: u64) {
    sealvault_corpus::generate(
        dir,
        &sealvault_corpus::Options {
            size,
            seed,
            exotic: false,
        },
    )
    .unwrap();
}

fn opts() -> BackupOptions {
    BackupOptions {
        host: "s3-test".into(),
        ..BackupOptions::default()
    }
}

/// Backs up `src` into `repo`, then checks that it restores identically and reads back clean.
fn backup_restore_check(repo: &Repository, src: &Path) {
    let snap = repo
        .backup(&[src.to_path_buf()], &opts(), &NoProgress)
        .unwrap();
    assert!(snap.issues.is_empty(), "{:?}", snap.issues);
    assert_restores(repo, &snap, src);
}

fn assert_restores(repo: &Repository, snap: &sealvault::Snapshot, src: &Path) {
    let target = tempfile::tempdir().unwrap();
    repo.restore(snap, target.path(), &Default::default(), &NoProgress)
        .unwrap();
    let restored = target.path().join(src.strip_prefix("/").unwrap());
    assert_eq!(describe_tree(&restored), describe_tree(src));
    let report = repo
        .check(CheckOptions { read_data: true }, &NoProgress)
        .unwrap();
    assert!(report.is_ok(), "{:?}", report.damage);
}

#[test]
fn the_s3_backend_conforms() {
    let Some((endpoint, bucket)) = garage("the_s3_backend_conforms") else {
        return;
    };
    let raw = S3Backend::new(&config(&endpoint, &bucket, "conform-raw")).unwrap();
    sealvault::backend::conformance::run(&raw);
    let with_retries = config(&endpoint, &bucket, "conform-retry")
        .connect()
        .unwrap();
    sealvault::backend::conformance::run(&*with_retries);
}

#[test]
fn a_bucket_root_and_a_missing_bucket() {
    let Some((endpoint, bucket)) = garage("a_bucket_root_and_a_missing_bucket") else {
        return;
    };
    // Objects of other tests are beside the repository's folder, never in its listings.
    let b = config(&endpoint, &bucket, "isolated").connect().unwrap();
    assert!(b.list("").unwrap().is_empty());
    let mut missing = config(&endpoint, "no-such-bucket-here", "x");
    missing.retry.attempts = 1;
    let e = missing.connect().unwrap().list("").unwrap_err();
    assert_eq!(e.kind(), sealvault::ErrorKind::Backend, "{e}");
}

#[test]
fn a_repository_on_s3_backs_up_restores_and_checks() {
    let Some((endpoint, bucket)) = garage("a_repository_on_s3_backs_up_restores_and_checks") else {
        return;
    };
    let c = config(&endpoint, &bucket, "roundtrip");
    let repo = Repository::init(c.connect().unwrap(), &password(), &options()).unwrap();
    let src = tempfile::tempdir().unwrap();
    corpus(src.path(), 12 << 20, 7);
    backup_restore_check(&repo, src.path());
    drop(repo);
    // Opened again from the store alone, the second backup finds everything there.
    let repo = Repository::open(c.connect().unwrap(), &password()).unwrap();
    let again = repo
        .backup(&[src.path().to_path_buf()], &opts(), &NoProgress)
        .unwrap();
    let s = &again.summary;
    assert!(
        s.files_unmodified > 50 && s.files_new + s.files_changed == 0,
        "{s:?}"
    );
    assert_eq!(s.bytes_read, 0, "{s:?}");
}

/// Fails every `fail_every`-th request (retryably, as a throttled or dropped request is) and
/// delays every `delay_every`-th, below the retry layer.
struct Faulty {
    inner: Arc<dyn Backend>,
    fail_every: u64,
    delay_every: u64,
    /// Whether puts fail for good (an outage that outlasts the retries).
    outage: AtomicBool,
    calls: AtomicU64,
    failed: AtomicU64,
}

impl Faulty {
    fn new(inner: Arc<dyn Backend>, fail_every: u64, delay_every: u64) -> Arc<Faulty> {
        Arc::new(Faulty {
            inner,
            fail_every,
            delay_every,
            outage: AtomicBool::new(false),
            calls: AtomicU64::new(0),
            failed: AtomicU64::new(0),
        })
    }

    fn fault(&self, name: &str) -> Result<()> {
        let n = self.calls.fetch_add(1, Ordering::SeqCst) + 1;
        if n.is_multiple_of(self.delay_every) {
            std::thread::sleep(Duration::from_millis(30));
        }
        if n.is_multiple_of(self.fail_every) {
            self.failed.fetch_add(1, Ordering::SeqCst);
            return Err(Error::backend_failure(
                name,
                true,
                std::io::Error::other("injected: 503 Slow Down"),
            ));
        }
        Ok(())
    }
}

impl Backend for Faulty {
    fn put(&self, name: &str, data: &[u8]) -> Result<()> {
        if self.outage.load(Ordering::SeqCst) {
            return Err(Error::backend_failure(
                name,
                true,
                std::io::Error::other("injected: the store went away"),
            ));
        }
        self.fault(name)?;
        self.inner.put(name, data)
    }
    fn get(&self, name: &str) -> Result<Vec<u8>> {
        self.fault(name)?;
        self.inner.get(name)
    }
    fn get_range(&self, name: &str, offset: u64, len: u64) -> Result<Vec<u8>> {
        self.fault(name)?;
        self.inner.get_range(name, offset, len)
    }
    fn head(&self, name: &str) -> Result<u64> {
        self.fault(name)?;
        self.inner.head(name)
    }
    fn list(&self, prefix: &str) -> Result<Vec<ObjectInfo>> {
        self.fault(prefix)?;
        self.inner.list(prefix)
    }
    fn delete(&self, name: &str) -> Result<()> {
        self.fault(name)?;
        self.inner.delete(name)
    }
    fn exists(&self, name: &str) -> Result<bool> {
        self.fault(name)?;
        self.inner.exists(name)
    }
    fn concurrent_puts(&self) -> usize {
        self.inner.concurrent_puts()
    }
}

#[test]
fn failed_and_slow_requests_are_retried_and_an_outage_fails_cleanly() {
    let Some((endpoint, bucket)) = garage("failed_and_slow_requests") else {
        return;
    };
    let c = config(&endpoint, &bucket, "faults");
    let faulty = Faulty::new(Arc::new(S3Backend::new(&c).unwrap()), 4, 3);
    let backend: Arc<dyn Backend> = Arc::new(RetryingBackend::new(faulty.clone(), QUICK));
    let repo = Repository::init(backend.clone(), &password(), &options()).unwrap();
    let src = tempfile::tempdir().unwrap();
    corpus(src.path(), 8 << 20, 11);
    let first = repo
        .backup(&[src.path().to_path_buf()], &opts(), &NoProgress)
        .unwrap();
    assert!(
        faulty.failed.load(Ordering::SeqCst) > 0,
        "faults were injected"
    );
    assert_restores(&repo, &first, src.path());

    // The store goes away for good during the next backup: one clear error, nothing lost.
    let more = tempfile::tempdir().unwrap();
    corpus(more.path(), 4 << 20, 12);
    faulty.outage.store(true, Ordering::SeqCst);
    let e = repo
        .backup(&[more.path().to_path_buf()], &opts(), &NoProgress)
        .unwrap_err();
    assert_eq!(e.kind(), sealvault::ErrorKind::Backend, "{e}");
    assert!(e.to_string().contains("the store went away"), "{e}");
    drop(repo);
    faulty.outage.store(false, Ordering::SeqCst);
    let repo = Repository::open(c.connect().unwrap(), &password()).unwrap();
    let list = repo.snapshots().unwrap();
    assert_eq!(list.snapshots.len(), 1);
    assert_restores(&repo, &list.snapshots[0], src.path());
}

/// A TCP proxy in front of the store that cuts the first `cuts` connections to carry
/// `cut_after` bytes towards the store (mid-upload, for a pack), then lets everything through.
struct CuttingProxy {
    endpoint: String,
    /// Cuts not made yet.
    cuts_left: Arc<AtomicUsize>,
    /// Whether a request carried the CRC32C checksum header (uploads must).
    saw_checksum: Arc<AtomicBool>,
}

impl CuttingProxy {
    fn start(upstream: &str, cuts: usize, cut_after: usize) -> CuttingProxy {
        let upstream = upstream
            .trim_start_matches("http://")
            .trim_end_matches('/')
            .to_string();
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let endpoint = format!("http://{}", listener.local_addr().unwrap());
        let cuts_left = Arc::new(AtomicUsize::new(cuts));
        let budget = cuts_left.clone();
        let saw_checksum = Arc::new(AtomicBool::new(false));
        let saw = saw_checksum.clone();
        std::thread::spawn(move || {
            for client in listener.incoming() {
                let Ok(client) = client else { continue };
                let Ok(server) = TcpStream::connect(&upstream) else {
                    continue;
                };
                let (c2, s2) = (client.try_clone().unwrap(), server.try_clone().unwrap());
                let (budget, saw) = (budget.clone(), saw.clone());
                std::thread::spawn(move || {
                    pipe(client, server, Some((cut_after, &budget, &saw)));
                });
                std::thread::spawn(move || pipe(s2, c2, None));
            }
        });
        CuttingProxy {
            endpoint,
            cuts_left,
            saw_checksum,
        }
    }
}

/// Copies `from` to `to`; with `cut`, shuts both down once that many bytes went through, if a
/// cut is left in the budget, and notes a checksum header going by.
fn pipe(mut from: TcpStream, mut to: TcpStream, cut: Option<(usize, &AtomicUsize, &AtomicBool)>) {
    let mut buf = vec![0u8; 16 << 10];
    let mut sent = 0;
    loop {
        let n = match from.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => n,
        };
        if to.write_all(&buf[..n]).is_err() {
            break;
        }
        sent += n;
        if let Some((_, _, saw)) = cut
            && buf[..n]
                .windows(21)
                .any(|w| w.eq_ignore_ascii_case(b"x-amz-checksum-crc32c"))
        {
            saw.store(true, Ordering::SeqCst);
        }
        let take_cut = |(after, budget, _): (usize, &AtomicUsize, &AtomicBool)| {
            sent >= after
                && budget
                    .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |l| l.checked_sub(1))
                    .is_ok()
        };
        if cut.is_some_and(take_cut) {
            break;
        }
    }
    let _ = from.shutdown(Shutdown::Both);
    let _ = to.shutdown(Shutdown::Both);
}

#[test]
fn connections_cut_mid_upload_are_retried() {
    let Some((endpoint, bucket)) = garage("connections_cut_mid_upload") else {
        return;
    };
    let proxy = CuttingProxy::start(&endpoint, 3, 256 << 10);
    let mut through_proxy = config(&proxy.endpoint, &bucket, "cut");
    through_proxy.connections = 2;
    let repo = Repository::init(through_proxy.connect().unwrap(), &password(), &options()).unwrap();
    let src = tempfile::tempdir().unwrap();
    corpus(src.path(), 10 << 20, 13);
    let snap = repo
        .backup(&[src.path().to_path_buf()], &opts(), &NoProgress)
        .unwrap();
    assert_eq!(
        proxy.cuts_left.load(Ordering::SeqCst),
        0,
        "three uploads were cut"
    );
    assert!(
        proxy.saw_checksum.load(Ordering::SeqCst),
        "uploads carry x-amz-checksum-crc32c"
    );
    // Read back straight from the store: what the cut uploads left there is complete.
    let mut direct = through_proxy.clone();
    direct.endpoint = endpoint;
    let repo = Repository::open(direct.connect().unwrap(), &password()).unwrap();
    assert_restores(&repo, &snap, src.path());
}

/// Kills process `victim` just before the first pack upload goes through: during the backup,
/// with certainty.
struct KillOnFirstPack {
    inner: Arc<dyn Backend>,
    victim: std::sync::Mutex<Option<String>>,
}

impl KillOnFirstPack {
    fn killed(&self) -> bool {
        self.victim.lock().unwrap().is_none()
    }
}

impl Backend for KillOnFirstPack {
    fn put(&self, name: &str, data: &[u8]) -> Result<()> {
        if name.starts_with("packs/")
            && let Some(pid) = self.victim.lock().unwrap().take()
        {
            let killed = std::process::Command::new("kill")
                .args(["-9", &pid])
                .status()
                .unwrap();
            assert!(killed.success(), "kill -9 {pid}");
        }
        self.inner.put(name, data)
    }
    fn get(&self, name: &str) -> Result<Vec<u8>> {
        self.inner.get(name)
    }
    fn get_range(&self, name: &str, offset: u64, len: u64) -> Result<Vec<u8>> {
        self.inner.get_range(name, offset, len)
    }
    fn head(&self, name: &str) -> Result<u64> {
        self.inner.head(name)
    }
    fn list(&self, prefix: &str) -> Result<Vec<ObjectInfo>> {
        self.inner.list(prefix)
    }
    fn delete(&self, name: &str) -> Result<()> {
        self.inner.delete(name)
    }
    fn exists(&self, name: &str) -> Result<bool> {
        self.inner.exists(name)
    }
    fn concurrent_puts(&self) -> usize {
        self.inner.concurrent_puts()
    }
}

/// A three-node cluster (replication 3, `.ci/garage.sh start DIR 3`): a node other than the one
/// the client talks to is killed during a backup, which completes.
#[test]
fn a_backup_survives_a_cluster_node_dying() {
    let (Ok(endpoint), Ok(victim)) = (
        std::env::var("SEALVAULT_TEST_S3_CLUSTER_ENDPOINT"),
        std::env::var("SEALVAULT_TEST_S3_CLUSTER_VICTIM_PID"),
    ) else {
        if std::env::var_os("SEALVAULT_TEST_S3_REQUIRED").is_some() {
            panic!("SEALVAULT_TEST_S3_REQUIRED is set but no cluster was given");
        }
        eprintln!("skipped a_backup_survives_a_cluster_node_dying: no Garage cluster given");
        return;
    };
    let bucket =
        std::env::var("SEALVAULT_TEST_S3_BUCKET").unwrap_or_else(|_| "sealvault-test".into());
    let c = config(&endpoint, &bucket, "cluster");
    let killer = Arc::new(KillOnFirstPack {
        inner: c.connect().unwrap(),
        victim: std::sync::Mutex::new(Some(victim)),
    });
    let repo = Repository::init(killer.clone(), &password(), &options()).unwrap();
    let src = tempfile::tempdir().unwrap();
    corpus(src.path(), 24 << 20, 17);
    let snap = repo
        .backup(&[src.path().to_path_buf()], &opts(), &NoProgress)
        .unwrap();
    assert!(killer.killed(), "a node was killed during the backup");
    assert!(snap.issues.is_empty(), "{:?}", snap.issues);
    assert_restores(&repo, &snap, src.path());
}
