//! Content-defined chunking with keyed cut points: the validated config, the [`Chunker`] and
//! its slice and stream front ends.
//!
//! Two scans, chosen by [`ChunkerAlgorithm`] (stored in the repository config, since it decides
//! every cut): [`gear_aes`], a keyed gear hash whose candidates a keyed AES PRF accepts or
//! rejects (the default: what the 2025 attacks on keyed FastCDC leave safe), and [`fastcdc`],
//! keyed FastCDC 2020 (format version 1). Both take the same size bounds and normalization
//! levels and aim at the same chunk-size distribution. What keyed CDC still leaks is in
//! `SECURITY.md`.
//!
//! One scan, two front ends: [`Chunker::chunks`] borrows chunks from a slice (a memory-mapped
//! file: no copy per chunk) and [`StreamChunker`] reads any [`Read`]. Both call the same
//! [`Chunker::next_cut`] on windows holding at least `max` bytes or the rest of the input, so
//! they cut the same bytes at the same places (property-tested below).

mod fastcdc;
mod gear_aes;

use std::fmt;
use std::io::{self, Read};

use ::fastcdc::v2020;
use zeroize::Zeroize;

use crate::error::{Error, Result};
use crate::primitives::keys::ChunkerKey;

/// Which scan decides the cut points. Stored as [`code`](Self::code) in the repository config.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChunkerAlgorithm {
    /// Keyed FastCDC 2020 (format version 1). Its cuts are mask tests on the keyed gear hash,
    /// from which leaked chunk lengths recover the key (Truong et al., CCS 2025).
    FastCdc,
    /// A keyed gear hash pre-filter, then an AES-128 PRF decides each cut. The default.
    GearAes,
}

impl ChunkerAlgorithm {
    /// The byte that names the algorithm in stored configs.
    pub fn code(self) -> u8 {
        match self {
            ChunkerAlgorithm::FastCdc => 0,
            ChunkerAlgorithm::GearAes => 1,
        }
    }

    /// The algorithm a stored byte names; `None` for an unknown code.
    pub fn from_code(code: u8) -> Option<ChunkerAlgorithm> {
        match code {
            0 => Some(ChunkerAlgorithm::FastCdc),
            1 => Some(ChunkerAlgorithm::GearAes),
            _ => None,
        }
    }

    /// A short lowercase name for output and bench ids: "fastcdc" or "gear-aes".
    pub fn name(self) -> &'static str {
        match self {
            ChunkerAlgorithm::FastCdc => "fastcdc",
            ChunkerAlgorithm::GearAes => "gear-aes",
        }
    }
}

/// Validated chunk-size parameters and the algorithm. Stored in the repository config: they
/// decide cut points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChunkerConfig {
    min: u32,
    avg: u32,
    max: u32,
    normalization: u8,
    algorithm: ChunkerAlgorithm,
}

impl ChunkerConfig {
    /// 512 KiB / 1 MiB / 8 MiB, normalization level 1, gear-AES (see `FORMAT.md`, "Chunking",
    /// for the measurement behind it).
    pub const DEFAULT: ChunkerConfig = ChunkerConfig {
        min: 512 * 1024,
        avg: 1024 * 1024,
        max: 8 * 1024 * 1024,
        normalization: 1,
        algorithm: ChunkerAlgorithm::GearAes,
    };

    /// Custom sizes, with gear-AES (change it with [`with_algorithm`](Self::with_algorithm)).
    /// All must be even, `min < avg < max`, within FastCDC's bounds (min 64 B..1 MiB, avg
    /// 256 B..4 MiB, max 1 KiB..16 MiB), and `normalization` 0 to 3; the same for both
    /// algorithms.
    pub fn new(min: u32, avg: u32, max: u32, normalization: u8) -> Result<ChunkerConfig> {
        let c = ChunkerConfig {
            min,
            avg,
            max,
            normalization,
            algorithm: ChunkerAlgorithm::GearAes,
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
    /// Normalization level: how much less likely a cut is before `avg` bytes and more likely
    /// after (FastCDC's levels, used by both algorithms).
    pub fn normalization(&self) -> u8 {
        self.normalization
    }
    /// The scan that decides cut points.
    pub fn algorithm(&self) -> ChunkerAlgorithm {
        self.algorithm
    }
    /// The same sizes with another algorithm.
    pub fn with_algorithm(self, algorithm: ChunkerAlgorithm) -> ChunkerConfig {
        ChunkerConfig { algorithm, ..self }
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
    scan: Scan,
}

enum Scan {
    FastCdc(fastcdc::FastCdc),
    GearAes(gear_aes::GearAes),
}

impl fmt::Debug for Chunker {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let algorithm = match self.scan {
            Scan::FastCdc(_) => ChunkerAlgorithm::FastCdc,
            Scan::GearAes(_) => ChunkerAlgorithm::GearAes,
        };
        write!(
            f,
            "Chunker({} {}/{}/{}, <keyed>)",
            algorithm.name(),
            self.min,
            self.avg,
            self.max
        )
    }
}

impl Chunker {
    /// A chunker with the given sizes and algorithm, keyed by `key` (see
    /// [`MasterKey::chunker_key`](crate::MasterKey::chunker_key)).
    pub fn new(config: &ChunkerConfig, key: &ChunkerKey) -> Chunker {
        let scan = match config.algorithm {
            ChunkerAlgorithm::FastCdc => {
                Scan::FastCdc(fastcdc::FastCdc::new(config, key.gear_table()))
            }
            ChunkerAlgorithm::GearAes => Scan::GearAes(gear_aes::GearAes::new(
                config,
                key.gear_table(),
                &key.prf_key(),
            )),
        };
        Chunker::with_scan(config, scan)
    }

    /// A gear-AES chunker whose table and PRF key are chosen separately (a real key derives
    /// both from one secret), to test that the PRF key alone moves cuts.
    #[cfg(test)]
    fn gear_aes_with_keys(config: &ChunkerConfig, gear: GearTable, prf_key: &[u8; 16]) -> Chunker {
        Chunker::with_scan(
            config,
            Scan::GearAes(gear_aes::GearAes::new(config, gear, prf_key)),
        )
    }

    fn with_scan(config: &ChunkerConfig, scan: Scan) -> Chunker {
        Chunker {
            min: config.min as usize,
            avg: config.avg as usize,
            max: config.max as usize,
            scan,
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
        match &self.scan {
            Scan::FastCdc(s) => s.next_cut(data, self.min, self.avg, self.max),
            Scan::GearAes(s) => s.next_cut(data, self.min, self.avg, self.max),
        }
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

/// Where each chunk of `data` ends (cumulative lengths), for tests here and in the scans.
#[cfg(test)]
fn cut_offsets(c: &Chunker, data: &[u8]) -> Vec<usize> {
    c.chunks(data)
        .scan(0, |o, ch| {
            *o += ch.len();
            Some(*o)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const BOTH: [ChunkerAlgorithm; 2] = [ChunkerAlgorithm::FastCdc, ChunkerAlgorithm::GearAes];

    fn small_config(algorithm: ChunkerAlgorithm) -> ChunkerConfig {
        ChunkerConfig::new(256, 1024, 4096, 1)
            .unwrap()
            .with_algorithm(algorithm)
    }

    fn key(b: u8) -> ChunkerKey {
        ChunkerKey::from_bytes(&mut [b; 32])
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
            algorithm in prop_oneof![Just(ChunkerAlgorithm::FastCdc), Just(ChunkerAlgorithm::GearAes)],
        ) {
            let data = sealvault_corpus::incompressible(len, seed);
            let c = Chunker::new(&small_config(algorithm), &key(k));
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
        for algorithm in BOTH {
            let c = Chunker::new(&small_config(algorithm), &key(1));
            let mut offset = 0;
            for chunk in c.chunks(&data) {
                assert!(std::ptr::eq(chunk.as_ptr(), data[offset..].as_ptr()));
                offset += chunk.len();
            }
        }
    }

    #[test]
    fn cut_points_depend_on_the_key_and_are_stable_after_edits() {
        let data = sealvault_corpus::incompressible(200_000, 9);
        for algorithm in BOTH {
            let a = Chunker::new(&small_config(algorithm), &key(1));
            let b = Chunker::new(&small_config(algorithm), &key(2));
            assert_ne!(
                cut_offsets(&a, &data),
                cut_offsets(&b, &data),
                "{algorithm:?}"
            );
            // Insert 10 bytes near the start: cut points well after it re-synchronise.
            let mut edited = data.clone();
            edited.splice(1000..1000, [0xEE; 10]);
            let before: std::collections::HashSet<usize> =
                cut_offsets(&a, &data).into_iter().collect();
            let after: Vec<usize> = cut_offsets(&a, &edited)
                .into_iter()
                .map(|o| o - 10)
                .collect();
            let shared = after.iter().filter(|o| before.contains(o)).count();
            assert!(
                shared * 10 >= after.len() * 9,
                "{algorithm:?}: only {shared} of {} cuts survived",
                after.len()
            );
        }
    }

    #[test]
    fn keyed_chunkers_keep_the_target_average() {
        let data = sealvault_corpus::incompressible(8 << 20, 77);
        let cfg = ChunkerConfig::new(2048, 8192, 32768, 1).unwrap();
        for algorithm in BOTH {
            for k in [1u8, 2, 3] {
                let c = Chunker::new(&cfg.with_algorithm(algorithm), &key(k));
                let n = c.chunks(&data).count();
                let mean = data.len() / n;
                assert!(
                    (7000..=11000).contains(&mean),
                    "{algorithm:?} key {k}: mean chunk {mean} bytes"
                );
            }
        }
    }

    #[test]
    fn algorithms_cut_differently_and_default_to_gear_aes() {
        assert_eq!(
            ChunkerConfig::DEFAULT.algorithm(),
            ChunkerAlgorithm::GearAes
        );
        let data = sealvault_corpus::incompressible(100_000, 4);
        let [f, g] = BOTH.map(|a| cut_offsets(&Chunker::new(&small_config(a), &key(1)), &data));
        assert_ne!(f, g);
    }

    #[test]
    fn algorithm_codes_round_trip() {
        for a in BOTH {
            assert_eq!(ChunkerAlgorithm::from_code(a.code()), Some(a));
        }
        assert_eq!(ChunkerAlgorithm::FastCdc.code(), 0);
        assert_eq!(ChunkerAlgorithm::GearAes.code(), 1);
        assert_eq!(ChunkerAlgorithm::from_code(2), None);
        assert_eq!(ChunkerAlgorithm::GearAes.name(), "gear-aes");
        assert_eq!(ChunkerAlgorithm::FastCdc.name(), "fastcdc");
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
