//! Id-list records: the body shared by pending-deletion records (`pending/`, pack ids) and
//! forget records (`forgotten/`, snapshot ids). `FORMAT.md`, "Lifecycle objects".
//!
//! ```text
//! version u8 = 1 | client time ns u64 | count u32 | count × id (16)
//! ```
//! The client time is informational only (shown to people); every age is judged by the
//! store's modification time of the record.

use crate::error::{Error, Result};
use crate::primitives::codec::{Put, Reader};

const RECORD_VERSION: u8 = 1;

/// A decoded id-list record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct IdList {
    /// The writer's clock when it wrote the record (nanoseconds since the epoch).
    pub(crate) client_ns: i64,
    /// The ids, in the order written.
    pub(crate) ids: Vec<[u8; 16]>,
}

impl IdList {
    pub(crate) fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(13 + 16 * self.ids.len());
        out.put_u8(RECORD_VERSION);
        out.put_u64(self.client_ns as u64);
        out.put_u32(self.ids.len() as u32);
        for id in &self.ids {
            out.put_bytes(id);
        }
        out
    }

    pub(crate) fn decode(body: &[u8], what: &str) -> Result<IdList> {
        let mut r = Reader::new(body, what);
        if r.u8()? != RECORD_VERSION {
            return Err(Error::unsupported(what, "unknown record version"));
        }
        let client_ns = r.u64()? as i64;
        let n = r.count(16)?;
        let mut ids = Vec::with_capacity(n);
        for _ in 0..n {
            ids.push(r.array()?);
        }
        r.finish()?;
        Ok(IdList { client_ns, ids })
    }
}

/// Nanoseconds since the epoch by this client's clock (informational only).
pub(crate) fn client_ns(clock: &crate::clock::Clock) -> i64 {
    clock
        .now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as i64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn round_trips(ns in any::<i64>(), ids in proptest::collection::vec(any::<[u8; 16]>(), 0..50)) {
            let r = IdList { client_ns: ns, ids };
            prop_assert_eq!(IdList::decode(&r.encode(), "r").unwrap(), r);
        }

        #[test]
        fn decode_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            let _ = IdList::decode(&bytes, "r");
        }

        #[test]
        fn truncations_and_extensions_are_errors(n in 0usize..5, cut in 1usize..100) {
            let bytes = IdList { client_ns: 7, ids: vec![[3; 16]; n] }.encode();
            let cut = cut.min(bytes.len());
            prop_assert!(IdList::decode(&bytes[..bytes.len() - cut], "r").is_err());
            let mut longer = bytes.clone();
            longer.push(0);
            prop_assert!(IdList::decode(&longer, "r").is_err());
        }
    }
}
