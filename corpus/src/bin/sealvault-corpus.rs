//! Writes sample corpora: `sealvault-corpus generate DIR [--size 64MiB] [--seed 1] [--exotic]`
//! and `sealvault-corpus mutate DIR --seed N` (the tree's next version).

use std::path::PathBuf;
use std::process::ExitCode;

use sealvault_corpus::{Options, generate, mutate};

fn parse_size(s: &str) -> Option<u64> {
    let s = s.trim();
    let (num, mult) = match s.find(|c: char| !c.is_ascii_digit()) {
        Some(i) => (&s[..i], &s[i..]),
        None => (s, ""),
    };
    let mult = match mult.to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kib" | "kb" => 1 << 10,
        "m" | "mib" | "mb" => 1 << 20,
        "g" | "gib" | "gb" => 1 << 30,
        _ => return None,
    };
    num.parse::<u64>().ok().map(|n| n * mult)
}

fn run(args: &[String]) -> Result<(), String> {
    let usage = "usage: sealvault-corpus generate DIR [--size 64MiB] [--seed N] [--exotic]\n       sealvault-corpus mutate DIR --seed N";
    let (cmd, dir) = match args {
        [cmd, dir, ..] => (cmd.as_str(), PathBuf::from(dir)),
        _ => return Err(usage.into()),
    };
    let mut opts = Options {
        size: 64 << 20,
        seed: 1,
        exotic: false,
    };
    let mut rest = args[2..].iter();
    while let Some(flag) = rest.next() {
        let mut value = || rest.next().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--size" => opts.size = parse_size(value()?).ok_or("bad --size (e.g. 64MiB)")?,
            "--seed" => opts.seed = value()?.parse().map_err(|_| "bad --seed")?,
            "--exotic" => opts.exotic = true,
            other => return Err(format!("unknown option {other}\n{usage}")),
        }
    }
    match cmd {
        "generate" => {
            let s = generate(&dir, &opts).map_err(|e| format!("{}: {e}", dir.display()))?;
            println!(
                "{}: {} files, {} directories, {} symlinks, {} bytes",
                dir.display(),
                s.files,
                s.dirs,
                s.symlinks,
                s.bytes
            );
        }
        "mutate" => {
            let c = mutate(&dir, opts.seed).map_err(|e| format!("{}: {e}", dir.display()))?;
            println!("{}: {c:?}", dir.display());
        }
        _ => return Err(usage.into()),
    }
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("sealvault-corpus: {e}");
            ExitCode::FAILURE
        }
    }
}
