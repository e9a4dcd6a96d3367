#![no_main]
//! Fuzz target `chunker`: see `sealvault::fuzz_api::chunker`.
libfuzzer_sys::fuzz_target!(|data: &[u8]| sealvault::fuzz_api::chunker(data));
