//! `forget` and `prune`: parsing the policy and durations, printing what was decided.

use std::collections::HashMap;
use std::time::Duration;

use anyhow::{Context, Result, anyhow, bail};
use sealvault::policy::{GroupBy, Policy, UNLIMITED};
use sealvault::{FileTrees, ForgetOptions, ForgetReport, PruneOptions, PruneReport, Snapshot};
use serde_json::json;

use crate::args::{Filter, Global, PolicyArgs, PruneArgs};
use crate::commands::open;
use crate::output::outln;
use crate::progress::Bar;
use crate::{browse, exit, output};

/// `forget`: by ids or policy, then `--prune` if asked.
pub fn forget(
    g: &Global,
    ids: Vec<String>,
    policy: &PolicyArgs,
    group_by: &str,
    filter: &Filter,
    dry_run: bool,
    prune_after: Option<&PruneArgs>,
) -> Result<u8> {
    let policy = parse_policy(policy)?;
    if ids.is_empty() && policy.is_empty() {
        bail!("give snapshot ids to forget, or a policy (--keep-last, --keep-daily, ...)");
    }
    let repo = open(g)?;
    let before: HashMap<_, Snapshot> = repo
        .snapshots()?
        .snapshots
        .into_iter()
        .map(|s| (s.id, s))
        .collect();
    let opts = ForgetOptions {
        ids,
        policy,
        group_by: parse_group_by(group_by)?,
        filter: browse::filter(filter),
        time_zone: jiff::tz::TimeZone::system(),
        dry_run,
    };
    let report = repo.forget(&opts)?;
    print_forget(g, &report, &before);
    match prune_after {
        Some(args) if !dry_run => {
            drop(repo);
            prune(g, args, false)
        }
        _ => Ok(exit::OK),
    }
}

fn print_forget(
    g: &Global,
    report: &ForgetReport,
    snapshots: &HashMap<sealvault::ObjectId, Snapshot>,
) {
    let at = |id: &sealvault::ObjectId, show: fn(i64) -> String| {
        snapshots
            .get(id)
            .map(|s| show(s.time_ns))
            .unwrap_or_default()
    };
    if g.json {
        let time = |id| at(id, output::rfc3339);
        outln!(
            "{}",
            json!({
                "dry_run": report.dry_run,
                "groups": report.groups.iter().map(|gr| json!({
                    "group": gr.key.to_string(),
                    "keep": gr.keep.iter().map(|(id, why)| json!({
                        "id": id.to_hex(), "time": time(id),
                        "reasons": why.iter().map(ToString::to_string).collect::<Vec<_>>(),
                    })).collect::<Vec<_>>(),
                    "remove": gr.remove.iter().map(|id| json!({"id": id.to_hex(), "time": time(id)})).collect::<Vec<_>>(),
                })).collect::<Vec<_>>(),
                "removed": report.removed.iter().map(|id| id.to_hex()).collect::<Vec<_>>(),
                "record": report.record.map(|r| r.to_hex()),
            })
        );
        return;
    }
    if g.quiet {
        return;
    }
    let time = |id| at(id, output::time);
    for gr in &report.groups {
        outln!("snapshots of {}:", gr.key);
        for (id, why) in &gr.keep {
            let why: Vec<String> = why.iter().map(ToString::to_string).collect();
            outln!(
                "  keep    {}  {}  {}",
                &id.to_hex()[..8],
                time(id),
                why.join(", ")
            );
        }
        for id in &gr.remove {
            outln!("  remove  {}  {}", &id.to_hex()[..8], time(id));
        }
    }
    let n = report.removed.len();
    match (report.dry_run, report.record) {
        (true, _) => outln!("would forget {n} snapshots (dry run: nothing changed)"),
        (false, Some(r)) => outln!(
            "forgot {n} snapshots (recorded as forgotten/{}); `prune` frees their space",
            &r.to_hex()[..8]
        ),
        (false, None) => outln!("nothing to forget"),
    }
}

/// `prune`.
pub fn prune(g: &Global, args: &PruneArgs, dry_run: bool) -> Result<u8> {
    let opts = PruneOptions {
        keep_delete: parse_duration(&args.keep_delete, false).context("--keep-delete")?,
        max_unused: parse_max_unused(&args.max_unused)?,
        settle: parse_duration(&args.lease_settle, false).context("--lease-settle")?,
        dry_run,
    };
    let repo = open(g)?;
    let bar = Bar::new(None, g.quiet, g.json);
    let report = repo.prune(&opts, &bar);
    bar.finish();
    print_prune(g, &report?);
    Ok(exit::OK)
}

fn print_prune(g: &Global, r: &PruneReport) {
    if g.json {
        outln!(
            "{}",
            json!({
                "dry_run": r.dry_run, "snapshots": r.snapshots, "blobs_used": r.blobs_used,
                "packs": r.packs, "deleted_packs": r.deleted_packs, "deleted_bytes": r.deleted_bytes,
                "taken_back_packs": r.taken_back_packs, "marked_packs": r.marked_packs,
                "marked_bytes": r.marked_bytes, "repacked_packs": r.repacked_packs,
                "repacked_blobs": r.repacked_blobs, "unreferenced_packs": r.unreferenced_packs,
                "used_bytes": r.used_bytes, "unused_bytes_kept": r.unused_bytes_kept,
                "segments_written": r.segments_written, "segments_deleted": r.segments_deleted,
                "expired_objects": r.expired_objects,
                "waiting": r.waiting.iter().map(|w| json!({
                    "record": w.record.to_hex(), "packs": w.packs, "reason": w.reason,
                })).collect::<Vec<_>>(),
            })
        );
        return;
    }
    if g.quiet {
        return;
    }
    let would = if r.dry_run { "would be " } else { "" };
    outln!(
        "{} snapshots use {} blobs ({})",
        r.snapshots,
        r.blobs_used,
        output::bytes(r.used_bytes)
    );
    outln!(
        "{would}deleted: {} packs ({}) marked by an earlier prune; {} taken back (in use again)",
        r.deleted_packs,
        output::bytes(r.deleted_bytes),
        r.taken_back_packs
    );
    outln!(
        "{would}marked for deletion: {} packs ({}): {} repacked first ({} blobs copied), {} left by interrupted backups",
        r.marked_packs,
        output::bytes(r.marked_bytes),
        r.repacked_packs,
        r.repacked_blobs,
        r.unreferenced_packs
    );
    for w in &r.waiting {
        outln!(
            "waiting: pending/{} ({} packs): {}",
            &w.record.to_hex()[..8],
            w.packs,
            w.reason
        );
    }
    if r.dry_run {
        outln!("dry run: nothing changed");
    } else if r.marked_packs > 0 {
        outln!("marked packs are deleted by a prune run after --keep-delete has passed");
    }
}

fn parse_count(flag: &str, v: &Option<String>) -> Result<Option<u32>> {
    let Some(v) = v else { return Ok(None) };
    match v.as_str() {
        "unlimited" | "-1" => Ok(Some(UNLIMITED)),
        n => n
            .parse::<u32>()
            .map(Some)
            .map_err(|_| anyhow!("--{flag}: {n:?} is not a count (a number, or unlimited)")),
    }
}

fn parse_policy(p: &PolicyArgs) -> Result<Policy> {
    Ok(Policy {
        keep_last: parse_count("keep-last", &p.keep_last)?,
        keep_hourly: parse_count("keep-hourly", &p.keep_hourly)?,
        keep_daily: parse_count("keep-daily", &p.keep_daily)?,
        keep_weekly: parse_count("keep-weekly", &p.keep_weekly)?,
        keep_monthly: parse_count("keep-monthly", &p.keep_monthly)?,
        keep_yearly: parse_count("keep-yearly", &p.keep_yearly)?,
        keep_within: p
            .keep_within
            .as_deref()
            .map(|d| parse_duration(d, true).context("--keep-within"))
            .transpose()?,
        keep_tags: p
            .keep_tag
            .iter()
            .map(|t| t.split(',').map(str::to_string).collect())
            .collect(),
    })
}

fn parse_group_by(s: &str) -> Result<GroupBy> {
    let mut g = GroupBy {
        host: false,
        paths: false,
        tags: false,
    };
    for key in s.split(',').filter(|k| !k.is_empty()) {
        match key {
            "host" => g.host = true,
            "paths" => g.paths = true,
            "tags" => g.tags = true,
            other => bail!("--group-by: unknown key {other:?} (host, paths, tags)"),
        }
    }
    Ok(g)
}

fn parse_max_unused(s: &str) -> Result<f64> {
    if s == "unlimited" {
        return Ok(f64::INFINITY);
    }
    let pct = s
        .strip_suffix('%')
        .and_then(|n| n.parse::<f64>().ok())
        .filter(|p| (0.0..100.0).contains(p))
        .ok_or_else(|| {
            anyhow!("--max-unused: {s:?} is not a percentage below 100 (5%) or unlimited")
        })?;
    Ok(pct / 100.0)
}

/// A duration as numbers with units: `23h`, `90m`, `1d12h`, `0s`. With `restic_months`
/// (`--keep-within`, as restic writes it) `m` is a month of 30 days and `y` a year of 365;
/// otherwise `m` is a minute.
pub fn parse_duration(s: &str, restic_months: bool) -> Result<Duration> {
    let bad = || {
        let units = if restic_months {
            "y, m (months), d, h"
        } else {
            "d, h, m, s"
        };
        anyhow!("{s:?} is not a duration (numbers with units: {units})")
    };
    let mut total: u64 = 0;
    let mut digits = String::new();
    for c in s.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        let n: u64 = digits.parse().map_err(|_| bad())?;
        digits.clear();
        let unit = match (c, restic_months) {
            ('y', true) => 365 * 86400,
            ('m', true) => 30 * 86400,
            ('m', false) => 60,
            ('d', _) => 86400,
            ('h', _) => 3600,
            ('s', false) => 1,
            _ => return Err(bad()),
        };
        total = n
            .checked_mul(unit)
            .and_then(|v| total.checked_add(v))
            .ok_or_else(bad)?;
    }
    if !digits.is_empty() || s.is_empty() {
        return Err(bad());
    }
    Ok(Duration::from_secs(total))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(
            parse_duration("23h", false).unwrap(),
            Duration::from_secs(23 * 3600)
        );
        assert_eq!(parse_duration("0s", false).unwrap(), Duration::ZERO);
        assert_eq!(
            parse_duration("1d30m", false).unwrap(),
            Duration::from_secs(86400 + 1800)
        );
        assert_eq!(
            parse_duration("1y2m", true).unwrap(),
            Duration::from_secs((365 + 60) * 86400)
        );
        for bad in ["", "5", "h", "3x", "1s", "99999999999999999999d"] {
            assert!(parse_duration(bad, true).is_err(), "{bad}");
        }
        assert!(parse_duration("5", false).is_err());
    }

    #[test]
    fn max_unused_and_groups() {
        assert_eq!(parse_max_unused("5%").unwrap(), 0.05);
        assert!(parse_max_unused("unlimited").unwrap().is_infinite());
        assert!(parse_max_unused("100%").is_err());
        assert!(parse_max_unused("5").is_err());
        assert_eq!(
            parse_group_by("").unwrap(),
            GroupBy {
                host: false,
                paths: false,
                tags: false
            }
        );
        assert!(parse_group_by("host,colour").is_err());
    }
}
