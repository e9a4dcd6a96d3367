#![no_main]
//! Fuzz target `compress`: see `sealvault::fuzz_api::compress`.
libfuzzer_sys::fuzz_target!(|data: &[u8]| sealvault::fuzz_api::compress(data));
