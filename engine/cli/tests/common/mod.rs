//! Helpers shared by the end-to-end tests of the `sealvault` binary.
#![allow(dead_code)]

use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// Cheap Argon2 costs for `init` (allowed by `SEALVAULT_INSECURE_TEST_KDF`).
pub const CHEAP: [&str; 4] = ["--kdf-memory-mib", "1", "--kdf-iterations", "1"];

/// A temporary directory the test owns, and a repository location (by default `repo/` in it).
pub struct Env {
    pub dir: tempfile::TempDir,
    location: Option<OsString>,
}

impl Env {
    /// A temporary directory, no repository yet.
    pub fn bare() -> Env {
        Env {
            dir: tempfile::tempdir().unwrap(),
            location: None,
        }
    }

    /// A temporary directory with a repository in `repo/` (cheap Argon2 costs).
    pub fn new() -> Env {
        Env::init(Env::bare())
    }

    /// A repository at `location` (an `s3:` one, say), with a temporary directory beside it.
    pub fn at(location: impl Into<OsString>) -> Env {
        Env::init(Env {
            location: Some(location.into()),
            ..Env::bare()
        })
    }

    fn init(env: Env) -> Env {
        let out = env.run(&["init"]);
        assert!(out.status.success(), "{}", stderr(&out));
        env
    }

    /// The local repository's directory.
    pub fn repo(&self) -> PathBuf {
        self.dir.path().join("repo")
    }

    /// What `SEALVAULT_REPOSITORY` is set to.
    pub fn location(&self) -> OsString {
        self.location
            .clone()
            .unwrap_or_else(|| self.repo().into_os_string())
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    /// The binary with the repository and password in the environment, run in the temporary
    /// directory (so that anything created by mistake lands there); `init` with cheap Argon2
    /// costs unless the test gives its own.
    pub fn cmd<S: AsRef<OsStr>>(&self, args: &[S]) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_sealvault"));
        c.args(args);
        let costs_given = args.iter().any(|a| a.as_ref() == "--kdf-memory-mib");
        if args.first().is_some_and(|a| a.as_ref() == "init") && !costs_given {
            c.args(CHEAP);
        }
        c.current_dir(self.dir.path())
            .env("SEALVAULT_REPOSITORY", self.location())
            .env("SEALVAULT_PASSWORD", "test password")
            .env("SEALVAULT_INSECURE_TEST_KDF", "1")
            .env("SEALVAULT_STATE_DIR", self.dir.path().join("state"))
            // The default cache (used for s3: repositories only) inside the test's folder.
            .env("XDG_CACHE_HOME", self.dir.path().join("cache"))
            .env_remove("SEALVAULT_CACHE_DIR")
            .env_remove("SEALVAULT_PASSWORD_FILE")
            .env_remove("SEALVAULT_PASSWORD_COMMAND")
            .env_remove("SEALVAULT_NEW_PASSWORD")
            .stdin(Stdio::null());
        c
    }

    pub fn run<S: AsRef<OsStr>>(&self, args: &[S]) -> Output {
        self.cmd(args).output().unwrap()
    }

    /// Runs a command that must succeed with `--json` and returns its parsed output.
    pub fn json(&self, args: &[&str]) -> Value {
        let out = self.cmd(args).arg("--json").output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("{args:?}: {e}: {}", String::from_utf8_lossy(&out.stdout)))
    }
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

pub fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Kind, mode, mtime, size, content hash or link target of every entry, by relative path.
pub fn tree_of(root: &Path) -> Vec<String> {
    use std::os::unix::fs::MetadataExt;
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            let md = std::fs::symlink_metadata(&p).unwrap();
            let rel = p.strip_prefix(root).unwrap().to_string_lossy().to_string();
            let what = if md.is_dir() {
                stack.push(p.clone());
                "dir".to_string()
            } else if md.file_type().is_symlink() {
                format!("-> {}", std::fs::read_link(&p).unwrap().display())
            } else {
                blake3::hash(&std::fs::read(&p).unwrap())
                    .to_hex()
                    .to_string()
            };
            out.push(format!(
                "{rel} {:o} {} {} {what}",
                md.mode(),
                md.mtime(),
                if md.is_dir() { 0 } else { md.size() }
            ));
        }
    }
    out.sort();
    out
}

/// Backups, forgets and prunes as real processes at once on one repository: three writers
/// back up their own folders three times each while another process forgets all but the
/// newest snapshot of each host and prunes with no grace period. Every snapshot that survives
/// restores exactly what was backed up; at the end `check --read-data` is clean and a last
/// prune leaves nothing unreferenced.
pub fn concurrent_backups_forgets_and_prunes(env: &Env) {
    let writers = 3;
    for w in 0..writers {
        let src = env.path(&format!("src{w}"));
        std::fs::create_dir_all(&src).unwrap();
        std::fs::write(
            src.join("base"),
            sealvault_corpus::incompressible(1 << 20, 100 + w),
        )
        .unwrap();
    }
    let done = std::sync::atomic::AtomicBool::new(false);
    let backed_up = std::sync::Mutex::new(Vec::new());
    let pruned = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..writers)
            .map(|w| {
                let backed_up = &backed_up;
                scope.spawn(move || {
                    let src = env.path(&format!("src{w}"));
                    for round in 0..3u64 {
                        let data = sealvault_corpus::incompressible(300 << 10, w * 10 + round);
                        std::fs::write(src.join(format!("round{round}")), data).unwrap();
                        let host = format!("w{w}");
                        let b = env.json(&["backup", s(&src), "--host", &host]);
                        let id = b["snapshot"].as_str().unwrap().to_string();
                        backed_up
                            .lock()
                            .unwrap()
                            .push((id, src.clone(), tree_of(&src)));
                    }
                })
            })
            .collect();
        scope.spawn(|| {
            while !done.load(std::sync::atomic::Ordering::SeqCst) {
                let forget = env.run(&["forget", "--keep-last", "1", "--group-by", "host"]);
                assert!(forget.status.success(), "forget: {}", stderr(&forget));
                let prune = env.run(&["prune", "--keep-delete", "0s", "--lease-settle", "1s"]);
                assert!(prune.status.success(), "prune: {}", stderr(&prune));
                pruned.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            }
        });
        for h in handles {
            h.join().unwrap();
        }
        done.store(true, std::sync::atomic::Ordering::SeqCst);
    });
    assert!(pruned.load(std::sync::atomic::Ordering::SeqCst) >= 1);
    let present: Vec<String> = env
        .json(&["snapshots"])
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_string())
        .collect();
    let backed_up = backed_up.into_inner().unwrap();
    let mut restored = 0;
    for (i, (id, src, tree)) in backed_up.iter().enumerate() {
        if !present.contains(id) {
            continue;
        }
        let target = env.path(&format!("restored{i}"));
        env.json(&["restore", id, "--target", s(&target)]);
        let copy = target.join(src.strip_prefix("/").unwrap());
        assert_eq!(&tree_of(&copy), tree, "snapshot {id}");
        restored += 1;
    }
    assert!(
        restored >= writers as usize,
        "{restored} restored of {present:?}"
    );
    // Everyone has finished: prune until nothing is left to do.
    for _ in 0..2 {
        env.json(&["prune", "--keep-delete", "0s", "--lease-settle", "0s"]);
    }
    let check = env.json(&["check", "--read-data"]);
    assert_eq!(check["damage"].as_array().unwrap().len(), 0, "{check}");
    assert_eq!(check["unreferenced_packs"], 0, "{check}");
}
