//! Repository format versions: which version a repository is, and what each version changes
//! in the bytes written (`FORMAT.md`, "Format versions"). The config's plaintext header carries
//! the version; every writer asks its repository's [`FormatVersion`] rather than testing numbers.
//!
//! Version 2 pads every sealed metadata object (`sealed`) and stores the chunker algorithm in
//! the config; packs and key slots are unchanged (their own version fields stay 1). A build
//! reads both versions and keeps writing a version 1 repository as version 1, so older builds
//! can still open it and its chunk ids stay the same.

use std::fmt;

/// A repository format version.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FormatVersion {
    /// The first format: sealed objects unpadded, keyed FastCDC.
    V1,
    /// Sealed objects padded; the config names the chunker algorithm (gear-AES by default).
    V2,
}

impl FormatVersion {
    /// The version new repositories get.
    pub const CURRENT: FormatVersion = FormatVersion::V2;

    /// The number stored in objects.
    pub fn number(self) -> u16 {
        match self {
            FormatVersion::V1 => 1,
            FormatVersion::V2 => 2,
        }
    }

    /// The version a stored number names, if this build knows it.
    pub fn from_number(n: u16) -> Option<FormatVersion> {
        match n {
            1 => Some(FormatVersion::V1),
            2 => Some(FormatVersion::V2),
            _ => None,
        }
    }

    /// Whether sealed metadata objects are padded (`sealed::padded_len`).
    pub(crate) fn pads_sealed_objects(self) -> bool {
        self >= FormatVersion::V2
    }

    /// The smallest pack written: version 2 pads every pack to at least one read window
    /// (256 KiB), so a pack holding one tree or a few small blobs does not show their size to
    /// within Padmé's steps of a few hundred bytes. Readers accept any padding length, so
    /// this changed no reader.
    pub(crate) fn min_pack_len(self) -> usize {
        match self {
            FormatVersion::V1 => 0,
            FormatVersion::V2 => crate::store::read::READ_WINDOW as usize,
        }
    }
}

impl fmt::Display for FormatVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.number())
    }
}
