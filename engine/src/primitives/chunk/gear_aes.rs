//! Gear-AES: a keyed gear hash pre-filters positions and an AES-based PRF of the window under
//! a second key decides the cuts ([`ChunkerAlgorithm::GearAes`](super::ChunkerAlgorithm::GearAes),
//! the default).
//!
//! FastCDC cuts where bits of the keyed gear hash are zero, so every chunk length is a set of
//! equations on the gear table; Truong et al. (CCS 2025) and Alexeev, Percival and Zhang
//! (ePrint 2025/532) recover tables from leaked lengths. Their fix puts a keyed PRF between the
//! content and the cut decision. A PRF call per byte is far too slow, so here the gear hash
//! `h = (h << 1) + gear[byte]` (scanned from `min`, as FastCDC does) first has to have its top
//! [`PREFILTER_BITS`] bits zero (a *candidate*, one position in 512); only then is the PRF
//! computed, over the 64 bytes that end at that position (the window `h` summarises), and the
//! chunk ends after that byte when the PRF's first 8 bytes (little-endian) are below a
//! threshold. The two stages together cut with FastCDC's normalized probabilities:
//! 2^-(b + n) before `avg` bytes, 2^-(b - n) from `avg` on, with b = round(log2(avg)) and n the
//! normalization level.
//!
//! The PRF is over the window itself, not over `h`: `h` is no universal hash (a byte 63
//! places back only reaches its top bit), and whoever learns the table could build other
//! windows with a target's `h` and read the PRF's answers for it from their own chunks. Over
//! the window, distinct windows get independent answers. It is PMAC-shaped (Black and
//! Rogaway, 2002) and parallel: `Y = AES_K2(⊕ᵢ AES_P((wᵢ ‖ 0⁸) ⊕ Lᵢ))` for the window's eight
//! 8-byte pieces `wᵢ` (eight blocks: the `aes` crate pipelines eight at once, and encrypts
//! fewer one after the other), with `Lᵢ = AES_P(i)` and `K2 = AES_P(8)` (the constant as a
//! little-endian u128), `P` the PRF key
//! ([`ChunkerKey::prf_key`](crate::primitives::keys::ChunkerKey::prf_key)),
//! derived separately from the table.

use aes::Aes128Enc;
use aes::cipher::{BlockCipherEncrypt, KeyInit};

use super::{ChunkerConfig, GearTable};

/// Top bits of the gear hash that must be zero before the PRF is asked: 9 sends one position
/// in 512 to the PRF, so the scan stays a shift-add and one compare per byte. Measured with
/// the `chunk` group of `bench/benches/stages.rs` at 512K/1M/8M (slice, GiB/s; FastCDC 1.92
/// in the same runs): a PRF of `h` alone (one AES block) at 8 bits 2.55; the PRF of the
/// window (nine AES blocks, about 70 ns a call) at 8 bits 1.74, at 9 bits 2.16. Every cut
/// tells whoever sees its position that these bits of `h` were zero there (`SECURITY.md`), so
/// fewer is better: 9 is the fewest that keeps gear-AES faster than FastCDC.
///
/// For small averages at high normalization (round(log2(avg)) - normalization <= 8) a chunker
/// uses fewer bits, `round(log2(avg)) - normalization - 1`, so the PRF still rejects at least
/// half the candidates and both probabilities stay exact.
pub(super) const PREFILTER_BITS: u32 = 9;

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

/// The PRF's keys: boxed so that moving the chunker leaves no copy of the round keys and
/// masks behind (building them leaves one on the stack, which Rust gives no way to clear); the
/// `aes` crate's `zeroize` feature clears the ciphers on drop, `Drop` the masks.
struct WindowPrf {
    inner: Aes128Enc,
    outer: Aes128Enc,
    masks: [[u8; 16]; PIECES],
}

impl Drop for WindowPrf {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.masks);
    }
}

/// `AES_P(i)` for the constant `i` as a little-endian u128.
fn derived_block(p: &Aes128Enc, i: u8) -> [u8; 16] {
    let mut block = aes::Block::default();
    block[0] = i;
    p.encrypt_block(&mut block);
    block.into()
}

impl WindowPrf {
    fn new(prf_key: &[u8; 16]) -> Box<WindowPrf> {
        let inner = Aes128Enc::new(prf_key.into());
        let masks = [0, 1, 2, 3, 4, 5, 6, 7].map(|i| derived_block(&inner, i));
        let outer = Aes128Enc::new(&derived_block(&inner, PIECES as u8).into());
        Box::new(WindowPrf {
            inner,
            outer,
            masks,
        })
    }

    /// The first 8 bytes (little-endian) of the PRF of a 64-byte window.
    fn eval(&self, window: &[u8]) -> u64 {
        let mut blocks = [aes::Block::default(); PIECES];
        for ((block, piece), mask) in blocks
            .iter_mut()
            .zip(window.chunks_exact(WINDOW / PIECES))
            .zip(&self.masks)
        {
            block.copy_from_slice(mask);
            for (b, w) in block.iter_mut().zip(piece) {
                *b ^= w;
            }
        }
        // Eight independent blocks: one pass of the aes crate's pipelined path.
        self.inner.encrypt_blocks(&mut blocks);
        let mut sum = aes::Block::default();
        for block in &blocks {
            for (s, b) in sum.iter_mut().zip(block.iter()) {
                *s ^= b;
            }
        }
        self.outer.encrypt_block(&mut sum);
        u64::from_le_bytes(sum[..8].try_into().expect("8 bytes"))
    }
}

/// The bytes the PRF reads at a candidate: the window the gear hash rolls over.
const WINDOW: usize = 64;
/// The window's pieces, one AES block each (8 bytes of window, 8 of mask only).
const PIECES: usize = 8;

/// The gear table, the PRF and the three limits of the scan.
pub(super) struct GearAes {
    gear: GearTable,
    prf: Box<WindowPrf>,
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
            prf: WindowPrf::new(prf_key),
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
                if hk < limit && prf_below(&self.prf, data, at + k + 1, threshold) {
                    return Some(at + k + 1);
                }
            }
            hash = hs[3];
            at += 4;
        }
        for &b in quads.remainder() {
            hash = (hash << 1).wrapping_add(gear[usize::from(b)]);
            if hash < limit && prf_below(&self.prf, data, at + 1, threshold) {
                return Some(at + 1);
            }
            at += 1;
        }
        *h = hash;
        None
    }
}

/// The PRF stage for the window ending before `end`, out of line: one position in
/// 2^prefilter gets here, and keeping it out of the scan loop keeps that loop's registers for
/// the hash. `end >= min >= 64` (the config's bounds), so the window is inside `data`.
#[cold]
#[inline(never)]
fn prf_below(prf: &WindowPrf, data: &[u8], end: usize, threshold: u64) -> bool {
    prf.eval(&data[end - WINDOW..end]) < threshold
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
        let p = Aes128::new(&(*prf_key).into());
        let encrypt = |cipher: &Aes128, block: [u8; 16]| -> [u8; 16] {
            let mut b = block.into();
            cipher.encrypt_block(&mut b);
            b.into()
        };
        let constant = |i: u8| {
            let mut c = [0u8; 16];
            c[0] = i;
            c
        };
        let masks: Vec<[u8; 16]> = (0..8).map(|i| encrypt(&p, constant(i))).collect();
        let outer = Aes128::new(&encrypt(&p, constant(8)).into());
        let end = data.len().min(max);
        let mut h = 0u64;
        let mut i = min;
        while i < end {
            h = (h << 1).wrapping_add(gear[data[i] as usize]);
            let top_zero = h >> (64 - e.prefilter) == 0;
            if top_zero {
                // PMAC-shaped: the eight 8-byte pieces of the window ending at byte i, each
                // zero-extended to a block, masked and encrypted, XORed, encrypted again under
                // the second key.
                let window = &data[i + 1 - 64..=i];
                let mut sum = [0u8; 16];
                for (j, mask) in masks.iter().enumerate() {
                    let mut block = *mask;
                    for k in 0..8 {
                        block[k] ^= window[8 * j + k];
                    }
                    let e = encrypt(&p, block);
                    for k in 0..16 {
                        sum[k] ^= e[k];
                    }
                }
                let y = encrypt(&outer, sum);
                let mut first = [0u8; 8];
                first.copy_from_slice(&y[..8]);
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
        6222, 13143, 19327, 22976, 36396, 41432, 51254, 56743, 67529, 75983, 84588, 109256, 112161,
        118310, 121681, 125270, 133710, 144612, 147014, 179782, 194273, 198645, 200000,
    ];

    #[test]
    fn cut_points_depend_on_the_prf_key() {
        // An average of 8 KiB: the PRF accepts 1 candidate in 16 to 64 (at 1 KiB it accepts
        // half of them after `avg`, and chance agreement is high).
        let cfg = ChunkerConfig::new(2048, 8192, 32768, 1).unwrap();
        let data = sealvault_corpus::incompressible(1_000_000, 11);
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

    /// The PRF reads every byte of the window, the oldest too (which the gear hash keeps in
    /// one bit only): windows that differ anywhere get independent answers.
    #[test]
    fn the_prf_depends_on_every_byte_of_the_window() {
        let prf = super::WindowPrf::new(&[7; 16]);
        let window = sealvault_corpus::incompressible(64, 3);
        let base = prf.eval(&window);
        for i in 0..64 {
            let mut w = window.clone();
            w[i] ^= 1;
            assert_ne!(prf.eval(&w), base, "byte {i}");
        }
        assert_ne!(super::WindowPrf::new(&[8; 16]).eval(&window), base);
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
