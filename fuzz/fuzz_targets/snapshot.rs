#![no_main]
//! Fuzz target `snapshot`: see `sealvault::fuzz_api::snapshot`.
libfuzzer_sys::fuzz_target!(|data: &[u8]| sealvault::fuzz_api::snapshot(data));
