//! Bounded binary readers and writers for every stored encoding.
//!
//! All integers are little-endian. A [`Reader`] never reads past its slice, checks every length
//! against the bytes that remain *before* anything is allocated, and turns every shortfall into
//! an integrity error naming the object being decoded, so a hostile length field cannot make a
//! decoder allocate, panic or loop.

use crate::error::{Error, Result};

/// Appends fixed-width little-endian fields to a byte vector.
pub(crate) trait Put {
    fn put_u8(&mut self, v: u8);
    fn put_u16(&mut self, v: u16);
    fn put_u32(&mut self, v: u32);
    fn put_u64(&mut self, v: u64);
    fn put_bytes(&mut self, v: &[u8]);
}

impl Put for Vec<u8> {
    fn put_u8(&mut self, v: u8) {
        self.push(v);
    }
    fn put_u16(&mut self, v: u16) {
        self.extend_from_slice(&v.to_le_bytes());
    }
    fn put_u32(&mut self, v: u32) {
        self.extend_from_slice(&v.to_le_bytes());
    }
    fn put_u64(&mut self, v: u64) {
        self.extend_from_slice(&v.to_le_bytes());
    }
    fn put_bytes(&mut self, v: &[u8]) {
        self.extend_from_slice(v);
    }
}

/// A cursor over untrusted bytes.
pub(crate) struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
    what: &'a str,
}

impl<'a> Reader<'a> {
    /// `what` names the object in errors ("index segment 1a2b...", "key slot ...").
    pub(crate) fn new(buf: &'a [u8], what: &'a str) -> Self {
        Reader { buf, pos: 0, what }
    }

    pub(crate) fn error(&self, msg: &str) -> Error {
        Error::integrity(self.what, format!("{msg} at byte {}", self.pos))
    }

    pub(crate) fn remaining(&self) -> usize {
        self.buf.len() - self.pos
    }

    pub(crate) fn bytes(&mut self, n: usize) -> Result<&'a [u8]> {
        if n > self.remaining() {
            return Err(self.error("truncated"));
        }
        let out = &self.buf[self.pos..self.pos + n];
        self.pos += n;
        Ok(out)
    }

    pub(crate) fn array<const N: usize>(&mut self) -> Result<[u8; N]> {
        let mut out = [0u8; N];
        out.copy_from_slice(self.bytes(N)?);
        Ok(out)
    }

    pub(crate) fn u8(&mut self) -> Result<u8> {
        Ok(self.array::<1>()?[0])
    }
    pub(crate) fn u16(&mut self) -> Result<u16> {
        Ok(u16::from_le_bytes(self.array()?))
    }
    pub(crate) fn u32(&mut self) -> Result<u32> {
        Ok(u32::from_le_bytes(self.array()?))
    }
    pub(crate) fn u64(&mut self) -> Result<u64> {
        Ok(u64::from_le_bytes(self.array()?))
    }

    /// Reads a u32 element count and checks that `count * min_item_len` bytes remain, so the
    /// caller may allocate `count` items.
    pub(crate) fn count(&mut self, min_item_len: usize) -> Result<usize> {
        let n = self.u32()? as usize;
        match n.checked_mul(min_item_len.max(1)) {
            Some(need) if need <= self.remaining() => Ok(n),
            _ => Err(self.error("element count exceeds the remaining bytes")),
        }
    }

    /// Fails unless every byte was consumed: trailing bytes are a malformed encoding.
    pub(crate) fn finish(self) -> Result<()> {
        if self.remaining() != 0 {
            return Err(self.error("unexpected trailing bytes"));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_was_written() {
        let mut v = Vec::new();
        v.put_u8(1);
        v.put_u16(0x0203);
        v.put_u32(0x0405_0607);
        v.put_u64(u64::MAX - 1);
        v.put_bytes(b"xyz");
        let mut r = Reader::new(&v, "test");
        assert_eq!(r.u8().unwrap(), 1);
        assert_eq!(r.u16().unwrap(), 0x0203);
        assert_eq!(r.u32().unwrap(), 0x0405_0607);
        assert_eq!(r.u64().unwrap(), u64::MAX - 1);
        assert_eq!(r.bytes(3).unwrap(), b"xyz");
        r.finish().unwrap();
    }

    #[test]
    fn hostile_counts_and_truncation_are_errors() {
        let mut v = Vec::new();
        v.put_u32(u32::MAX);
        let mut r = Reader::new(&v, "segment x");
        let e = r.count(52).unwrap_err();
        assert!(e.is_integrity());
        assert_eq!(e.object(), Some("segment x"));
        let mut r = Reader::new(&[1, 2], "t");
        assert!(r.u32().is_err());
        let mut r = Reader::new(&[1, 2], "t");
        r.u8().unwrap();
        assert!(r.finish().is_err());
    }
}
