#![no_main]
//! Fuzz target `presence`: see `sealvault::fuzz_api::presence`.
libfuzzer_sys::fuzz_target!(|data: &[u8]| sealvault::fuzz_api::presence(data));
