//! An in-memory backend for tests, benches and embedders that stage data themselves.

use std::collections::BTreeMap;
use std::sync::{Arc, RwLock};
use std::time::SystemTime;

use super::{Backend, ObjectInfo, check_name};
use crate::clock::Clock;
use crate::error::{Error, Result};

/// An object and when it was put.
type Stored = (Arc<[u8]>, SystemTime);

/// Objects kept in a map in memory. Cloning shares the same store.
#[derive(Clone, Default)]
pub struct MemoryBackend {
    objects: Arc<RwLock<BTreeMap<String, Stored>>>,
    clock: Clock,
}

impl MemoryBackend {
    /// An empty store.
    pub fn new() -> MemoryBackend {
        MemoryBackend::default()
    }

    /// An empty store whose modification times come from `clock` (a test's controllable
    /// time: the store's clock is what judges the age of sessions, leases and marks).
    pub fn with_clock(clock: Clock) -> MemoryBackend {
        MemoryBackend {
            clock,
            ..MemoryBackend::default()
        }
    }

    /// Total bytes stored.
    pub fn total_bytes(&self) -> u64 {
        self.read().values().map(|v| v.0.len() as u64).sum()
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, BTreeMap<String, Stored>> {
        self.objects
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn object(&self, name: &str) -> Result<Arc<[u8]>> {
        check_name(name)?;
        self.read()
            .get(name)
            .map(|v| v.0.clone())
            .ok_or_else(|| Error::backend_not_found(name))
    }
}

impl std::fmt::Debug for MemoryBackend {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "MemoryBackend({} objects)", self.read().len())
    }
}

impl Backend for MemoryBackend {
    fn put(&self, name: &str, data: &[u8]) -> Result<()> {
        check_name(name)?;
        let mut map = self
            .objects
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        map.insert(name.to_string(), (Arc::from(data), self.clock.now()));
        Ok(())
    }

    fn get(&self, name: &str) -> Result<Vec<u8>> {
        Ok(self.object(name)?.to_vec())
    }

    fn head(&self, name: &str) -> Result<u64> {
        Ok(self.object(name)?.len() as u64)
    }

    fn get_range(&self, name: &str, offset: u64, len: u64) -> Result<Vec<u8>> {
        let mut buf = Vec::new();
        self.get_range_into(name, offset, len, &mut buf)?;
        Ok(buf)
    }

    fn get_range_into(&self, name: &str, offset: u64, len: u64, buf: &mut Vec<u8>) -> Result<()> {
        let obj = self.object(name)?;
        let end = offset.checked_add(len).filter(|&e| e <= obj.len() as u64);
        let Some(end) = end else {
            return Err(Error::integrity(
                name,
                "object is shorter than the range read",
            ));
        };
        buf.clear();
        buf.extend_from_slice(&obj[offset as usize..end as usize]);
        Ok(())
    }

    fn list(&self, prefix: &str) -> Result<Vec<ObjectInfo>> {
        Ok(self
            .read()
            .range(prefix.to_string()..)
            .take_while(|(k, _)| k.starts_with(prefix))
            .map(|(k, v)| ObjectInfo {
                name: k.clone(),
                size: v.0.len() as u64,
                modified: Some(v.1),
            })
            .collect())
    }

    fn delete(&self, name: &str) -> Result<()> {
        check_name(name)?;
        let mut map = self
            .objects
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        map.remove(name);
        Ok(())
    }

    fn exists(&self, name: &str) -> Result<bool> {
        check_name(name)?;
        Ok(self.read().contains_key(name))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn conforms() {
        super::super::conformance::run(&super::MemoryBackend::new());
    }
}
