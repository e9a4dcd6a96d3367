#![no_main]
//! Fuzz target `tree`: see `sealvault::fuzz_api::tree`.
libfuzzer_sys::fuzz_target!(|data: &[u8]| sealvault::fuzz_api::tree(data));
