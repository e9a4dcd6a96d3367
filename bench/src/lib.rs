//! Shared inputs for the sealvault benches: seeded, so every run measures the same bytes.

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
/// punctuation drawn from a fixed vocabulary (zstd level 3 shrinks it about 3 to 4 times).
pub fn compressible(len: usize, seed: u64) -> Vec<u8> {
    const KEYWORDS: &[&str] = &[
        "fn", "let", "mut", "if", "else", "return", "match", "for", "in", "while", "struct",
        "impl", "pub", "use", "self", "Some", "None", "Ok", "Err", "=>", "->", "==", "!=", "+=",
        "{", "}", "(", ")", ";", ",", ".", "&", "::", "<", ">", "//", "0", "1", "true", "false",
    ];
    let noise = incompressible(len / 4 + 64, seed);
    let mut words: Vec<String> = Vec::new();
    for w in noise.chunks(6).take(600) {
        let n = 3 + usize::from(w[0] % 8);
        words.push(
            (0..n)
                .map(|i| char::from(b'a' + w[(i % 5) + 1] % 26))
                .collect(),
        );
    }
    let mut out = Vec::with_capacity(len + 128);
    let mut i = 0;
    while out.len() < len {
        let r =
            usize::from(noise[i % noise.len()]) | usize::from(noise[(i + 1) % noise.len()]) << 8;
        i += 2;
        match r % 16 {
            0 => {
                out.push(b'\n');
                out.extend(std::iter::repeat_n(b' ', 4 * (r / 16 % 4)));
            }
            1..=6 => out.extend_from_slice(KEYWORDS[r / 16 % KEYWORDS.len()].as_bytes()),
            7 => out.extend_from_slice((r / 16).to_string().as_bytes()),
            _ => out.extend_from_slice(words[r / 16 % words.len()].as_bytes()),
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
