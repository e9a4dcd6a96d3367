//! File contents of realistic entropy, each kind shaped like what real trees hold.
//!
//! Rough zstd-3 ratios: source 3-4x, prose 2.5-3x, executables about 2x, databases 3x (their
//! free space is zero), media 1x (random bytes behind a real header).

use crate::rng::Rng;

const KEYWORDS: &[&str] = &[
    "fn", "let", "mut", "if", "else", "return", "match", "for", "in", "while", "struct", "impl",
    "pub", "use", "self", "Some", "None", "Ok", "Err", "=>", "->", "==", "!=", "+=", "{", "}", "(",
    ")", ";", ",", ".", "&", "::", "<", ">", "//", "0", "1", "true", "false", "const", "static",
    "void", "int", "char", "return", "#include", "def", "class", "import",
];

const WORDS: &[&str] = &[
    "the",
    "of",
    "and",
    "to",
    "a",
    "in",
    "is",
    "that",
    "for",
    "it",
    "as",
    "was",
    "with",
    "be",
    "by",
    "on",
    "not",
    "he",
    "this",
    "are",
    "or",
    "his",
    "from",
    "at",
    "which",
    "but",
    "have",
    "an",
    "had",
    "they",
    "you",
    "were",
    "their",
    "one",
    "all",
    "we",
    "can",
    "her",
    "has",
    "there",
    "been",
    "if",
    "more",
    "when",
    "will",
    "would",
    "who",
    "so",
    "no",
    "backup",
    "storage",
    "system",
    "data",
    "file",
    "report",
    "quarterly",
    "customer",
    "meeting",
    "project",
    "design",
    "network",
    "budget",
    "review",
    "summary",
    "analysis",
    "results",
];

/// A vocabulary of identifiers; each tree has its own, shared by all its source files.
pub fn identifiers(rng: &mut Rng, n: usize) -> Vec<String> {
    (0..n)
        .map(|_| {
            let parts = 1 + rng.below(3) as usize;
            let mut s = String::new();
            for p in 0..parts {
                if p > 0 {
                    s.push('_');
                }
                let len = 2 + rng.below(7) as usize;
                s.extend((0..len).map(|_| char::from(b'a' + rng.below(26) as u8)));
            }
            s
        })
        .collect()
}

/// Source code: indented lines of keywords, identifiers, numbers and punctuation.
pub fn source(rng: &mut Rng, idents: &[String], len: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(len + 64);
    let mut indent = 0usize;
    while out.len() < len {
        let r = rng.next_u64();
        let pick = (r >> 8) as usize;
        match r % 20 {
            0 | 1 => {
                out.push(b'\n');
                indent = (indent + pick % 3).saturating_sub(1).min(6);
                out.extend(std::iter::repeat_n(b' ', 4 * indent));
            }
            2..=7 => out.extend_from_slice(KEYWORDS[pick % KEYWORDS.len()].as_bytes()),
            8 => out.extend_from_slice((pick % 100_000).to_string().as_bytes()),
            9 => {
                out.extend_from_slice(b"\"");
                out.extend_from_slice(WORDS[pick % WORDS.len()].as_bytes());
                out.extend_from_slice(b"\"");
            }
            _ => out.extend_from_slice(idents[pick % idents.len()].as_bytes()),
        }
        out.push(b' ');
    }
    out.truncate(len);
    out
}

/// Documents: markdown-like prose with headings, lists and tables of numbers.
pub fn prose(rng: &mut Rng, len: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(len + 64);
    while out.len() < len {
        match rng.below(12) {
            0 => {
                out.extend_from_slice(b"\n## ");
                for _ in 0..rng.range(1, 5) {
                    out.extend_from_slice(WORDS[rng.below(WORDS.len() as u64) as usize].as_bytes());
                    out.push(b' ');
                }
                out.extend_from_slice(b"\n\n");
            }
            1 => {
                out.extend_from_slice(b"| ");
                for _ in 0..4 {
                    out.extend_from_slice(
                        format!("{:.2} | ", rng.below(1_000_000) as f64 / 100.0).as_bytes(),
                    );
                }
                out.push(b'\n');
            }
            _ => {
                for i in 0..rng.range(6, 20) {
                    let w = WORDS[rng.below(WORDS.len() as u64) as usize];
                    if i == 0 {
                        out.extend(
                            w.bytes()
                                .enumerate()
                                .map(|(j, b)| if j == 0 { b.to_ascii_uppercase() } else { b }),
                        );
                    } else {
                        out.extend_from_slice(w.as_bytes());
                    }
                    out.push(b' ');
                }
                out.pop();
                out.extend_from_slice(b". ");
            }
        }
    }
    out.truncate(len);
    out
}

/// Already-compressed media: a JPEG or PNG header, then random bytes.
pub fn media(rng: &mut Rng, len: usize) -> Vec<u8> {
    let mut out = vec![0u8; len];
    rng.fill(&mut out);
    let header: &[u8] = if rng.chance(50) {
        b"\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    } else {
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR"
    };
    let n = header.len().min(len);
    out[..n].copy_from_slice(&header[..n]);
    out
}

/// Executables and libraries: an ELF header, code from a skewed opcode alphabet, string
/// tables of identifiers, relocation tables of rising addresses, zero padding.
pub fn executable(rng: &mut Rng, idents: &[String], len: usize) -> Vec<u8> {
    const OPCODES: &[u8] = &[
        0x48, 0x89, 0x8b, 0xe8, 0xc3, 0x55, 0x5d, 0x41, 0x0f, 0x85, 0x84, 0x74, 0x75, 0xeb, 0x83,
        0xc4, 0xec, 0x31, 0xc0, 0xff, 0x90, 0x66, 0x44, 0x4c, 0x8d, 0x05, 0x15, 0x24, 0x00, 0x01,
    ];
    let mut out = Vec::with_capacity(len + 64);
    out.extend_from_slice(
        b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00\x3e\x00",
    );
    while out.len() < len {
        match rng.below(10) {
            0..=5 => {
                for _ in 0..rng.range(64, 2048) {
                    let r = rng.next_u64();
                    // Skewed: a few opcodes dominate, as in real code.
                    let i = ((r % 31) * (r >> 8) % 31) as usize % OPCODES.len();
                    out.push(OPCODES[i]);
                    if r >> 60 == 0 {
                        out.extend_from_slice(&((r >> 16) as u32).to_le_bytes());
                    }
                }
            }
            6 | 7 => {
                for _ in 0..rng.range(8, 64) {
                    out.extend_from_slice(
                        idents[rng.below(idents.len() as u64) as usize].as_bytes(),
                    );
                    out.push(0);
                }
            }
            8 => {
                let mut addr = rng.below(1 << 32);
                for _ in 0..rng.range(16, 256) {
                    addr += rng.range(8, 64);
                    out.extend_from_slice(&addr.to_le_bytes());
                    out.extend_from_slice(&rng.below(40).to_le_bytes());
                }
            }
            _ => out.extend(std::iter::repeat_n(0u8, rng.range(16, 4096) as usize)),
        }
    }
    out.truncate(len);
    out
}

/// Size of a database page.
pub const PAGE: usize = 4096;

/// One database page: a header, records growing from the front, zeroed free space.
pub fn database_page(rng: &mut Rng, number: u64) -> Vec<u8> {
    let mut page = vec![0u8; PAGE];
    page[..8].copy_from_slice(&number.to_le_bytes());
    page[8..12].copy_from_slice(b"PAGE");
    let mut at = 16;
    let fill = rng.range(PAGE as u64 / 4, PAGE as u64 - 64) as usize;
    while at + 48 < fill {
        let id = rng.below(10_000_000);
        let rec = format!(
            "{id:08}|{}|{}|{:.2};",
            WORDS[rng.below(WORDS.len() as u64) as usize],
            rng.below(100_000),
            rng.below(1_000_000) as f64 / 100.0
        );
        let n = rec.len().min(PAGE - at);
        page[at..at + n].copy_from_slice(&rec.as_bytes()[..n]);
        at += n;
    }
    page
}

/// Tiny configuration-like files (10 to 500 bytes).
pub fn tiny(rng: &mut Rng, idents: &[String]) -> Vec<u8> {
    let mut out = Vec::new();
    let target = rng.range(10, 500) as usize;
    while out.len() < target {
        let k = &idents[rng.below(idents.len() as u64) as usize];
        out.extend_from_slice(format!("{k} = {}\n", rng.below(10_000)).as_bytes());
    }
    out.truncate(target);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_the_requested_length_and_is_deterministic() {
        let ids = identifiers(&mut Rng::new(1), 100);
        for len in [0usize, 1, 1000, 70_000] {
            let make = |seed| {
                let mut r = Rng::new(seed);
                [
                    source(&mut r, &ids, len),
                    prose(&mut r, len),
                    media(&mut r, len),
                    executable(&mut r, &ids, len),
                ]
            };
            let a = make(5);
            for v in &a {
                assert_eq!(v.len(), len);
            }
            assert_eq!(a, make(5));
        }
        assert_eq!(database_page(&mut Rng::new(2), 7).len(), PAGE);
    }
}
