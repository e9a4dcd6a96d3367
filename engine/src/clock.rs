//! The client's clock, injectable so that tests can run days of lifecycle in a moment.
//!
//! It only ever measures this client's own intervals (when its next session heartbeat is due,
//! how long ago the last one succeeded). The age of anything stored is judged by the store's
//! clock (the modification times listings return), never by this one: client clocks differ.

use std::fmt;
use std::sync::Arc;
use std::time::SystemTime;

/// A source of the current time: the system's by default, or one a test controls.
#[derive(Clone)]
pub struct Clock(Arc<dyn Fn() -> SystemTime + Send + Sync>);

impl Clock {
    /// The system clock.
    pub fn system() -> Clock {
        Clock(Arc::new(SystemTime::now))
    }

    /// A clock that reads `now` (a test's controllable time).
    pub fn from_fn(now: impl Fn() -> SystemTime + Send + Sync + 'static) -> Clock {
        Clock(Arc::new(now))
    }

    /// The current time.
    pub fn now(&self) -> SystemTime {
        (self.0)()
    }
}

impl Default for Clock {
    fn default() -> Clock {
        Clock::system()
    }
}

impl fmt::Debug for Clock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Clock")
    }
}
