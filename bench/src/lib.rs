//! Shared helpers for the sealvault benches.
