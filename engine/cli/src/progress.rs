//! Progress bars on a terminal (indicatif, on standard error); nothing otherwise.

use std::io::IsTerminal;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

use indicatif::{ProgressBar, ProgressStyle};
use sealvault::{BackupIssue, Progress};

/// Shows bytes done (against a total, when known) and the current path; prints issues as
/// they happen, above the bar.
pub struct Bar {
    bar: Option<ProgressBar>,
    quiet: bool,
}

impl Bar {
    /// A bar if standard error is a terminal and output is for people.
    pub fn new(total: Option<u64>, quiet: bool, json: bool) -> Bar {
        let show = !quiet && !json && std::io::stderr().is_terminal();
        let bar = show.then(|| {
            let bar = match total {
                Some(t) => ProgressBar::new(t),
                None => ProgressBar::new_spinner(),
            };
            let template = if total.is_some() {
                "{elapsed_precise} [{bar:30}] {bytes}/{total_bytes} {bytes_per_sec} {wide_msg}"
            } else {
                "{elapsed_precise} {spinner} {bytes} {bytes_per_sec} {wide_msg}"
            };
            bar.set_style(
                ProgressStyle::with_template(template)
                    .expect("valid template")
                    .progress_chars("=> "),
            );
            bar
        });
        Bar { bar, quiet }
    }

    pub fn finish(&self) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
    }
}

impl Progress for Bar {
    fn bytes(&self, n: u64) {
        if let Some(b) = &self.bar {
            b.inc(n);
        }
    }

    fn entry(&self, path: &Path) {
        if let Some(b) = &self.bar {
            b.set_message(crate::output::escaped(path.as_os_str().as_bytes()));
        }
    }

    fn issue(&self, issue: &BackupIssue) {
        if self.quiet {
            return;
        }
        let line = format!(
            "warning: {}: {}",
            crate::output::escaped(&issue.path),
            issue.message
        );
        match &self.bar {
            Some(b) => b.println(line),
            None => eprintln!("{line}"),
        }
    }
}
