//! Retries of failed backend calls that may succeed when tried again (timeouts, throttling, a
//! dropped connection), with exponential backoff and full jitter, for any backend.
//!
//! Every call of the [`Backend`] trait is idempotent (a `put` writes the same bytes under the
//! same name, deleting a missing object succeeds), so each may be repeated. Only errors that say
//! they are retryable are retried: a missing object, a refused credential or an integrity error
//! comes back at once. Jitter spreads the retries of many clients hitting one throttled store
//! (AWS's "full jitter": a uniform delay between zero and the exponential bound).

use std::hash::{BuildHasher, Hasher};
use std::sync::Arc;
use std::time::Duration;

use super::{Backend, ObjectInfo};
use crate::error::Result;

/// How often and how patiently to retry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in all, the first included (1 = no retry).
    pub attempts: u32,
    /// Bound of the first delay; each later bound doubles, up to `max_delay`.
    pub first_delay: Duration,
    /// Largest bound of one delay.
    pub max_delay: Duration,
}

impl RetryPolicy {
    /// 8 attempts, delays bounded by 0.25 s, 0.5 s, ... 16 s: at most about 32 s of waiting
    /// between attempts, long enough for a restarted node or a throttling window. A store
    /// that refuses connections is reported within that; one that silently drops packets
    /// only after each attempt's own timeout as well.
    pub const DEFAULT: RetryPolicy = RetryPolicy {
        attempts: 8,
        first_delay: Duration::from_millis(250),
        max_delay: Duration::from_secs(16),
    };

    /// The delay before retry number `retry` (0 for the first retry): uniform in
    /// `[0, min(max_delay, first_delay * 2^retry)]`.
    fn delay(&self, retry: u32) -> Duration {
        let bound = self
            .first_delay
            .saturating_mul(1u32.checked_shl(retry.min(31)).unwrap_or(u32::MAX))
            .min(self.max_delay);
        let nanos = u64::try_from(bound.as_nanos()).unwrap_or(u64::MAX);
        if nanos == 0 {
            return Duration::ZERO;
        }
        // Not a secret: any per-call randomness will do, and RandomState is seeded per process
        // and varied per instance.
        let random = std::collections::hash_map::RandomState::new()
            .build_hasher()
            .finish();
        Duration::from_nanos(random % nanos.saturating_add(1).max(1))
    }
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy::DEFAULT
    }
}

/// A backend whose retryable failures are retried under a [`RetryPolicy`].
pub struct RetryingBackend {
    inner: Arc<dyn Backend>,
    policy: RetryPolicy,
}

impl RetryingBackend {
    /// Wraps `inner`.
    pub fn new(inner: Arc<dyn Backend>, policy: RetryPolicy) -> RetryingBackend {
        RetryingBackend { inner, policy }
    }

    fn retry<T>(&self, mut call: impl FnMut(&dyn Backend) -> Result<T>) -> Result<T> {
        let mut retry = 0;
        loop {
            match call(&*self.inner) {
                Err(e) if e.is_retryable() && retry + 1 < self.policy.attempts => {
                    std::thread::sleep(self.policy.delay(retry));
                    retry += 1;
                }
                other => return other,
            }
        }
    }
}

impl Backend for RetryingBackend {
    fn put(&self, name: &str, data: &[u8]) -> Result<()> {
        self.retry(|b| b.put(name, data))
    }

    fn get(&self, name: &str) -> Result<Vec<u8>> {
        self.retry(|b| b.get(name))
    }

    fn get_range(&self, name: &str, offset: u64, len: u64) -> Result<Vec<u8>> {
        self.retry(|b| b.get_range(name, offset, len))
    }

    fn get_range_into(&self, name: &str, offset: u64, len: u64, buf: &mut Vec<u8>) -> Result<()> {
        self.retry(|b| b.get_range_into(name, offset, len, buf))
    }

    fn head(&self, name: &str) -> Result<u64> {
        self.retry(|b| b.head(name))
    }

    fn get_bounded(&self, name: &str, max: u64) -> Result<Vec<u8>> {
        self.retry(|b| b.get_bounded(name, max))
    }

    fn list(&self, prefix: &str) -> Result<Vec<ObjectInfo>> {
        self.retry(|b| b.list(prefix))
    }

    fn delete(&self, name: &str) -> Result<()> {
        self.retry(|b| b.delete(name))
    }

    fn exists(&self, name: &str) -> Result<bool> {
        self.retry(|b| b.exists(name))
    }

    fn concurrent_puts(&self) -> usize {
        self.inner.concurrent_puts()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::backend::MemoryBackend;
    use crate::error::{Error, ErrorKind};
    use std::sync::atomic::{AtomicU32, Ordering};

    /// Fails its first `failures` calls (whatever they are), retryably or not.
    struct Flaky {
        inner: MemoryBackend,
        failures: u32,
        retryable: bool,
        calls: AtomicU32,
    }

    impl Flaky {
        fn fail(&self, name: &str) -> Result<()> {
            if self.calls.fetch_add(1, Ordering::SeqCst) < self.failures {
                return Err(Error::backend_failure(
                    name,
                    self.retryable,
                    std::io::Error::other("injected"),
                ));
            }
            Ok(())
        }
    }

    impl Backend for Flaky {
        fn put(&self, name: &str, data: &[u8]) -> Result<()> {
            self.fail(name)?;
            self.inner.put(name, data)
        }
        fn get(&self, name: &str) -> Result<Vec<u8>> {
            self.fail(name)?;
            self.inner.get(name)
        }
        fn get_range(&self, name: &str, offset: u64, len: u64) -> Result<Vec<u8>> {
            self.fail(name)?;
            self.inner.get_range(name, offset, len)
        }
        fn list(&self, prefix: &str) -> Result<Vec<ObjectInfo>> {
            self.fail(prefix)?;
            self.inner.list(prefix)
        }
        fn delete(&self, name: &str) -> Result<()> {
            self.fail(name)?;
            self.inner.delete(name)
        }
        fn exists(&self, name: &str) -> Result<bool> {
            self.fail(name)?;
            self.inner.exists(name)
        }
    }

    const QUICK: RetryPolicy = RetryPolicy {
        attempts: 4,
        first_delay: Duration::from_micros(10),
        max_delay: Duration::from_micros(40),
    };

    fn flaky(failures: u32, retryable: bool) -> (Arc<Flaky>, RetryingBackend) {
        let flaky = Arc::new(Flaky {
            inner: MemoryBackend::new(),
            failures,
            retryable,
            calls: AtomicU32::new(0),
        });
        (flaky.clone(), RetryingBackend::new(flaky, QUICK))
    }

    #[test]
    fn retryable_failures_are_retried_until_the_attempts_run_out() {
        let (inner, b) = flaky(3, true);
        b.put("config", b"x").unwrap();
        assert_eq!(inner.calls.load(Ordering::SeqCst), 4);
        let (inner, b) = flaky(4, true);
        assert!(b.put("config", b"x").unwrap_err().is_retryable());
        assert_eq!(inner.calls.load(Ordering::SeqCst), 4);
    }

    #[test]
    fn other_failures_come_back_at_once() {
        let (inner, b) = flaky(1, false);
        assert_eq!(b.get("config").unwrap_err().kind(), ErrorKind::Backend);
        assert_eq!(inner.calls.load(Ordering::SeqCst), 1);
        let (inner, b) = flaky(0, true);
        assert_eq!(b.get("config").unwrap_err().kind(), ErrorKind::NotFound);
        assert_eq!(inner.calls.load(Ordering::SeqCst), 1);
    }

    #[test]
    fn delays_are_jittered_below_a_doubling_bound() {
        let p = RetryPolicy {
            attempts: 10,
            first_delay: Duration::from_millis(100),
            max_delay: Duration::from_millis(1000),
        };
        for retry in 0..40 {
            let bound = Duration::from_millis((100u64 << retry.min(10)).min(1000));
            assert!(p.delay(retry) <= bound, "retry {retry}");
        }
        let distinct: std::collections::HashSet<_> = (0..20).map(|_| p.delay(3)).collect();
        assert!(distinct.len() > 10, "jittered: {distinct:?}");
    }

    #[test]
    fn conforms() {
        let b = RetryingBackend::new(Arc::new(MemoryBackend::new()), QUICK);
        super::super::conformance::run(&b);
    }
}
