#![no_main]
//! Fuzz target `key_slot`: see `sealvault::fuzz_api::key_slot`.
libfuzzer_sys::fuzz_target!(|data: &[u8]| sealvault::fuzz_api::key_slot(data));
