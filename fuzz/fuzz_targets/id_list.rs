#![no_main]
//! Fuzz target `id_list`: see `sealvault::fuzz_api::id_list`.
libfuzzer_sys::fuzz_target!(|data: &[u8]| sealvault::fuzz_api::id_list(data));
