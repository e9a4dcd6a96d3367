#![no_main]
//! Fuzz target `sealed_open`: see `sealvault::fuzz_api::sealed_open`.
libfuzzer_sys::fuzz_target!(|data: &[u8]| sealvault::fuzz_api::sealed_open(data));
