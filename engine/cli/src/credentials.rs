//! Where secrets come from: key file, recovery key, password (environment, file, command or
//! prompt), in that order; a new password from `--new-password-file`, SEALVAULT_NEW_PASSWORD
//! or the prompt. Secrets stay in `Credential`s (zeroized); never printed.

use std::io::IsTerminal;
use std::path::Path;

use anyhow::{Context, Result, anyhow, bail};
use sealvault::{Credential, KdfParams};

use crate::args::{Global, KdfArgs, NewPassword};

fn first_line(text: &str) -> String {
    text.lines().next().unwrap_or("").to_string()
}

fn read_password_file(path: &Path) -> Result<String> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read password file {}", path.display()))?;
    Ok(first_line(&text))
}

fn run_password_command(cmd: &str) -> Result<String> {
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(cmd)
        .stderr(std::process::Stdio::inherit())
        .output()
        .with_context(|| format!("cannot run password command {cmd:?}"))?;
    if !out.status.success() {
        bail!("password command {cmd:?} failed ({})", out.status);
    }
    Ok(first_line(&String::from_utf8_lossy(&out.stdout)))
}

/// Asks on the terminal; without one, fails with `missing` (which says what else to use).
fn prompt(text: &str, missing: &str) -> Result<String> {
    if !std::io::stdin().is_terminal() {
        bail!("{missing}");
    }
    rpassword::prompt_password(text).context("cannot read the password from the terminal")
}

/// The password from the environment, a file or a command, if one is configured.
fn configured_password(g: &Global) -> Result<Option<String>> {
    if let Ok(p) = std::env::var("SEALVAULT_PASSWORD") {
        return Ok(Some(p));
    }
    if let Some(f) = &g.password_file {
        return Ok(Some(read_password_file(f)?));
    }
    if let Some(c) = &g.password_command {
        return Ok(Some(run_password_command(c)?));
    }
    Ok(None)
}

/// The credential that opens an existing repository.
pub fn open_credential(g: &Global) -> Result<Credential> {
    if let Some(path) = &g.key_file {
        let contents = std::fs::read(path)
            .with_context(|| format!("cannot read key file {}", path.display()))?;
        return Ok(Credential::key_file(contents)?);
    }
    if g.recovery_key {
        let text = match std::env::var("SEALVAULT_RECOVERY_KEY") {
            Ok(t) => t,
            Err(_) => prompt(
                "enter recovery key: ",
                "no recovery key given: use SEALVAULT_RECOVERY_KEY or a terminal",
            )?,
        };
        return Ok(Credential::recovery_key(&text)?);
    }
    if g.recovery_shares {
        return recovery_shares();
    }
    let password = match configured_password(g)? {
        Some(p) => p,
        None => prompt(
            "enter repository password: ",
            "no password given: use --password-file, --password-command, SEALVAULT_PASSWORD \
             or a terminal",
        )?,
    };
    Ok(Credential::passphrase(password))
}

/// Recovery shares from SEALVAULT_RECOVERY_SHARES (lines or commas), or typed one by one: the
/// first share says how many its split needs, and each is checked as it is typed.
fn recovery_shares() -> Result<Credential> {
    if let Ok(all) = std::env::var("SEALVAULT_RECOVERY_SHARES") {
        let all = zeroize::Zeroizing::new(all);
        let texts: Vec<&str> = all
            .split(['\n', ','])
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .collect();
        return Ok(Credential::recovery_shares(&texts)?);
    }
    let missing = "no recovery shares given: use SEALVAULT_RECOVERY_SHARES or a terminal";
    let mut texts: Vec<zeroize::Zeroizing<String>> = Vec::new();
    let mut needed = 2;
    while texts.len() < needed {
        let text = zeroize::Zeroizing::new(prompt(
            &format!("enter recovery share {} of {needed}: ", texts.len() + 1),
            missing,
        )?);
        match sealvault::RecoveryShare::parse(&text) {
            Ok(share) => {
                needed = usize::from(share.threshold());
                texts.push(text);
            }
            Err(e) => eprintln!("{e}; try again"),
        }
    }
    let texts: Vec<&str> = texts.iter().map(|t| t.as_str()).collect();
    Ok(Credential::recovery_shares(&texts)?)
}

/// A new password: `--new-password-file`, else SEALVAULT_NEW_PASSWORD, else (for `init`) the
/// configured password, else asked twice on the terminal.
pub fn new_password(g: &Global, new: &NewPassword, for_init: bool) -> Result<Credential> {
    if let Some(f) = &new.new_password_file {
        return checked(read_password_file(f)?);
    }
    if let Ok(p) = std::env::var("SEALVAULT_NEW_PASSWORD") {
        return checked(p);
    }
    if for_init && let Some(p) = configured_password(g)? {
        return checked(p);
    }
    let missing = if for_init {
        "no password given for the new repository: use --new-password-file, \
         SEALVAULT_NEW_PASSWORD, --password-file, --password-command, SEALVAULT_PASSWORD or a \
         terminal"
    } else {
        "no new password given: use --new-password-file, SEALVAULT_NEW_PASSWORD or a terminal"
    };
    let first = prompt("enter new password: ", missing)?;
    let again = prompt("enter new password again: ", missing)?;
    if first != again {
        bail!("the passwords do not match");
    }
    checked(first)
}

fn checked(p: String) -> Result<Credential> {
    if p.is_empty() {
        return Err(anyhow!("an empty password is not allowed"));
    }
    Ok(Credential::passphrase(p))
}

/// Set to `1` to allow Argon2id costs below OWASP's minimum for new slots: for test suites only.
const INSECURE_TEST_KDF: &str = "SEALVAULT_INSECURE_TEST_KDF";

/// Argon2id costs from the flags (defaults where not given).
pub fn kdf(args: &KdfArgs) -> Result<KdfParams> {
    let d = KdfParams::DEFAULT;
    let memory = args
        .kdf_memory_mib
        .map_or(d.memory_kib(), |m| m.saturating_mul(1024));
    let passes = args.kdf_iterations.unwrap_or(d.iterations());
    // Test suites open repositories hundreds of times; only they may go below the floor, and
    // only by naming it.
    if std::env::var_os(INSECURE_TEST_KDF).is_some_and(|v| v == "1") {
        return Ok(KdfParams::insecure_for_tests(memory, passes, 1)?);
    }
    Ok(KdfParams::new(memory, passes, 1)?)
}
