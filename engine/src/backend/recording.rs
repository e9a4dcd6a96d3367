//! A backend wrapper that records what the provider sees: every request (kind, object, offset,
//! length) and the size of every object written. For tests of the provider's view and for
//! embedders who want to audit it; it stores nothing itself and changes no request.

use std::sync::{Arc, Mutex, MutexGuard};

use crate::backend::{Backend, ObjectInfo};
use crate::error::Result;

/// One request as the storage provider received it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Request {
    /// An object written whole, `len` bytes.
    Put {
        /// The object's name.
        name: String,
        /// Its size.
        len: u64,
    },
    /// A read of `len` bytes at `offset` (a whole-object read is offset 0, `whole` set).
    Read {
        /// The object's name.
        name: String,
        /// First byte read.
        offset: u64,
        /// Bytes asked for.
        len: u64,
        /// Whether the whole object was asked for (its length then is what came back).
        whole: bool,
    },
    /// A size query.
    Head {
        /// The object's name.
        name: String,
    },
    /// A listing of every object under `prefix`.
    List {
        /// The prefix listed.
        prefix: String,
    },
    /// An existence check.
    Exists {
        /// The object's name.
        name: String,
    },
    /// A deletion.
    Delete {
        /// The object's name.
        name: String,
    },
}

/// Wraps a backend and records every request made through it, in order.
pub struct RecordingBackend {
    inner: Arc<dyn Backend>,
    log: Mutex<Vec<Request>>,
}

impl RecordingBackend {
    /// Records requests to `inner`.
    pub fn new(inner: Arc<dyn Backend>) -> RecordingBackend {
        RecordingBackend {
            inner,
            log: Mutex::new(Vec::new()),
        }
    }

    /// The requests made since the last [`RecordingBackend::take`], which empties the log.
    pub fn take(&self) -> Vec<Request> {
        std::mem::take(&mut *self.lock())
    }

    fn lock(&self) -> MutexGuard<'_, Vec<Request>> {
        self.log
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn record(&self, r: Request) {
        self.lock().push(r);
    }
}

impl Backend for RecordingBackend {
    fn put(&self, name: &str, data: &[u8]) -> Result<()> {
        self.record(Request::Put {
            name: name.into(),
            len: data.len() as u64,
        });
        self.inner.put(name, data)
    }

    fn get(&self, name: &str) -> Result<Vec<u8>> {
        let r = self.inner.get(name);
        self.record(Request::Read {
            name: name.into(),
            offset: 0,
            len: r.as_ref().map_or(0, |b| b.len() as u64),
            whole: true,
        });
        r
    }

    fn get_range(&self, name: &str, offset: u64, len: u64) -> Result<Vec<u8>> {
        self.record(Request::Read {
            name: name.into(),
            offset,
            len,
            whole: false,
        });
        self.inner.get_range(name, offset, len)
    }

    fn get_range_into(&self, name: &str, offset: u64, len: u64, buf: &mut Vec<u8>) -> Result<()> {
        self.record(Request::Read {
            name: name.into(),
            offset,
            len,
            whole: false,
        });
        self.inner.get_range_into(name, offset, len, buf)
    }

    fn head(&self, name: &str) -> Result<u64> {
        self.record(Request::Head { name: name.into() });
        self.inner.head(name)
    }

    fn get_bounded(&self, name: &str, max: u64) -> Result<Vec<u8>> {
        let r = self.inner.get_bounded(name, max);
        self.record(Request::Read {
            name: name.into(),
            offset: 0,
            len: r.as_ref().map_or(0, |b| b.len() as u64),
            whole: true,
        });
        r
    }

    fn list(&self, prefix: &str) -> Result<Vec<ObjectInfo>> {
        self.record(Request::List {
            prefix: prefix.into(),
        });
        self.inner.list(prefix)
    }

    fn delete(&self, name: &str) -> Result<()> {
        self.record(Request::Delete { name: name.into() });
        self.inner.delete(name)
    }

    fn exists(&self, name: &str) -> Result<bool> {
        self.record(Request::Exists { name: name.into() });
        self.inner.exists(name)
    }

    fn concurrent_puts(&self) -> usize {
        self.inner.concurrent_puts()
    }
}
