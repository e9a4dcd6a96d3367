//! Primitives: typed ids, randomness, bounded codecs, compression, the keyed chunker, the key
//! hierarchy and AEAD. They know nothing of packs, indexes, files or storage.

pub mod chunk;
pub(crate) mod codec;
pub(crate) mod compress;
pub(crate) mod crypto;
pub(crate) mod id;
pub(crate) mod keys;
pub(crate) mod random;
