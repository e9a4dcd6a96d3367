#![no_main]
//! Fuzz target `config`: see `sealvault::fuzz_api::config`.
libfuzzer_sys::fuzz_target!(|data: &[u8]| sealvault::fuzz_api::config(data));
