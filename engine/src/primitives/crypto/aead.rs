//! The AES-256-GCM seam: one key type, three engines, one dispatcher.
//!
//! Measured on the development machine (AMD EPYC with AVX-512, VAES, VPCLMULQDQ; one core,
//! 1 MiB messages; `cargo bench -p sealvault-bench --bench stages -- seal`): aws-lc-rs seals at
//! about 23 GB/s, ring 0.17 at about 9 GB/s, the pure-Rust `aes-gcm` 0.11 at about 3.5 GB/s.
//! aws-lc's fast path needs AVX-512 (without it, it was measured at 3.5 GB/s against ring's 6.8),
//! so the dispatcher picks aws-lc only where the CPU has AVX-512 with VAES, ring otherwise.
//! All engines produce identical bytes; the tests below check the fast ones against `aes-gcm`.

use std::sync::OnceLock;

use aes_gcm::aead::AeadInOut as _;
use aes_gcm::{Aes256Gcm, KeyInit as _};

use crate::error::{Error, Result};

pub(crate) const NONCE_LEN: usize = 12;
pub(crate) const TAG_LEN: usize = 16;

/// An AES-256-GCM implementation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AeadEngine {
    /// AWS-LC through `aws-lc-rs` (feature `aws-lc`).
    AwsLc,
    /// BoringSSL-derived assembly through `ring` (feature `ring`).
    Ring,
    /// The pure-Rust `aes-gcm` crate: always compiled, the reference in tests.
    RustCrypto,
}

impl AeadEngine {
    /// Every engine compiled into this build.
    pub fn available() -> Vec<AeadEngine> {
        let mut v = Vec::new();
        if cfg!(feature = "aws-lc") {
            v.push(AeadEngine::AwsLc);
        }
        if cfg!(feature = "ring") {
            v.push(AeadEngine::Ring);
        }
        v.push(AeadEngine::RustCrypto);
        v
    }

    /// The engine used by default on this CPU (decided once per process).
    pub fn fastest() -> AeadEngine {
        static CHOICE: OnceLock<AeadEngine> = OnceLock::new();
        *CHOICE.get_or_init(|| {
            let available = AeadEngine::available();
            let has = |e| available.contains(&e);
            if has(AeadEngine::AwsLc) && cpu_has_vaes_avx512() {
                AeadEngine::AwsLc
            } else if has(AeadEngine::Ring) {
                AeadEngine::Ring
            } else {
                available[0]
            }
        })
    }
}

fn cpu_has_vaes_avx512() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        std::arch::is_x86_feature_detected!("avx512f")
            && std::arch::is_x86_feature_detected!("avx512vl")
            && std::arch::is_x86_feature_detected!("vaes")
            && std::arch::is_x86_feature_detected!("vpclmulqdq")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

/// An expanded AES-256-GCM key. Built from raw key bytes, which the caller keeps zeroized.
pub struct AeadKey {
    inner: Inner,
}

enum Inner {
    #[cfg(feature = "aws-lc")]
    AwsLc(aws_lc_rs::aead::LessSafeKey),
    #[cfg(feature = "ring")]
    Ring(Box<ring::aead::LessSafeKey>),
    RustCrypto(Box<Aes256Gcm>),
}

impl std::fmt::Debug for AeadKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AeadKey(<redacted>)")
    }
}

impl AeadKey {
    /// Expands `key` for the fastest engine on this CPU.
    pub fn new(key: &[u8; 32]) -> AeadKey {
        Self::with_engine(AeadEngine::fastest(), key)
            .expect("the fastest engine is one of the available ones")
    }

    /// Expands `key` for a given engine; `None` if that engine is not compiled in.
    pub fn with_engine(engine: AeadEngine, key: &[u8; 32]) -> Option<AeadKey> {
        let inner = match engine {
            #[cfg(feature = "aws-lc")]
            AeadEngine::AwsLc => {
                use aws_lc_rs::aead::{AES_256_GCM, LessSafeKey, UnboundKey};
                let unbound = UnboundKey::new(&AES_256_GCM, key).ok()?;
                Inner::AwsLc(LessSafeKey::new(unbound))
            }
            #[cfg(feature = "ring")]
            AeadEngine::Ring => {
                use ring::aead::{AES_256_GCM, LessSafeKey, UnboundKey};
                let unbound = UnboundKey::new(&AES_256_GCM, key).ok()?;
                Inner::Ring(Box::new(LessSafeKey::new(unbound)))
            }
            AeadEngine::RustCrypto => Inner::RustCrypto(Box::new(Aes256Gcm::new(key.into()))),
            #[allow(unreachable_patterns)]
            _ => return None,
        };
        Some(AeadKey { inner })
    }

    /// Encrypts `in_out` in place and returns the tag.
    pub fn seal_in_place(
        &self,
        nonce: &[u8; NONCE_LEN],
        aad: &[u8],
        in_out: &mut [u8],
    ) -> Result<[u8; TAG_LEN]> {
        let fail = || Error::internal("AES-GCM refused to seal (message too long)");
        match &self.inner {
            #[cfg(feature = "aws-lc")]
            Inner::AwsLc(k) => {
                use aws_lc_rs::aead::{Aad, Nonce};
                let n = Nonce::assume_unique_for_key(*nonce);
                let tag = k
                    .seal_in_place_separate_tag(n, Aad::from(aad), in_out)
                    .map_err(|_| fail())?;
                Ok(tag.as_ref().try_into().map_err(|_| fail())?)
            }
            #[cfg(feature = "ring")]
            Inner::Ring(k) => {
                use ring::aead::{Aad, Nonce};
                let n = Nonce::assume_unique_for_key(*nonce);
                let tag = k
                    .seal_in_place_separate_tag(n, Aad::from(aad), in_out)
                    .map_err(|_| fail())?;
                Ok(tag.as_ref().try_into().map_err(|_| fail())?)
            }
            Inner::RustCrypto(k) => {
                let tag = k
                    .encrypt_inout_detached(nonce.into(), aad, in_out.into())
                    .map_err(|_| fail())?;
                Ok(tag.into())
            }
        }
    }

    /// Encrypts `buf[start..]` in place and appends the tag to `buf`.
    pub fn seal_append_tag(
        &self,
        nonce: &[u8; NONCE_LEN],
        aad: &[u8],
        buf: &mut Vec<u8>,
        start: usize,
    ) -> Result<()> {
        let tag = self.seal_in_place(nonce, aad, &mut buf[start..])?;
        buf.extend_from_slice(&tag);
        Ok(())
    }

    /// Verifies and decrypts `sealed` (ciphertext then tag) in place; returns the plaintext,
    /// which is the first `sealed.len() - 16` bytes. Nothing is released if verification fails
    /// (the buffer then holds unspecified bytes).
    pub fn open_in_place<'a>(
        &self,
        nonce: &[u8; NONCE_LEN],
        aad: &[u8],
        sealed: &'a mut [u8],
    ) -> std::result::Result<&'a mut [u8], Unauthentic> {
        let ct_len = sealed.len().checked_sub(TAG_LEN).ok_or(Unauthentic)?;
        match &self.inner {
            #[cfg(feature = "aws-lc")]
            Inner::AwsLc(k) => {
                use aws_lc_rs::aead::{Aad, Nonce};
                let n = Nonce::assume_unique_for_key(*nonce);
                k.open_in_place(n, Aad::from(aad), sealed)
                    .map_err(|_| Unauthentic)
            }
            #[cfg(feature = "ring")]
            Inner::Ring(k) => {
                use ring::aead::{Aad, Nonce};
                let n = Nonce::assume_unique_for_key(*nonce);
                k.open_in_place(n, Aad::from(aad), sealed)
                    .map_err(|_| Unauthentic)
            }
            Inner::RustCrypto(k) => {
                let (ct, tag) = sealed.split_at_mut(ct_len);
                let tag: &[u8; TAG_LEN] = (&*tag).try_into().map_err(|_| Unauthentic)?;
                k.decrypt_inout_detached(nonce.into(), aad, (&mut *ct).into(), tag.into())
                    .map_err(|_| Unauthentic)?;
                Ok(ct)
            }
        }
    }
}

/// Authentication failed: wrong key, or the ciphertext, tag, nonce or AAD changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unauthentic;

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn seal_with(
        engine: AeadEngine,
        key: &[u8; 32],
        nonce: &[u8; 12],
        aad: &[u8],
        msg: &[u8],
    ) -> Vec<u8> {
        let k = AeadKey::with_engine(engine, key).unwrap();
        let mut buf = msg.to_vec();
        k.seal_append_tag(nonce, aad, &mut buf, 0).unwrap();
        buf
    }

    proptest! {
        // Every fast engine must produce the reference engine's bytes, and open what it seals.
        #[test]
        fn engines_agree_byte_for_byte(
            key in any::<[u8; 32]>(), nonce in any::<[u8; 12]>(),
            aad in proptest::collection::vec(any::<u8>(), 0..64),
            msg in proptest::collection::vec(any::<u8>(), 0..5000),
        ) {
            let reference = seal_with(AeadEngine::RustCrypto, &key, &nonce, &aad, &msg);
            prop_assert_eq!(reference.len(), msg.len() + TAG_LEN);
            for engine in AeadEngine::available() {
                let sealed = seal_with(engine, &key, &nonce, &aad, &msg);
                prop_assert_eq!(&sealed, &reference, "engine {:?}", engine);
                for opener in AeadEngine::available() {
                    let mut buf = sealed.clone();
                    let k = AeadKey::with_engine(opener, &key).unwrap();
                    let plain = k.open_in_place(&nonce, &aad, &mut buf).unwrap();
                    prop_assert_eq!(&*plain, &msg[..]);
                }
            }
        }

        #[test]
        fn any_flipped_bit_is_rejected_by_every_engine(
            msg in proptest::collection::vec(any::<u8>(), 0..300), bit in any::<usize>(),
        ) {
            let key = [7u8; 32];
            let nonce = [1u8; 12];
            let sealed = seal_with(AeadEngine::RustCrypto, &key, &nonce, b"aad", &msg);
            let bit = bit % (sealed.len() * 8);
            for engine in AeadEngine::available() {
                let mut buf = sealed.clone();
                buf[bit / 8] ^= 1 << (bit % 8);
                let k = AeadKey::with_engine(engine, &key).unwrap();
                prop_assert!(k.open_in_place(&nonce, b"aad", &mut buf).is_err());
            }
        }
    }

    #[test]
    fn wrong_nonce_aad_or_key_is_rejected() {
        let key = [9u8; 32];
        let sealed = seal_with(AeadEngine::RustCrypto, &key, &[0; 12], b"a", b"hello");
        for engine in AeadEngine::available() {
            let k = AeadKey::with_engine(engine, &key).unwrap();
            assert!(
                k.open_in_place(&[1; 12], b"a", &mut sealed.clone())
                    .is_err()
            );
            assert!(
                k.open_in_place(&[0; 12], b"b", &mut sealed.clone())
                    .is_err()
            );
            assert!(
                k.open_in_place(&[0; 12], b"a", &mut sealed[..10].to_vec())
                    .is_err()
            );
            let other = AeadKey::with_engine(engine, &[8u8; 32]).unwrap();
            assert!(
                other
                    .open_in_place(&[0; 12], b"a", &mut sealed.clone())
                    .is_err()
            );
        }
    }

    #[test]
    fn fastest_is_available() {
        assert!(AeadEngine::available().contains(&AeadEngine::fastest()));
    }
}
