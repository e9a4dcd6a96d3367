//! Replays, without a fuzzer, every input in `corpus/regressions/<target>/` (minimised crashes
//! found by fuzzing, each with a note on its root cause in that folder's README.md) and every
//! seed in `fuzz/seeds/<target>/`, through the same entry points the fuzz targets call.

use std::path::Path;

use sealvault::fuzz_api::{TARGETS, seeds};

fn replay(dir: &Path) -> usize {
    let mut n = 0;
    for (name, target) in TARGETS {
        let Ok(entries) = std::fs::read_dir(dir.join(name)) else {
            continue;
        };
        for e in entries {
            let path = e.unwrap().path();
            if path.extension().is_some_and(|x| x == "md") {
                continue;
            }
            let data = std::fs::read(&path).unwrap();
            // A panic here names the input through the test's output.
            eprintln!("replaying {}", path.display());
            target(&data);
            n += 1;
        }
    }
    n
}

#[test]
fn regressions_replay_without_panicking() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    replay(&root.join("corpus/regressions"));
    let seeds_run = replay(&root.join("fuzz/seeds"));
    assert!(
        seeds_run >= TARGETS.len(),
        "fuzz/seeds is missing seeds ({seeds_run})"
    );
}

#[test]
fn seeds_are_fresh_and_pass_their_targets() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/seeds");
    for (name, data) in seeds() {
        let target = TARGETS
            .iter()
            .find(|(n, _)| *n == name)
            .expect("seed for a known target")
            .1;
        target(&data);
        if std::env::var_os("SEALVAULT_WRITE_SEEDS").is_some() {
            std::fs::create_dir_all(root.join(name)).unwrap();
            std::fs::write(root.join(name).join("valid"), &data).unwrap();
        }
    }
}
