//! Command-line arguments. Names follow restic's where restic has the same command.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

const AFTER_HELP: &str = "\
EXIT CODES:
  0   success
  1   error (including damage found by `check`)
  2   wrong usage
  3   backup finished, but some files could not be read (listed; not in the snapshot)
  10  no repository at the given location
  12  wrong password or key

ENVIRONMENT:
  SEALVAULT_REPOSITORY        repository location (like --repo)
  SEALVAULT_PASSWORD          the password (avoid: visible to other processes of the user)
  SEALVAULT_PASSWORD_FILE     file holding the password (like --password-file)
  SEALVAULT_PASSWORD_COMMAND  command printing the password (like --password-command)
  SEALVAULT_NEW_PASSWORD      new password for `init`, `key add`, `key passwd`
                              (avoid: use --new-password-file)
  SEALVAULT_STATE_DIR         local state directory (like --state-dir)
  SEALVAULT_CACHE_DIR         cache directory (like --cache-dir)
  AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, AWS_REGION, AWS_PROFILE
                              credentials and region of s3: repositories";

/// Encrypted, deduplicated backups: data is chunked, compressed and sealed on this machine;
/// the repository holds only ciphertext.
#[derive(Parser, Debug)]
#[command(name = "sealvault", version, after_help = AFTER_HELP)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Args, Debug)]
pub struct Global {
    /// Repository location: a directory (or local:PATH), or an S3 bucket as
    /// s3:http(s)://HOST[:PORT]/BUCKET[/PREFIX] (credentials from AWS_ACCESS_KEY_ID,
    /// AWS_SECRET_ACCESS_KEY, AWS_REGION or AWS_PROFILE).
    #[arg(short = 'r', long, env = "SEALVAULT_REPOSITORY", global = true)]
    pub repo: Option<PathBuf>,
    /// A backend option, KEY=VALUE (repeatable): s3.connections=N (default 5), s3.region=R,
    /// s3.path-style=true|false, s3.timeout=SECS (default 60), s3.transfer-timeout=SECS (one
    /// pack upload or download, default 600), s3.retries=N (default 7),
    /// s3.retry-delay-ms=MS (first backoff, doubling).
    #[arg(short = 'o', long = "option", global = true, value_name = "KEY=VALUE")]
    pub options: Vec<String>,
    /// Read the password from this file (first line).
    #[arg(long, env = "SEALVAULT_PASSWORD_FILE", global = true)]
    pub password_file: Option<PathBuf>,
    /// Run this shell command and use the first line it prints as the password.
    #[arg(long, env = "SEALVAULT_PASSWORD_COMMAND", global = true)]
    pub password_command: Option<String>,
    /// Unlock with a key file instead of a password.
    #[arg(long, global = true)]
    pub key_file: Option<PathBuf>,
    /// Unlock with a recovery key (prompted for, or read from SEALVAULT_RECOVERY_KEY).
    #[arg(long, global = true)]
    pub recovery_key: bool,
    /// Unlock with recovery shares from recovery contacts (prompted for one by one, or read
    /// from SEALVAULT_RECOVERY_SHARES: one share per line, or shares separated by commas).
    #[arg(long, global = true, conflicts_with = "recovery_key")]
    pub recovery_shares: bool,
    /// Print machine-readable JSON instead of text.
    #[arg(long, global = true)]
    pub json: bool,
    /// Print only errors.
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Cache of index segments, snapshots and trees (ciphertext, verified on use; delete it
    /// whenever). Default for s3: repositories: $XDG_CACHE_HOME/sealvault or
    /// ~/.cache/sealvault; local ones have none unless this is given.
    #[arg(long, env = "SEALVAULT_CACHE_DIR", global = true, value_name = "DIR")]
    pub cache_dir: Option<PathBuf>,
    /// Use no cache (overrides --cache-dir and SEALVAULT_CACHE_DIR).
    #[arg(long, global = true)]
    pub no_cache: bool,
    /// Go on although snapshots are missing without a forget record (deleted by someone with
    /// access to the storage, or an old state served by the provider), and accept the
    /// repository as it is now.
    #[arg(long, global = true)]
    pub accept_missing_snapshots: bool,
    /// What this machine remembers about repositories (the key slot it opened last; not a
    /// cache: do not delete it). Default: $XDG_STATE_HOME/sealvault or ~/.local/state/sealvault.
    #[arg(long, env = "SEALVAULT_STATE_DIR", global = true, value_name = "DIR")]
    pub state_dir: Option<PathBuf>,
}

/// Argon2id costs for new passphrase slots.
#[derive(Args, Debug, Clone, Copy)]
pub struct KdfArgs {
    /// Argon2id memory in MiB for the new passphrase (default 64).
    #[arg(long, value_name = "MIB")]
    pub kdf_memory_mib: Option<u32>,
    /// Argon2id passes for the new passphrase (default 14).
    #[arg(long, value_name = "N")]
    pub kdf_iterations: Option<u32>,
}

/// Where a new password comes from, besides SEALVAULT_NEW_PASSWORD and the terminal.
#[derive(Args, Debug, Default, Clone)]
pub struct NewPassword {
    /// Read the new password from this file (first line).
    #[arg(long, value_name = "FILE")]
    pub new_password_file: Option<PathBuf>,
}

#[derive(Args, Debug, Default, Clone)]
pub struct Filter {
    /// Only snapshots of this host.
    #[arg(long)]
    pub host: Option<String>,
    /// Only snapshots with this tag (repeat for several).
    #[arg(long = "tag")]
    pub tags: Vec<String>,
    /// Only snapshots of exactly these paths (repeat for several).
    #[arg(long = "path")]
    pub paths: Vec<PathBuf>,
}

/// The retention policy of `forget`: a snapshot is kept if any rule keeps it. Counts take
/// `unlimited` (or -1); periods are calendar hours, days, ISO weeks, months and years in the
/// local time zone.
#[derive(Args, Debug)]
pub struct PolicyArgs {
    /// Keep the N newest snapshots.
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub keep_last: Option<String>,
    /// Keep the newest snapshot of each of the N newest hours that have one.
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub keep_hourly: Option<String>,
    /// Keep the newest snapshot of each of the N newest days that have one.
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub keep_daily: Option<String>,
    /// Keep the newest snapshot of each of the N newest weeks that have one.
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub keep_weekly: Option<String>,
    /// Keep the newest snapshot of each of the N newest months that have one.
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub keep_monthly: Option<String>,
    /// Keep the newest snapshot of each of the N newest years that have one.
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub keep_yearly: Option<String>,
    /// Keep every snapshot taken within this of the group's newest, as restic writes it:
    /// 1y2m3d4h (a month is 30 days, a year 365).
    #[arg(long, value_name = "DURATION")]
    pub keep_within: Option<String>,
    /// Keep snapshots with these tags (TAG[,TAG...]: all of them; repeat for alternatives).
    #[arg(long, value_name = "TAGS")]
    pub keep_tag: Vec<String>,
}

/// How `prune` deletes.
#[derive(Args, Debug)]
pub struct PruneArgs {
    /// Delete marked packs only once this much time has passed since the mark, by the
    /// storage's clock: 23h, 90m, 2d. 0s deletes at the next prune: unsafe while other
    /// machines may be backing up.
    #[arg(long, default_value = "23h", value_name = "DURATION")]
    pub keep_delete: String,
    /// Unused space partly used packs may keep, as a share of the repository (5%), or
    /// "unlimited" (repack nothing).
    #[arg(long, default_value = "5%", value_name = "LIMIT")]
    pub max_unused: String,
    /// How long to wait after writing the prune lease before reading the others': longer
    /// than the storage takes to list a new object.
    #[arg(long, default_value = "10s", value_name = "DURATION")]
    pub lease_settle: String,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Create a new repository.
    Init {
        /// Default compression: off, auto (zstd 3) or zstd:N.
        #[arg(long, default_value = "auto")]
        compression: String,
        /// Chunking algorithm: gear-aes (the default) or fastcdc (keyed FastCDC, what format 1
        /// repositories use; see SECURITY.md, "Content-defined chunking under attack").
        #[arg(long, default_value = "gear-aes", value_name = "ALGORITHM")]
        chunker: String,
        #[command(flatten)]
        kdf: KdfArgs,
        #[command(flatten)]
        new_password: NewPassword,
    },
    /// Back up files and directories into a new snapshot.
    Backup {
        /// Files and directories to back up.
        paths: Vec<PathBuf>,
        /// Host name to record (default: this machine's).
        #[arg(long)]
        host: Option<String>,
        /// Tag the snapshot (repeat for several).
        #[arg(long = "tag")]
        tags: Vec<String>,
        /// Take unchanged files from this snapshot (default: the latest of the same host and
        /// paths).
        #[arg(long)]
        parent: Option<String>,
        /// Read every file, even if unchanged since the parent snapshot.
        #[arg(long)]
        force: bool,
        /// Stay on the file system of each path.
        #[arg(short = 'x', long)]
        one_file_system: bool,
        /// Leave out paths matching this gitignore-style pattern (repeat for several).
        #[arg(short = 'e', long = "exclude")]
        excludes: Vec<String>,
        /// Read exclude patterns from this file, one per line (repeat for several).
        #[arg(long = "exclude-file")]
        exclude_files: Vec<PathBuf>,
        /// Back up standard input as one file.
        #[arg(long)]
        stdin: bool,
        /// Name of the file read from standard input.
        #[arg(long, default_value = "stdin")]
        stdin_name: String,
        /// Compression for this backup: off, auto (zstd 3) or zstd:N (default: the repository's).
        #[arg(long)]
        compression: Option<String>,
        /// Store files matching this gitignore-style pattern uncompressed and on their own,
        /// never sharing a compression frame with other files (repeat for several; see
        /// SECURITY.md, "Compression").
        #[arg(long = "no-compress", value_name = "PATTERN")]
        no_compress: Vec<String>,
    },
    /// List snapshots.
    Snapshots {
        #[command(flatten)]
        filter: Filter,
    },
    /// List the files of a snapshot.
    Ls {
        /// Snapshot id (or unique prefix) or `latest`.
        snapshot: String,
        /// Only below this path.
        path: Option<PathBuf>,
        /// Show mode, size and time.
        #[arg(short, long)]
        long: bool,
        #[command(flatten)]
        filter: Filter,
    },
    /// Restore a snapshot into a directory.
    Restore {
        /// Snapshot id (or unique prefix) or `latest`.
        snapshot: String,
        /// Directory to restore into (created if missing).
        #[arg(short, long)]
        target: PathBuf,
        /// Restore only this path of the snapshot (absolute, as backed up).
        #[arg(short, long)]
        include: Option<PathBuf>,
        #[command(flatten)]
        filter: Filter,
        /// What to do with entries already in the target: always (replace), if-changed
        /// (unless same size and modification time), if-newer (only with an older one), never.
        /// A directory with entries is never removed, whatever this says.
        #[arg(long, value_enum, default_value = "always")]
        overwrite: Overwrite,
        /// Delete entries in the restored directories that the snapshot does not have.
        #[arg(long)]
        delete: bool,
        /// Change nothing; list what would be replaced, left and deleted.
        #[arg(long)]
        dry_run: bool,
    },
    /// Write one file of a snapshot to standard output.
    Dump {
        /// Snapshot id (or unique prefix) or `latest`.
        snapshot: String,
        /// The file's path (absolute, as backed up).
        path: PathBuf,
        #[command(flatten)]
        filter: Filter,
    },
    /// Remove snapshots, by id or by a retention policy (restic's flags and meaning). Deletes
    /// no data: `prune` (or --prune) frees the space, a grace period later.
    Forget {
        /// Snapshot ids (or unique prefixes) to forget, instead of a policy.
        ids: Vec<String>,
        #[command(flatten)]
        policy: PolicyArgs,
        /// Apply the policy to each group of snapshots sharing these: host, paths, tags (comma
        /// separated), or "" for all snapshots as one group.
        #[arg(long, default_value = "host,paths", value_name = "KEYS")]
        group_by: String,
        #[command(flatten)]
        filter: Filter,
        /// Say what would be forgotten; change nothing.
        #[arg(short = 'n', long)]
        dry_run: bool,
        /// Then prune.
        #[arg(long)]
        prune: bool,
        #[command(flatten)]
        prune_args: PruneArgs,
    },
    /// Free the space no snapshot needs. Safe while backups run on other machines: unneeded
    /// packs are first marked, and deleted by a later prune once --keep-delete has passed
    /// and every backup that started before the mark has ended.
    Prune {
        #[command(flatten)]
        args: PruneArgs,
        /// Say what would be deleted and marked; change nothing.
        #[arg(short = 'n', long)]
        dry_run: bool,
    },
    /// Check the repository for damage.
    Check {
        /// Also read and verify every byte of every pack.
        #[arg(long)]
        read_data: bool,
    },
    /// Show repository statistics.
    Stats,
    /// Show what changed between two snapshots.
    Diff {
        /// The older snapshot.
        first: String,
        /// The newer snapshot.
        second: String,
    },
    /// Manage key slots (passwords, key files, recovery keys).
    Key {
        #[command(subcommand)]
        action: KeyAction,
    },
    /// Add a recovery-key slot and print the key, once.
    RecoveryKey,
    /// Split a new recovery secret into shares for recovery contacts and add the slot any
    /// THRESHOLD of them open; print the shares, once.
    RecoveryShares {
        /// How many shares open the repository (at least 2).
        #[arg(long, short = 'k')]
        threshold: u8,
        /// How many shares to make, one per contact (at most 255).
        #[arg(long, short = 'n')]
        shares: u8,
    },
    /// Print the repository's verification code, to compare between devices.
    Fingerprint,
    /// Repair a damaged repository.
    Repair {
        #[command(subcommand)]
        what: RepairWhat,
    },
}

#[derive(Subcommand, Debug)]
pub enum RepairWhat {
    /// Rebuild the index from the packs (after index segments were lost or damaged).
    Index,
}

/// `restore --overwrite`.
#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub enum Overwrite {
    Always,
    IfChanged,
    IfNewer,
    Never,
}

impl From<Overwrite> for sealvault::Overwrite {
    fn from(o: Overwrite) -> Self {
        match o {
            Overwrite::Always => sealvault::Overwrite::Always,
            Overwrite::IfChanged => sealvault::Overwrite::IfChanged,
            Overwrite::IfNewer => sealvault::Overwrite::IfNewer,
            Overwrite::Never => sealvault::Overwrite::Never,
        }
    }
}

#[derive(Subcommand, Debug)]
pub enum KeyAction {
    /// Add a password (or, with --new-key-file, a key file) slot.
    Add {
        /// Add a slot for this key file instead of a password.
        #[arg(long, conflicts_with = "new_password_file")]
        new_key_file: Option<PathBuf>,
        #[command(flatten)]
        kdf: KdfArgs,
        #[command(flatten)]
        new_password: NewPassword,
    },
    /// List key slots.
    List,
    /// Remove a key slot (never the last one).
    ///
    /// Removing a slot does not revoke whoever copied it (or the password and a copy of the
    /// repository): every slot wraps the same master key.
    Remove {
        /// Slot id (or unique prefix).
        id: String,
        /// Remove it even if it is the slot this command was opened with.
        #[arg(long)]
        force: bool,
    },
    /// Change the password of the slot used to open the repository.
    ///
    /// The old slot is deleted, but this does not revoke whoever copied it (or knew the old
    /// password and kept a copy of the repository): every slot wraps the same master key.
    Passwd {
        #[command(flatten)]
        kdf: KdfArgs,
        #[command(flatten)]
        new_password: NewPassword,
    },
}
