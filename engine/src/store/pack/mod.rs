//! Packs: many sealed blobs in one storage object (sans-IO: bytes in, bytes out).
//!
//! ```text
//! blob 0 | blob 1 | ... | padding | sealed header | trailer (94 bytes)
//! trailer = pack uid (16) | wrapped pack key (48) | header length u32 | version u16
//!         | checksum (16, XXH3-128 of every byte before it) | magic "SEALVPAK"
//! ```
//! Each pack has its own random key and uid. A blob is sealed under the pack key with the nonce
//! (blob domain, its byte offset) and the AAD (kind, blob id, pack uid), so it cannot be swapped,
//! moved within or across packs, or relabelled. Padding is a keystream of the pack key, sized by
//! Padmé, so the provider sees neither blob sizes nor exact contents. The checksum is also the
//! pack's name: anyone, without keys, can check a pack against its name. `FORMAT.md` ("Packs")
//! says why a fast non-cryptographic checksum is enough there.

use crate::error::{Error, Result};
use crate::primitives::codec::{Put, Reader};
use crate::primitives::compress::Compression;
use crate::primitives::crypto::{self, AeadKey, TAG_LEN};
use crate::primitives::id::{BlobId, PackId, RepoId};
use crate::primitives::keys::{
    ChunkIdKey, PackKey, WRAPPED_PACK_KEY_LEN, WrappedPackKey, WrappingKey,
};

pub(crate) const PACK_MAGIC: &[u8; 8] = b"SEALVPAK";
pub(crate) const PACK_VERSION: u16 = 1;
/// Fixed size of the trailer at the end of every pack.
pub const TRAILER_LEN: usize = 16 + WRAPPED_PACK_KEY_LEN + 4 + 2 + 16 + 8;
/// Header plaintext is zero-filled to a multiple of this, so its length hides the blob count.
const HEADER_ALIGN: usize = 4096;
const HEADER_ENTRY_LEN: usize = 1 + 32 + 4 + 4;
/// Largest pack a writer may produce: offsets are 32-bit.
pub(crate) const MAX_PACK_LEN: usize = u32::MAX as usize;

/// What a blob holds. Part of every blob's AAD.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BlobKind {
    /// File contents.
    Data,
    /// A directory listing or other metadata stored as a blob.
    Tree,
}

impl BlobKind {
    pub(crate) fn code(self) -> u8 {
        match self {
            BlobKind::Data => 0,
            BlobKind::Tree => 1,
        }
    }

    pub(crate) fn from_code(c: u8) -> Option<BlobKind> {
        match c {
            0 => Some(BlobKind::Data),
            1 => Some(BlobKind::Tree),
            _ => None,
        }
    }
}

/// Where one blob sits in its pack.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct PackEntry {
    pub(crate) kind: BlobKind,
    pub(crate) id: BlobId,
    pub(crate) offset: u32,
    /// Sealed length: encoded length plus the 16-byte tag.
    pub(crate) stored_len: u32,
    /// Plaintext length.
    pub(crate) raw_len: u32,
}

/// A pack under construction. Blobs are sealed straight into its buffer: no copy per blob
/// beyond the one into the buffer (zstd writes there directly; raw blobs are copied once).
pub(crate) struct PackWriter {
    /// The smallest length the finished pack is padded to (`FormatVersion::min_pack_len`).
    min_len: usize,
    uid: [u8; 16],
    aead: AeadKey,
    key: PackKey,
    wrapped: WrappedPackKey,
    buf: Vec<u8>,
    entries: Vec<PackEntry>,
}

/// A finished pack, ready to upload.
pub(crate) struct FinishedPack {
    pub(crate) id: PackId,
    pub(crate) bytes: Vec<u8>,
    pub(crate) entries: Vec<PackEntry>,
}

fn wrap_aad(repo: RepoId) -> [u8; 8 + 2 + 16] {
    let mut aad = [0u8; 26];
    aad[..8].copy_from_slice(PACK_MAGIC);
    aad[8..10].copy_from_slice(&PACK_VERSION.to_le_bytes());
    aad[10..].copy_from_slice(repo.as_bytes());
    aad
}

fn header_aad(uid: &[u8; 16]) -> [u8; 8 + 2 + 16] {
    let mut aad = [0u8; 26];
    aad[..8].copy_from_slice(PACK_MAGIC);
    aad[8..10].copy_from_slice(&PACK_VERSION.to_le_bytes());
    aad[10..].copy_from_slice(uid);
    aad
}

fn blob_aad(kind: BlobKind, id: &BlobId, uid: &[u8; 16]) -> [u8; 1 + 32 + 16] {
    let mut aad = [0u8; 49];
    aad[0] = kind.code();
    aad[1..33].copy_from_slice(id.as_bytes());
    aad[33..].copy_from_slice(uid);
    aad
}

/// Padmé (Nikitin et al., PETS 2019): rounds `len` up so that at most O(log log len) bits of
/// it stay visible; overhead at most about 12%, under 3.2% for lengths of 1 MiB and more.
pub fn padme(len: u64) -> u64 {
    if len < 2 {
        return len;
    }
    let e = 63 - u64::from(len.leading_zeros()); // floor(log2 len)
    let s = 64 - u64::from(e.leading_zeros()); // floor(log2 e) + 1
    let mask = (1u64 << (e - s)) - 1;
    (len + mask) & !mask
}

impl PackWriter {
    /// A new, empty pack with a fresh random key and uid, writing into `buffer` (cleared, then
    /// grown to `capacity`: a recycled buffer saves the page faults of a fresh allocation).
    pub(crate) fn new(
        wrapping: &WrappingKey,
        repo: RepoId,
        buffer: Vec<u8>,
        capacity: usize,
    ) -> Result<Self> {
        let (key, uid) = (PackKey::generate()?, crate::primitives::random::array()?);
        Self::with_key(wrapping, repo, buffer, capacity, key, uid)
    }

    /// Pads the finished pack to at least `min_len` bytes (then Padmé).
    pub(crate) fn padded_to_at_least(mut self, min_len: usize) -> Self {
        self.min_len = min_len;
        self
    }

    /// A pack with a given key and uid: for golden vectors only. Reusing a key is forbidden.
    pub(crate) fn with_key(
        wrapping: &WrappingKey,
        repo: RepoId,
        mut buffer: Vec<u8>,
        capacity: usize,
        key: PackKey,
        uid: [u8; 16],
    ) -> Result<Self> {
        let wrapped = wrapping.wrap(&key, &uid, &wrap_aad(repo))?;
        buffer.clear();
        buffer.reserve(capacity);
        Ok(PackWriter {
            min_len: 0,
            uid,
            aead: key.aead(),
            key,
            wrapped,
            buf: buffer,
            entries: Vec::new(),
        })
    }

    /// The blobs added so far.
    pub(crate) fn entries(&self) -> &[PackEntry] {
        &self.entries
    }

    pub(crate) fn uid(&self) -> [u8; 16] {
        self.uid
    }

    pub(crate) fn wrapped(&self) -> &WrappedPackKey {
        &self.wrapped
    }

    /// Bytes of sealed blobs so far.
    pub(crate) fn len(&self) -> usize {
        self.buf.len()
    }

    /// Compresses and seals one blob into the pack.
    pub(crate) fn add(
        &mut self,
        kind: BlobKind,
        id: BlobId,
        plaintext: &[u8],
        compression: Compression,
    ) -> Result<PackEntry> {
        let offset = self.buf.len();
        let fits = offset + plaintext.len() + 1 + TAG_LEN + HEADER_ALIGN * 4 + TRAILER_LEN;
        let raw_len = u32::try_from(plaintext.len()).ok();
        let (Some(raw_len), true) = (raw_len, fits <= MAX_PACK_LEN) else {
            return Err(Error::invalid_input(
                "blob does not fit in a pack (4 GiB limit)",
            ));
        };
        compression.encode_into(plaintext, &mut self.buf)?;
        let nonce = crypto::nonce(crypto::NONCE_DOMAIN_BLOB, offset as u64);
        let aad = blob_aad(kind, &id, &self.uid);
        if let Err(e) = self
            .aead
            .seal_append_tag(&nonce, &aad, &mut self.buf, offset)
        {
            self.buf.truncate(offset);
            return Err(e);
        }
        let entry = PackEntry {
            kind,
            id,
            offset: offset as u32,
            stored_len: (self.buf.len() - offset) as u32,
            raw_len,
        };
        self.entries.push(entry);
        Ok(entry)
    }

    /// Pads, appends the sealed header and the trailer, and names the pack.
    pub(crate) fn finish(mut self) -> Result<FinishedPack> {
        let blobs_end = self.buf.len();
        let header_plain_len =
            (8 + HEADER_ENTRY_LEN * self.entries.len()).div_ceil(HEADER_ALIGN) * HEADER_ALIGN;
        let unpadded = blobs_end + header_plain_len + TAG_LEN + TRAILER_LEN;
        let padding = padme(unpadded.max(self.min_len) as u64) as usize - unpadded;
        if unpadded + padding > MAX_PACK_LEN {
            return Err(Error::invalid_input("pack exceeds the 4 GiB limit"));
        }
        self.buf.resize(blobs_end + padding, 0);
        self.key.padding(&mut self.buf[blobs_end..]);

        let header_start = self.buf.len();
        self.buf.put_u32(self.entries.len() as u32);
        self.buf.put_u32(padding as u32);
        for e in &self.entries {
            self.buf.put_u8(e.kind.code());
            self.buf.put_bytes(e.id.as_bytes());
            self.buf.put_u32(e.stored_len);
            self.buf.put_u32(e.raw_len);
        }
        self.buf.resize(header_start + header_plain_len, 0);
        let nonce = crypto::nonce(crypto::NONCE_DOMAIN_PACK_HEADER, 0);
        self.aead
            .seal_append_tag(&nonce, &header_aad(&self.uid), &mut self.buf, header_start)?;
        let header_len = (self.buf.len() - header_start) as u32;

        self.buf.put_bytes(&self.uid);
        self.buf.put_bytes(&self.wrapped.0);
        self.buf.put_u32(header_len);
        self.buf.put_u16(PACK_VERSION);
        let checksum = xxhash_rust::xxh3::xxh3_128(&self.buf).to_le_bytes();
        self.buf.put_bytes(&checksum);
        self.buf.put_bytes(PACK_MAGIC);
        debug_assert_eq!(self.buf.len(), unpadded + padding);
        Ok(FinishedPack {
            id: PackId::from_bytes(checksum),
            bytes: self.buf,
            entries: self.entries,
        })
    }
}

/// The decoded trailer of a pack.
#[derive(Clone, Debug)]
pub(crate) struct Trailer {
    pub(crate) uid: [u8; 16],
    pub(crate) wrapped: WrappedPackKey,
    pub(crate) header_len: u32,
    pub(crate) checksum: PackId,
}

/// Decodes the last [`TRAILER_LEN`] bytes of a pack of `pack_len` bytes. No key needed.
pub(crate) fn parse_trailer(pack_len: u64, tail: &[u8], what: &str) -> Result<Trailer> {
    if tail.len() != TRAILER_LEN || &tail[TRAILER_LEN - 8..] != PACK_MAGIC {
        return Err(Error::unsupported(
            what,
            "not a sealvault pack (no trailer magic)",
        ));
    }
    let mut r = Reader::new(tail, what);
    let uid = r.array()?;
    let wrapped = WrappedPackKey(r.array()?);
    let header_len = r.u32()?;
    let version = r.u16()?;
    if version != PACK_VERSION {
        return Err(Error::unsupported(
            what,
            format!("pack format version {version}; this build reads {PACK_VERSION}"),
        ));
    }
    let checksum = PackId::from_bytes(r.array()?);
    let min_header = (HEADER_ALIGN + TAG_LEN) as u64;
    if u64::from(header_len) < min_header || u64::from(header_len) + TRAILER_LEN as u64 > pack_len {
        return Err(Error::integrity(what, "header length out of range"));
    }
    Ok(Trailer {
        uid,
        wrapped,
        header_len,
        checksum,
    })
}

/// Checks a whole pack against its name without any key: the trailer checksum must match the
/// bytes and the name. This is what a storage server can run.
pub fn verify_checksum(bytes: &[u8], name: PackId, what: &str) -> Result<()> {
    if bytes.len() < TRAILER_LEN {
        return Err(Error::integrity(what, "shorter than a pack trailer"));
    }
    let t = parse_trailer(
        bytes.len() as u64,
        &bytes[bytes.len() - TRAILER_LEN..],
        what,
    )?;
    let body = &bytes[..bytes.len() - 24];
    let actual = PackId::from_bytes(xxhash_rust::xxh3::xxh3_128(body).to_le_bytes());
    if actual != t.checksum {
        return Err(Error::integrity(
            what,
            "checksum does not match the pack's bytes",
        ));
    }
    if actual != name {
        return Err(Error::integrity(what, "pack bytes do not match its name"));
    }
    Ok(())
}

/// Unwraps the key of the pack with this trailer data.
pub(crate) fn unwrap_key(
    wrapping: &WrappingKey,
    repo: RepoId,
    uid: &[u8; 16],
    wrapped: &WrappedPackKey,
    what: &str,
) -> Result<PackKey> {
    wrapping
        .unwrap(wrapped, uid, &wrap_aad(repo))
        .ok_or_else(|| Error::integrity(what, "pack key does not unwrap"))
}

/// Opens one sealed blob read from `offset` of the pack with uid `uid`, decompresses it and
/// checks it against its id. Returns the verified plaintext: a slice of `sealed` (decrypted in
/// place) if the blob was stored raw, else of `scratch` (see [`Compression::decode_into`]).
pub(crate) fn open_blob<'a>(
    aead: &AeadKey,
    uid: &[u8; 16],
    entry: &PackEntry,
    sealed: &'a mut [u8],
    ids: &ChunkIdKey,
    what: &str,
    scratch: &'a mut Vec<u8>,
) -> Result<&'a [u8]> {
    if sealed.len() != entry.stored_len as usize {
        return Err(Error::integrity(what, "blob truncated"));
    }
    let nonce = crypto::nonce(crypto::NONCE_DOMAIN_BLOB, u64::from(entry.offset));
    let aad = blob_aad(entry.kind, &entry.id, uid);
    let encoded = aead
        .open_in_place(&nonce, &aad, sealed)
        .map_err(|_| Error::integrity(what, "blob authentication failed (damaged or tampered)"))?;
    let plain = Compression::decode_into(encoded, entry.raw_len as usize, what, scratch)?;
    if ids.blob_id(plain) != entry.id {
        return Err(Error::integrity(
            what,
            "plaintext does not match the blob id",
        ));
    }
    Ok(plain)
}

/// The decoded header of a pack.
pub(crate) struct Header {
    pub(crate) padding: u32,
    pub(crate) entries: Vec<PackEntry>,
}

/// Opens and decodes a sealed header (in place). `blobs_and_padding` is the number of bytes
/// before the header; the entries must tile it exactly up to the padding.
pub(crate) fn open_header(
    aead: &AeadKey,
    uid: &[u8; 16],
    sealed: &mut [u8],
    blobs_and_padding: u64,
    what: &str,
) -> Result<Header> {
    let nonce = crypto::nonce(crypto::NONCE_DOMAIN_PACK_HEADER, 0);
    let plain = aead
        .open_in_place(&nonce, &header_aad(uid), sealed)
        .map_err(|_| Error::integrity(what, "pack header authentication failed"))?;
    parse_header(plain, blobs_and_padding, what)
}

/// Decodes the plaintext of a pack header (after authentication).
pub(crate) fn parse_header(plain: &[u8], blobs_and_padding: u64, what: &str) -> Result<Header> {
    let mut r = Reader::new(plain, what);
    let count = r.count(HEADER_ENTRY_LEN)?;
    let padding = r.u32()?;
    let mut entries = Vec::with_capacity(count);
    let mut offset = 0u64;
    for _ in 0..count {
        let kind = BlobKind::from_code(r.u8()?).ok_or_else(|| r.error("unknown blob kind"))?;
        let id = BlobId::from_bytes(r.array()?);
        let stored_len = r.u32()?;
        let raw_len = r.u32()?;
        if (stored_len as usize) < 1 + TAG_LEN {
            return Err(r.error("blob shorter than a tag"));
        }
        entries.push(PackEntry {
            kind,
            id,
            offset: u32::try_from(offset).map_err(|_| r.error("offset beyond 4 GiB"))?,
            stored_len,
            raw_len,
        });
        offset += u64::from(stored_len);
    }
    if offset + u64::from(padding) != blobs_and_padding {
        return Err(Error::integrity(
            what,
            "header does not describe the pack's layout",
        ));
    }
    if r.bytes(r.remaining())?.iter().any(|&b| b != 0) {
        return Err(Error::integrity(what, "header fill is not zero"));
    }
    Ok(Header { padding, entries })
}

/// Most bytes of header `header_entries` reads: a 1 GiB pack (the largest `init` allows) of
/// 4 KiB blobs has 262,144 entries, about 11 MiB of header.
const MAX_HEADER_LEN: u32 = 64 << 20;

/// The blobs of pack `name` (of `pack_len` bytes) from its trailer and header alone, as
/// `read(offset, len)` returns them: what rebuilding an index needs, without reading the blobs.
/// The trailer must carry the pack's name; the header is authenticated.
pub(crate) fn header_entries(
    name: PackId,
    pack_len: u64,
    wrapping: &WrappingKey,
    repo: RepoId,
    read: impl Fn(u64, u64) -> Result<Vec<u8>>,
    what: &str,
) -> Result<(Trailer, Vec<PackEntry>)> {
    if pack_len < TRAILER_LEN as u64 {
        return Err(Error::integrity(what, "shorter than a pack trailer"));
    }
    let tail = read(pack_len - TRAILER_LEN as u64, TRAILER_LEN as u64)?;
    let t = parse_trailer(pack_len, &tail, what)?;
    if t.checksum != name {
        return Err(Error::integrity(what, "trailer names another pack"));
    }
    if t.header_len > MAX_HEADER_LEN {
        return Err(Error::integrity(
            what,
            "pack header larger than any pack needs",
        ));
    }
    let key = unwrap_key(wrapping, repo, &t.uid, &t.wrapped, what)?;
    let header_start = pack_len - TRAILER_LEN as u64 - u64::from(t.header_len);
    let mut header = read(header_start, u64::from(t.header_len))?;
    let h = open_header(&key.aead(), &t.uid, &mut header, header_start, what)?;
    Ok((t, h.entries))
}

/// Verifies every byte of a pack: checksum and name, wrapped key, header, padding, and every
/// blob (authenticated, decompressed and checked against its id). Returns the blob entries.
pub(crate) fn verify_pack(
    bytes: &[u8],
    name: PackId,
    wrapping: &WrappingKey,
    repo: RepoId,
    ids: &ChunkIdKey,
    what: &str,
) -> Result<Vec<PackEntry>> {
    verify_checksum(bytes, name, what)?;
    let t = parse_trailer(
        bytes.len() as u64,
        &bytes[bytes.len() - TRAILER_LEN..],
        what,
    )?;
    let key = unwrap_key(wrapping, repo, &t.uid, &t.wrapped, what)?;
    let aead = key.aead();
    let header_start = bytes.len() - TRAILER_LEN - t.header_len as usize;
    let mut header_bytes = bytes[header_start..bytes.len() - TRAILER_LEN].to_vec();
    let header = open_header(&aead, &t.uid, &mut header_bytes, header_start as u64, what)?;
    let padding_start = header_start - header.padding as usize;
    let mut expected = vec![0u8; header.padding as usize];
    key.padding(&mut expected);
    if bytes[padding_start..header_start] != expected[..] {
        return Err(Error::integrity(what, "padding was modified"));
    }
    let (mut sealed, mut scratch) = (Vec::new(), Vec::new());
    for e in &header.entries {
        let start = e.offset as usize;
        sealed.clear();
        sealed.extend_from_slice(&bytes[start..start + e.stored_len as usize]);
        open_blob(&aead, &t.uid, e, &mut sealed, ids, what, &mut scratch)?;
    }
    Ok(header.entries)
}

#[cfg(test)]
mod tests;
