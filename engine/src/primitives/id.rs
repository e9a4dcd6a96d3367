//! Typed identifiers: fixed-size byte strings shown as lowercase hex.
//!
//! Each kind of id has its own type so that a pack id can never be passed where a blob id is
//! expected. None of them is secret: ids appear in object names or inside sealed metadata.

use std::fmt;

use crate::error::{Error, Result};

macro_rules! typed_id {
    ($(#[$doc:meta])* $name:ident, $len:expr) => {
        $(#[$doc])*
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name([u8; $len]);

        impl $name {
            /// Length in bytes.
            pub const LEN: usize = $len;

            /// Wraps raw bytes.
            pub const fn from_bytes(bytes: [u8; $len]) -> Self {
                Self(bytes)
            }

            /// The raw bytes.
            pub const fn as_bytes(&self) -> &[u8; $len] {
                &self.0
            }

            /// Lowercase hex, as used in object names.
            pub fn to_hex(&self) -> String {
                crate::primitives::id::hex(&self.0)
            }

            /// Parses lowercase or uppercase hex of exactly the right length.
            pub fn from_hex(s: &str) -> Result<Self> {
                let mut out = [0u8; $len];
                crate::primitives::id::unhex(s, &mut out)
                    .ok_or_else(|| Error::invalid_input(format!(
                        "{} must be {} hex digits, got {s:?}", stringify!($name), 2 * $len
                    )))?;
                Ok(Self(out))
            }

            #[allow(dead_code)] // generated for every id type; not all need random ones
            pub(crate) fn random() -> Result<Self> {
                let mut out = [0u8; $len];
                crate::primitives::random::fill(&mut out)?;
                Ok(Self(out))
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.to_hex())
            }
        }

        /// Lowercase hex, as [`to_hex`](Self::to_hex) writes it.
        #[cfg(feature = "serde")]
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
                s.serialize_str(&self.to_hex())
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({})", stringify!($name), self.to_hex())
            }
        }
    };
}

typed_id!(
    /// Identifies a blob: the keyed BLAKE3 of its plaintext (see `FORMAT.md`, "Blob ids").
    BlobId,
    32
);
typed_id!(
    /// Identifies a pack: the XXH3-128 checksum of its stored bytes, which is also its name.
    PackId,
    16
);
typed_id!(
    /// Identifies a repository; chosen at random by `init`.
    RepoId,
    16
);
typed_id!(
    /// Identifies one key slot; chosen at random when the slot is added.
    SlotId,
    16
);
typed_id!(
    /// Identifies one sealed metadata object (index segment, snapshot, config revision).
    ObjectId,
    16
);

pub(crate) fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[usize::from(b >> 4)] as char);
        s.push(DIGITS[usize::from(b & 15)] as char);
    }
    s
}

pub(crate) fn unhex(s: &str, out: &mut [u8]) -> Option<()> {
    let s = s.as_bytes();
    if s.len() != out.len() * 2 {
        return None;
    }
    fn nibble(c: u8) -> Option<u8> {
        match c {
            b'0'..=b'9' => Some(c - b'0'),
            b'a'..=b'f' => Some(c - b'a' + 10),
            b'A'..=b'F' => Some(c - b'A' + 10),
            _ => None,
        }
    }
    for (o, pair) in out.iter_mut().zip(s.chunks_exact(2)) {
        *o = (nibble(pair[0])? << 4) | nibble(pair[1])?;
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn hex_round_trips(bytes in any::<[u8; 32]>()) {
            let id = BlobId::from_bytes(bytes);
            prop_assert_eq!(BlobId::from_hex(&id.to_hex()).unwrap(), id);
            prop_assert_eq!(BlobId::from_hex(&id.to_hex().to_uppercase()).unwrap(), id);
        }

        #[test]
        fn from_hex_never_panics(s in ".{0,70}") {
            let _ = PackId::from_hex(&s);
        }
    }

    #[test]
    fn from_hex_rejects_bad_length_and_digits() {
        assert!(PackId::from_hex("00").is_err());
        assert!(PackId::from_hex(&"g".repeat(32)).is_err());
        assert_eq!(
            PackId::from_hex(&"0".repeat(32)).unwrap().as_bytes(),
            &[0; 16]
        );
    }
}
