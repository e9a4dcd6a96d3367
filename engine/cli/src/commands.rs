//! The commands that write: init, backup, restore, check, and key management.

use std::os::unix::ffi::OsStrExt;
use std::time::Instant;

use anyhow::{Context, Result, anyhow, bail};
use sealvault::FileTrees;
use sealvault::{
    BackupOptions, CheckOptions, ChunkerAlgorithm, ChunkerConfig, Compression, Credential,
    InitOptions, ParentChoice, Repository,
};
use serde_json::json;

use crate::args::{Cli, Command, Filter, Global, KeyAction, NewPassword, RepairWhat};
use crate::location::Location;
use crate::output::outln;
use crate::progress::Bar;
use crate::{Failure, browse, credentials, exit, output};

/// Runs the command; returns the exit code.
pub fn run(cli: Cli) -> Result<u8, Failure> {
    let g = &cli.global;
    match cli.command {
        Command::Init {
            compression,
            chunker,
            kdf,
            new_password,
        } => init(g, &compression, &chunker, &kdf, &new_password).map_err(Failure::from),
        Command::Backup { .. } => backup(g, cli.command),
        Command::Snapshots { filter } => {
            browse::snapshots(&open(g)?, g, &filter).map_err(Failure::from)
        }
        Command::Ls {
            snapshot,
            path,
            long,
            filter,
        } => browse::ls(&open(g)?, g, &snapshot, path.as_deref(), long, &filter)
            .map_err(Failure::from),
        Command::Restore {
            snapshot,
            target,
            include,
            filter,
            overwrite,
            delete,
            dry_run,
        } => {
            let options = sealvault::RestoreOptions {
                only: include,
                overwrite: overwrite.into(),
                delete,
                dry_run,
            };
            restore(g, &snapshot, &target, &options, &filter).map_err(Failure::from)
        }
        Command::Dump {
            snapshot,
            path,
            filter,
        } => browse::dump(&open(g)?, &snapshot, &path, &filter).map_err(Failure::from),
        Command::Check { read_data } => check(g, read_data),
        Command::Forget {
            ids,
            policy,
            group_by,
            filter,
            dry_run,
            prune,
            prune_args,
        } => crate::lifecycle::forget(
            g,
            ids,
            &policy,
            &group_by,
            &filter,
            dry_run,
            prune.then_some(&prune_args),
        )
        .map_err(Failure::from),
        Command::Prune { args, dry_run } => {
            crate::lifecycle::prune(g, &args, dry_run).map_err(Failure::from)
        }
        Command::Stats => browse::stats(&open(g)?, g).map_err(Failure::from),
        Command::Diff { first, second } => {
            browse::diff(&open(g)?, g, &first, &second).map_err(Failure::from)
        }
        Command::Key { action } => key(g, action).map_err(Failure::from),
        Command::RecoveryKey => recovery_key(g).map_err(Failure::from),
        Command::RecoveryShares { threshold, shares } => {
            recovery_shares(g, threshold, shares).map_err(Failure::from)
        }
        Command::Repair {
            what: RepairWhat::Index,
        } => repair_index(g).map_err(Failure::from),
        Command::Fingerprint => {
            let repo = open(g)?;
            if g.json {
                outln!(
                    "{}",
                    json!({ "repository": repo.id().to_hex(), "fingerprint": repo.fingerprint() })
                );
            } else {
                outln!("{}", repo.fingerprint());
            }
            Ok(exit::OK)
        }
    }
}

/// The repository location from `--repo`.
fn location(g: &Global) -> Result<Location> {
    let repo = g
        .repo
        .as_ref()
        .ok_or_else(|| anyhow!("no repository given: use --repo or SEALVAULT_REPOSITORY"))?;
    Location::parse(repo.as_os_str())
}

/// Opens the repository at `--repo` with the configured credential, remembering what this
/// machine must (the slot it used) in the state directory, and warns about index segments
/// that could not be read.
pub fn open(g: &Global) -> Result<Repository> {
    open_cached(g, true)
}

/// [`open`], through the cache only if `use_cache` (check reads what storage holds).
fn open_cached(g: &Global, use_cache: bool) -> Result<Repository> {
    let location = location(g)?;
    let backend = location.open(&g.options)?;
    let credential = credentials::open_credential(g)?;
    let options = sealvault::OpenOptions {
        state_dir: state_dir(g),
        cache_dir: cache_dir(g, &location).filter(|_| use_cache),
        ..Default::default()
    };
    let repo = Repository::open_with(backend, &credential, &options)?;
    warn_unreadable(g, repo.unreadable_index());
    Ok(repo)
}

/// Stops (exit 1) if snapshots are missing without a forget record, naming each, unless
/// `--accept-missing-snapshots`.
pub fn check_history(g: &Global, repo: &Repository, list: &sealvault::SnapshotList) -> Result<()> {
    let history = repo.history(list, g.accept_missing_snapshots)?;
    if history.is_ok() {
        return Ok(());
    }
    for m in &history.missing {
        eprintln!(
            "sealvault: snapshot {} is missing without a forget record ({})",
            m.id, m.evidence
        );
    }
    for u in &history.unreadable {
        eprintln!("sealvault: warning: {}: {}", u.object, u.error);
    }
    if g.accept_missing_snapshots {
        eprintln!(
            "sealvault: accepted: the repository as it is now is what this machine remembers"
        );
        return Ok(());
    }
    bail!(
        "{} snapshots were deleted without a forget record, or the storage serves an old state \
         of the repository (a rollback); --accept-missing-snapshots goes on and accepts it",
        history.missing.len()
    )
}

/// `--cache-dir`; else, for a remote repository, `$XDG_CACHE_HOME/sealvault` or
/// `~/.cache/sealvault`; none with `--no-cache` or for a local directory (a cache would only
/// copy files already on this machine).
fn cache_dir(g: &Global, location: &Location) -> Option<std::path::PathBuf> {
    if g.no_cache {
        return None;
    }
    if let Some(d) = &g.cache_dir {
        return Some(d.clone());
    }
    if matches!(location, Location::Local(_)) {
        return None;
    }
    match std::env::var_os("XDG_CACHE_HOME").filter(|v| !v.is_empty()) {
        Some(x) => Some(std::path::PathBuf::from(x).join("sealvault")),
        None => Some(
            std::path::PathBuf::from(std::env::var_os("HOME").filter(|v| !v.is_empty())?)
                .join(".cache/sealvault"),
        ),
    }
}

/// `--state-dir` (which must work: the library reports it if it cannot be made), else
/// `$XDG_STATE_HOME/sealvault`, else `~/.local/state/sealvault`, if it can be made; else none,
/// with a warning (a user without a writable home can still restore).
fn state_dir(g: &Global) -> Option<std::path::PathBuf> {
    use std::os::unix::fs::DirBuilderExt;
    if let Some(d) = &g.state_dir {
        return Some(d.clone());
    }
    let xdg = std::env::var_os("XDG_STATE_HOME").filter(|v| !v.is_empty());
    let dir = match xdg {
        Some(x) => std::path::PathBuf::from(x).join("sealvault"),
        None => std::path::PathBuf::from(std::env::var_os("HOME").filter(|v| !v.is_empty())?)
            .join(".local/state/sealvault"),
    };
    match std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(&dir)
    {
        Ok(()) => Some(dir),
        Err(e) => {
            if !g.quiet && !g.json {
                eprintln!(
                    "sealvault: warning: no local state kept: {}: {e}",
                    dir.display()
                );
            }
            None
        }
    }
}

/// One warning line per stored object that could not be read (unless `--quiet` or `--json`).
pub fn warn_unreadable(g: &Global, unreadable: &[sealvault::Unreadable]) {
    if g.quiet || g.json {
        return;
    }
    for u in unreadable {
        eprintln!(
            "sealvault: warning: {} is unreadable and left out: {}",
            u.object, u.error
        );
    }
}

fn parse_compression(s: &str) -> Result<Compression> {
    let c = match s {
        "off" | "none" => Compression::Off,
        "auto" | "zstd" => Compression::DEFAULT,
        _ => match s.strip_prefix("zstd:").and_then(|l| l.parse().ok()) {
            Some(level) => Compression::Zstd(level),
            None => bail!("unknown compression {s:?}: use off, auto or zstd:N"),
        },
    };
    Ok(c.validate()?)
}

fn init(
    g: &Global,
    compression: &str,
    chunker: &str,
    kdf: &crate::args::KdfArgs,
    new_password: &NewPassword,
) -> Result<u8> {
    let location = location(g)?;
    let compression = parse_compression(compression)?;
    let algorithm = [ChunkerAlgorithm::GearAes, ChunkerAlgorithm::FastCdc]
        .into_iter()
        .find(|a| a.name() == chunker)
        .ok_or_else(|| anyhow!("unknown chunker {chunker:?}: use gear-aes or fastcdc"))?;
    let kdf = credentials::kdf(kdf)?;
    let credential = match &g.key_file {
        Some(f) => Credential::key_file(
            std::fs::read(f).with_context(|| format!("cannot read key file {}", f.display()))?,
        )?,
        None => credentials::new_password(g, new_password, true)?,
    };
    let backend = location.create(&g.options)?;
    let options = InitOptions {
        compression,
        chunker: ChunkerConfig::DEFAULT.with_algorithm(algorithm),
        kdf,
        ..InitOptions::default()
    };
    // Storage errors name the object (`keys/<id>`); say where the repository was to be.
    let repo = Repository::init(backend, &credential, &options)
        .with_context(|| format!("cannot create a repository at {location}"))?;
    if g.json {
        outln!(
            "{}",
            json!({ "repository": repo.id().to_hex(), "path": location.to_string(), "fingerprint": repo.fingerprint() })
        );
    } else if !g.quiet {
        outln!("created sealvault repository {} at {location}", repo.id());
        outln!("fingerprint: {}", repo.fingerprint());
        outln!("Losing your password means losing the data: consider `sealvault recovery-key`.");
    }
    Ok(exit::OK)
}

fn backup(g: &Global, command: Command) -> Result<u8, Failure> {
    let Command::Backup {
        paths,
        host,
        tags,
        parent,
        force,
        one_file_system,
        excludes,
        exclude_files,
        stdin,
        stdin_name,
        compression,
        no_compress,
    } = command
    else {
        unreachable!("called for backup only")
    };
    if stdin != paths.is_empty() {
        return Err(Failure::with_code(
            exit::USAGE,
            anyhow!("give either paths to back up or --stdin, not both and not neither"),
        ));
    }
    let compression = compression.as_deref().map(parse_compression).transpose()?;
    let repo = open(g)?;
    let mut patterns = excludes;
    for f in &exclude_files {
        let text = std::fs::read_to_string(f)
            .with_context(|| format!("cannot read exclude file {}", f.display()))?;
        patterns.extend(
            text.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(String::from),
        );
    }
    let parent = match parent {
        None => ParentChoice::Latest,
        Some(spec) => ParentChoice::Id(repo.find_snapshot(&spec, &Default::default())?.id),
    };
    let opts = BackupOptions {
        host: host.unwrap_or_else(sealvault::hostname),
        tags,
        parent,
        force,
        one_file_system,
        excludes: patterns,
        compression,
        no_compress,
    };
    let started = Instant::now();
    let bar = Bar::new(None, g.quiet, g.json);
    let snapshot = if stdin {
        repo.backup_reader(&stdin_name, std::io::stdin().lock(), &opts, &bar)
    } else {
        repo.backup(&paths, &opts, &bar)
    };
    bar.finish();
    let snapshot = snapshot?;
    let secs = started.elapsed().as_secs_f64();
    let s = &snapshot.summary;
    let skipped = snapshot.issues.iter().filter(|i| i.skipped).count();
    if g.json {
        outln!(
            "{}",
            json!({
                "snapshot": snapshot.id.to_hex(),
                "parent": snapshot.parent.map(|p| p.to_hex()),
                "files_new": s.files_new, "files_changed": s.files_changed, "files_unmodified": s.files_unmodified,
                "dirs": s.dirs, "bytes_total": s.bytes_total, "bytes_read": s.bytes_read,
                "bytes_stored": s.bytes_stored, "blobs_new": s.blobs_new, "seconds": secs,
                "issues": snapshot.issues.iter().map(|i| output::with_path(json!({
                    "message": i.message, "skipped": i.skipped,
                }), "path", &i.path)).collect::<Vec<_>>(),
            })
        );
    } else if !g.quiet {
        outln!(
            "files: {} new, {} changed, {} unmodified; {} directories",
            s.files_new,
            s.files_changed,
            s.files_unmodified,
            s.dirs
        );
        outln!(
            "read {} of {} in {:.2} s ({}), stored {} new",
            output::bytes(s.bytes_read),
            output::bytes(s.bytes_total),
            secs,
            output::rate(s.bytes_read as f64 / secs.max(1e-9)),
            output::bytes(s.bytes_stored)
        );
        outln!("snapshot {} saved", snapshot.short_id());
    }
    if skipped > 0 {
        if !g.json {
            eprintln!(
                "sealvault: warning: {skipped} entries could not be read and are not in the snapshot"
            );
        }
        return Ok(exit::PARTIAL);
    }
    Ok(exit::OK)
}

fn restore(
    g: &Global,
    spec: &str,
    target: &std::path::Path,
    options: &sealvault::RestoreOptions,
    filter: &Filter,
) -> Result<u8> {
    use sealvault::ExistingAction::{Deleted, Left, Replaced};
    let repo = open(g)?;
    let list = repo.snapshots()?;
    warn_unreadable(g, &list.unreadable);
    check_history(g, &repo, &list)?;
    let snapshot = list.find(spec, &browse::filter(filter))?;
    let started = Instant::now();
    let bar = Bar::new(
        Some(snapshot.summary.bytes_total),
        g.quiet || options.dry_run,
        g.json,
    );
    let summary = repo.restore(snapshot, target, options, &bar);
    bar.finish();
    let summary = summary?;
    let secs = started.elapsed().as_secs_f64();
    if !g.quiet && !g.json {
        for i in &summary.issues {
            let level = if i.skipped { "error" } else { "warning" };
            eprintln!(
                "sealvault: {level}: {}: {}",
                output::escaped(&i.path),
                i.message
            );
        }
    }
    let word = |a| match a {
        Replaced => "replaced",
        Left => "left",
        Deleted => "deleted",
    };
    if g.json {
        outln!(
            "{}",
            json!({ "snapshot": snapshot.id.to_hex(), "dry_run": options.dry_run, "files": summary.files, "dirs": summary.dirs, "other": summary.other,
                    "bytes": summary.bytes, "requests": summary.requests, "seconds": secs,
                    "replaced": summary.count(Replaced), "left": summary.count(Left), "deleted": summary.count(Deleted),
                    "not_restored": summary.not_restored,
                    "existing": summary.existing.iter().map(|e| output::with_path(
                        json!({ "action": word(e.action) }), "path", e.path.as_os_str().as_bytes(),
                    )).collect::<Vec<_>>(),
                    "issues": summary.issues.iter().map(|i| output::with_path(
                        json!({ "message": i.message, "skipped": i.skipped }), "path", &i.path,
                    )).collect::<Vec<_>>() })
        );
    } else if !g.quiet {
        if options.dry_run {
            for e in &summary.existing {
                outln!(
                    "would be {}: {}",
                    word(e.action),
                    output::escaped(e.path.as_os_str().as_bytes())
                );
            }
        }
        let verb = if options.dry_run {
            "would restore"
        } else {
            "restored"
        };
        outln!(
            "{verb} snapshot {}: {} files, {} directories, {} in {:.2} s ({})",
            snapshot.short_id(),
            summary.files,
            summary.dirs,
            output::bytes(summary.bytes),
            secs,
            output::rate(summary.bytes as f64 / secs.max(1e-9))
        );
        if !summary.existing.is_empty() {
            outln!(
                "existing entries: {} replaced, {} left as they were, {} deleted",
                summary.count(Replaced),
                summary.count(Left),
                summary.count(Deleted)
            );
        }
    }
    if summary.not_restored > 0 {
        if !g.json {
            eprintln!(
                "sealvault: {} entries were not restored (listed above)",
                summary.not_restored
            );
        }
        return Ok(exit::ERROR);
    }
    Ok(exit::OK)
}

fn repair_index(g: &Global) -> Result<u8> {
    let repo = open(g)?;
    let bar = Bar::new(None, g.quiet, g.json);
    let report = repo.repair_index(&bar);
    bar.finish();
    let report = report?;
    warn_unreadable(g, &report.unreadable);
    if g.json {
        outln!(
            "{}",
            json!({ "packs": report.packs, "blobs": report.blobs, "segments_written": report.segments_written,
                    "segments_deleted": report.segments_deleted,
                    "unreadable": report.unreadable.iter().map(|u| json!({"object": u.object, "problem": u.error.to_string()})).collect::<Vec<_>>() })
        );
    } else if !g.quiet {
        outln!(
            "rebuilt the index: {} blobs in {} packs, {} segments written, {} old segments deleted",
            report.blobs,
            report.packs,
            report.segments_written,
            report.segments_deleted
        );
    }
    if report.unreadable.is_empty() {
        Ok(exit::OK)
    } else {
        Ok(exit::ERROR)
    }
}

fn check(g: &Global, read_data: bool) -> Result<u8, Failure> {
    // Not through the cache: a check that read local copies would pass a bucket whose trees,
    // snapshots or index had rotted.
    let repo = open_cached(g, false)?;
    if g.accept_missing_snapshots {
        check_history(g, &repo, &repo.snapshots()?)?;
    }
    let bar = Bar::new(None, g.quiet, g.json);
    let report = repo.check(CheckOptions { read_data }, &bar);
    bar.finish();
    let report = report?;
    if g.json {
        outln!(
            "{}",
            json!({
                "snapshots": report.snapshots, "trees": report.trees, "blobs": report.blobs, "packs": report.packs,
                "packs_read": report.packs_read, "unreferenced_packs": report.unreferenced_packs,
                "damage": report.damage.iter().map(|d| json!({
                    "object": d.object, "problem": d.problem,
                    "affects": d.affects.iter().map(|(s, p)| output::with_path(json!({"snapshot": s.to_hex()}), "path", p.as_os_str().as_bytes())).collect::<Vec<_>>(),
                    "more_affected": d.more_affected,
                })).collect::<Vec<_>>(),
            })
        );
    } else {
        for d in &report.damage {
            eprintln!("damaged: {}: {}", d.object, d.problem);
            for (s, p) in &d.affects {
                let path = output::escaped(p.as_os_str().as_bytes());
                eprintln!("  affects snapshot {} path {path}", &s.to_hex()[..8]);
            }
            if d.more_affected > 0 {
                eprintln!("  ... and {} more affected paths", d.more_affected);
            }
        }
        if !g.quiet {
            outln!(
                "checked {} snapshots, {} trees, {} blobs, {} packs{}",
                report.snapshots,
                report.trees,
                report.blobs,
                report.packs,
                if read_data {
                    format!(" ({} read and verified)", report.packs_read)
                } else {
                    String::new()
                }
            );
            if report.unreferenced_packs > 0 {
                outln!(
                    "{} packs are not in the index (left by an interrupted backup; harmless, \
                     `prune` removes them)",
                    report.unreferenced_packs
                );
            }
        }
    }
    if report.is_ok() {
        if !g.json && !g.quiet {
            outln!("no errors found");
        }
        Ok(exit::OK)
    } else {
        Err(Failure::with_code(
            exit::ERROR,
            anyhow!("{} damaged objects found", report.damage.len()),
        ))
    }
}

fn key(g: &Global, action: KeyAction) -> Result<u8> {
    let repo = open(g)?;
    match action {
        KeyAction::Add {
            new_key_file,
            kdf,
            new_password,
        } => {
            let credential = match new_key_file {
                Some(f) => Credential::key_file(
                    std::fs::read(&f)
                        .with_context(|| format!("cannot read key file {}", f.display()))?,
                )?,
                None => credentials::new_password(g, &new_password, false)?,
            };
            let id = repo.keys().add(&credential, credentials::kdf(&kdf)?)?;
            print_id(g, "added key slot", id.to_hex());
        }
        KeyAction::List => {
            let slots = repo.keys().list()?;
            if g.json {
                let list: Vec<_> = slots
                    .iter()
                    .map(|s| {
                        let shares = s.shares.map(|p| {
                            json!({ "split": p.split.to_string(), "threshold": p.threshold, "shares": p.shares })
                        });
                        json!({ "id": s.id.to_hex(), "kind": s.kind.to_string(), "created": output::rfc3339(output::ns_from_secs(s.created)),
                            "current": repo.opened_with() == Some(s.id), "shares": shares })
                    })
                    .collect();
                outln!("{}", serde_json::Value::Array(list));
            } else {
                outln!("  {:<32}  {:<15}  created", "id", "kind");
                for s in slots {
                    let mark = if repo.opened_with() == Some(s.id) {
                        "*"
                    } else {
                        " "
                    };
                    let split = s.shares.map_or(String::new(), |p| {
                        format!(
                            "  (any {} of {} shares of split {})",
                            p.threshold, p.shares, p.split
                        )
                    });
                    outln!(
                        "{mark} {}  {:<15}  {}{split}",
                        s.id,
                        s.kind.to_string(),
                        output::time(output::ns_from_secs(s.created))
                    );
                }
            }
        }
        KeyAction::Remove { id, force } => {
            let slots = repo.keys().list()?;
            let mut found = slots
                .iter()
                .filter(|s| s.id.to_hex().starts_with(&id.to_ascii_lowercase()));
            let slot = match (found.next(), found.next()) {
                (Some(s), None) => s.id,
                (None, _) => bail!("no key slot {id}"),
                _ => bail!("key slot prefix {id} is ambiguous"),
            };
            repo.keys().remove(slot, force)?;
            print_id(g, "removed key slot", slot.to_hex());
        }
        KeyAction::Passwd { kdf, new_password } => {
            let new = credentials::new_password(g, &new_password, false)?;
            let id = repo
                .keys()
                .change_passphrase(&new, credentials::kdf(&kdf)?)?;
            print_id(g, "changed password; new key slot", id.to_hex());
        }
    }
    Ok(exit::OK)
}

fn print_id(g: &Global, what: &str, id: String) {
    if g.json {
        outln!("{}", json!({ "slot": id }));
    } else if !g.quiet {
        outln!("{what} {id}");
    }
}

fn recovery_key(g: &Global) -> Result<u8> {
    let repo = open(g)?;
    let (slot, key) = repo.keys().add_recovery_key()?;
    if g.json {
        outln!(
            "{}",
            json!({ "slot": slot.to_hex(), "recovery_key": key.to_text().as_str() })
        );
    } else {
        outln!("Recovery key (shown once; write it down and keep it apart from your devices):");
        outln!();
        outln!("    {}", key.to_text().as_str());
        outln!();
        outln!("It opens this repository with `sealvault --recovery-key ...` (slot {slot}).");
    }
    Ok(exit::OK)
}

fn recovery_shares(g: &Global, threshold: u8, count: u8) -> Result<u8> {
    let repo = open(g)?;
    let (slot, shares) = repo.keys().add_recovery_shares(threshold, count)?;
    let split = shares[0].split();
    if g.json {
        let texts: Vec<_> = shares
            .iter()
            .map(|s| json!({ "number": s.number(), "share": s.to_text().as_str() }))
            .collect();
        outln!(
            "{}",
            json!({ "slot": slot.to_hex(), "split": split.to_string(), "threshold": threshold, "shares": texts })
        );
    } else {
        outln!(
            "Recovery shares of split {split}: any {threshold} of these {count} open this              repository; fewer reveal nothing."
        );
        outln!("Give each to one recovery contact (shown once; they are stored nowhere):");
        outln!();
        for s in &shares {
            outln!(
                "    share {:>3} of {count}:  {}",
                s.number(),
                s.to_text().as_str()
            );
        }
        outln!();
        outln!(
            "They open it with `sealvault --recovery-shares ...`, {threshold} shares typed in              (slot {slot}; `key remove` revokes the split)."
        );
    }
    Ok(exit::OK)
}
