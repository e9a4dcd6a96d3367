//! Shared inputs for the sealvault benches: seeded, so every run measures the same bytes.

use sealvault::{Backend, ObjectInfo};

/// A backend that keeps only object names and sizes: measures the engine without the cost of
/// storing packs anywhere. Reads of pack contents fail.
#[derive(Default)]
pub struct DiscardBackend {
    sizes: std::sync::Mutex<std::collections::BTreeMap<String, u64>>,
}

impl Backend for DiscardBackend {
    fn put(&self, name: &str, data: &[u8]) -> sealvault::Result<()> {
        self.sizes
            .lock()
            .unwrap()
            .insert(name.to_string(), data.len() as u64);
        Ok(())
    }
    fn get(&self, name: &str) -> sealvault::Result<Vec<u8>> {
        Err(sealvault::Error::backend_not_found(name))
    }
    fn get_range(&self, name: &str, _offset: u64, _len: u64) -> sealvault::Result<Vec<u8>> {
        Err(sealvault::Error::backend_not_found(name))
    }
    fn list(&self, prefix: &str) -> sealvault::Result<Vec<ObjectInfo>> {
        let sizes = self.sizes.lock().unwrap();
        Ok(sizes
            .iter()
            .filter(|(k, _)| k.starts_with(prefix))
            .map(|(k, v)| ObjectInfo {
                name: k.clone(),
                size: *v,
            })
            .collect())
    }
    fn delete(&self, name: &str) -> sealvault::Result<()> {
        self.sizes.lock().unwrap().remove(name);
        Ok(())
    }
    fn exists(&self, name: &str) -> sealvault::Result<bool> {
        Ok(self.sizes.lock().unwrap().contains_key(name))
    }
}

/// Incompressible bytes (xorshift64), like media or encrypted files.
pub fn incompressible(len: usize, seed: u64) -> Vec<u8> {
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut out = Vec::with_capacity(len + 8);
    while out.len() < len {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        out.extend_from_slice(&x.to_le_bytes());
    }
    out.truncate(len);
    out
}

/// Text shaped like source code: indented lines of identifiers, keywords, numbers and
/// punctuation drawn from a fixed vocabulary by a PRNG (never repeating at chunk scale; zstd
/// level 3 shrinks it about 3 times).
pub fn compressible(len: usize, seed: u64) -> Vec<u8> {
    const KEYWORDS: &[&str] = &[
        "fn", "let", "mut", "if", "else", "return", "match", "for", "in", "while", "struct",
        "impl", "pub", "use", "self", "Some", "None", "Ok", "Err", "=>", "->", "==", "!=", "+=",
        "{", "}", "(", ")", ";", ",", ".", "&", "::", "<", ">", "//", "0", "1", "true", "false",
    ];
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let words: Vec<String> = (0..600)
        .map(|_| {
            let r = next();
            let n = 3 + (r % 8) as usize;
            (0..n)
                .map(|i| char::from(b'a' + ((r >> (8 + 5 * i)) % 26) as u8))
                .collect()
        })
        .collect();
    let mut out = Vec::with_capacity(len + 128);
    while out.len() < len {
        let r = next();
        let pick = (r >> 8) as usize;
        match r % 16 {
            0 => {
                out.push(b'\n');
                out.extend(std::iter::repeat_n(b' ', 4 * (pick % 4)));
            }
            1..=6 => out.extend_from_slice(KEYWORDS[pick % KEYWORDS.len()].as_bytes()),
            7 => out.extend_from_slice((pick % 10_000).to_string().as_bytes()),
            _ => out.extend_from_slice(words[pick % words.len()].as_bytes()),
        }
        out.push(b' ');
    }
    out.truncate(len);
    out
}

/// Peak resident set size of this process in bytes (Linux `VmHWM`), if known.
pub fn peak_rss_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inputs_are_deterministic_and_sized() {
        assert_eq!(incompressible(1001, 5), incompressible(1001, 5));
        assert_ne!(incompressible(64, 5), incompressible(64, 6));
        let c = compressible(100_000, 1);
        assert_eq!(c.len(), 100_000);
        assert_eq!(c, compressible(100_000, 1));
    }
}
