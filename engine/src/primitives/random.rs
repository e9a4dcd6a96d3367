//! The one source of randomness: the operating system's CSPRNG.
//!
//! Keys, salts, nonces of wrapped keys and object ids all come from here. A failing OS generator
//! is an error, never a silent fallback.

use crate::error::{Error, Result};

/// Fills `dest` with bytes from the OS CSPRNG.
pub(crate) fn fill(dest: &mut [u8]) -> Result<()> {
    getrandom::fill(dest)
        .map_err(|e| Error::internal(format!("the OS random number generator failed: {e}")))
}

/// `N` fresh random bytes.
pub(crate) fn array<const N: usize>() -> Result<[u8; N]> {
    let mut out = [0u8; N];
    fill(&mut out)?;
    Ok(out)
}
