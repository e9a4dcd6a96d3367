//! Keyed FastCDC 2020: the chunker of format version 1, kept selectable
//! ([`ChunkerAlgorithm::FastCdc`](super::ChunkerAlgorithm::FastCdc)).
//!
//! The `fastcdc` crate supplies the cut-point scan ([`fastcdc::v2020::cut_gear`]); this module
//! supplies the tables. The crate's own seeded constructor only XORs a 64-bit seed into the
//! public tables, and the high seed bits shift out of the rolling hash, so it is no key. Here
//! the full 256-entry table is the BLAKE3 XOF of the chunker key, so cut points depend on all
//! 256 key bits. The cut decision is a mask test on the gear hash itself, so leaked chunk
//! lengths let an observer solve for the table (the 2025 attacks); new repositories use
//! [`super::gear_aes`] instead.

use ::fastcdc::v2020::{self, Normalization};

use super::{ChunkerConfig, GearTable};

/// FastCDC's masks and its two tables.
pub(super) struct FastCdc {
    mask_s: u64,
    mask_l: u64,
    gear: GearTable,
    /// The table shifted left by one, as FastCDC 2020's two-bytes-a-step scan wants it.
    gear_ls: GearTable,
}

impl FastCdc {
    pub(super) fn new(config: &ChunkerConfig, gear: GearTable) -> FastCdc {
        let level = match config.normalization() {
            0 => Normalization::Level0,
            1 => Normalization::Level1,
            2 => Normalization::Level2,
            _ => Normalization::Level3,
        };
        let (mask_s, mask_l) = v2020::select_masks(config.avg() as usize, level);
        let mut gear_ls = GearTable::new(Box::new([0u64; 256]));
        for (ls, g) in gear_ls.0.iter_mut().zip(gear.0.iter()) {
            *ls = g << 1;
        }
        FastCdc {
            mask_s,
            mask_l,
            gear,
            gear_ls,
        }
    }

    /// See [`super::Chunker::next_cut`].
    pub(super) fn next_cut(&self, data: &[u8], min: usize, avg: usize, max: usize) -> usize {
        let (_hash, len) = v2020::cut_gear(
            data,
            min,
            avg,
            max,
            self.mask_s,
            self.mask_l,
            self.mask_s << 1,
            self.mask_l << 1,
            &self.gear.0[..],
            &self.gear_ls.0[..],
        );
        len
    }
}
