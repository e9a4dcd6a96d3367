#![no_main]
//! Fuzz target `recovery_shares`: see `sealvault::fuzz_api::recovery_shares`.
libfuzzer_sys::fuzz_target!(|data: &[u8]| sealvault::fuzz_api::recovery_shares(data));
