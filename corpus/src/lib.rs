//! Deterministic corpus generator for sealvault tests and benches.
