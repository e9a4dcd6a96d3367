//! Per-blob compression: zstd where it pays, raw bytes where it does not.
//!
//! An encoded blob is one tag byte then the payload: `0` raw, `1` one zstd frame. Two cheap
//! guards keep incompressible data (media, archives, encrypted files) off zstd's slow path: a
//! probe compresses a 32 KiB sample at level 1 first, and a frame is kept only if it saves at
//! least 1/32 of the input. Measured figures: `bench/RESULTS.md`, "Compression".

use std::borrow::Cow;
use std::cell::RefCell;
use std::io::Cursor;

use crate::error::{Error, Result};

const TAG_RAW: u8 = 0;
const TAG_ZSTD: u8 = 1;
/// Inputs at least this large are probed before full compression.
const PROBE_MIN_INPUT: usize = 128 * 1024;
const PROBE_PIECES: usize = 4;
const PROBE_PIECE: usize = 8 * 1024;

/// How blobs are compressed before sealing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Compression {
    /// Store every blob raw.
    Off,
    /// zstd at the given level (-7 to 22), skipped per blob where it does not pay.
    Zstd(i32),
}

impl Compression {
    /// The default: zstd level 3, chosen by benchmark (`FORMAT.md`, "Compression").
    pub const DEFAULT: Compression = Compression::Zstd(3);

    /// Checks the level range.
    pub fn validate(self) -> Result<Compression> {
        match self {
            Compression::Zstd(l) if !(-7..=22).contains(&l) => Err(Error::invalid_input(format!(
                "zstd level {l} is outside -7..=22"
            ))),
            c => Ok(c),
        }
    }

    /// Appends the encoding of `data` (tag byte then payload) to `out`.
    pub fn encode_into(self, data: &[u8], out: &mut Vec<u8>) -> Result<()> {
        if let Compression::Zstd(level) = self
            && worth_trying(data)
        {
            let start = out.len();
            let limit = data.len() - data.len() / 32;
            out.reserve(1 + limit);
            out.push(TAG_ZSTD);
            let mut cursor = Cursor::new(&mut *out);
            cursor.set_position((start + 1) as u64);
            let written = with_compressor(level, |c| c.compress_to_buffer(data, &mut cursor));
            match written {
                Ok(n) if n <= limit => return Ok(()),
                _ => out.truncate(start),
            }
        }
        out.reserve(1 + data.len());
        out.push(TAG_RAW);
        out.extend_from_slice(data);
        Ok(())
    }

    /// Decodes an encoded blob whose plaintext must be exactly `raw_len` bytes. Raw blobs are
    /// borrowed; zstd output is bounded by `raw_len` before anything is allocated.
    pub fn decode<'a>(encoded: &'a [u8], raw_len: usize, what: &str) -> Result<Cow<'a, [u8]>> {
        let mut out = Vec::new();
        Self::decode_into(encoded, raw_len, what, &mut out)?;
        Ok(match encoded[0] {
            TAG_RAW => Cow::Borrowed(&encoded[1..]),
            _ => Cow::Owned(out),
        })
    }

    /// [`Compression::decode`] with a reusable output buffer: a raw blob is returned as a
    /// slice of `encoded`, a zstd blob is decompressed into `scratch` (cleared first; its
    /// spare capacity is used as is, never zeroed). Reusing `scratch` across blobs spares a
    /// fresh allocation, and the page faults of first touching it, per blob.
    pub fn decode_into<'a>(
        encoded: &'a [u8],
        raw_len: usize,
        what: &str,
        scratch: &'a mut Vec<u8>,
    ) -> Result<&'a [u8]> {
        let (&tag, payload) = encoded
            .split_first()
            .ok_or_else(|| Error::integrity(what, "empty blob encoding"))?;
        let out: &[u8] = match tag {
            TAG_RAW => payload,
            TAG_ZSTD => {
                scratch.clear();
                // A frame can fill at most the capacity: `raw_len` (from the authenticated
                // index or header) or what an earlier blob of this caller needed.
                scratch.reserve(raw_len);
                with_decompressor(|d| d.decompress_to_buffer(payload, scratch))
                    .map_err(|_| Error::integrity(what, "zstd frame does not decode"))?;
                scratch
            }
            _ => return Err(Error::integrity(what, "unknown blob encoding")),
        };
        if out.len() != raw_len {
            return Err(Error::integrity(
                what,
                "decoded length differs from the index",
            ));
        }
        Ok(out)
    }
}

/// Whether a full zstd pass is worth its cost: small inputs always are tried; large ones only
/// if a level-1 sample of four spread 8 KiB pieces shrinks by at least 1/32.
fn worth_trying(data: &[u8]) -> bool {
    if data.len() < PROBE_MIN_INPUT {
        return !data.is_empty();
    }
    let step = data.len() / PROBE_PIECES;
    PROBE_SCRATCH.with(|s| {
        let mut s = s.borrow_mut();
        let (sample, out) = &mut *s;
        sample.clear();
        for i in 0..PROBE_PIECES {
            sample.extend_from_slice(&data[i * step..i * step + PROBE_PIECE]);
        }
        out.clear();
        out.reserve(sample.len());
        match with_compressor(1, |c| c.compress_to_buffer(&sample[..], out)) {
            Ok(n) => n <= sample.len() - sample.len() / 32,
            Err(_) => false,
        }
    })
}

thread_local! {
    static COMPRESSORS: RefCell<Vec<(i32, zstd::bulk::Compressor<'static>)>> =
        const { RefCell::new(Vec::new()) };
    static DECOMPRESSOR: RefCell<Option<zstd::bulk::Decompressor<'static>>> =
        const { RefCell::new(None) };
    static PROBE_SCRATCH: RefCell<(Vec<u8>, Vec<u8>)> = const { RefCell::new((Vec::new(), Vec::new())) };
}

/// Runs `f` with this thread's compression context for `level` (contexts are reused: making
/// one per blob would cost more than compressing a small blob).
fn with_compressor<T>(
    level: i32,
    f: impl FnOnce(&mut zstd::bulk::Compressor<'static>) -> std::io::Result<T>,
) -> std::io::Result<T> {
    COMPRESSORS.with(|cs| {
        let mut cs = cs.borrow_mut();
        let i = match cs.iter().position(|(l, _)| *l == level) {
            Some(i) => i,
            None => {
                cs.push((level, zstd::bulk::Compressor::new(level)?));
                cs.len() - 1
            }
        };
        f(&mut cs[i].1)
    })
}

fn with_decompressor<T>(
    f: impl FnOnce(&mut zstd::bulk::Decompressor<'static>) -> std::io::Result<T>,
) -> std::io::Result<T> {
    DECOMPRESSOR.with(|d| {
        let mut d = d.borrow_mut();
        if d.is_none() {
            *d = Some(zstd::bulk::Decompressor::new()?);
        }
        f(d.as_mut().expect("just set"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn text(len: usize) -> Vec<u8> {
        b"the quick brown fox jumps over the lazy dog; "
            .iter()
            .cycle()
            .take(len)
            .copied()
            .collect()
    }

    fn random(len: usize) -> Vec<u8> {
        let mut x = 0x9E37_79B9_7F4A_7C15u64;
        (0..len)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x as u8
            })
            .collect()
    }

    fn encode(c: Compression, data: &[u8]) -> Vec<u8> {
        let mut out = vec![0xAA; 3]; // encode_into appends
        c.encode_into(data, &mut out).unwrap();
        assert_eq!(&out[..3], &[0xAA; 3]);
        out.drain(..3);
        out
    }

    proptest! {
        #[test]
        fn round_trips(data in proptest::collection::vec(any::<u8>(), 0..4000), level in -3i32..6) {
            for c in [Compression::Off, Compression::Zstd(level)] {
                let enc = encode(c, &data);
                let dec = Compression::decode(&enc, data.len(), "t").unwrap();
                prop_assert_eq!(&dec[..], &data[..]);
            }
        }

        #[test]
        fn decode_into_reused_scratch_matches_decode(
            blobs in proptest::collection::vec(proptest::collection::vec(0u8..4, 0..3000), 1..6),
        ) {
            // One scratch for every blob, as restore uses it: no leftovers from a longer one.
            let mut scratch = vec![9u8; 5000];
            for data in &blobs {
                for c in [Compression::Off, Compression::Zstd(3)] {
                    let enc = encode(c, data);
                    let got = Compression::decode_into(&enc, data.len(), "t", &mut scratch).unwrap();
                    prop_assert_eq!(got, &data[..]);
                }
            }
        }

        #[test]
        fn decode_never_panics(enc in proptest::collection::vec(any::<u8>(), 0..200), raw_len in 0usize..5000) {
            let _ = Compression::decode(&enc, raw_len, "t");
        }
    }

    #[test]
    fn compressible_data_shrinks_and_random_data_stays_raw() {
        let t = text(1 << 20);
        let enc = encode(Compression::Zstd(3), &t);
        assert_eq!(enc[0], TAG_ZSTD);
        assert!(enc.len() < t.len() / 10);
        let r = random(1 << 20);
        let enc = encode(Compression::Zstd(3), &r);
        assert_eq!(enc[0], TAG_RAW);
        assert_eq!(enc.len(), r.len() + 1);
        assert_eq!(encode(Compression::Zstd(3), b"")[..], [TAG_RAW]);
    }

    #[test]
    fn decode_is_bounded_by_the_declared_length() {
        let t = text(100_000);
        let enc = encode(Compression::Zstd(3), &t);
        let e = Compression::decode(&enc, 1000, "blob x").unwrap_err();
        assert!(e.is_integrity());
        assert!(Compression::decode(&enc, 100_001, "t").is_err());
        assert!(Compression::decode(&[7, 1, 2], 2, "t").is_err());
    }

    #[test]
    fn levels_are_validated() {
        assert!(Compression::Zstd(23).validate().is_err());
        assert!(Compression::Zstd(-8).validate().is_err());
        assert!(Compression::DEFAULT.validate().is_ok());
    }
}
