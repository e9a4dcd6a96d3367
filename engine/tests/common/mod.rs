//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use sealvault::FileTrees;
use sealvault::{
    Backend, Credential, Error, InitOptions, KdfParams, MemoryBackend, ObjectInfo, Repository,
    Result,
};

/// Cheap Argon2 costs: tests open repositories hundreds of times.
pub fn fast_kdf() -> KdfParams {
    KdfParams::insecure_for_tests(256, 1, 1).unwrap()
}

pub fn options() -> InitOptions {
    InitOptions {
        pack_size: 8 << 20,
        kdf: fast_kdf(),
        ..InitOptions::default()
    }
}

pub fn password() -> Credential {
    Credential::passphrase("correct horse battery staple")
}

pub fn new_repo() -> (Arc<MemoryBackend>, Repository) {
    let backend = Arc::new(MemoryBackend::new());
    let repo = Repository::init(backend.clone(), &password(), &options()).unwrap();
    (backend, repo)
}

/// Deterministic pseudo-random bytes.
pub fn bytes(len: usize, seed: u64) -> Vec<u8> {
    sealvault_corpus::incompressible(len, seed)
}

/// A backend whose puts start failing after `allowed` successful ones (a crash or an outage
/// at that point), reading through to the inner store.
pub struct FailingBackend {
    pub inner: Arc<MemoryBackend>,
    pub allowed: usize,
    pub puts: AtomicUsize,
}

impl FailingBackend {
    pub fn new(inner: Arc<MemoryBackend>, allowed: usize) -> Self {
        FailingBackend {
            inner,
            allowed,
            puts: AtomicUsize::new(0),
        }
    }
}

impl Backend for FailingBackend {
    fn put(&self, name: &str, data: &[u8]) -> Result<()> {
        if self.puts.fetch_add(1, Ordering::SeqCst) >= self.allowed {
            return Err(Error::backend_failure(
                name,
                true,
                std::io::Error::other("injected outage"),
            ));
        }
        self.inner.put(name, data)
    }
    fn get(&self, name: &str) -> Result<Vec<u8>> {
        self.inner.get(name)
    }
    fn get_range(&self, name: &str, offset: u64, len: u64) -> Result<Vec<u8>> {
        self.inner.get_range(name, offset, len)
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
}

/// Everything restore must reproduce about a tree: per relative path, the kind, content hash,
/// permission bits, mtime (ns) and symlink target, plus which paths share an inode.
pub fn describe_tree(root: &std::path::Path) -> Vec<String> {
    use std::os::unix::ffi::OsStrExt;
    use std::os::unix::fs::MetadataExt;
    let mut out = Vec::new();
    let mut inodes: std::collections::HashMap<u64, Vec<String>> = Default::default();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap() {
            let e = e.unwrap();
            let p = e.path();
            let rel = String::from_utf8_lossy(p.strip_prefix(root).unwrap().as_os_str().as_bytes())
                .to_string();
            let md = std::fs::symlink_metadata(&p).unwrap();
            let ft = md.file_type();
            let what = if ft.is_dir() {
                stack.push(p.clone());
                format!(
                    "dir mode={:o} mtime={}",
                    md.mode() & 0o7777,
                    md.mtime() * 1_000_000_000 + md.mtime_nsec()
                )
            } else if ft.is_symlink() {
                format!(
                    "link -> {} mtime={}",
                    std::fs::read_link(&p).unwrap().display(),
                    md.mtime() * 1_000_000_000 + md.mtime_nsec()
                )
            } else if ft.is_file() {
                if md.nlink() > 1 {
                    inodes.entry(md.ino()).or_default().push(rel.clone());
                }
                let data = std::fs::read(&p).unwrap();
                format!(
                    "file mode={:o} mtime={} len={} hash={}",
                    md.mode() & 0o7777,
                    md.mtime() * 1_000_000_000 + md.mtime_nsec(),
                    data.len(),
                    blake3::hash(&data).to_hex()
                )
            } else {
                format!("special mode={:o}", md.mode() & 0o7777)
            };
            out.push(format!("{rel}: {what}"));
        }
    }
    for (_, mut group) in inodes {
        group.sort();
        out.push(format!("hardlinked: {}", group.join(" = ")));
    }
    out.sort();
    out
}

/// Stores `root` as the root tree of a new snapshot of `paths` and saves it (for fixtures
/// that build trees by hand).
pub fn snapshot_of_paths(
    repo: &Repository,
    root: sealvault::tree::Tree,
    paths: &[&str],
) -> sealvault::Snapshot {
    let root = repo
        .store(sealvault::BlobKind::Tree, &root.encode())
        .unwrap()
        .id;
    repo.flush().unwrap();
    let mut s = sealvault::Snapshot {
        id: sealvault::ObjectId::from_bytes([0; 16]),
        time_ns: 0,
        host: "h".into(),
        username: "u".into(),
        paths: paths.iter().map(|p| p.as_bytes().to_vec()).collect(),
        tags: vec![],
        root,
        parent: None,
        previous: None,
        seen: vec![],
        summary: sealvault::BackupSummary::default(),
        issues: vec![],
        program: "test".into(),
    };
    repo.save_snapshot(&mut s).unwrap();
    s
}

/// [`snapshot_of_paths`] of the whole tree (`/`).
pub fn snapshot_of(repo: &Repository, root: sealvault::tree::Tree) -> sealvault::Snapshot {
    snapshot_of_paths(repo, root, &["/"])
}
