#![no_main]
//! Fuzz target `pack_header`: see `sealvault::fuzz_api::pack_header`.
libfuzzer_sys::fuzz_target!(|data: &[u8]| sealvault::fuzz_api::pack_header(data));
