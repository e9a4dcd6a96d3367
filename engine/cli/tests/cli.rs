//! End-to-end tests through the `sealvault` binary.

use std::path::PathBuf;
use std::process::{Command, Stdio};

use serde_json::Value;

mod common;

use common::*;

#[test]
fn backup_restore_round_trip_of_an_awkward_tree() {
    let env = Env::new();
    let src = env.path("src");
    let opts = sealvault_corpus::Options {
        size: 3 << 20,
        seed: 11,
        exotic: true,
    };
    sealvault_corpus::generate(&src, &opts).unwrap();
    // Sparse file: a hole in the middle must stay a hole.
    let sparse = src.join("sparse.bin");
    let f = std::fs::File::create(&sparse).unwrap();
    f.set_len(64 << 20).unwrap();
    std::os::unix::fs::FileExt::write_all_at(&f, b"end", (64 << 20) - 3).unwrap();
    drop(f);

    let b = env.json(&["backup", s(&src)]);
    assert_eq!(b["issues"].as_array().unwrap().len(), 0, "{b}");
    let target = env.path("out");
    let r = env.json(&["restore", "latest", "--target", s(&target)]);
    assert!(r["files"].as_u64().unwrap() > 100);
    let restored = target.join(src.strip_prefix("/").unwrap());
    assert_eq!(tree_of(&restored), tree_of(&src));
    use std::os::unix::fs::MetadataExt;
    let blocks = std::fs::metadata(restored.join("sparse.bin"))
        .unwrap()
        .blocks();
    assert!(blocks < 1024, "sparse file restored with {blocks} blocks");

    // One file to stdout, and a listing.
    let out = env.run(&["dump", "latest", s(&src.join("db/app.db"))]);
    assert!(out.status.success());
    assert!(out.stdout == std::fs::read(src.join("db/app.db")).unwrap());
    let ls = env.run(&["ls", "latest", s(&src.join("odd"))]);
    assert!(String::from_utf8_lossy(&ls.stdout).contains("dangling"));
    let check = env.run(&["check", "--read-data"]);
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
}

#[test]
fn incremental_backups_skip_unchanged_files_and_diff_shows_changes() {
    let env = Env::new();
    let src = env.path("src");
    sealvault_corpus::generate(
        &src,
        &sealvault_corpus::Options {
            size: 2 << 20,
            seed: 4,
            exotic: false,
        },
    )
    .unwrap();
    let first = env.json(&["backup", s(&src)]);
    let again = env.json(&["backup", s(&src)]);
    assert_eq!(again["bytes_read"], 0, "{again}");
    assert_eq!(again["parent"], first["snapshot"]);
    sealvault_corpus::mutate(&src, 2).unwrap();
    let third = env.json(&["backup", s(&src)]);
    let read = third["bytes_read"].as_u64().unwrap();
    assert!(
        read > 0 && read < first["bytes_read"].as_u64().unwrap() / 2,
        "{third}"
    );
    let diff = env.json(&[
        "diff",
        first["snapshot"].as_str().unwrap(),
        third["snapshot"].as_str().unwrap(),
    ]);
    assert!(!diff.as_array().unwrap().is_empty());
    let snaps = env.json(&["snapshots"]);
    assert_eq!(snaps.as_array().unwrap().len(), 3);
}

#[test]
fn people_errors_are_one_line_with_documented_codes() {
    let env = Env::new();
    let out = env
        .cmd(&["snapshots"])
        .env("SEALVAULT_PASSWORD", "nope")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(12));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("wrong password"), "{err}");

    let out = env
        .cmd(&["snapshots"])
        .env("SEALVAULT_REPOSITORY", env.path("missing"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(10));
    assert_eq!(String::from_utf8_lossy(&out.stderr).lines().count(), 1);

    let out = env.run(&["backup", s(&env.path("does-not-exist"))]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("does-not-exist") && err.contains("no such file"),
        "{err}"
    );
    assert!(!err.contains("panicked"));

    let mut config = std::fs::read(env.repo().join("config")).unwrap();
    config[8] = 7;
    std::fs::write(env.repo().join("config"), &config).unwrap();
    let out = env.run(&["snapshots"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("version 7"));

    let out = env.run(&["restore", "latest"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "missing --target is a usage error"
    );
}

#[test]
fn unreadable_files_make_a_partial_backup() {
    let env = Env::new();
    let src = env.path("src");
    std::fs::create_dir(&src).unwrap();
    std::fs::write(src.join("ok.txt"), b"fine").unwrap();
    std::fs::write(src.join("secret.txt"), b"hidden").unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(
        src.join("secret.txt"),
        std::fs::Permissions::from_mode(0o000),
    )
    .unwrap();
    // Root reads anything: run the backup as nobody then (the repository must be theirs).
    let root = running_as_root();
    if root {
        std::fs::set_permissions(env.dir.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
        Command::new("chown")
            .args(["-R", "65534:65534", s(&env.repo()), s(&src)])
            .status()
            .unwrap();
    }
    let mut cmd = if root {
        let mut c = Command::new("setpriv");
        c.args([
            "--reuid=65534",
            "--regid=65534",
            "--clear-groups",
            env!("CARGO_BIN_EXE_sealvault"),
        ]);
        c
    } else {
        Command::new(env!("CARGO_BIN_EXE_sealvault"))
    };
    let out = cmd
        .args(["backup", s(&src), "--json"])
        .env("SEALVAULT_REPOSITORY", env.repo())
        .env("SEALVAULT_PASSWORD", "test password")
        .env("SEALVAULT_STATE_DIR", env.path("state-of-nobody"))
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let issues = v["issues"].as_array().unwrap();
    assert_eq!(issues.len(), 1, "{v}");
    assert!(issues[0]["path"].as_str().unwrap().ends_with("secret.txt"));
    assert_eq!(issues[0]["skipped"], true);
}

fn running_as_root() -> bool {
    String::from_utf8_lossy(&Command::new("id").arg("-u").output().unwrap().stdout).trim() == "0"
}

#[test]
fn stdin_backup_and_dump() {
    let env = Env::new();
    let data: Vec<u8> = (0..3_000_000u32).map(|i| (i % 251) as u8).collect();
    let mut child = env
        .cmd(&["backup", "--stdin", "--stdin-name", "dump.sql", "--json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(child.stdin.as_mut().unwrap(), &data).unwrap();
    drop(child.stdin.take());
    assert!(child.wait_with_output().unwrap().status.success());
    let out = env.run(&["dump", "latest", "/dump.sql"]);
    assert!(out.stdout == data);
}

#[test]
fn keys_recovery_key_and_fingerprint() {
    let env = Env::new();
    let fp = env.run(&["fingerprint"]).stdout;
    let out = env
        .cmd(&[
            "key",
            "add",
            "--kdf-memory-mib",
            "1",
            "--kdf-iterations",
            "1",
        ])
        .env("SEALVAULT_NEW_PASSWORD", "second")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        env.cmd(&["snapshots"])
            .env("SEALVAULT_PASSWORD", "second")
            .output()
            .unwrap()
            .status
            .success()
    );
    let rk = env.json(&["recovery-key"]);
    let key = rk["recovery_key"].as_str().unwrap().to_string();
    let out = env
        .cmd(&["fingerprint", "--recovery-key"])
        .env("SEALVAULT_RECOVERY_KEY", &key)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(out.stdout, fp, "same repository key, same fingerprint");
    let list = env.json(&["key", "list"]);
    assert_eq!(list.as_array().unwrap().len(), 3);
    let out = env
        .cmd(&[
            "key",
            "passwd",
            "--kdf-memory-mib",
            "1",
            "--kdf-iterations",
            "1",
        ])
        .env("SEALVAULT_NEW_PASSWORD", "third")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(
        env.run(&["snapshots"]).status.code(),
        Some(12),
        "the old password is gone"
    );
}

#[test]
fn recovery_contacts_open_with_any_k_shares_and_fewer_fail_with_one_line() {
    let env = Env::new();
    let fp = env.run(&["fingerprint"]).stdout;
    let made = env.json(&["recovery-shares", "--threshold", "2", "--shares", "3"]);
    let shares: Vec<String> = made["shares"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["share"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(shares.len(), 3);
    let with_shares = |given: &str| {
        env.cmd(&["fingerprint", "--recovery-shares"])
            .env_remove("SEALVAULT_PASSWORD")
            .env("SEALVAULT_RECOVERY_SHARES", given)
            .output()
            .unwrap()
    };
    let out = with_shares(&format!("{}\n{}\n", shares[2], shares[0]));
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(out.stdout, fp, "the shares open the same repository");
    let out = with_shares(&format!("{},{}", shares[1], shares[2]));
    assert!(out.status.success(), "{}", stderr(&out));

    let out = with_shares(&shares[1]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("1 recovery share(s) of split") && err.contains("it needs 2"),
        "{err}"
    );

    let list = env.json(&["key", "list"]);
    let slot = list
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["kind"] == "recovery-shares")
        .unwrap();
    assert_eq!(slot["shares"]["threshold"], 2);
    assert_eq!(slot["shares"]["shares"], 3);
    assert_eq!(slot["shares"]["split"], made["split"]);

    let out = env.run(&["recovery-shares", "--threshold", "4", "--shares", "3"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("at most the number of shares"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn check_names_damaged_packs_and_the_files_they_hold() {
    let env = Env::new();
    let src = env.path("src");
    sealvault_corpus::generate(
        &src,
        &sealvault_corpus::Options {
            size: 2 << 20,
            seed: 6,
            exotic: false,
        },
    )
    .unwrap();
    env.json(&["backup", s(&src)]);
    // Flip one byte in the middle of the largest pack.
    let mut packs: Vec<PathBuf> = Vec::new();
    for d in std::fs::read_dir(env.repo().join("packs")).unwrap() {
        for f in std::fs::read_dir(d.unwrap().path()).unwrap() {
            packs.push(f.unwrap().path());
        }
    }
    packs.sort_by_key(|p| std::fs::metadata(p).unwrap().len());
    let victim = packs.last().unwrap().clone();
    let mut bytes = std::fs::read(&victim).unwrap();
    let mid = bytes.len() / 3;
    bytes[mid] ^= 0x40;
    std::fs::write(&victim, &bytes).unwrap();

    assert!(
        env.run(&["check"]).status.success(),
        "the structure is intact"
    );
    let out = env.run(&["check", "--read-data", "--json"]);
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let damage = v["damage"].as_array().unwrap();
    assert_eq!(damage.len(), 1);
    let name = victim.file_name().unwrap().to_str().unwrap();
    assert!(damage[0]["object"].as_str().unwrap().contains(name));
    assert!(!damage[0]["affects"].as_array().unwrap().is_empty(), "{v}");

    std::fs::remove_file(&victim).unwrap();
    let out = env.run(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing from storage"));
}

/// A backup killed at any moment leaves a repository that `check` accepts, and the next
/// backup completes.
#[test]
fn a_killed_backup_leaves_a_consistent_repository() {
    let env = Env::new();
    let src = env.path("src");
    sealvault_corpus::generate(
        &src,
        &sealvault_corpus::Options {
            size: 48 << 20,
            seed: 8,
            exotic: false,
        },
    )
    .unwrap();
    for delay_ms in [20u64, 60, 120, 250, 400] {
        let mut child = env
            .cmd(&["backup", s(&src), "--quiet", "--force"])
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        let check = env.run(&["check", "--read-data"]);
        assert!(
            check.status.success(),
            "after a kill at {delay_ms} ms: {}",
            String::from_utf8_lossy(&check.stderr)
        );
    }
    let b = env.json(&["backup", s(&src)]);
    let target = env.path("out");
    env.json(&[
        "restore",
        b["snapshot"].as_str().unwrap(),
        "--target",
        s(&target),
    ]);
    assert_eq!(
        tree_of(&target.join(src.strip_prefix("/").unwrap())),
        tree_of(&src)
    );
}
