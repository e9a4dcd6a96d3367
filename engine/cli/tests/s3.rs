//! The `sealvault` binary against an S3 store (Garage on loopback, from `.ci/garage.sh`): the
//! whole command set end to end, and eight clients backing up into one bucket at once.
//!
//! Skipped with a printed reason without `SEALVAULT_TEST_S3_ENDPOINT`, unless
//! `SEALVAULT_TEST_S3_REQUIRED` is set (as in `.ci/run`), when a skip is a failure.

mod common;

use std::path::Path;
use std::process::{Child, Command, Stdio};

use common::*;

/// An `s3:` location under a prefix of the test's own, or `None` (reason printed).
fn s3_location(test: &str) -> Option<String> {
    match std::env::var("SEALVAULT_TEST_S3_ENDPOINT") {
        Ok(endpoint) if !endpoint.is_empty() => {
            let bucket = std::env::var("SEALVAULT_TEST_S3_BUCKET")
                .unwrap_or_else(|_| "sealvault-test".into());
            let nanos = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos();
            let id = std::process::id();
            Some(format!("s3:{endpoint}/{bucket}/cli/{test}-{id}-{nanos}"))
        }
        _ if std::env::var_os("SEALVAULT_TEST_S3_REQUIRED").is_some() => {
            panic!(
                "{test}: SEALVAULT_TEST_S3_REQUIRED is set but SEALVAULT_TEST_S3_ENDPOINT is not"
            )
        }
        _ => {
            eprintln!("skipped {test}: no S3 store (see .ci/garage.sh)");
            None
        }
    }
}

fn corpus(dir: &Path, size: u64, seed: u64) {
    sealvault_corpus::generate(
        dir,
        &sealvault_corpus::Options {
            size,
            seed,
            exotic: true,
        },
    )
    .unwrap();
}

fn succeeds(env: &Env, args: &[&str]) -> String {
    let out = env.run(args);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    String::from_utf8(out.stdout).unwrap()
}

/// Restores snapshot `id` and compares the copy of `src` with `src`.
fn assert_restores(env: &Env, id: &str, src: &Path, target: &str) {
    let target = env.path(target);
    succeeds(env, &["restore", id, "--target", s(&target)]);
    let copy = target.join(src.strip_prefix("/").unwrap());
    assert_eq!(tree_of(&copy), tree_of(src), "snapshot {id}");
}

#[test]
fn every_command_works_on_s3() {
    let Some(location) = s3_location("every-command") else {
        return;
    };
    let env = Env::at(&location);
    let src = env.path("src");
    corpus(&src, 6 << 20, 21);
    let backup = env.json(&["backup", s(&src)]);
    let id = backup["snapshot"].as_str().unwrap().to_string();
    let snaps = env.json(&["snapshots"]);
    assert_eq!(snaps.as_array().unwrap().len(), 1, "{snaps}");
    let listing = succeeds(&env, &["ls", "latest"]);
    assert!(listing.lines().count() > 50, "{listing}");
    assert_restores(&env, &id, &src, "restored");
    succeeds(&env, &["check", "--read-data"]);
    let stats = env.json(&["stats"]);
    assert!(stats["stored_bytes"].as_u64().unwrap() > 1 << 20, "{stats}");

    // Keys: a second password opens the repository; removed, it no longer does.
    std::fs::write(env.path("new-password"), "second password\n").unwrap();
    let password_file = env.path("new-password");
    let mut add = vec!["key", "add", "--new-password-file", s(&password_file)];
    add.extend(CHEAP);
    let added = env.json(&add);
    let new_key = added["slot"].as_str().unwrap().to_string();
    assert_eq!(env.json(&["key", "list"]).as_array().unwrap().len(), 2);
    let with_second = |args: &[&str]| {
        env.cmd(args)
            .env("SEALVAULT_PASSWORD", "second password")
            .output()
            .unwrap()
    };
    assert!(with_second(&["snapshots"]).status.success());
    succeeds(&env, &["key", "remove", &new_key]);
    let refused = with_second(&["snapshots"]);
    assert_eq!(refused.status.code(), Some(12), "{}", stderr(&refused));

    // A location that holds no repository is named, with the documented exit code.
    let empty = format!("{location}-none");
    let out = env
        .cmd(&["snapshots"])
        .env("SEALVAULT_REPOSITORY", &empty)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(10), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("no sealvault repository"),
        "{}",
        stderr(&out)
    );
}

/// A backup process of `env`'s repository over `paths`.
fn spawn_backup(env: &Env, paths: &[&Path]) -> Child {
    let mut c: Command = env.cmd(&["backup", "--json"]);
    c.args(paths).stdout(Stdio::piped()).stderr(Stdio::piped());
    c.spawn().unwrap()
}

#[test]
fn eight_clients_back_up_into_one_bucket_at_once() {
    let Some(location) = s3_location("eight-clients") else {
        return;
    };
    let env = Env::at(&location);
    // What every client has (an OS image, say), and what only it has.
    let shared = env.path("shared");
    corpus(&shared, 8 << 20, 30);
    let mut sources = Vec::new();
    for i in 0..8u64 {
        let own = env.path(&format!("client{i}"));
        corpus(&own, 2 << 20, 40 + i);
        sources.push(own);
    }
    let children: Vec<Child> = sources
        .iter()
        .map(|own| spawn_backup(&env, &[&shared, own]))
        .collect();
    let mut ids = Vec::new();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        ids.push(v["snapshot"].as_str().unwrap().to_string());
    }
    assert_eq!(env.json(&["snapshots"]).as_array().unwrap().len(), 8);
    for (i, (id, own)) in ids.iter().zip(&sources).enumerate() {
        assert_restores(&env, id, own, &format!("restored{i}"));
        assert_restores(&env, id, &shared, &format!("restored{i}"));
    }
    succeeds(&env, &["check", "--read-data"]);

    // What the overlap cost: clients that opened the repository at the same time cannot see
    // each other's new chunks, so the shared tree may be stored up to eight times. The same
    // backups one after another, into a repository of their own, are the ideal.
    let solo = Env::at(format!("{location}-solo"));
    succeeds(&solo, &["backup", s(&shared)]);
    let shared_stored = solo.json(&["stats"])["stored_bytes"].as_u64().unwrap();
    for own in &sources {
        succeeds(&solo, &["backup", s(&shared), s(own)]);
    }
    let ideal = solo.json(&["stats"])["stored_bytes"].as_u64().unwrap();
    let stored = env.json(&["stats"])["stored_bytes"].as_u64().unwrap();
    let missed = stored.saturating_sub(ideal);
    eprintln!(
        "eight clients at once: {stored} bytes stored, {ideal} one after another; the \
         {missed} bytes missed are {:.2} copies of the shared tree ({shared_stored} bytes)",
        missed as f64 / shared_stored as f64
    );
    assert!(stored + stored / 20 >= ideal, "{stored} vs {ideal}");
    assert!(
        missed <= 8 * shared_stored + shared_stored / 10,
        "{missed} vs {shared_stored}"
    );
}

/// Without credentials, one line saying which are missing (not the signing library's error).
#[test]
fn no_credentials_is_one_clear_line() {
    let env = Env::bare();
    let out = env
        .cmd(&["snapshots"])
        .env("SEALVAULT_REPOSITORY", "s3:http://127.0.0.1:9/bucket")
        .env("HOME", env.path("home"))
        .env_remove("AWS_ACCESS_KEY_ID")
        .env_remove("AWS_SECRET_ACCESS_KEY")
        .env_remove("AWS_PROFILE")
        .env_remove("AWS_SHARED_CREDENTIALS_FILE")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let text = stderr(&out);
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(text.contains("AWS_ACCESS_KEY_ID"), "{text}");
}

#[test]
fn backups_forgets_and_prunes_at_once_as_processes_on_s3() {
    let Some(location) = s3_location("lifecycle") else {
        return;
    };
    concurrent_backups_forgets_and_prunes(&Env::at(location));
}
