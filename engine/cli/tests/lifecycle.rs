//! `forget` and `prune` through the binary: policies, the grace period, interrupted backups.

use std::time::{Duration, SystemTime};

mod common;

use common::*;

/// Makes every object under `prefix` of the local repository look `age` old to the store
/// (the local backend's clock is the files' modification time).
fn age_objects(env: &Env, prefix: &str, age: Duration) {
    let when = SystemTime::now() - age;
    let root = env.repo().join(prefix);
    let Ok(entries) = walk(&root) else { return };
    for path in entries {
        let f = std::fs::File::open(&path).unwrap();
        f.set_modified(when).unwrap();
    }
}

fn walk(dir: &std::path::Path) -> std::io::Result<Vec<std::path::PathBuf>> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir)? {
        let p = e?.path();
        if p.is_dir() {
            out.extend(walk(&p)?);
        } else {
            out.push(p);
        }
    }
    Ok(out)
}

const NOW: [&str; 4] = ["--keep-delete", "0s", "--lease-settle", "0s"];

fn prune(env: &Env) -> serde_json::Value {
    let mut args = vec!["prune"];
    args.extend(NOW);
    env.json(&args)
}

#[test]
fn forget_by_policy_then_prune_frees_the_space_and_keeps_the_rest_restorable() {
    let env = Env::new();
    let src = env.path("src");
    std::fs::create_dir(&src).unwrap();
    for round in 0..3u64 {
        std::fs::write(
            src.join("data"),
            sealvault_corpus::incompressible(2 << 20, round),
        )
        .unwrap();
        env.json(&["backup", s(&src)]);
    }
    let du = |env: &Env| {
        walk(&env.repo())
            .unwrap()
            .iter()
            .map(|p| p.metadata().unwrap().len())
            .sum::<u64>()
    };
    let before = du(&env);
    // No rule: refused with one line.
    let out = env.run(&["forget"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(stderr(&out).trim().lines().count(), 1, "{}", stderr(&out));
    let dry = env.json(&["forget", "--keep-last", "1", "--dry-run"]);
    assert_eq!(dry["removed"].as_array().unwrap().len(), 2, "{dry}");
    assert_eq!(env.json(&["snapshots"]).as_array().unwrap().len(), 3);
    let forgot = env.json(&["forget", "--keep-last", "1"]);
    assert_eq!(forgot["removed"].as_array().unwrap().len(), 2, "{forgot}");
    let kept = &forgot["groups"][0]["keep"][0];
    assert_eq!(kept["reasons"][0], "last snapshot", "{forgot}");
    assert_eq!(env.json(&["snapshots"]).as_array().unwrap().len(), 1);
    // The first prune marks, the next one deletes.
    let first = prune(&env);
    assert!(first["marked_packs"].as_u64().unwrap() >= 2, "{first}");
    assert_eq!(first["deleted_packs"], 0);
    let second = prune(&env);
    assert!(second["deleted_packs"].as_u64().unwrap() >= 2, "{second}");
    assert!(du(&env) < before - (3 << 20), "{} -> {}", before, du(&env));
    let target = env.path("out");
    env.json(&["restore", "latest", "--target", s(&target)]);
    assert_eq!(
        std::fs::read(target.join(src.strip_prefix("/").unwrap()).join("data")).unwrap(),
        sealvault_corpus::incompressible(2 << 20, 2)
    );
    let check = env.json(&["check", "--read-data"]);
    assert_eq!(check["damage"].as_array().unwrap().len(), 0, "{check}");
    assert_eq!(check["unreferenced_packs"], 0, "{check}");
    // Text output says what happened.
    let out = env.run(&["prune", "--lease-settle", "0s"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("1 snapshots use"));
}

/// What a killed backup left (packs no index lists, its session) is removed by prune once
/// the session has expired by the store's clock.
#[test]
fn prune_removes_what_a_killed_backup_left() {
    let env = Env::new();
    let src = env.path("src");
    sealvault_corpus::generate(
        &src,
        &sealvault_corpus::Options {
            size: 24 << 20,
            seed: 8,
            exotic: false,
        },
    )
    .unwrap();
    // Kill the backup once it has stored a pack.
    let mut child = env.cmd(&["backup", s(&src), "--quiet"]).spawn().unwrap();
    let packs = env.repo().join("packs");
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    while walk(&packs).map_or(0, |p| p.len()) < 2 && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(5));
    }
    let _ = child.kill();
    let _ = child.wait();
    let check = env.json(&["check"]);
    let left = check["unreferenced_packs"].as_u64().unwrap();
    if left == 0 {
        // The backup finished before it was killed: nothing to clean up, nothing to test.
        eprintln!("the backup finished before it was killed");
        return;
    }
    let first = prune(&env);
    assert_eq!(
        first["unreferenced_packs"].as_u64().unwrap(),
        left,
        "{first}"
    );
    // The killed backup's session looks alive for an hour: nothing is deleted yet.
    let blocked = prune(&env);
    assert_eq!(blocked["deleted_packs"], 0, "{blocked}");
    assert!(
        blocked["waiting"][0]["reason"]
            .as_str()
            .unwrap()
            .contains("still running"),
        "{blocked}"
    );
    age_objects(&env, "sessions", Duration::from_secs(2 * 3600));
    let swept = prune(&env);
    assert_eq!(swept["deleted_packs"].as_u64().unwrap(), left, "{swept}");
    assert!(swept["expired_objects"].as_u64().unwrap() >= 1, "{swept}");
    let check = env.json(&["check", "--read-data"]);
    assert_eq!(check["unreferenced_packs"], 0, "{check}");
    assert_eq!(check["damage"].as_array().unwrap().len(), 0, "{check}");
    assert!(walk(&env.repo().join("sessions")).map_or(true, |s| s.is_empty()));
}

/// The provider withholds the newest two of three snapshots: `restore latest` must not
/// quietly restore the first version.
#[test]
fn a_rolled_back_repository_is_named_and_stops_restore_snapshots_and_check() {
    let env = Env::new();
    let src = env.path("src");
    std::fs::create_dir(&src).unwrap();
    let mut ids = Vec::new();
    for v in ["one", "two", "three"] {
        std::fs::write(src.join("f"), v).unwrap();
        ids.push(
            env.json(&["backup", s(&src)])["snapshot"]
                .as_str()
                .unwrap()
                .to_string(),
        );
    }
    let hidden = env.path("hidden");
    std::fs::create_dir(&hidden).unwrap();
    for id in &ids[1..] {
        let name = env.repo().join("snapshots").join(id);
        std::fs::rename(&name, hidden.join(id)).unwrap();
    }
    let target = env.path("out");
    for args in [
        vec!["restore", "latest", "--target", s(&target)],
        vec!["snapshots"],
        vec!["check"],
    ] {
        let out = env.run(&args);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {}", stderr(&out));
        let err = stderr(&out);
        for id in &ids[1..] {
            assert!(err.contains(id.as_str()), "{args:?} names {id}: {err}");
        }
    }
    assert!(!target.exists(), "nothing restored");
    // Accepted explicitly, it goes on (and this machine remembers the state it accepted).
    let out = env.run(&[
        "--accept-missing-snapshots",
        "restore",
        "latest",
        "--target",
        s(&target),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(env.run(&["snapshots"]).status.success());
    // A forgotten snapshot is no alarm.
    std::fs::write(src.join("f"), "four").unwrap();
    let four = env.json(&["backup", s(&src)])["snapshot"]
        .as_str()
        .unwrap()
        .to_string();
    env.json(&["forget", &four]);
    let out = env.run(&["snapshots"]);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn backups_forgets_and_prunes_at_once_as_processes() {
    concurrent_backups_forgets_and_prunes(&Env::new());
}
