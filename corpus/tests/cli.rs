//! The `sealvault-corpus` binary's arguments: `generate --help` once wrote a 64 MiB corpus
//! into a directory called `--help`.

use std::path::Path;
use std::process::{Command, Output};

fn corpus(cwd: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sealvault-corpus"))
        .args(args)
        .current_dir(cwd)
        .output()
        .unwrap()
}

fn entries(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect()
}

#[test]
fn help_prints_usage_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        &["--help"][..],
        &["-h"][..],
        &["generate", "--help"][..],
        &["mutate", "--help"][..],
        &["help", "generate"][..],
    ] {
        let out = corpus(dir.path(), args);
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains("Usage:"), "{args:?}: {text}");
        assert!(entries(dir.path()).is_empty(), "{args:?} wrote files");
    }
    let out = corpus(dir.path(), &["generate", "--help"]);
    let text = String::from_utf8_lossy(&out.stdout);
    for option in ["--size", "--seed", "--exotic"] {
        assert!(text.contains(option), "{text}");
    }
}

#[test]
fn wrong_usage_exits_2_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        &["generate", "out", "--bogus"][..],
        &["generate", "out", "--size", "12parsecs"][..],
        &["generate", "out", "--seed"][..],
        &["generate"][..],
        &["mutate"][..],
        &["mutate", "out", "--size", "1MiB"][..],
        &["frobnicate", "out"][..],
        &[][..],
    ] {
        let out = corpus(dir.path(), args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(!out.stderr.is_empty(), "{args:?}");
        assert!(entries(dir.path()).is_empty(), "{args:?} wrote files");
    }
}

#[test]
fn generate_and_mutate_write_what_the_library_writes() {
    let dir = tempfile::tempdir().unwrap();
    let out = corpus(
        dir.path(),
        &[
            "generate", "cli", "--size", "256KiB", "--seed", "3", "--exotic",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let opts = sealvault_corpus::Options {
        size: 256 << 10,
        seed: 3,
        exotic: true,
    };
    sealvault_corpus::generate(&dir.path().join("lib"), &opts).unwrap();
    assert_eq!(
        listing(&dir.path().join("cli")),
        listing(&dir.path().join("lib"))
    );

    let out = corpus(dir.path(), &["mutate", "cli", "--seed", "2"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    sealvault_corpus::mutate(&dir.path().join("lib"), 2).unwrap();
    assert_eq!(
        listing(&dir.path().join("cli")),
        listing(&dir.path().join("lib"))
    );
}

/// Relative path and content hash (or link target) of every entry.
fn listing(root: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            let rel = p.strip_prefix(root).unwrap().to_string_lossy().into_owned();
            let md = std::fs::symlink_metadata(&p).unwrap();
            let what = if md.is_dir() {
                stack.push(p.clone());
                "dir".to_string()
            } else if md.is_symlink() {
                format!("-> {}", std::fs::read_link(&p).unwrap().display())
            } else {
                blake3::hash(&std::fs::read(&p).unwrap())
                    .to_hex()
                    .to_string()
            };
            out.push((rel, what));
        }
    }
    out.sort();
    out
}
