//! Writes sample corpora: `sealvault-corpus generate DIR [--size 64MiB] [--seed 1] [--exotic]`
//! and `sealvault-corpus mutate DIR --seed N` (the tree's next version).

use std::io;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use sealvault_corpus::{Options, generate, mutate};

/// Deterministic sample trees for sealvault's tests and benches.
#[derive(Parser, Debug)]
#[command(name = "sealvault-corpus")]
struct Cli {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Subcommand, Debug)]
enum Cmd {
    /// Write a corpus into DIR (created if missing).
    Generate {
        /// Where to write it.
        dir: PathBuf,
        /// Approximate bytes of file contents: a number, or with a unit (KiB, MiB, GiB; K, M, G).
        #[arg(long, default_value = "64MiB", value_parser = parse_size)]
        size: u64,
        /// Seed: the same seed and size give the same tree.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Add the awkward cases a backup tool must survive: names that are not UTF-8, 255
        /// bytes long or hold a newline, dangling symlinks, a hard link, empty directories.
        #[arg(long)]
        exotic: bool,
    },
    /// Apply one day of changes to a generated corpus in DIR, deterministically.
    Mutate {
        /// A tree written by `generate` (and perhaps mutated before).
        dir: PathBuf,
        /// Seed (use the version number for a series of versions).
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
}

fn parse_size(s: &str) -> Result<u64, String> {
    let s = s.trim();
    let (num, unit) = s.split_at(s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len()));
    let mult: u64 = match unit.to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kib" | "kb" => 1 << 10,
        "m" | "mib" | "mb" => 1 << 20,
        "g" | "gib" | "gb" => 1 << 30,
        _ => return Err(format!("unknown unit {unit:?} (e.g. 64MiB)")),
    };
    num.parse::<u64>()
        .ok()
        .and_then(|n| n.checked_mul(mult))
        .ok_or_else(|| format!("not a size: {s:?} (e.g. 64MiB)"))
}

impl Cmd {
    fn dir(&self) -> &Path {
        match self {
            Cmd::Generate { dir, .. } | Cmd::Mutate { dir, .. } => dir,
        }
    }
}

fn run(command: &Cmd) -> io::Result<()> {
    match *command {
        Cmd::Generate {
            ref dir,
            size,
            seed,
            exotic,
        } => {
            let s = generate(dir, &Options { size, seed, exotic })?;
            println!(
                "{}: {} files, {} directories, {} symlinks, {} bytes",
                dir.display(),
                s.files,
                s.dirs,
                s.symlinks,
                s.bytes
            );
        }
        Cmd::Mutate { ref dir, seed } => {
            let c = mutate(dir, seed)?;
            println!("{}: {c:?}", dir.display());
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    let command = Cli::parse().command;
    match run(&command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("sealvault-corpus: {}: {e}", command.dir().display());
            ExitCode::FAILURE
        }
    }
}
