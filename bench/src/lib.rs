//! Shared inputs for the sealvault benches: seeded, so every run measures the same bytes.

use sealvault::{Backend, ObjectInfo};

/// A backend that keeps only object names and sizes: measures the engine without the cost of
/// storing packs anywhere. Reads of pack contents fail.
#[derive(Default)]
pub struct DiscardBackend {
    sizes: std::sync::Mutex<std::collections::BTreeMap<String, u64>>,
}

impl Backend for DiscardBackend {
    fn put(&self, name: &str, data: &[u8]) -> sealvault::Result<()> {
        self.sizes
            .lock()
            .unwrap()
            .insert(name.to_string(), data.len() as u64);
        Ok(())
    }
    fn get(&self, name: &str) -> sealvault::Result<Vec<u8>> {
        Err(sealvault::Error::backend_not_found(name))
    }
    fn get_range(&self, name: &str, _offset: u64, _len: u64) -> sealvault::Result<Vec<u8>> {
        Err(sealvault::Error::backend_not_found(name))
    }
    fn list(&self, prefix: &str) -> sealvault::Result<Vec<ObjectInfo>> {
        let sizes = self.sizes.lock().unwrap();
        Ok(sizes
            .iter()
            .filter(|(k, _)| k.starts_with(prefix))
            .map(|(k, v)| ObjectInfo {
                name: k.clone(),
                size: *v,
                modified: None,
            })
            .collect())
    }
    fn delete(&self, name: &str) -> sealvault::Result<()> {
        self.sizes.lock().unwrap().remove(name);
        Ok(())
    }
    fn exists(&self, name: &str) -> sealvault::Result<bool> {
        Ok(self.sizes.lock().unwrap().contains_key(name))
    }
}

pub use sealvault_corpus::{compressible, incompressible};

/// Peak resident set size of this process in bytes (Linux `VmHWM`), if known.
pub fn peak_rss_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}
