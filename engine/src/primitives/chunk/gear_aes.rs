//! Gear-AES: a keyed gear hash pre-filters positions and AES-128 under a second key decides
//! the cuts ([`ChunkerAlgorithm::GearAes`](super::ChunkerAlgorithm::GearAes), the default).
//!
//! FastCDC cuts where bits of the keyed gear hash are zero, so every chunk length is a set of
//! equations on the gear table; Truong et al. (CCS 2025) and Alexeev, Percival and Zhang
//! (ePrint 2025/532) recover tables from leaked lengths. Their fix passes the rolling hash
//! through a keyed PRF before the cut decision. A PRF call per byte is far too slow, so here
//! the gear hash `h = (h << 1) + gear[byte]` (scanned from `min`, as FastCDC does) first has
//! to have its top [`PREFILTER_BITS`] bits zero (a *candidate*, one position in 256); only
//! then is `x = AES-128(h as a little-endian u64, then 8 zero bytes)` computed, and the chunk
//! ends after that byte when the first 8 bytes of `x` (little-endian) are below a threshold.
//! The two stages together cut with FastCDC's normalized probabilities: 2^-(b + n) before
//! `avg` bytes, 2^-(b - n) from `avg` on, with b = round(log2(avg)) and n the normalization
//! level. A cut now tells an observer only that the top pre-filter bits of `h` were zero
//! there, never which other bits; the PRF's decision is independent of the table.
//!
//! The AES key is its own derivation from the chunker key
//! ([`ChunkerKey::prf_key`](crate::primitives::keys::ChunkerKey::prf_key)), never the table.

use aes::Aes128Enc;
use aes::cipher::{BlockCipherEncrypt, KeyInit};

use super::{ChunkerConfig, GearTable};

/// Top bits of the gear hash that must be zero before the PRF is asked: 8 sends one position
/// in 256 to AES, so the scan stays a shift-add and one compare per byte. Measured with the
/// `chunk` group of `bench/benches/stages.rs`: the AES calls (about 40 cycles each, latency
/// bound) take about 11% of the chunking time at 512K/1M/8M (perf), and 16 bits would chunk
/// 9-22% faster. More bits would also tell an observer more about the gear hash at each cut
/// (every cut says its top pre-filter bits were zero), so 8 stays.
///
/// For small averages at high normalization (round(log2(avg)) - normalization <= 8) a chunker
/// uses fewer bits, `round(log2(avg)) - normalization - 1`, so the PRF still rejects at least
/// half the candidates and both probabilities stay exact.
pub(super) const PREFILTER_BITS: u32 = 8;

/// round(log2(avg)): how `fastcdc::v2020::select_masks` rounds (its private `logarithm2`), so
/// both algorithms aim at the same chunk sizes for the same config.
fn avg_bits(avg: u32) -> u32 {
    f64::from(avg).log2().round() as u32
}

/// The pre-filter width and the two cut probabilities of a config, each as the e of 2^-e.
/// Shared with the reference implementation in the tests.
pub(super) struct Exponents {
    pub(super) prefilter: u32,
    /// Cut probability exponent before `avg` bytes into a chunk.
    pub(super) strict: u32,
    /// Cut probability exponent from `avg` bytes on.
    pub(super) relaxed: u32,
}

impl Exponents {
    pub(super) fn of(config: &ChunkerConfig) -> Exponents {
        let bits = avg_bits(config.avg());
        let n = u32::from(config.normalization());
        // Validation keeps avg >= 256 and n <= 3, so relaxed >= 5 and prefilter >= 4.
        let (strict, relaxed) = (bits + n, bits - n);
        Exponents {
            prefilter: PREFILTER_BITS.min(relaxed - 1),
            strict,
            relaxed,
        }
    }
}

/// The gear table, the expanded AES key and the three limits of the scan.
pub(super) struct GearAes {
    gear: GearTable,
    /// Boxed so that moving the chunker leaves no copy of the round keys behind (building it
    /// leaves one on the stack, which Rust gives no way to clear); the `aes` crate's `zeroize`
    /// feature clears the boxed one on drop.
    aes: Box<Aes128Enc>,
    /// A position is a candidate when `h < candidate_below` (its top pre-filter bits are zero).
    candidate_below: u64,
    /// A candidate cuts when the PRF output is below this, before `avg` bytes...
    threshold_s: u64,
    /// ...and this from `avg` bytes on.
    threshold_l: u64,
}

impl GearAes {
    pub(super) fn new(config: &ChunkerConfig, gear: GearTable, prf_key: &[u8; 16]) -> GearAes {
        let e = Exponents::of(config);
        GearAes {
            gear,
            aes: Box::new(Aes128Enc::new(prf_key.into())),
            candidate_below: 1 << (64 - e.prefilter),
            // Overall 2^-strict = 2^-prefilter (candidate) * 2^-(strict - prefilter) (PRF).
            threshold_s: 1 << (64 - (e.strict - e.prefilter)),
            threshold_l: 1 << (64 - (e.relaxed - e.prefilter)),
        }
    }

    /// See [`super::Chunker::next_cut`]: the byte at index `i` (from `min` on) is hashed, and
    /// a cut there makes a chunk of `i + 1` bytes.
    pub(super) fn next_cut(&self, data: &[u8], min: usize, avg: usize, max: usize) -> usize {
        let end = data.len().min(max);
        if end <= min {
            return end;
        }
        let center = avg.min(end);
        let mut h = 0u64;
        if let Some(cut) = self.scan(data, min, center, &mut h, self.threshold_s) {
            return cut;
        }
        if let Some(cut) = self.scan(data, center, end, &mut h, self.threshold_l) {
            return cut;
        }
        end
    }

    /// Hashes `data[from..to]` into `h`; the length of the chunk if it cuts in there.
    #[inline(always)]
    fn scan(
        &self,
        data: &[u8],
        from: usize,
        to: usize,
        h: &mut u64,
        threshold: u64,
    ) -> Option<usize> {
        let gear: &[u64; 256] = &self.gear.0;
        let limit = self.candidate_below;
        let src = &data[from..to];
        let mut hash = *h;
        let mut quads = src.chunks_exact(4);
        let mut at = from;
        for q in &mut quads {
            let g = [q[0], q[1], q[2], q[3]].map(|b| gear[usize::from(b)]);
            // The hash after each of the four bytes, all from `hash` directly: the table part
            // (u) does not depend on `hash`, so the chain from quad to quad is one shift-add
            // per four bytes and the rest runs beside it. Byte at a time the chain is a
            // shift-add per byte; unrolled by 2, LLVM re-associates it back into a chain. A
            // standalone scan (no PRF) over 64 MiB: 1.23 GiB/s byte at a time, 1.2 by 2, 1.62
            // by 4, 1.61 by 8 (cached input: 1.5, 1.3, 2.3, 2.1); in the `chunk` bench this
            // loop took 512K/1M/8M from 1.65 to 2.23 GiB/s.
            let u1 = (g[0] << 1).wrapping_add(g[1]);
            let u2 = (u1 << 1).wrapping_add(g[2]);
            let u3 = (u2 << 1).wrapping_add(g[3]);
            let hs = [
                (hash << 1).wrapping_add(g[0]),
                (hash << 2).wrapping_add(u1),
                (hash << 3).wrapping_add(u2),
                (hash << 4).wrapping_add(u3),
            ];
            for (k, &hk) in hs.iter().enumerate() {
                if hk < limit && prf_below(&self.aes, hk, threshold) {
                    return Some(at + k + 1);
                }
            }
            hash = hs[3];
            at += 4;
        }
        for &b in quads.remainder() {
            hash = (hash << 1).wrapping_add(gear[usize::from(b)]);
            if hash < limit && prf_below(&self.aes, hash, threshold) {
                return Some(at + 1);
            }
            at += 1;
        }
        *h = hash;
        None
    }
}

/// The PRF stage, out of line: one position in 2^prefilter gets here, and keeping it out of
/// the scan loop keeps that loop's registers for the hash.
#[cold]
#[inline(never)]
fn prf_below(aes: &Aes128Enc, h: u64, threshold: u64) -> bool {
    let mut block = aes::Block::default();
    block[..8].copy_from_slice(&h.to_le_bytes());
    aes.encrypt_block(&mut block);
    let v = u64::from_le_bytes(block[..8].try_into().expect("8 bytes"));
    v < threshold
}

#[cfg(test)]
mod tests {
    use aes::Aes128;
    use aes::cipher::{BlockCipherEncrypt, KeyInit};
    use proptest::prelude::*;

    use super::super::{Chunker, ChunkerAlgorithm, ChunkerConfig, cut_offsets};
    use super::Exponents;
    use crate::primitives::keys::ChunkerKey;

    /// Gear-AES byte by byte, as the module doc states it: shifts instead of precomputed
    /// limits, the full `Aes128` type, no early exits but the cut.
    fn reference_next_cut(
        gear: &[u64; 256],
        prf_key: &[u8; 16],
        cfg: &ChunkerConfig,
        data: &[u8],
    ) -> usize {
        let (min, avg, max) = (cfg.min() as usize, cfg.avg() as usize, cfg.max() as usize);
        let e = Exponents::of(cfg);
        let aes = Aes128::new(&(*prf_key).into());
        let end = data.len().min(max);
        let mut h = 0u64;
        let mut i = min;
        while i < end {
            h = (h << 1).wrapping_add(gear[data[i] as usize]);
            let top_zero = h >> (64 - e.prefilter) == 0;
            if top_zero {
                let mut block = [0u8; 16];
                block[..8].copy_from_slice(&h.to_le_bytes());
                let mut block = block.into();
                aes.encrypt_block(&mut block);
                let mut first = [0u8; 8];
                first.copy_from_slice(&block[..8]);
                let v = u64::from_le_bytes(first);
                let total = if i < avg { e.strict } else { e.relaxed };
                if v >> (64 - (total - e.prefilter)) == 0 {
                    return i + 1;
                }
            }
            i += 1;
        }
        end
    }

    fn key(b: u8) -> ChunkerKey {
        ChunkerKey::from_bytes(&mut [b; 32])
    }

    fn config() -> impl Strategy<Value = ChunkerConfig> {
        (
            prop_oneof![
                Just((256u32, 1024u32, 4096u32)),
                Just((64, 256, 1024)),
                Just((100, 700, 3000)),
                Just((512, 1500, 2048)),
                Just((2048, 8192, 32768)),
            ],
            0u8..=3,
        )
            .prop_map(|((min, avg, max), n)| {
                ChunkerConfig::new(min, avg, max, n)
                    .unwrap()
                    .with_algorithm(ChunkerAlgorithm::GearAes)
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]
        #[test]
        fn fast_scan_equals_the_reference(
            cfg in config(), len in 0usize..40_000, seed in any::<u64>(),
            gear_key in any::<[u8; 32]>(), prf_key in any::<[u8; 16]>(),
        ) {
            let data = sealvault_corpus::incompressible(len, seed);
            let gear = ChunkerKey::from_bytes(&mut gear_key.clone()).gear_table();
            let entries = gear.entries();
            let c = Chunker::gear_aes_with_keys(&cfg, gear, &prf_key);
            let mut rest = &data[..];
            while !rest.is_empty() {
                let fast = c.next_cut(rest);
                prop_assert_eq!(fast, reference_next_cut(&entries, &prf_key, &cfg, rest));
                rest = &rest[fast..];
            }
        }
    }

    /// The scan must also match where long runs of one byte drive the gear hash to a fixed
    /// point (zeros: `h` becomes `2h + g` with no cut for a whole `max`).
    #[test]
    fn fast_scan_equals_the_reference_on_runs() {
        let cfg = ChunkerConfig::new(256, 1024, 4096, 1).unwrap();
        let gear = key(4).gear_table();
        let entries = gear.entries();
        let prf = [5u8; 16];
        let c = Chunker::gear_aes_with_keys(&cfg, gear, &prf);
        for byte in [0u8, 0xFF, 0x5A] {
            let data = vec![byte; 20_000];
            let mut rest = &data[..];
            while !rest.is_empty() {
                let fast = c.next_cut(rest);
                assert_eq!(fast, reference_next_cut(&entries, &prf, &cfg, rest));
                rest = &rest[fast..];
            }
        }
    }

    #[test]
    fn cut_points_are_pinned() {
        let cfg = ChunkerConfig::new(2048, 8192, 32768, 1).unwrap();
        assert_eq!(cfg.algorithm(), ChunkerAlgorithm::GearAes);
        let c = Chunker::new(&cfg, &key(9));
        let data = sealvault_corpus::incompressible(200_000, 5);
        assert_eq!(cut_offsets(&c, &data), PINNED);
    }
    const PINNED: &[usize] = &[
        6426, 17274, 33449, 41652, 50102, 67529, 69881, 83242, 98073, 109753, 116956, 119525,
        122537, 143475, 148786, 158097, 175507, 184472, 187435, 198088, 200000,
    ];

    #[test]
    fn cut_points_depend_on_the_prf_key() {
        let cfg = ChunkerConfig::new(256, 1024, 4096, 1).unwrap();
        let data = sealvault_corpus::incompressible(200_000, 11);
        let a = Chunker::gear_aes_with_keys(&cfg, key(1).gear_table(), &[1; 16]);
        let b = Chunker::gear_aes_with_keys(&cfg, key(1).gear_table(), &[2; 16]);
        let (ca, cb) = (cut_offsets(&a, &data), cut_offsets(&b, &data));
        let shared = ca.iter().filter(|o| cb.contains(o)).count();
        // Same table, same candidates: only the PRF's choice among them differs, so some cuts
        // coincide by chance, most must not.
        assert!(
            shared * 4 < ca.len(),
            "{shared} of {} cuts shared",
            ca.len()
        );
    }

    #[test]
    fn the_prf_key_is_not_the_gear_table() {
        let k = key(3);
        let prf = k.prf_key();
        let gear = k.gear_table().entries();
        assert_ne!(prf[..8], gear[0].to_le_bytes());
        assert_ne!(prf[..], k.expose()[..16]);
    }
}
