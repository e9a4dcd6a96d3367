//! End-to-end tests through the `sealvault` binary for the traps of issue 9 (finding 12): each
//! test failed on the code before its fix.

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

mod common;

use common::*;

/// `-r sftp:user@host:/x init` made a local directory `sftp:user@host:` and said it had
/// created a repository.
#[test]
fn an_unsupported_backend_prefix_is_refused_not_made_a_directory() {
    let env = Env::bare();
    for location in ["sftp:user@host:/x", "b2:bucket/x", "rest:http://host/"] {
        for args in [&["init"][..], &["snapshots"][..]] {
            let out = env
                .cmd(args)
                .env("SEALVAULT_REPOSITORY", location)
                .output()
                .unwrap();
            let err = stderr(&out);
            assert_eq!(out.status.code(), Some(2), "{location} {args:?}: {err}");
            let scheme = location.split(':').next().unwrap();
            assert!(err.contains(&format!("{scheme}:")), "{err}");
            assert!(err.contains("local:PATH"), "names what is supported: {err}");
        }
    }
    assert_eq!(
        std::fs::read_dir(env.dir.path()).unwrap().count(),
        0,
        "nothing created"
    );

    // `local:` names a directory; a prefix after a `/` is part of a plain path.
    let local = env.path("by-prefix");
    let mut with_prefix = std::ffi::OsString::from("local:");
    with_prefix.push(&local);
    let out = env
        .cmd(&["init"])
        .env("SEALVAULT_REPOSITORY", &with_prefix)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(local.join("config").is_file());
    let out = env
        .cmd(&["-r", "./sftp:x", "init"])
        .args(CHEAP)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(env.path("sftp:x/config").is_file());
}

/// The binary, run as the unprivileged user 65534 when `root` (root may read and write
/// anything, which would hide what these tests look for).
fn as_nobody_if(root: bool) -> Command {
    if root {
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups"]);
        c.arg(env!("CARGO_BIN_EXE_sealvault"));
        c
    } else {
        Command::new(env!("CARGO_BIN_EXE_sealvault"))
    }
}

fn running_as_root() -> bool {
    let out = Command::new("id").arg("-u").output().unwrap();
    String::from_utf8_lossy(&out.stdout).trim() == "0"
}

/// `init` where it cannot write said which object failed (`keys/<id>: permission denied`),
/// not where.
#[test]
fn init_errors_name_the_path() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::bare();
    let file = env.path("a-file");
    std::fs::write(&file, b"").unwrap();
    let read_only = env.path("read-only");
    std::fs::create_dir(&read_only).unwrap();
    std::fs::set_permissions(&read_only, std::fs::Permissions::from_mode(0o555)).unwrap();
    // Root writes anywhere: run as nobody then, who can still reach the temporary directory.
    let root = running_as_root();
    if root {
        std::fs::set_permissions(env.dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    for (location, why) in [
        (file.clone(), "a file is there"),
        (file.join("repo"), "a file is a parent"),
        (read_only.clone(), "an empty directory it cannot write"),
        (read_only.join("repo"), "under a directory it cannot write"),
    ] {
        let out = as_nobody_if(root)
            .args(["init", "--kdf-memory-mib", "1", "--kdf-iterations", "1"])
            .current_dir(env.dir.path())
            .env("SEALVAULT_REPOSITORY", &location)
            .env("SEALVAULT_PASSWORD", "test password")
            .env("SEALVAULT_INSECURE_TEST_KDF", "1")
            .stdin(Stdio::null())
            .output()
            .unwrap();
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{why}: {err}");
        assert!(err.contains(location.to_str().unwrap()), "{why}: {err}");
    }
}

/// `key add` with no new password available said "use --password-file", which names the
/// password that opens the repository, not the new one; there was no file option for it.
#[test]
fn new_passwords_come_from_new_password_file_and_the_error_says_so() {
    let env = Env::new();
    for args in [&["key", "add"][..], &["key", "passwd"][..]] {
        let out = env.cmd(args).args(CHEAP).output().unwrap();
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{err}");
        assert!(
            err.contains("--new-password-file") && err.contains("SEALVAULT_NEW_PASSWORD"),
            "{args:?}: {err}"
        );
        assert!(!err.contains("--password-file"), "{args:?}: {err}");
    }

    let file = env.path("new-password");
    let opens = |password: &str| {
        let out = env
            .cmd(&["snapshots"])
            .env("SEALVAULT_PASSWORD", password)
            .output()
            .unwrap();
        out.status.success()
    };
    std::fs::write(&file, "second\nignored second line\n").unwrap();
    let out = env
        .cmd(&["key", "add", "--new-password-file"])
        .arg(&file)
        .args(CHEAP)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(opens("second") && opens("test password"));

    std::fs::write(&file, "third\n").unwrap();
    let out = env
        .cmd(&["key", "passwd", "--new-password-file"])
        .arg(&file)
        .args(CHEAP)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(opens("third") && !opens("test password"));

    // init takes it too, with no other password configured.
    std::fs::write(&file, "fourth\n").unwrap();
    let out = env
        .cmd(&["init"])
        .arg("--new-password-file")
        .arg(&file)
        .env("SEALVAULT_REPOSITORY", env.path("other"))
        .env_remove("SEALVAULT_PASSWORD")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let out = env
        .cmd(&["snapshots"])
        .env("SEALVAULT_REPOSITORY", env.path("other"))
        .env("SEALVAULT_PASSWORD", "fourth")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
}

/// `snapshots --path P` listed every snapshot: the filter was parsed and then ignored.
#[test]
fn snapshots_path_filter_keeps_snapshots_of_exactly_those_paths() {
    let env = Env::new();
    for d in ["a", "b"] {
        std::fs::create_dir(env.path(d)).unwrap();
        std::fs::write(env.path(d).join("f"), d).unwrap();
    }
    // Relative paths: the backup and the filter both resolve them against the working directory.
    for paths in [&["a"][..], &["b"][..], &["a", "b"][..]] {
        let out = env.cmd(&["backup"]).args(paths).output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let ids = |filter: &[&str]| -> Vec<Vec<String>> {
        let out = env
            .cmd(&["snapshots", "--json"])
            .args(filter)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        v.as_array()
            .unwrap()
            .iter()
            .map(|s| {
                s["paths"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|p| p.as_str().unwrap().rsplit('/').next().unwrap().to_string())
                    .collect()
            })
            .collect()
    };
    assert_eq!(ids(&[]).len(), 3);
    assert_eq!(ids(&["--path", "a"]), [["a"]]);
    assert_eq!(
        ids(&["--path", "b/../a/"]),
        [["a"]],
        "normalised like backup's"
    );
    assert_eq!(ids(&["--path", "b", "--path", "a"]), [["a", "b"]]);
    assert!(ids(&["--path", "c"]).is_empty());
    let a = env.path("a");
    assert_eq!(ids(&["--path", a.to_str().unwrap()]), [["a"]]);
}

/// Names in a snapshot are whatever bytes a file system allowed; printed raw, an escape
/// sequence in one reached the terminal (`ls` of a file called `\x1b]0;...`).
const ODD_NAMES: [(&[u8], &str); 7] = [
    (b"esc\x1b[31mred", r"esc\x1b[31mred"),
    (b"new\nline", r"new\nline"),
    (b"tab\there", r"tab\there"),
    (b"back\\slash", r"back\\slash"),
    (b"bad\xffbyte", r"bad\xffbyte"),
    ("rlo\u{202e}txt.exe".as_bytes(), r"rlo\u{202e}txt.exe"),
    ("caf\u{e9}".as_bytes(), "caf\u{e9}"),
];

fn name(bytes: &[u8]) -> &OsStr {
    OsStr::from_bytes(bytes)
}

/// Bytes a terminal acts on, other than the newline ending each line.
fn has_control(out: &[u8]) -> bool {
    let text = String::from_utf8_lossy(out);
    text.chars()
        .any(|c| (c.is_control() && c != '\n') || c == '\u{202e}')
}

#[test]
fn names_from_snapshots_are_escaped_for_people() {
    let env = Env::new();
    let src = env.path("src");
    std::fs::create_dir(&src).unwrap();
    for (raw, _) in ODD_NAMES {
        std::fs::write(src.join(name(raw)), b"x").unwrap();
    }
    std::os::unix::fs::symlink(name(b"to\x1b]0;title\x07"), src.join("link")).unwrap();
    let first = env.json(&["backup", s(&src)]);

    let ls = env.run(&["ls", "latest", s(&src)]);
    assert!(ls.status.success(), "{}", stderr(&ls));
    assert!(
        !has_control(&ls.stdout),
        "{:?}",
        String::from_utf8_lossy(&ls.stdout)
    );
    let text = String::from_utf8(ls.stdout).unwrap();
    assert_eq!(
        text.lines().count(),
        ODD_NAMES.len() + 2,
        "one line each:\n{text}"
    );
    for (_, shown) in ODD_NAMES {
        let line = format!("{}/{shown}", s(&src));
        assert!(text.lines().any(|l| l == line), "{line} in\n{text}");
    }

    let long = env.run(&["ls", "-l", "latest", s(&src)]);
    assert!(
        !has_control(&long.stdout),
        "{:?}",
        String::from_utf8_lossy(&long.stdout)
    );
    let text = String::from_utf8(long.stdout).unwrap();
    assert!(text.contains(r"link -> to\x1b]0;title\x07"), "{text}");

    // JSON: serde escapes control characters; a name that is not UTF-8 is given lossily in
    // "path" and exactly in "path_bytes" (it made `ls --json` panic).
    let json = env.run(&["ls", "--json", "latest", s(&src)]);
    assert!(json.status.success(), "{}", stderr(&json));
    assert!(!json.stdout.iter().any(|&b| b < 0x20 && b != b'\n'));
    let mut found = 0;
    for line in String::from_utf8(json.stdout).unwrap().lines() {
        let v: Value = serde_json::from_str(line).unwrap();
        let path = v["path"].as_str().unwrap();
        let bytes: Option<Vec<u8>> = v.get("path_bytes").map(|b| {
            b.as_array()
                .unwrap()
                .iter()
                .map(|n| n.as_u64().unwrap() as u8)
                .collect()
        });
        let exact = bytes.clone().unwrap_or(path.as_bytes().to_vec());
        if let Some((raw, _)) = ODD_NAMES.iter().find(|(raw, _)| exact.ends_with(raw)) {
            found += 1;
            assert_eq!(exact, [src.as_os_str().as_bytes(), b"/", raw].concat());
            assert_eq!(bytes.is_some(), std::str::from_utf8(raw).is_err(), "{v}");
        }
    }
    assert_eq!(found, ODD_NAMES.len());

    // diff, text and JSON.
    std::fs::write(src.join(name(b"later\x1b[2J")), b"y").unwrap();
    std::fs::write(src.join(name(b"later\xfe")), b"y").unwrap();
    let second = env.json(&["backup", s(&src)]);
    let (a, b) = (
        first["snapshot"].as_str().unwrap(),
        second["snapshot"].as_str().unwrap(),
    );
    let diff = env.run(&["diff", a, b]);
    assert!(diff.status.success(), "{}", stderr(&diff));
    assert!(
        !has_control(&diff.stdout),
        "{:?}",
        String::from_utf8_lossy(&diff.stdout)
    );
    let text = String::from_utf8(diff.stdout).unwrap();
    assert!(
        text.contains(r"later\x1b[2J") && text.contains(r"later\xfe"),
        "{text}"
    );
    let diff = env.json(&["diff", a, b]);
    assert_eq!(diff.as_array().unwrap().len(), 2, "{diff}");
}

/// `check` names the paths a damaged pack affects, on standard error.
#[test]
fn check_escapes_the_paths_it_names() {
    let env = Env::new();
    let src = env.path("src");
    std::fs::create_dir(&src).unwrap();
    // Incompressible, so that its pack is larger than the tree pack (format 2 pads every pack
    // to at least 256 KiB: a compressible file's pack would tie with it).
    let content = sealvault_corpus::incompressible(400_000, 7);
    std::fs::write(src.join(name(b"esc\x1b[31m\xff")), &content).unwrap();
    env.json(&["backup", s(&src)]);
    // Flip one byte in the middle of the largest pack (the file's data).
    let mut packs: Vec<PathBuf> = Vec::new();
    for d in std::fs::read_dir(env.repo().join("packs")).unwrap() {
        for f in std::fs::read_dir(d.unwrap().path()).unwrap() {
            packs.push(f.unwrap().path());
        }
    }
    packs.sort_by_key(|p| std::fs::metadata(p).unwrap().len());
    let victim = packs.last().unwrap();
    let mut bytes = std::fs::read(victim).unwrap();
    let mid = bytes.len() / 2;
    bytes[mid] ^= 0x40;
    std::fs::write(victim, &bytes).unwrap();

    let out = env.run(&["check", "--read-data"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        !has_control(&out.stderr),
        "{:?}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err = stderr(&out);
    assert!(err.contains(r"esc\x1b[31m\xff"), "{err}");
    let out = env.run(&["check", "--read-data", "--json"]);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let affects = &v["damage"][0]["affects"][0];
    let exact: Vec<u8> = affects["path_bytes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_u64().unwrap() as u8)
        .collect();
    assert!(exact.ends_with(b"/esc\x1b[31m\xff"), "{v}");
}

/// Backup warnings (an unreadable file) print the path escaped.
#[test]
fn backup_warnings_escape_the_path() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    let src = env.path("src");
    std::fs::create_dir(&src).unwrap();
    let secret = src.join(name(b"secret\x1b[8m"));
    std::fs::write(&secret, b"hidden").unwrap();
    std::fs::set_permissions(&secret, std::fs::Permissions::from_mode(0o000)).unwrap();
    // Root reads anything: run the backup as nobody then (the repository must be theirs).
    let root = running_as_root();
    let state = env.path("state-of-nobody");
    std::fs::create_dir(&state).unwrap();
    if root {
        std::fs::set_permissions(env.dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
        let chown = Command::new("chown")
            .args(["-R", "65534:65534"])
            .arg(env.repo())
            .arg(&src)
            .arg(&state)
            .status()
            .unwrap();
        assert!(chown.success());
    }
    let out = as_nobody_if(root)
        .arg("backup")
        .arg(&src)
        .env("SEALVAULT_REPOSITORY", env.repo())
        .env("SEALVAULT_PASSWORD", "test password")
        .env("SEALVAULT_STATE_DIR", &state)
        .env_remove("SEALVAULT_PASSWORD_FILE")
        .env_remove("SEALVAULT_PASSWORD_COMMAND")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(
        !has_control(&out.stderr),
        "{:?}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stderr(&out).contains(r"secret\x1b[8m"), "{}", stderr(&out));
}

/// Starts `args` with standard output and error piped, reads `keep` bytes of its output, closes
/// the pipe, and returns how it ended.
fn read_then_close(mut cmd: Command, keep: usize) -> Output {
    use std::io::Read;
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut head = vec![0u8; keep];
    child
        .stdout
        .as_mut()
        .unwrap()
        .read_exact(&mut head)
        .unwrap();
    drop(child.stdout.take());
    child.wait_with_output().unwrap()
}

/// `sealvault ls latest | head` printed "Broken pipe" (and a panic where println! was used):
/// a closed standard output now ends the command quietly, with success. The listings are
/// larger than a pipe's buffer, so the writes really do meet the closed pipe.
#[test]
fn a_closed_standard_output_ends_quietly() {
    let env = Env::new();
    let src = env.path("src");
    for d in 0..40 {
        let dir = src.join(format!("directory-{d:02}"));
        std::fs::create_dir_all(&dir).unwrap();
        for f in 0..100 {
            std::fs::write(
                dir.join(format!("a-file-with-a-long-enough-name-{f:03}")),
                b"",
            )
            .unwrap();
        }
    }
    let big: Vec<u8> = (0..2_000_000u32).map(|i| (i % 251) as u8).collect();
    std::fs::write(src.join("big"), &big).unwrap();
    std::fs::create_dir(env.path("empty")).unwrap();
    let empty = env.json(&["backup", s(&env.path("empty"))]);
    let full = env.json(&["backup", s(&src)]);
    let (empty, full) = (
        empty["snapshot"].as_str().unwrap(),
        full["snapshot"].as_str().unwrap(),
    );

    for args in [
        &["diff", empty, full][..],
        &["ls", "latest"][..],
        &["ls", "-l", "latest"][..],
        &["ls", "--json", "latest"][..],
        &["dump", "latest", &format!("{}/big", s(&src))][..],
    ] {
        let out = read_then_close(env.cmd(args), 10);
        assert_eq!(stderr(&out), "", "{args:?}");
        assert_eq!(out.status.code(), Some(0), "{args:?}");
    }
}

/// `YYYY-MM-DDTHH:MM:SS[.fraction]Z`, as RFC 3339 writes a UTC time.
fn is_rfc3339_utc(t: &str) -> bool {
    let b = t.as_bytes();
    if b.len() < 20 || !b.ends_with(b"Z") {
        return false;
    }
    let fraction = &b[19..b.len() - 1];
    let shape = b"dddd-dd-ddTdd:dd:dd";
    b.iter().zip(shape).all(|(c, s)| match s {
        b'd' => c.is_ascii_digit(),
        _ => c == s,
    }) && (fraction.is_empty()
        || (fraction.len() >= 2
            && fraction[0] == b'.'
            && fraction[1..].iter().all(u8::is_ascii_digit)))
}

/// JSON printed times as `2026-11-28 10:15:02` (snapshots, ls) or Unix seconds (key list):
/// every time in JSON is now RFC 3339 in UTC, with the nanoseconds the source has.
#[test]
fn json_times_are_rfc3339() {
    let env = Env::new();
    let src = env.path("src");
    std::fs::create_dir(&src).unwrap();
    let file = src.join("dated");
    std::fs::write(&file, b"x").unwrap();
    let mtime = std::time::UNIX_EPOCH + std::time::Duration::new(1_764_324_902, 123_456_789);
    std::fs::File::options()
        .write(true)
        .open(&file)
        .unwrap()
        .set_modified(mtime)
        .unwrap();
    env.json(&["backup", s(&src)]);

    let snaps = env.json(&["snapshots"]);
    let time = snaps[0]["time"].as_str().unwrap();
    assert!(is_rfc3339_utc(time), "{time}");

    let out = env.run(&["ls", "--json", "latest", s(&src)]);
    assert!(out.status.success(), "{}", stderr(&out));
    let entries: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    for e in &entries {
        assert!(is_rfc3339_utc(e["mtime"].as_str().unwrap()), "{e}");
    }
    let dated = entries.iter().find(|e| e["path"] == s(&file)).unwrap();
    assert_eq!(dated["mtime"], "2025-11-28T10:15:02.123456789Z");

    let keys = env.json(&["key", "list"]);
    let created = keys[0]["created"].as_str().unwrap_or_default();
    assert!(is_rfc3339_utc(created), "{keys}");
    assert!(
        created.ends_with(":00Z") || !created.contains('.'),
        "whole seconds: {created}"
    );
}

/// 2 MiB of incompressible bytes: a file chunked on its own, most of a pack.
fn big() -> Vec<u8> {
    sealvault_corpus::incompressible(2 << 20, 5)
}

/// A small tree backed up: `(env, source directory, snapshot id)`.
fn backed_up() -> (Env, PathBuf, String) {
    let env = Env::new();
    let src = env.path("src");
    std::fs::create_dir_all(src.join("sub")).unwrap();
    std::fs::write(src.join("a.txt"), b"alpha").unwrap();
    std::fs::write(src.join("sub/b.bin"), big()).unwrap();
    let v = env.json(&["backup", s(&src)]);
    let id = v["snapshot"].as_str().unwrap().to_string();
    (env, src, id)
}

fn objects(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| d.map(|e| e.unwrap().path()).collect())
        .unwrap_or_default();
    out.sort();
    out
}

/// Restore names what it could not restore and exits 1; the rest is restored.
#[test]
fn restore_of_damaged_data_exits_1_and_names_the_file() {
    let (env, src, id) = backed_up();
    // The middle of the largest pack is the big file's data (trees and small files are small).
    let mut packs: Vec<PathBuf> = objects(&env.repo().join("packs"))
        .into_iter()
        .flat_map(|d| objects(&d))
        .collect();
    packs.sort_by_key(|p| std::fs::metadata(p).unwrap().len());
    let data = packs.last().unwrap();
    let mut bytes = std::fs::read(data).unwrap();
    let mid = bytes.len() / 2;
    bytes[mid] ^= 1;
    std::fs::write(data, bytes).unwrap();
    let target = env.path("out");
    let out = env.run(&["restore", &id, "--target", s(&target)]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("not restored"), "{err}");
    assert!(err.contains("b.bin"), "{err}");
    let restored = target.join(src.strip_prefix("/").unwrap());
    assert!(
        !restored.join("sub/b.bin").exists(),
        "no complete-looking damaged file"
    );
    assert_eq!(std::fs::read(restored.join("a.txt")).unwrap(), b"alpha");
}

#[test]
fn restore_dry_run_lists_what_it_would_replace_and_overwrite_never_keeps_edits() {
    let (env, src, id) = backed_up();
    let target = env.path("out");
    env.json(&["restore", &id, "--target", s(&target)]);
    let edited = target.join(src.strip_prefix("/").unwrap()).join("a.txt");
    std::fs::write(&edited, b"my local edit").unwrap();
    let out = env.run(&["restore", &id, "--target", s(&target), "--dry-run"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("would be replaced") && text.contains("a.txt"),
        "{text}"
    );
    assert_eq!(
        std::fs::read(&edited).unwrap(),
        b"my local edit",
        "dry run wrote"
    );
    let v = env.json(&[
        "restore",
        &id,
        "--target",
        s(&target),
        "--overwrite",
        "never",
    ]);
    assert!(v["left"].as_u64().unwrap() >= 1, "{v}");
    assert_eq!(v["replaced"], 0, "{v}");
    assert_eq!(std::fs::read(&edited).unwrap(), b"my local edit");
    let v = env.json(&["restore", &id, "--target", s(&target)]);
    assert!(v["replaced"].as_u64().unwrap() >= 1, "{v}");
    assert_eq!(std::fs::read(&edited).unwrap(), b"alpha");
}

#[test]
fn the_key_slot_in_use_needs_force_and_help_says_removal_does_not_revoke() {
    let env = Env::new();
    let out = env
        .cmd(&["key", "add"])
        .env("SEALVAULT_NEW_PASSWORD", "second password")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let slots = env.json(&["key", "list"]);
    let current = slots
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["current"] == true)
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let out = env.run(&["key", "remove", &current]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("force"), "{}", stderr(&out));
    let out = env.run(&["key", "remove", &current, "--force"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let help = env.run(&["key", "remove", "--help"]);
    assert!(String::from_utf8_lossy(&help.stdout).contains("does not revoke"));
}

#[test]
fn repair_index_brings_back_a_repository_whose_index_is_gone() {
    let (env, src, id) = backed_up();
    for seg in objects(&env.repo().join("index")) {
        std::fs::remove_file(seg).unwrap();
    }
    let target = env.path("out");
    let out = env.run(&["restore", &id, "--target", s(&target)]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let v = env.json(&["repair", "index"]);
    assert!(v["blobs"].as_u64().unwrap() >= 3, "{v}");
    let restored = env.path("again");
    env.json(&["restore", &id, "--target", s(&restored)]);
    assert_eq!(
        std::fs::read(
            restored
                .join(src.strip_prefix("/").unwrap())
                .join("sub/b.bin")
        )
        .unwrap(),
        big()
    );
}

#[test]
fn a_damaged_snapshot_is_named_and_the_others_still_listed() {
    let (env, src, first) = backed_up();
    let second = env.json(&["backup", s(&src), "--force"])["snapshot"]
        .as_str()
        .unwrap()
        .to_string();
    let victim = env.repo().join("snapshots").join(&first);
    let mut bytes = std::fs::read(&victim).unwrap();
    let mid = bytes.len() / 2;
    bytes[mid] ^= 1;
    std::fs::write(&victim, bytes).unwrap();
    let out = env.run(&["snapshots"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains(&first), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains(&second[..8]));
    // The intact one restores by id and as `latest`.
    for spec in [&second[..], "latest"] {
        let out = env.run(&[
            "restore",
            spec,
            "--target",
            s(&env.path(&format!("t-{}", spec.len()))),
        ]);
        assert!(out.status.success(), "{spec}: {}", stderr(&out));
    }
}

#[test]
fn the_slot_used_is_remembered_in_the_state_directory_and_errors_say_their_cause_once() {
    let env = Env::new();
    env.json(&["snapshots"]);
    let repo_id = env.json(&["fingerprint"])["repository"]
        .as_str()
        .unwrap()
        .to_string();
    let slot = std::fs::read_to_string(env.path("state").join(repo_id).join("last-slot")).unwrap();
    let current = env
        .json(&["key", "list"])
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["current"] == true)
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(slot.trim(), current);
    let out = env.run(&["backup", s(&env.path("does-not-exist"))]);
    let err = stderr(&out);
    assert!(!err.contains("os error"), "{err}");
    assert_eq!(err.matches("no such file").count(), 1, "{err}");
}
