//! The sealvault sample corpus: a deterministic generator of realistic directory trees, and
//! of the "next version" of a tree, for tests, benches and the README's main job.
//!
//! ```no_run
//! use sealvault_corpus::{Options, generate, mutate};
//! let root = std::path::Path::new("/tmp/corpus");
//! let summary = generate(root, &Options { size: 64 << 20, seed: 1, exotic: false })?;
//! println!("{} files, {} bytes", summary.files, summary.bytes);
//! let changes = mutate(root, 2)?; // version 2: a day of edits, inserts, renames...
//! # Ok::<(), std::io::Error>(())
//! ```
//!
//! Same seed and size, same bytes, on every machine: nothing here reads the clock or the OS
//! random generator. `rng::xorshift_bytes` is frozen (golden vectors depend on it).

pub mod content;
mod mutate;
pub mod rng;
mod tree;

pub use mutate::{Changes, mutate};
pub use rng::{Rng, xorshift_bytes};
pub use tree::{Options, Summary, generate, list_files};

/// Incompressible bytes (like media or encrypted files), seeded.
pub fn incompressible(len: usize, seed: u64) -> Vec<u8> {
    let mut out = vec![0u8; len];
    Rng::new(seed).fill(&mut out);
    out
}

/// Source-code-like text (zstd 3 shrinks it about 3 times), seeded.
pub fn compressible(len: usize, seed: u64) -> Vec<u8> {
    let mut rng = Rng::new(seed);
    let idents = content::identifiers(&mut rng, 600);
    content::source(&mut rng, &idents, len)
}
