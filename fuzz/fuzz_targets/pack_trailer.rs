#![no_main]
//! Fuzz target `pack_trailer`: see `sealvault::fuzz_api::pack_trailer`.
libfuzzer_sys::fuzz_target!(|data: &[u8]| sealvault::fuzz_api::pack_trailer(data));
