#![no_main]
//! Fuzz target `index_segment`: see `sealvault::fuzz_api::index_segment`.
libfuzzer_sys::fuzz_target!(|data: &[u8]| sealvault::fuzz_api::index_segment(data));
