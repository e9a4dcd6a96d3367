//! Standard output, and formatting for people: sizes, times, rates, names from snapshots.

use std::fmt::Write as _;
use std::io::{self, Write};

use serde_json::Value;

/// Standard output for results, through [`Quiet`].
pub fn stdout() -> Quiet<io::StdoutLock<'static>> {
    Quiet(io::stdout().lock())
}

/// A writer to standard output that ends the program, quietly and with success, when the
/// reader has gone (`sealvault ls | head`): that is what a command at the head of a pipe is
/// expected to do. Results are printed after the work they report, so only the printing is
/// cut short. Other errors are returned.
pub struct Quiet<W>(pub W);

impl<W: Write> Quiet<W> {
    fn check<T>(result: io::Result<T>) -> io::Result<T> {
        if let Err(e) = &result
            && e.kind() == io::ErrorKind::BrokenPipe
        {
            std::process::exit(crate::exit::OK.into());
        }
        result
    }
}

impl<W: Write> Write for Quiet<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        Self::check(self.0.write(buf))
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        Self::check(self.0.write_all(buf))
    }

    fn flush(&mut self) -> io::Result<()> {
        Self::check(self.0.flush())
    }
}

/// `println!` for results: a closed pipe ends the program quietly (see [`Quiet`]); any other
/// failure to write is reported on standard error and exits with 1 (`println!` panics).
macro_rules! outln {
    () => {
        $crate::output::line(format_args!(""))
    };
    ($($arg:tt)*) => {
        $crate::output::line(format_args!($($arg)*))
    };
}
pub(crate) use outln;

/// What [`outln!`] calls.
pub fn line(args: std::fmt::Arguments<'_>) {
    if let Err(e) = writeln!(stdout(), "{args}") {
        eprintln!("sealvault: cannot write to standard output: {e}");
        std::process::exit(crate::exit::ERROR.into());
    }
}

/// `1.50 GiB`, `512 B`: binary units to two decimals, as indicatif's progress bars print
/// them.
pub fn bytes(n: u64) -> String {
    indicatif::HumanBytes(n).to_string()
}

/// `2026-11-28 10:15:02` (UTC) from nanoseconds since the epoch.
pub fn time(ns: i64) -> String {
    timestamp(ns).strftime("%Y-%m-%d %H:%M:%S").to_string()
}

/// `2026-11-28T10:15:02.123456789Z`: RFC 3339 in UTC, for JSON, from nanoseconds since the
/// epoch. The fraction is left out when zero and has no trailing zeros otherwise, as Go's
/// `RFC3339Nano` (and so restic) writes it; that is also how `jiff` displays a timestamp.
pub fn rfc3339(ns: i64) -> String {
    timestamp(ns).to_string()
}

/// Nanoseconds since the epoch from Unix seconds (saturating: a damaged value stays a
/// value).
pub fn ns_from_secs(secs: u64) -> i64 {
    i64::try_from(secs)
        .unwrap_or(i64::MAX)
        .saturating_mul(1_000_000_000)
}

/// The instant `ns` nanoseconds after the epoch. Every `i64` of nanoseconds (years 1677 to
/// 2262) is within `jiff`'s range (years -9999 to 9999), so this cannot fail.
fn timestamp(ns: i64) -> jiff::Timestamp {
    jiff::Timestamp::from_nanosecond(i128::from(ns))
        .expect("every i64 of nanoseconds is a valid timestamp")
}

/// `123.4 MiB/s`.
pub fn rate(bytes_per_sec: f64) -> String {
    format!("{}/s", bytes(bytes_per_sec.max(0.0) as u64))
}

/// A name or path from a snapshot, safe to print on a terminal and unambiguous, as `ls -b`
/// prints names: control characters as `\n`, `\t`, `\r` or `\x1b`; characters that
/// change how text around them displays (bidirectional overrides, zero-width characters,
/// C1 controls) as `\u{202e}`; bytes that are not UTF-8 as `\xff`; a backslash doubled.
/// Everything else, including non-ASCII letters, is printed as is.
pub fn escaped(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            match c {
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\t' => out.push_str("\\t"),
                '\r' => out.push_str("\\r"),
                c if c.is_ascii_control() => {
                    let _ = write!(out, "\\x{:02x}", u32::from(c));
                }
                c if c.is_control() || invisible(c) => {
                    let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
                }
                c => out.push(c),
            }
        }
        for b in chunk.invalid() {
            let _ = write!(out, "\\x{b:02x}");
        }
    }
    out
}

/// Format characters that print nothing but reorder or hide the text around them.
fn invisible(c: char) -> bool {
    matches!(c,
        '\u{ad}' // soft hyphen
        | '\u{200b}'..='\u{200f}' // zero-width space, joiners, LRM/RLM
        | '\u{2028}'..='\u{202e}' // line/paragraph separators, bidirectional embeddings
        | '\u{2060}'..='\u{2064}' // word joiner, invisible operators
        | '\u{2066}'..='\u{2069}' // bidirectional isolates
        | '\u{feff}' // zero-width no-break space
    )
}

/// `object` with a path from a snapshot under `key`: as a string (serde escapes control
/// characters; bytes that are not UTF-8 become U+FFFD) and, only when that replacement lost
/// something, as `{key}_bytes` too, the exact bytes as an array of numbers.
pub fn with_path(mut object: Value, key: &str, bytes: &[u8]) -> Value {
    if let Value::Object(map) = &mut object {
        map.insert(key.into(), String::from_utf8_lossy(bytes).into());
        if std::str::from_utf8(bytes).is_err() {
            map.insert(format!("{key}_bytes"), bytes.into());
        }
    }
    object
}

#[cfg(test)]
mod tests {
    #[test]
    fn formats() {
        assert_eq!(super::bytes(512), "512 B");
        assert_eq!(super::bytes(1023), "1023 B");
        assert_eq!(super::bytes(1024), "1.00 KiB");
        assert_eq!(super::bytes(1536), "1.50 KiB");
        assert_eq!(super::bytes(3 << 29), "1.50 GiB");
        assert_eq!(super::bytes(u64::MAX), "16.00 EiB");
        assert_eq!(super::time(0), "1970-01-01 00:00:00");
        assert_eq!(
            super::time(1_764_324_902 * 1_000_000_000),
            "2025-11-28 10:15:02"
        );
    }

    #[test]
    fn rfc3339_times() {
        use super::rfc3339;
        let t = 1_764_324_902 * 1_000_000_000;
        assert_eq!(rfc3339(t), "2025-11-28T10:15:02Z");
        assert_eq!(rfc3339(t + 123_456_789), "2025-11-28T10:15:02.123456789Z");
        assert_eq!(rfc3339(t + 500_000_000), "2025-11-28T10:15:02.5Z");
        assert_eq!(rfc3339(t + 1), "2025-11-28T10:15:02.000000001Z");
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(-1), "1969-12-31T23:59:59.999999999Z");
        assert_eq!(rfc3339(951_782_400 * 1_000_000_000), "2000-02-29T00:00:00Z");
        assert_eq!(super::ns_from_secs(u64::MAX), i64::MAX);
        // The ends of the range of nanoseconds: no panic, and the right years.
        assert_eq!(rfc3339(i64::MIN), "1677-09-21T00:12:43.145224192Z");
        assert_eq!(rfc3339(i64::MAX), "2262-04-11T23:47:16.854775807Z");
        assert_eq!(super::time(i64::MIN), "1677-09-21 00:12:43");
    }

    #[test]
    fn escapes_what_a_terminal_would_act_on() {
        use super::escaped;
        assert_eq!(escaped(b"plain name.txt"), "plain name.txt");
        assert_eq!(
            escaped("caf\u{e9} \u{1f600}".as_bytes()),
            "caf\u{e9} \u{1f600}"
        );
        assert_eq!(escaped(b"a\x1b[31mb"), r"a\x1b[31mb");
        assert_eq!(
            escaped(b"new\nline\ttab\rcr\x7f\x00"),
            r"new\nline\ttab\rcr\x7f\x00"
        );
        assert_eq!(escaped(br"back\slash"), r"back\\slash");
        assert_eq!(escaped(b"bad\xff\xfe"), r"bad\xff\xfe");
        assert_eq!(escaped("\u{9b}31m".as_bytes()), r"\u{9b}31m", "C1 CSI");
        assert_eq!(escaped("exe\u{202e}txt".as_bytes()), r"exe\u{202e}txt");
        assert_eq!(escaped("a\u{200b}b".as_bytes()), r"a\u{200b}b");
        // Unambiguous: an escaped byte and the text of an escape differ.
        assert_ne!(escaped(b"\x1b"), escaped(br"\x1b"));
    }

    #[test]
    fn json_paths_keep_the_exact_bytes_when_not_utf8() {
        use serde_json::json;
        let v = super::with_path(json!({ "n": 1 }), "path", b"/a/ok");
        assert_eq!(v, json!({ "n": 1, "path": "/a/ok" }));
        assert_eq!(
            super::with_path(json!({}), "path", b"/a/\xff"),
            serde_json::json!({ "path": "/a/\u{fffd}", "path_bytes": [47, 97, 47, 255] })
        );
    }
}
