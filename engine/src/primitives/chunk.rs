//! Content-defined chunking: FastCDC 2020 with normalized chunking and *keyed* gear tables.
//!
//! The `fastcdc` crate supplies the cut-point scan ([`fastcdc::v2020::cut_gear`]); this module
//! supplies the tables. Its own seeded constructor only XORs a 64-bit seed into the public
//! tables, and the high seed bits shift out of the rolling hash, so it is no key. Here the full
//! 256-entry table is the BLAKE3 XOF of the chunker key, so cut points depend on all 256 key
//! bits. What keyed CDC still leaks is in `SECURITY.md`.
//!
//! One scan, two front ends: [`Chunker::chunks`] borrows chunks from a slice (a memory-mapped
//! file: no copy per chunk) and [`StreamChunker`] reads any [`Read`]. Both call the same
//! [`Chunker::next_cut`] on windows holding at least `max` bytes or the rest of the input, so
//! they cut the same bytes at the same places (property-tested below).

use std::fmt;
use std::io::{self, Read};

use fastcdc::v2020::{self, Normalization};
use zeroize::Zeroize;

use crate::error::{Error, Result};

/// Validated chunk-size parameters. Stored in the repository config: they decide cut points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChunkerConfig {
    min: u32,
    avg: u32,
    max: u32,
    normalization: u8,
}

impl ChunkerConfig {
    /// 512 KiB / 1 MiB / 8 MiB, normalization level 1 (see `FORMAT.md`, "Chunking", for the
    /// measurement behind it).
    pub const DEFAULT: ChunkerConfig = ChunkerConfig {
        min: 512 * 1024,
        avg: 1024 * 1024,
        max: 8 * 1024 * 1024,
        normalization: 1,
    };

    /// Custom sizes. All must be even, `min < avg < max`, within FastCDC's bounds
    /// (min 64 B..1 MiB, avg 256 B..4 MiB, max 1 KiB..16 MiB), and `normalization` 0 to 3.
    pub fn new(min: u32, avg: u32, max: u32, normalization: u8) -> Result<ChunkerConfig> {
        let c = ChunkerConfig {
            min,
            avg,
            max,
            normalization,
        };
        c.validate()
            .map_err(|why| Error::invalid_input(format!("chunker sizes: {why}")))?;
        Ok(c)
    }

    pub(crate) fn validate(&self) -> std::result::Result<(), &'static str> {
        let (min, avg, max) = (self.min as usize, self.avg as usize, self.max as usize);
        if min % 2 != 0 || avg % 2 != 0 || max % 2 != 0 {
            return Err("min, avg and max must be even");
        }
        if !(min < avg && avg < max) {
            return Err("need min < avg < max");
        }
        if !(v2020::MINIMUM_MIN..=v2020::MINIMUM_MAX).contains(&min)
            || !(v2020::AVERAGE_MIN..=v2020::AVERAGE_MAX).contains(&avg)
            || !(v2020::MAXIMUM_MIN..=v2020::MAXIMUM_MAX).contains(&max)
        {
            return Err(
                "outside FastCDC's bounds (min 64 B-1 MiB, avg 256 B-4 MiB, max 1 KiB-16 MiB)",
            );
        }
        if self.normalization > 3 {
            return Err("normalization level must be 0 to 3");
        }
        Ok(())
    }

    /// Minimum chunk size in bytes (the last chunk of an input may be shorter).
    pub fn min(&self) -> u32 {
        self.min
    }
    /// Target average chunk size in bytes.
    pub fn avg(&self) -> u32 {
        self.avg
    }
    /// Maximum chunk size in bytes.
    pub fn max(&self) -> u32 {
        self.max
    }
    /// FastCDC normalization level.
    pub fn normalization(&self) -> u8 {
        self.normalization
    }
}

/// The 256-entry table the chunker's rolling hash looks each byte up in. Derived from a
/// secret key ([`crate::ChunkerKey::gear_table`]), it is a secret too: zeroized on drop, never
/// printed.
pub struct GearTable(Box<[u64; 256]>);

impl GearTable {
    /// A table from its 256 entries.
    pub fn new(entries: Box<[u64; 256]>) -> GearTable {
        GearTable(entries)
    }

    /// A copy of the entries (for tests of their derivation and fuzz seeds).
    #[cfg(any(test, feature = "fuzz-api"))]
    pub(crate) fn entries(&self) -> [u64; 256] {
        *self.0
    }
}

impl Drop for GearTable {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl fmt::Debug for GearTable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("GearTable(<redacted>)")
    }
}

/// A keyed content-defined chunker. Cheap to share across threads (`&Chunker` is `Sync`).
pub struct Chunker {
    min: usize,
    avg: usize,
    max: usize,
    mask_s: u64,
    mask_l: u64,
    gear: GearTable,
    /// The table shifted left by one, as FastCDC 2020's rolling scan wants it.
    gear_ls: GearTable,
}

impl fmt::Debug for Chunker {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Chunker({}/{}/{}, <keyed>)",
            self.min, self.avg, self.max
        )
    }
}

impl Chunker {
    /// A chunker with the given sizes and gear table.
    pub fn new(config: &ChunkerConfig, gear: GearTable) -> Chunker {
        let level = match config.normalization {
            0 => Normalization::Level0,
            1 => Normalization::Level1,
            2 => Normalization::Level2,
            _ => Normalization::Level3,
        };
        let (mask_s, mask_l) = v2020::select_masks(config.avg as usize, level);
        let mut gear_ls = GearTable(Box::new([0u64; 256]));
        for (ls, g) in gear_ls.0.iter_mut().zip(gear.0.iter()) {
            *ls = g << 1;
        }
        Chunker {
            min: config.min as usize,
            avg: config.avg as usize,
            max: config.max as usize,
            mask_s,
            mask_l,
            gear,
            gear_ls,
        }
    }

    /// The largest chunk this chunker produces.
    pub fn max_size(&self) -> usize {
        self.max
    }

    /// Length of the chunk that starts at `data[0]`, looking at no more than `max` bytes:
    /// between 1 and `min(data.len(), max)`, or 0 for empty input. `data` must hold at least
    /// `max` bytes unless it is the rest of the input.
    pub fn next_cut(&self, data: &[u8]) -> usize {
        let (_hash, len) = v2020::cut_gear(
            data,
            self.min,
            self.avg,
            self.max,
            self.mask_s,
            self.mask_l,
            self.mask_s << 1,
            self.mask_l << 1,
            &self.gear.0[..],
            &self.gear_ls.0[..],
        );
        len
    }

    /// The chunks of `data`, borrowed from it.
    pub fn chunks<'a>(&'a self, data: &'a [u8]) -> Chunks<'a> {
        Chunks {
            chunker: self,
            rest: data,
        }
    }

    /// A chunker over a reader, with a buffer of `2 * max` bytes.
    pub fn stream<R: Read>(&self, reader: R) -> StreamChunker<'_, R> {
        StreamChunker {
            chunker: self,
            reader,
            buf: vec![0u8; 2 * self.max],
            start: 0,
            end: 0,
            eof: false,
        }
    }
}

/// Iterator over the chunks of a slice; see [`Chunker::chunks`].
pub struct Chunks<'a> {
    chunker: &'a Chunker,
    rest: &'a [u8],
}

impl<'a> Iterator for Chunks<'a> {
    type Item = &'a [u8];

    fn next(&mut self) -> Option<&'a [u8]> {
        if self.rest.is_empty() {
            return None;
        }
        let n = self.chunker.next_cut(self.rest);
        let (chunk, rest) = self.rest.split_at(n);
        self.rest = rest;
        Some(chunk)
    }
}

/// Chunks a [`Read`] stream with a bounded buffer; see [`Chunker::stream`].
pub struct StreamChunker<'c, R> {
    chunker: &'c Chunker,
    reader: R,
    buf: Vec<u8>,
    start: usize,
    end: usize,
    eof: bool,
}

impl<R: Read> StreamChunker<'_, R> {
    /// The next chunk, borrowed until the next call; `None` at the end of the stream.
    pub fn next_chunk(&mut self) -> io::Result<Option<&[u8]>> {
        if self.end - self.start < self.chunker.max && !self.eof {
            self.refill()?;
        }
        if self.start == self.end {
            return Ok(None);
        }
        let n = self.chunker.next_cut(&self.buf[self.start..self.end]);
        let chunk = &self.buf[self.start..self.start + n];
        self.start += n;
        Ok(Some(chunk))
    }

    /// Moves the unread tail to the front and reads until the buffer is full or the stream
    /// ends. With a `2 * max` buffer this moves at most one byte per byte consumed.
    fn refill(&mut self) -> io::Result<()> {
        self.buf.copy_within(self.start..self.end, 0);
        self.end -= self.start;
        self.start = 0;
        while self.end < self.buf.len() {
            match self.reader.read(&mut self.buf[self.end..]) {
                Ok(0) => {
                    self.eof = true;
                    break;
                }
                Ok(n) => self.end += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }

    /// Gives back the reader.
    pub fn into_inner(self) -> R {
        self.reader
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn small_config() -> ChunkerConfig {
        ChunkerConfig::new(256, 1024, 4096, 1).unwrap()
    }

    fn key(b: u8) -> crate::primitives::keys::ChunkerKey {
        crate::primitives::keys::ChunkerKey::from_bytes(&mut [b; 32])
    }

    /// A reader that returns at most `step` bytes per call, to exercise refills.
    struct Trickle<'a>(&'a [u8], usize);
    impl Read for Trickle<'_> {
        fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
            let n = self.1.min(out.len()).min(self.0.len());
            out[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }

    fn stream_lengths(c: &Chunker, data: &[u8], step: usize) -> Vec<usize> {
        let mut s = c.stream(Trickle(data, step));
        let mut out = Vec::new();
        while let Some(chunk) = s.next_chunk().unwrap() {
            out.push(chunk.len());
        }
        out
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn slice_and_stream_cut_identically(
            len in 0usize..60_000, seed in any::<u64>(), step in 1usize..10_000, k in any::<u8>(),
        ) {
            let data = sealvault_corpus::incompressible(len, seed);
            let c = Chunker::new(&small_config(), key(k).gear_table());
            let slice: Vec<usize> = c.chunks(&data).map(<[u8]>::len).collect();
            prop_assert_eq!(slice.iter().sum::<usize>(), len);
            prop_assert_eq!(&stream_lengths(&c, &data, step), &slice);
            // Every chunk but the last is within [min, max].
            for (i, &l) in slice.iter().enumerate() {
                prop_assert!(l <= 4096);
                if i + 1 < slice.len() { prop_assert!(l >= 256); }
            }
        }
    }

    #[test]
    fn chunks_borrow_from_the_input() {
        let data = sealvault_corpus::incompressible(50_000, 3);
        let c = Chunker::new(&small_config(), key(1).gear_table());
        let mut offset = 0;
        for chunk in c.chunks(&data) {
            assert!(std::ptr::eq(chunk.as_ptr(), data[offset..].as_ptr()));
            offset += chunk.len();
        }
    }

    #[test]
    fn cut_points_depend_on_the_key_and_are_stable_after_edits() {
        let data = sealvault_corpus::incompressible(200_000, 9);
        let a = Chunker::new(&small_config(), key(1).gear_table());
        let b = Chunker::new(&small_config(), key(2).gear_table());
        let cuts = |c: &Chunker, d: &[u8]| -> Vec<usize> {
            c.chunks(d)
                .scan(0, |o, ch| {
                    *o += ch.len();
                    Some(*o)
                })
                .collect()
        };
        assert_ne!(cuts(&a, &data), cuts(&b, &data));
        // Insert 10 bytes near the start: cut points well after it re-synchronise.
        let mut edited = data.clone();
        edited.splice(1000..1000, [0xEE; 10]);
        let before: std::collections::HashSet<usize> = cuts(&a, &data).into_iter().collect();
        let after: Vec<usize> = cuts(&a, &edited).into_iter().map(|o| o - 10).collect();
        let shared = after.iter().filter(|o| before.contains(o)).count();
        assert!(
            shared * 10 >= after.len() * 9,
            "only {shared} of {} cuts survived",
            after.len()
        );
    }

    #[test]
    fn keyed_tables_keep_the_target_average() {
        let data = sealvault_corpus::incompressible(8 << 20, 77);
        let cfg = ChunkerConfig::new(2048, 8192, 32768, 1).unwrap();
        for k in [1u8, 2, 3] {
            let c = Chunker::new(&cfg, key(k).gear_table());
            let n = c.chunks(&data).count();
            let mean = data.len() / n;
            assert!(
                (7000..=11000).contains(&mean),
                "key {k}: mean chunk {mean} bytes"
            );
        }
    }

    #[test]
    fn config_validation() {
        assert!(ChunkerConfig::new(255, 1024, 4096, 1).is_err());
        assert!(ChunkerConfig::new(1024, 1024, 4096, 1).is_err());
        assert!(ChunkerConfig::new(256, 1024, 64 << 20, 1).is_err());
        assert!(ChunkerConfig::new(256, 1024, 4096, 4).is_err());
        assert!(ChunkerConfig::DEFAULT.validate().is_ok());
    }
}
