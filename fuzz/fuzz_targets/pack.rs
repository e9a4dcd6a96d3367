#![no_main]
//! Fuzz target `pack`: see `sealvault::fuzz_api::pack`.
libfuzzer_sys::fuzz_target!(|data: &[u8]| sealvault::fuzz_api::pack(data));
