//! The one error type of the library.
//!
//! Callers see an opaque [`Error`] with a coarse, matchable [`ErrorKind`], the name of the object
//! at fault and a one-line message. The details stay private so they can change without breaking
//! embedders. Integrity failures never say more than *which* object failed and *what* check: they
//! must not become an oracle for an attacker who can modify stored bytes.

use std::fmt;

/// What kind of failure an [`Error`] is. New kinds may be added in minor releases.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Stored bytes failed authentication or are malformed: damage or tampering.
    Integrity,
    /// No key slot accepts the given passphrase, recovery key or key file.
    WrongKey,
    /// A stored object (or a blob in the index) does not exist.
    NotFound,
    /// The object to create exists already (for example `init` on an existing repository).
    AlreadyExists,
    /// The object is not a sealvault object, or of a format version this build cannot read.
    UnsupportedFormat,
    /// A parameter or a piece of user input is invalid (chunker sizes, a mistyped recovery key,
    /// removing the last key slot...).
    InvalidInput,
    /// The storage backend failed; see [`Error::is_retryable`].
    Backend,
    /// Local I/O outside the backend failed (reading a source file, for example).
    Io,
    /// A failure of the platform (the OS random generator) or a broken internal invariant.
    Internal,
    /// The operation was asked to stop ([`crate::Progress::should_stop`]) and did.
    Cancelled,
    /// Another client's work stands in the way (a prune holding the lease), or storage refused
    /// what the operation needs (deleting, on append-only storage); nothing was changed.
    Conflict,
}

/// The error type of every fallible call in sealvault.
pub struct Error {
    inner: Box<Inner>,
}

struct Inner {
    kind: ErrorKind,
    object: Option<String>,
    message: String,
    retryable: bool,
    source: Option<Box<dyn std::error::Error + Send + Sync + 'static>>,
}

/// Shorthand used throughout the crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    fn new(kind: ErrorKind, object: Option<String>, message: impl Into<String>) -> Self {
        Error {
            inner: Box::new(Inner {
                kind,
                object,
                message: message.into(),
                retryable: false,
                source: None,
            }),
        }
    }

    /// Stored bytes of `object` failed the check described by `what`.
    pub(crate) fn integrity(object: impl Into<String>, what: impl Into<String>) -> Self {
        Self::new(ErrorKind::Integrity, Some(object.into()), what)
    }

    /// No slot accepted the credential; `note` mentions damaged slots that were skipped.
    pub(crate) fn wrong_key(note: Option<String>) -> Self {
        let base = "wrong password or key: no key slot accepts it";
        let message = match note {
            Some(n) => format!("{base} ({n})"),
            None => base.to_string(),
        };
        Self::new(ErrorKind::WrongKey, None, message)
    }

    pub(crate) fn not_found(object: impl Into<String>, what: impl Into<String>) -> Self {
        Self::new(ErrorKind::NotFound, Some(object.into()), what)
    }

    pub(crate) fn already_exists(object: impl Into<String>, what: impl Into<String>) -> Self {
        Self::new(ErrorKind::AlreadyExists, Some(object.into()), what)
    }

    pub(crate) fn unsupported(object: impl Into<String>, what: impl Into<String>) -> Self {
        Self::new(ErrorKind::UnsupportedFormat, Some(object.into()), what)
    }

    pub(crate) fn invalid_input(what: impl Into<String>) -> Self {
        Self::new(ErrorKind::InvalidInput, None, what)
    }

    /// A backend failure on `object`; `retryable` says whether trying again may succeed.
    pub(crate) fn backend(
        object: impl Into<String>,
        retryable: bool,
        what: impl Into<String>,
        source: impl std::error::Error + Send + Sync + 'static,
    ) -> Self {
        let mut e = Self::new(ErrorKind::Backend, Some(object.into()), what);
        e.inner.retryable = retryable;
        e.inner.source = Some(Box::new(source));
        e
    }

    pub(crate) fn io(object: impl Into<String>, source: std::io::Error) -> Self {
        let what = io_message(&source);
        let mut e = Self::new(ErrorKind::Io, Some(object.into()), what);
        e.inner.source = Some(Box::new(source));
        e
    }

    pub(crate) fn conflict(object: Option<String>, what: impl Into<String>) -> Self {
        Self::new(ErrorKind::Conflict, object, what)
    }

    pub(crate) fn internal(what: impl Into<String>) -> Self {
        Self::new(ErrorKind::Internal, None, what)
    }

    /// The same error (kind, object, message, retryable flag) without its source, for
    /// reporting one failure against several objects.
    pub(crate) fn duplicate(&self) -> Self {
        let mut e = Self::new(
            self.inner.kind,
            self.inner.object.clone(),
            &*self.inner.message,
        );
        e.inner.retryable = self.inner.retryable;
        e
    }

    pub(crate) fn cancelled() -> Self {
        Self::new(ErrorKind::Cancelled, None, "cancelled")
    }

    /// The category of this error.
    pub fn kind(&self) -> ErrorKind {
        self.inner.kind
    }

    /// The stored object or local path at fault, when there is one.
    pub fn object(&self) -> Option<&str> {
        self.inner.object.as_deref()
    }

    /// Whether the same call may succeed if tried again (a transient backend failure).
    pub fn is_retryable(&self) -> bool {
        self.inner.retryable
    }

    /// Shorthand for `kind() == ErrorKind::Integrity`.
    pub fn is_integrity(&self) -> bool {
        self.inner.kind == ErrorKind::Integrity
    }
}

/// A short, stable description of an I/O error, without the OS's "(os error N)" suffix.
pub(crate) fn io_message(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::NotFound => "no such file or directory".into(),
        K::PermissionDenied => "permission denied".into(),
        K::StorageFull => "no space left on device".into(),
        K::ReadOnlyFilesystem => "read-only file system".into(),
        K::UnexpectedEof => "unexpected end of file".into(),
        _ => {
            let s = e.to_string();
            match s.find(" (os error") {
                Some(i) => s[..i].to_string(),
                None => s,
            }
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // One line: what failed, on which object. Kinds whose message says it all on its own
        // (a missing file, an existing repository) need no prefix.
        let prefix = match self.inner.kind {
            ErrorKind::Integrity => Some("integrity check failed"),
            ErrorKind::Backend => Some("storage error"),
            ErrorKind::InvalidInput => Some("invalid input"),
            ErrorKind::Internal => Some("internal error"),
            ErrorKind::WrongKey
            | ErrorKind::Cancelled
            | ErrorKind::Conflict
            | ErrorKind::NotFound
            | ErrorKind::AlreadyExists
            | ErrorKind::UnsupportedFormat
            | ErrorKind::Io => None,
        };
        match (prefix, &self.inner.object) {
            (Some(p), Some(object)) => write!(f, "{p} on {object}: {}", self.inner.message),
            (Some(p), None) => write!(f, "{p}: {}", self.inner.message),
            (None, Some(object)) => write!(f, "{object}: {}", self.inner.message),
            (None, None) => f.write_str(&self.inner.message),
        }
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Error")
            .field("kind", &self.inner.kind)
            .field("object", &self.inner.object)
            .field("message", &self.inner.message)
            .field("retryable", &self.inner.retryable)
            .finish()
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.inner
            .source
            .as_deref()
            .map(|s| s as &(dyn std::error::Error + 'static))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_is_one_line_naming_the_object() {
        let e = Error::integrity("pack 00ff", "checksum mismatch");
        assert_eq!(
            e.to_string(),
            "integrity check failed on pack 00ff: checksum mismatch"
        );
        assert!(e.is_integrity());
        assert_eq!(e.object(), Some("pack 00ff"));
        assert!(!e.to_string().contains('\n'));
    }

    #[test]
    fn io_message_drops_os_error_number() {
        let e = std::io::Error::from_raw_os_error(28);
        assert_eq!(io_message(&e), "no space left on device");
    }

    #[test]
    fn backend_errors_carry_retryable_flag() {
        let e = Error::backend("config", true, "timed out", std::io::Error::other("x"));
        assert!(e.is_retryable());
        assert_eq!(e.kind(), ErrorKind::Backend);
    }
}
