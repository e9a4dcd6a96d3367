//! Forget: remove snapshots by decision, by id or by a retention policy (`policy`), and
//! record the decision.
//!
//! Before any snapshot object is deleted, a sealed forget record (`forgotten/<id>`, an id
//! list: `FORMAT.md`, "Lifecycle objects") names every snapshot it removes, so that a
//! snapshot that disappears is either a recorded decision or a gap the provider made. Forget
//! refuses to run while a snapshot cannot be read (the policy would be computed on part of the
//! history), and, before it writes anything, proves that storage lets it delete.

use jiff::tz::TimeZone;

use crate::error::{Error, Result};
use crate::files::FileTrees;
use crate::files::policy::{self, GroupBy, GroupDecision, Policy, SnapshotMeta};
use crate::files::snapshot::SnapshotFilter;
use crate::primitives::id::ObjectId;
use crate::store::layout::Object;
use crate::store::lifecycle::gc::delete_if_present;
use crate::store::lifecycle::lease::probe_delete;
use crate::store::lifecycle::presence::PresenceKind;
use crate::store::lifecycle::records::{self, IdList};
use crate::store::repo::Repository;

pub(crate) const FORGET_MAGIC: &[u8; 8] = b"SEALVFGT";

/// Which snapshots to forget.
#[derive(Clone, Debug)]
pub struct ForgetOptions {
    /// Snapshot ids or unique id prefixes to forget; when given, `policy` must be empty.
    pub ids: Vec<String>,
    /// The retention policy: every snapshot it does not keep is forgotten.
    pub policy: Policy,
    /// How snapshots are grouped for the policy (default host and paths).
    pub group_by: GroupBy,
    /// Only snapshots matching this are considered (by the policy, and for `ids`).
    pub filter: SnapshotFilter,
    /// Calendar periods of the policy are in this zone (the CLI uses the system's).
    pub time_zone: TimeZone,
    /// Decide and report; delete nothing.
    pub dry_run: bool,
}

impl Default for ForgetOptions {
    fn default() -> ForgetOptions {
        ForgetOptions {
            ids: Vec::new(),
            policy: Policy::default(),
            group_by: GroupBy::default(),
            filter: SnapshotFilter::default(),
            time_zone: TimeZone::UTC,
            dry_run: false,
        }
    }
}

/// What a forget did (or would do).
#[derive(Clone, Debug, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct ForgetReport {
    /// Nothing was deleted.
    pub dry_run: bool,
    /// The policy's decision per group (empty when ids were given).
    pub groups: Vec<GroupDecision>,
    /// The snapshots forgotten (or to be), newest first within each group.
    pub removed: Vec<ObjectId>,
    /// The forget record written.
    pub record: Option<ObjectId>,
}

/// Forgets snapshots; see the module docs.
pub(crate) fn run(repo: &Repository, opts: &ForgetOptions) -> Result<ForgetReport> {
    let list = repo.snapshots()?;
    if let Some(u) = list.unreadable.first() {
        return Err(Error::conflict(
            Some(u.object.clone()),
            format!(
                "cannot be read ({}); forget decides nothing on part of the history",
                u.error
            ),
        ));
    }
    let mut report = ForgetReport {
        dry_run: opts.dry_run,
        ..ForgetReport::default()
    };
    if !opts.ids.is_empty() {
        if !opts.policy.is_empty() {
            return Err(Error::invalid_input(
                "give snapshot ids or a policy, not both",
            ));
        }
        for spec in &opts.ids {
            let id = list.find(spec, &opts.filter)?.id;
            if !report.removed.contains(&id) {
                report.removed.push(id);
            }
        }
    } else {
        let metas: Vec<SnapshotMeta> = list
            .snapshots
            .iter()
            .filter(|s| opts.filter.matches(s))
            .map(SnapshotMeta::from)
            .collect();
        report.groups = policy::apply(&metas, &opts.policy, opts.group_by, &opts.time_zone)?;
        report.removed = report
            .groups
            .iter()
            .flat_map(|g| g.remove.iter().copied())
            .collect();
    }
    if opts.dry_run || report.removed.is_empty() {
        return Ok(report);
    }
    let probe = probe_delete(repo, PresenceKind::Session)?;
    let _ = probe.end(repo);
    let record = ObjectId::random()?;
    let body = IdList {
        client_ns: records::client_ns(&repo.lifecycle().clock),
        ids: report.removed.iter().map(|id| *id.as_bytes()).collect(),
    };
    repo.put_sealed(Object::Forget(record), FORGET_MAGIC, &body.encode())?;
    report.record = Some(record);
    for id in &report.removed {
        delete_if_present(repo, &Object::Snapshot(*id).name())?;
    }
    Ok(report)
}
