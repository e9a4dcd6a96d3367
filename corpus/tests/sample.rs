//! The bundled sample in `corpus/sample/` is exactly what the generator writes for
//! `--size 4MiB --seed 1`: it cannot drift from the code that documents its provenance.

use std::fs;
use std::path::{Path, PathBuf};

fn entries(root: &Path) -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for e in fs::read_dir(&dir).unwrap() {
            let e = e.unwrap();
            let rel = e.path().strip_prefix(root).unwrap().to_path_buf();
            let ty = e.file_type().unwrap();
            if ty.is_dir() {
                stack.push(e.path());
                out.push((rel, "dir".into()));
            } else if ty.is_symlink() {
                out.push((
                    rel,
                    format!("-> {}", fs::read_link(e.path()).unwrap().display()),
                ));
            } else {
                out.push((
                    rel,
                    blake3::hash(&fs::read(e.path()).unwrap())
                        .to_hex()
                        .to_string(),
                ));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn bundled_sample_matches_the_generator() {
    let bundled = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample");
    let fresh = tempfile::tempdir().unwrap();
    let opts = sealvault_corpus::Options {
        size: 4 << 20,
        seed: 1,
        exotic: false,
    };
    sealvault_corpus::generate(fresh.path(), &opts).unwrap();
    let (a, b) = (entries(&bundled), entries(fresh.path()));
    assert_eq!(
        a.len(),
        b.len(),
        "entry count differs: regenerate corpus/sample (corpus/README.md)"
    );
    for (x, y) in a.iter().zip(&b) {
        assert_eq!(
            x, y,
            "corpus/sample differs from the generator: see corpus/README.md"
        );
    }
}

#[test]
fn generation_is_deterministic_and_mutation_changes_what_it_says() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let opts = sealvault_corpus::Options {
        size: 2 << 20,
        seed: 9,
        exotic: true,
    };
    let sa = sealvault_corpus::generate(a.path(), &opts).unwrap();
    let sb = sealvault_corpus::generate(b.path(), &opts).unwrap();
    assert_eq!(sa, sb);
    assert_eq!(entries(a.path()), entries(b.path()));
    assert!(
        sa.bytes * 10 >= 8 * (2 << 20) && sa.bytes < 3 << 20,
        "{sa:?}"
    );
    let before = entries(a.path());
    let ch = sealvault_corpus::mutate(a.path(), 2).unwrap();
    assert_eq!(ch, sealvault_corpus::mutate(b.path(), 2).unwrap());
    assert_eq!(
        entries(a.path()),
        entries(b.path()),
        "mutation is deterministic"
    );
    assert!(
        ch.spliced >= 1 && ch.created >= 1 && ch.touched == 1 && ch.pages >= 1,
        "{ch:?}"
    );
    assert_ne!(before, entries(a.path()));
}
