#![no_main]
//! Fuzz target `recovery_key`: see `sealvault::fuzz_api::recovery_key`.
libfuzzer_sys::fuzz_target!(|data: &[u8]| sealvault::fuzz_api::recovery_key(data));
