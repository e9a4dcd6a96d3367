//! The retention policy of `forget`: given the snapshots' metadata and a [`Policy`], which
//! snapshots to keep (with every reason why) and which to remove, group by group.
//!
//! It is restic's policy rule for rule (restic's manual, "Removing backup snapshots"), so that
//! a schedule written for restic keeps the same history here. The subtle points, each kept on
//! purpose: calendar buckets count only periods that have a snapshot (`keep_daily 7` is the
//! newest snapshot of each of the last seven days *with* a snapshot, however old); when a rule
//! still has counts left at a group's oldest snapshot it keeps that one too (restic 0.16 and
//! later, so that a young repository keeps its whole short history); `keep_within` measures
//! from the group's newest snapshot that is not in the future, not from now; and a policy that
//! keeps nothing, or that would remove every snapshot of a group, is refused.
//!
//! Pure: it sees no repository, and through [`apply_at`] no clock, so the tests below can
//! compare it with a slow reference implementation on random histories.
//!
//! ```
//! use jiff::tz::TimeZone;
//! use sealvault::ObjectId;
//! use sealvault::policy::{self, GroupBy, KeepReason, Period, Policy, SnapshotMeta};
//!
//! // One snapshot a day at noon UTC, Friday 1 to Sunday 10 March 2024.
//! let day = 86_400_000_000_000;
//! let snapshots: Vec<_> = (0..10u8)
//!     .map(|n| SnapshotMeta {
//!         id: ObjectId::from_bytes([n; 16]),
//!         time_ns: 1_709_294_400_000_000_000 + i64::from(n) * day,
//!         host: "laptop".into(),
//!         paths: vec![b"/home".to_vec()],
//!         tags: Vec::new(),
//!     })
//!     .collect();
//! let keep = Policy { keep_last: Some(2), keep_weekly: Some(2), ..Policy::default() };
//! let groups = policy::apply(&snapshots, &keep, GroupBy::default(), &TimeZone::UTC)?;
//!
//! // The two newest, and the newest of each of the last two weeks: 10 and 3 March.
//! let weekly = KeepReason::Newest(Period::Week);
//! assert_eq!(groups[0].keep, [
//!     (snapshots[9].id, vec![KeepReason::Last, weekly.clone()]),
//!     (snapshots[8].id, vec![KeepReason::Last]),
//!     (snapshots[2].id, vec![weekly]),
//! ]);
//! assert_eq!(groups[0].remove.len(), 7);
//! # Ok::<(), sealvault::Error>(())
//! ```

use std::collections::BTreeMap;
use std::fmt;
use std::time::Duration;

use jiff::civil::DateTime;
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};

use crate::error::{Error, Result};
use crate::files::snapshot::Snapshot;
use crate::primitives::id::ObjectId;

/// The count that never runs out (restic's `unlimited`, or `-1`): no group holds this many
/// snapshots, so a rule with it keeps one snapshot of every bucket.
pub const UNLIMITED: u32 = u32::MAX;

/// What the policy looks at in a snapshot.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SnapshotMeta {
    /// The snapshot's id; ids are expected to be unique.
    pub id: ObjectId,
    /// When it was taken, nanoseconds since the epoch.
    pub time_ns: i64,
    /// Host name.
    pub host: String,
    /// The backed-up paths.
    pub paths: Vec<Vec<u8>>,
    /// Tags.
    pub tags: Vec<String>,
}

impl From<&Snapshot> for SnapshotMeta {
    fn from(s: &Snapshot) -> Self {
        SnapshotMeta {
            id: s.id,
            time_ns: s.time_ns,
            host: s.host.clone(),
            paths: s.paths.clone(),
            tags: s.tags.clone(),
        }
    }
}

/// Which snapshots to keep. Rules only ever keep: a snapshot is removed when no rule keeps
/// it. A count of `None` or `Some(0)` is no rule; [`UNLIMITED`] is every bucket.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Policy {
    /// The `n` newest snapshots.
    pub keep_last: Option<u32>,
    /// The newest snapshot of each of the `n` newest hours that have one.
    pub keep_hourly: Option<u32>,
    /// The same per calendar day.
    pub keep_daily: Option<u32>,
    /// The same per ISO week (Monday to Sunday; the week of 1 January may belong to the
    /// previous year).
    pub keep_weekly: Option<u32>,
    /// The same per calendar month.
    pub keep_monthly: Option<u32>,
    /// The same per calendar year.
    pub keep_yearly: Option<u32>,
    /// Every snapshot taken less than this before the group's newest snapshot that is not in
    /// the future. Zero is no rule.
    pub keep_within: Option<Duration>,
    /// Every snapshot that has all the tags of any one of these sets (`--keep-tag a,b` is the
    /// set `[a, b]`). The tag `""` stands for "no tags at all", so `[""]` keeps the untagged
    /// snapshots; an empty set matches every snapshot.
    pub keep_tags: Vec<Vec<String>>,
}

impl Policy {
    /// Whether the policy has no rule at all (so it would keep nothing).
    pub fn is_empty(&self) -> bool {
        self.counts().iter().all(|(_, n)| n.unwrap_or(0) == 0)
            && self.keep_within.is_none_or(|d| d.is_zero())
            && self.keep_tags.is_empty()
    }

    /// The counted rules, in the order their reasons are reported: `None` is `keep_last`.
    fn counts(&self) -> [(Option<Period>, Option<u32>); 6] {
        [
            (None, self.keep_last),
            (Some(Period::Hour), self.keep_hourly),
            (Some(Period::Day), self.keep_daily),
            (Some(Period::Week), self.keep_weekly),
            (Some(Period::Month), self.keep_monthly),
            (Some(Period::Year), self.keep_yearly),
        ]
    }
}

/// A calendar period of the bucketed rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Period {
    /// (year, month, day, hour).
    Hour,
    /// The calendar date.
    Day,
    /// (ISO year, ISO week).
    Week,
    /// (year, month).
    Month,
    /// The year.
    Year,
}

impl Period {
    fn adjective(self) -> &'static str {
        match self {
            Period::Hour => "hourly",
            Period::Day => "daily",
            Period::Week => "weekly",
            Period::Month => "monthly",
            Period::Year => "yearly",
        }
    }

    /// The bucket of a local time: equal for two times in the same period.
    fn bucket(self, t: DateTime) -> Bucket {
        match self {
            Period::Hour => (t.year(), t.month(), t.day(), t.hour()),
            Period::Day => (t.year(), t.month(), t.day(), 0),
            Period::Week => {
                let w = t.date().iso_week_date();
                (w.year(), w.week(), 0, 0)
            }
            Period::Month => (t.year(), t.month(), 0, 0),
            Period::Year => (t.year(), 0, 0, 0),
        }
    }
}

/// A calendar period's bucket: (year, month, day, hour), or (ISO year, ISO week, 0, 0), with
/// the parts finer than the period zero.
type Bucket = (i16, i8, i8, i8);

/// Why a snapshot is kept. Displays (and serializes) as text much like restic's reasons.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeepReason {
    /// One of the `keep_last` newest ("last snapshot").
    Last,
    /// The newest of its period, within the rule's count ("daily snapshot").
    Newest(Period),
    /// The group's oldest snapshot, kept because the rule for this period still had counts
    /// left when it got there ("oldest daily snapshot").
    Oldest(Period),
    /// Within `keep_within` of the newest snapshot ("within 168h").
    Within(Duration),
    /// Has every tag of this set ("has tags [\"a\", \"b\"]").
    Tags(Vec<String>),
}

impl fmt::Display for KeepReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KeepReason::Last => f.write_str("last snapshot"),
            KeepReason::Newest(p) => write!(f, "{} snapshot", p.adjective()),
            KeepReason::Oldest(p) => write!(f, "oldest {} snapshot", p.adjective()),
            KeepReason::Within(d) => match SignedDuration::try_from(*d) {
                Ok(d) => write!(f, "within {d:#}"),
                Err(_) => write!(f, "within {d:?}"),
            },
            KeepReason::Tags(tags) => write!(f, "has tags {tags:?}"),
        }
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for KeepReason {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// What snapshots are grouped by; the policy applies to each group on its own. The default,
/// host and paths, keeps one machine's backups of one set of paths from deciding the fate of
/// another's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GroupBy {
    /// The host name.
    pub host: bool,
    /// The set of backed-up paths (their order does not matter).
    pub paths: bool,
    /// The set of tags.
    pub tags: bool,
}

impl Default for GroupBy {
    fn default() -> Self {
        GroupBy {
            host: true,
            paths: true,
            tags: false,
        }
    }
}

/// The values a group shares: `None` for what it is not grouped by.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct GroupKey {
    /// The host name.
    pub host: Option<String>,
    /// The paths, sorted, without duplicates (serialized as lossy UTF-8 strings).
    #[cfg_attr(feature = "serde", serde(serialize_with = "lossy_paths"))]
    pub paths: Option<Vec<Vec<u8>>>,
    /// The tags, sorted, without duplicates.
    pub tags: Option<Vec<String>>,
}

#[cfg(feature = "serde")]
fn lossy_paths<S: serde::Serializer>(
    paths: &Option<Vec<Vec<u8>>>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match paths {
        Some(paths) => crate::serialize::lossy_all(paths, s),
        None => s.serialize_none(),
    }
}

impl fmt::Display for GroupKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts = Vec::new();
        if let Some(host) = &self.host {
            parts.push(format!("host {host}"));
        }
        if let Some(paths) = &self.paths {
            let paths: Vec<_> = paths.iter().map(|p| String::from_utf8_lossy(p)).collect();
            parts.push(format!("paths [{}]", paths.join(", ")));
        }
        if let Some(tags) = &self.tags {
            parts.push(format!("tags [{}]", tags.join(", ")));
        }
        if parts.is_empty() {
            f.write_str("all snapshots")
        } else {
            f.write_str(&parts.join(", "))
        }
    }
}

/// The outcome for one group. Both lists are newest first.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct GroupDecision {
    /// What the group's snapshots share.
    pub key: GroupKey,
    /// The snapshots kept, each with every reason that keeps it.
    pub keep: Vec<(ObjectId, Vec<KeepReason>)>,
    /// The snapshots to remove.
    pub remove: Vec<ObjectId>,
}

/// [`apply_at`] with the current time.
pub fn apply(
    snapshots: &[SnapshotMeta],
    policy: &Policy,
    group_by: GroupBy,
    tz: &TimeZone,
) -> Result<Vec<GroupDecision>> {
    let now = i64::try_from(Timestamp::now().as_nanosecond()).unwrap_or(i64::MAX);
    apply_at(snapshots, policy, group_by, tz, now)
}

/// Groups `snapshots` and applies `policy` to each group, with calendar periods in `tz` and
/// `now_ns` (nanoseconds since the epoch) deciding which snapshots are in the future. Groups
/// come out in the order of their keys. Equal times are ordered by id, the larger id counting
/// as the newer, so that the outcome does not depend on the order of `snapshots`.
///
/// # Errors
///
/// `InvalidInput` when the policy is empty (forgetting everything takes explicit ids), or when
/// it would remove every snapshot of a group (a `keep_tags` no snapshot of it matches).
pub fn apply_at(
    snapshots: &[SnapshotMeta],
    policy: &Policy,
    group_by: GroupBy,
    tz: &TimeZone,
    now_ns: i64,
) -> Result<Vec<GroupDecision>> {
    if policy.is_empty() {
        return Err(Error::invalid_input(
            "the policy keeps nothing: give at least one keep rule",
        ));
    }
    let mut groups: BTreeMap<GroupKey, Vec<&SnapshotMeta>> = BTreeMap::new();
    for s in snapshots {
        groups.entry(group_key(s, group_by)).or_default().push(s);
    }
    groups
        .into_iter()
        .map(|(key, mut group)| {
            group.sort_by_key(|s| std::cmp::Reverse((s.time_ns, s.id)));
            let decision = decide(key, &group, policy, tz, now_ns)?;
            if decision.keep.is_empty() {
                return Err(Error::invalid_input(format!(
                    "refusing to remove every snapshot of the group of {}",
                    decision.key
                )));
            }
            Ok(decision)
        })
        .collect()
}

fn group_key(s: &SnapshotMeta, by: GroupBy) -> GroupKey {
    fn set<T: Ord + Clone>(items: &[T]) -> Vec<T> {
        let mut items = items.to_vec();
        items.sort();
        items.dedup();
        items
    }
    GroupKey {
        host: by.host.then(|| s.host.clone()),
        paths: by.paths.then(|| set(&s.paths)),
        tags: by.tags.then(|| set(&s.tags)),
    }
}

/// A counted rule during the walk over a group.
struct Rule {
    /// `None` for `keep_last`.
    period: Option<Period>,
    /// How many more snapshots it may keep.
    left: u32,
    /// The bucket of the snapshot it kept last.
    last: Option<Bucket>,
}

/// restic's walk over one group, newest first (`group` is sorted so).
fn decide(
    key: GroupKey,
    group: &[&SnapshotMeta],
    policy: &Policy,
    tz: &TimeZone,
    now_ns: i64,
) -> Result<GroupDecision> {
    // A snapshot from a clock running ahead (or with a forged time) must not drag the window
    // past the real ones: the window ends at the newest snapshot that is not in the future.
    let latest = group
        .iter()
        .map(|s| s.time_ns)
        .filter(|&t| t < now_ns)
        .max();
    let within = policy.keep_within.filter(|d| !d.is_zero());
    let mut rules: Vec<Rule> = policy
        .counts()
        .into_iter()
        .filter(|(_, n)| n.is_some_and(|n| n > 0))
        .map(|(period, n)| Rule {
            period,
            left: n.unwrap_or(0),
            last: None,
        })
        .collect();
    let mut decision = GroupDecision {
        key,
        keep: Vec::new(),
        remove: Vec::new(),
    };
    for (i, s) in group.iter().enumerate() {
        let mut reasons = Vec::new();
        for set in &policy.keep_tags {
            if has_tags(s, set) {
                reasons.push(KeepReason::Tags(set.clone()));
            }
        }
        if let Some(d) = within {
            // Strictly inside, as restic: `time > latest - d`; with no snapshot in the past,
            // every snapshot is.
            let inside = latest.is_none_or(|latest| {
                let d = i128::try_from(d.as_nanos()).unwrap_or(i128::MAX);
                i128::from(s.time_ns) > i128::from(latest) - d
            });
            if inside {
                reasons.push(KeepReason::Within(d));
            }
        }
        let local = tz.to_datetime(
            Timestamp::from_nanosecond(i128::from(s.time_ns))
                .map_err(|e| Error::internal(format!("snapshot time out of range: {e}")))?,
        );
        let oldest = i == group.len() - 1;
        for rule in rules.iter_mut().filter(|rule| rule.left > 0) {
            let reason = match rule.period {
                None => KeepReason::Last,
                Some(p) => {
                    let bucket = p.bucket(local);
                    if rule.last != Some(bucket) {
                        rule.last = Some(bucket);
                        KeepReason::Newest(p)
                    } else if oldest {
                        KeepReason::Oldest(p)
                    } else {
                        continue;
                    }
                }
            };
            rule.left -= 1;
            reasons.push(reason);
        }
        if reasons.is_empty() {
            decision.remove.push(s.id);
        } else {
            decision.keep.push((s.id, reasons));
        }
    }
    Ok(decision)
}

/// Whether `s` has every tag of `set`, `""` standing for "no tags at all".
fn has_tags(s: &SnapshotMeta, set: &[String]) -> bool {
    set.iter().all(|tag| {
        if tag.is_empty() {
            s.tags.is_empty()
        } else {
            s.tags.contains(tag)
        }
    })
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;
    use proptest::prelude::*;

    use super::*;
    use crate::error::ErrorKind;

    const HOUR: i64 = 3_600_000_000_000;
    const DAY: i64 = 24 * HOUR;
    const NEVER: i64 = i64::MAX;

    fn id(n: usize) -> ObjectId {
        let mut b = [0; 16];
        b[8..].copy_from_slice(&(n as u64).to_be_bytes());
        ObjectId::from_bytes(b)
    }

    fn ids(ns: impl IntoIterator<Item = usize>) -> Vec<ObjectId> {
        ns.into_iter().map(id).collect()
    }

    /// Nanoseconds of a UTC time.
    fn utc(y: i16, m: i8, d: i8, h: i8, min: i8) -> i64 {
        let t = TimeZone::UTC.to_timestamp(date(y, m, d).at(h, min, 0, 0));
        i64::try_from(t.unwrap().as_nanosecond()).unwrap()
    }

    /// Snapshot `n` of one host and path, at `time_ns`.
    fn snap(n: usize, time_ns: i64) -> SnapshotMeta {
        let (host, paths, tags) = ("laptop".into(), vec![b"/home".to_vec()], Vec::new());
        SnapshotMeta {
            id: id(n),
            time_ns,
            host,
            paths,
            tags,
        }
    }

    fn policy_with(set: impl FnOnce(&mut Policy)) -> Policy {
        let mut policy = Policy::default();
        set(&mut policy);
        policy
    }

    /// The one group's decision, in UTC, with every snapshot in the past.
    fn one(snaps: &[SnapshotMeta], set: impl FnOnce(&mut Policy)) -> GroupDecision {
        let policy = policy_with(set);
        let mut groups =
            apply_at(snaps, &policy, GroupBy::default(), &TimeZone::UTC, NEVER).unwrap();
        assert_eq!(groups.len(), 1);
        groups.pop().unwrap()
    }

    fn kept(d: &GroupDecision) -> Vec<ObjectId> {
        d.keep.iter().map(|(id, _)| *id).collect()
    }

    #[test]
    fn keep_daily_keeps_the_newest_of_each_of_the_last_days_with_a_snapshot() {
        // Two a day (08:00 and 20:00) for 40 days: 2i is a morning, 2i + 1 an evening.
        let start = utc(2024, 1, 1, 8, 0);
        let snaps: Vec<_> = (0..80)
            .map(|n| snap(n, start + (n / 2) as i64 * DAY + (n % 2) as i64 * 12 * HOUR))
            .collect();
        let d = one(&snaps, |p| p.keep_daily = Some(7));
        assert_eq!(kept(&d), ids((33..40).rev().map(|day| 2 * day + 1)));
        let daily = [KeepReason::Newest(Period::Day)];
        assert!(d.keep.iter().all(|(_, why)| *why == daily));
        assert_eq!((d.remove.len(), d.remove[0]), (73, id(78)), "newest first");
    }

    #[test]
    fn the_oldest_snapshot_is_kept_while_a_rule_has_counts_left() {
        // restic 0.16+: two days with a snapshot, five allowed: the first of day one is kept.
        let snaps = [
            snap(0, utc(2024, 5, 17, 9, 36)),
            snap(1, utc(2024, 5, 17, 9, 41)),
            snap(2, utc(2024, 5, 18, 9, 0)),
        ];
        let d = one(&snaps, |p| p.keep_daily = Some(5));
        let (daily, oldest) = (
            KeepReason::Newest(Period::Day),
            KeepReason::Oldest(Period::Day),
        );
        let expected = [
            (id(2), vec![daily.clone()]),
            (id(1), vec![daily]),
            (id(0), vec![oldest]),
        ];
        assert_eq!(d.keep, expected);
        assert_eq!(d.keep[2].1[0].to_string(), "oldest daily snapshot");
        // With the count used up before the oldest, it goes.
        let d = one(&snaps, |p| p.keep_daily = Some(2));
        assert_eq!((kept(&d), d.remove), (ids([2, 1]), ids([0])));
    }

    #[test]
    fn weeks_are_iso_weeks_across_the_year_boundary() {
        // 2020 has an ISO week 53: Monday 28 December 2020 to Sunday 3 January 2021.
        let snaps = [
            snap(0, utc(2020, 12, 27, 12, 0)), // 2020-W52
            snap(1, utc(2020, 12, 29, 12, 0)), // 2020-W53
            snap(2, utc(2021, 1, 2, 12, 0)),   // 2020-W53, in 2021
            snap(3, utc(2021, 1, 5, 12, 0)),   // 2021-W01
            snap(4, utc(2021, 1, 9, 12, 0)),   // 2021-W01
        ];
        let d = one(&snaps, |p| p.keep_weekly = Some(3));
        assert_eq!((kept(&d), d.remove), (ids([4, 2, 0]), ids([3, 1])));
        // Months and years do split at 1 January.
        assert_eq!(
            kept(&one(&snaps, |p| p.keep_monthly = Some(2))),
            ids([4, 1])
        );
        let d = one(&snaps, |p| {
            (p.keep_yearly, p.keep_hourly) = (Some(1), Some(2))
        });
        assert_eq!(kept(&d), ids([4, 3]));
    }

    #[test]
    fn keep_monthly_counts_months_with_a_snapshot_and_unlimited_keeps_each() {
        // Every 10 days from 1 January 2023 (a Sunday) to 26 January 2024.
        let start = utc(2023, 1, 1, 0, 0);
        let snaps: Vec<_> = (0..40)
            .map(|n| snap(n, start + n as i64 * 10 * DAY))
            .collect();
        // 26 January 2024, 27 December and 27 November 2023.
        let d = one(&snaps, |p| p.keep_monthly = Some(3));
        assert_eq!(kept(&d), ids([39, 36, 33]));
        // Each of the 13 months, by its newest (31 January for January 2023), and the
        // oldest, 1 January 2023, as the count never runs out.
        let d = one(&snaps, |p| p.keep_monthly = Some(UNLIMITED));
        assert_eq!(d.keep.len(), 14);
        assert_eq!(d.keep[12].0, id(3));
        assert_eq!(d.keep[13], (id(0), vec![KeepReason::Oldest(Period::Month)]));
    }

    #[test]
    fn keep_within_measures_from_the_newest_snapshot_not_in_the_future() {
        let start = utc(2024, 3, 1, 0, 0);
        let snaps: Vec<_> = (0..10).map(|n| snap(n, start + n as i64 * DAY)).collect();
        let policy = policy_with(|p| p.keep_within = Some(Duration::from_secs(3 * 86_400)));
        let d = &apply_at(&snaps, &policy, GroupBy::default(), &TimeZone::UTC, NEVER).unwrap()[0];
        // Strictly within: exactly 3 days before the newest (snapshot 6) is out.
        assert_eq!(kept(d), ids([9, 8, 7]));
        assert_eq!(d.keep[0].1[0].to_string(), "within 72h");
        // Run at day 5.5, 6 to 9 are in the future: the window ends at 5 and holds them.
        let now = start + 5 * DAY + 12 * HOUR;
        let d = &apply_at(&snaps, &policy, GroupBy::default(), &TimeZone::UTC, now).unwrap()[0];
        assert_eq!(kept(d), ids([9, 8, 7, 6, 5, 4, 3]));
    }

    #[test]
    fn keep_tag_needs_every_tag_of_one_set_and_the_empty_tag_means_untagged() {
        let set = |tags: &[&str]| tags.iter().map(|t| t.to_string()).collect::<Vec<_>>();
        let tags = [&["a"][..], &["b", "a"], &[], &["c"], &["a", "c", "b"]];
        let snaps: Vec<_> = (0..5)
            .map(|n| SnapshotMeta {
                tags: set(tags[n]),
                ..snap(n, utc(2024, 1, 1, n as i8, 0))
            })
            .collect();
        let d = one(&snaps, |p| p.keep_tags = vec![set(&["a", "b"])]);
        assert_eq!(kept(&d), ids([4, 1]));
        assert_eq!(d.keep[0].1, [KeepReason::Tags(set(&["a", "b"]))]);
        let d = one(&snaps, |p| p.keep_tags = vec![set(&[""]), set(&["c"])]);
        assert_eq!(kept(&d), ids([4, 3, 2]));
        // A policy that would remove a whole group is refused.
        let none = policy_with(|p| p.keep_tags = vec![set(&["z"])]);
        let err = apply_at(&snaps, &none, GroupBy::default(), &TimeZone::UTC, NEVER).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::InvalidInput);
        assert!(
            err.to_string().contains("of host laptop, paths [/home]"),
            "{err}"
        );
    }

    #[test]
    fn groups_by_host_and_path_sets_or_as_asked() {
        let t = utc(2024, 1, 1, 0, 0);
        let mut snaps = vec![snap(0, t), snap(1, t + 1), snap(2, t + 2), snap(3, t + 3)];
        snaps[1].paths = vec![b"/b".to_vec(), b"/a".to_vec()];
        snaps[2].paths = vec![b"/a".to_vec(), b"/b".to_vec(), b"/a".to_vec()];
        snaps[3].host = "server".into();
        let policy = policy_with(|p| p.keep_last = Some(1));
        let groups = |host, paths| {
            let by = GroupBy {
                host,
                paths,
                tags: false,
            };
            apply_at(&snaps, &policy, by, &TimeZone::UTC, NEVER).unwrap()
        };
        let by_default = groups(true, true);
        let keys: Vec<_> = by_default.iter().map(|g| g.key.to_string()).collect();
        let laptop = ["host laptop, paths [/a, /b]", "host laptop, paths [/home]"];
        assert_eq!(keys, [laptop[0], laptop[1], "host server, paths [/home]"]);
        assert_eq!(
            (kept(&by_default[0]), &by_default[0].remove),
            (ids([2]), &ids([1]))
        );
        let by_host: Vec<_> = groups(true, false).iter().map(kept).collect();
        assert_eq!(by_host, [ids([2]), ids([3])]);
        let all = groups(false, false);
        assert_eq!(
            (all.len(), all[0].key.to_string()),
            (1, "all snapshots".into())
        );
        assert_eq!((kept(&all[0]), all[0].remove.len()), (ids([3]), 3));
    }

    #[test]
    fn equal_times_are_ordered_by_id_whatever_the_input_order() {
        let t = utc(2024, 1, 1, 0, 0);
        let d = one(&[snap(2, t), snap(3, t), snap(1, t)], |p| {
            p.keep_last = Some(2)
        });
        assert_eq!((kept(&d), d.remove), (ids([3, 2]), ids([1])));
    }

    #[test]
    fn every_reason_is_reported_and_an_empty_policy_is_refused() {
        let snaps = [
            snap(0, utc(2024, 1, 1, 0, 0)),
            snap(1, utc(2024, 1, 2, 0, 0)),
        ];
        let d = one(&snaps, |p| {
            (p.keep_last, p.keep_daily, p.keep_weekly) = (Some(1), Some(1), Some(1))
        });
        let text: Vec<_> = d.keep[0].1.iter().map(ToString::to_string).collect();
        assert_eq!(text, ["last snapshot", "daily snapshot", "weekly snapshot"]);
        let zero = policy_with(|p| (p.keep_last, p.keep_within) = (Some(0), Some(Duration::ZERO)));
        for policy in [Policy::default(), zero] {
            assert!(policy.is_empty());
            let got = apply_at(&snaps, &policy, GroupBy::default(), &TimeZone::UTC, NEVER);
            assert_eq!(got.unwrap_err().kind(), ErrorKind::InvalidInput);
        }
    }

    #[test]
    fn decisions_serialize_with_hex_ids_and_reason_text() {
        let d = one(&[snap(7, utc(2024, 1, 1, 0, 0))], |p| p.keep_last = Some(1));
        let key = serde_json::json!({ "host": "laptop", "paths": ["/home"], "tags": null });
        let keep = serde_json::json!([[id(7).to_hex(), ["last snapshot"]]]);
        let expected = serde_json::json!({ "key": key, "keep": keep, "remove": [] });
        assert_eq!(serde_json::to_value(&d).unwrap(), expected);
    }

    /// The calendar bucket of a time, worked out apart from `Period::bucket`.
    fn bucket_ref(p: Period, time_ns: i64, tz: &TimeZone) -> Vec<i32> {
        let t = Timestamp::from_nanosecond(time_ns.into()).unwrap();
        let z = t.to_zoned_datetime(tz.clone());
        let (y, m, d, h) = (
            z.year().into(),
            z.month().into(),
            z.day().into(),
            z.hour().into(),
        );
        let week = z.iso_week_date();
        match p {
            Period::Hour => vec![y, m, d, h],
            Period::Day => vec![y, m, d],
            Period::Week => vec![week.year().into(), week.week().into()],
            Period::Month => vec![y, m],
            Period::Year => vec![y],
        }
    }

    fn distinct<T: Ord>(mut items: Vec<T>) -> Vec<T> {
        items.sort();
        items.dedup();
        items
    }

    /// The slow, obviously correct policy: each rule decided for each snapshot by looking at
    /// its whole group, with no walk and no counters. "The newest of its bucket, and its
    /// bucket among the `n` newest" is restic's walk wherever a later time never falls in an
    /// earlier bucket: in UTC, and in zones whose clocks go back at most an hour, not across
    /// midnight, as the ones below.
    fn reference(
        snaps: &[SnapshotMeta],
        p: &Policy,
        by: GroupBy,
        tz: &TimeZone,
        now: i64,
    ) -> Option<Vec<GroupDecision>> {
        let [last, hourly, daily, weekly, monthly, yearly] = [
            p.keep_last,
            p.keep_hourly,
            p.keep_daily,
            p.keep_weekly,
            p.keep_monthly,
            p.keep_yearly,
        ]
        .map(|n| n.unwrap_or(0) as usize);
        let periods = [
            (Period::Hour, hourly),
            (Period::Day, daily),
            (Period::Week, weekly),
            (Period::Month, monthly),
            (Period::Year, yearly),
        ];
        let within = p.keep_within.filter(|d| *d > Duration::ZERO);
        if last == 0
            && periods.iter().all(|(_, n)| *n == 0)
            && within.is_none()
            && p.keep_tags.is_empty()
        {
            return None;
        }
        let key_of = |s: &SnapshotMeta| GroupKey {
            host: by.host.then(|| s.host.clone()),
            paths: by.paths.then(|| distinct(s.paths.clone())),
            tags: by.tags.then(|| distinct(s.tags.clone())),
        };
        let mut out = Vec::new();
        for key in distinct(snaps.iter().map(key_of).collect()) {
            let mut g: Vec<&SnapshotMeta> = snaps.iter().filter(|s| key_of(s) == key).collect();
            g.sort_by_key(|s| std::cmp::Reverse((s.time_ns, s.id)));
            let latest = g.iter().map(|s| s.time_ns).filter(|&t| t < now).max();
            let (mut keep, mut remove) = (Vec::new(), Vec::new());
            for (i, s) in g.iter().enumerate() {
                let mut why = Vec::new();
                for set in &p.keep_tags {
                    let has = |t: &String| {
                        if t.is_empty() {
                            s.tags.is_empty()
                        } else {
                            s.tags.contains(t)
                        }
                    };
                    if set.iter().all(has) {
                        why.push(KeepReason::Tags(set.clone()));
                    }
                }
                if let Some(d) = within {
                    let age = |l: i64| i128::from(l) - i128::from(s.time_ns);
                    if latest.is_none_or(|l| age(l) < d.as_nanos() as i128) {
                        why.push(KeepReason::Within(d));
                    }
                }
                if i < last {
                    why.push(KeepReason::Last);
                }
                for (period, n) in periods {
                    let buckets = |list: &[&SnapshotMeta]| {
                        distinct(
                            list.iter()
                                .map(|o| bucket_ref(period, o.time_ns, tz))
                                .collect(),
                        )
                    };
                    let mine = bucket_ref(period, s.time_ns, tz);
                    let newest_of_bucket = !buckets(&g[..i]).contains(&mine);
                    if n > 0 && newest_of_bucket && buckets(&g[..=i]).len() <= n {
                        why.push(KeepReason::Newest(period));
                    } else if i == g.len() - 1 && buckets(&g).len() < n {
                        why.push(KeepReason::Oldest(period));
                    }
                }
                if why.is_empty() {
                    remove.push(s.id);
                } else {
                    keep.push((s.id, why));
                }
            }
            if keep.is_empty() {
                return None;
            }
            out.push(GroupDecision { key, keep, remove });
        }
        Some(out)
    }

    fn count() -> impl Strategy<Value = Option<u32>> {
        let some = (1u32..6).prop_map(Some);
        prop_oneof![2 => Just(None), 1 => Just(Some(0)), 4 => some, 1 => Just(Some(UNLIMITED))]
    }

    fn policy() -> impl Strategy<Value = Policy> {
        let within =
            prop::option::of((0u64..400 * 24 * 60).prop_map(|m| Duration::from_secs(m * 60)));
        let tag = prop::sample::select(vec!["x", "y", ""]).prop_map(String::from);
        let tags = prop::collection::vec(prop::collection::vec(tag, 0..3), 0..3);
        (
            (count(), count(), count()),
            (count(), count(), count()),
            within,
            tags,
        )
            .prop_map(
                |((last, hourly, daily), (weekly, monthly, yearly), within, tags)| Policy {
                    keep_last: last,
                    keep_hourly: hourly,
                    keep_daily: daily,
                    keep_weekly: weekly,
                    keep_monthly: monthly,
                    keep_yearly: yearly,
                    keep_within: within,
                    keep_tags: tags,
                },
            )
    }

    /// Histories over 2 days (several snapshots an hour, some in the same minute), 60 days or
    /// 4 years; from 2 hosts, 3 path lists (two of them one set) and 2 tags; and the time of
    /// the run, from the middle of the history (the rest in the future) to well after it.
    fn history() -> impl Strategy<Value = (Vec<SnapshotMeta>, i64)> {
        let snapshot = (
            any::<u32>(),
            0..2usize,
            0..3usize,
            prop::collection::vec(0..2usize, 0..3),
        );
        let snapshots = prop::collection::vec(snapshot, 0..40);
        (0..3usize, snapshots, 50i64..150).prop_map(|(span, raw, now_percent)| {
            let minutes = [2 * 24 * 60, 60 * 24 * 60, 4 * 365 * 24 * 60][span];
            let start = utc(2019, 11, 3, 0, 0);
            let paths: [&[&[u8]]; 3] = [&[b"/a"], &[b"/a", b"/b"], &[b"/b", b"/a"]];
            let snaps = raw
                .into_iter()
                .enumerate()
                .map(|(n, (minute, host, p, tags))| SnapshotMeta {
                    id: id(n),
                    time_ns: start + i64::from(minute) % minutes * 60_000_000_000,
                    host: ["laptop", "server"][host].into(),
                    paths: paths[p].iter().map(|p| p.to_vec()).collect(),
                    tags: tags.into_iter().map(|t| ["x", "y"][t].into()).collect(),
                });
            (
                snaps.collect(),
                start + minutes * now_percent / 100 * 60_000_000_000,
            )
        })
    }

    fn zone() -> impl Strategy<Value = TimeZone> {
        prop_oneof![
            Just(TimeZone::UTC),
            Just(TimeZone::fixed(jiff::tz::offset(-9))),
            // New York: clocks go back from 02:00 to 01:00 in November.
            Just(TimeZone::posix("EST5EDT,M3.2.0,M11.1.0").unwrap()),
        ]
    }

    proptest! {
        #[test]
        fn matches_the_reference_and_splits_every_group(
            (snaps, now) in history(),
            policy in policy(),
            (host, paths, tags) in (any::<bool>(), any::<bool>(), any::<bool>()),
            tz in zone(),
        ) {
            let by = GroupBy { host, paths, tags };
            let got = apply_at(&snaps, &policy, by, &tz, now);
            let expected = reference(&snaps, &policy, by, &tz, now);
            prop_assert_eq!(got.as_ref().ok(), expected.as_ref());
            if policy.is_empty() {
                prop_assert_eq!(got.unwrap_err().kind(), ErrorKind::InvalidInput);
                return Ok(());
            }
            let Ok(groups) = got else { return Ok(()) };
            let mut seen = Vec::new();
            for g in &groups {
                prop_assert!(g.keep.iter().all(|(_, why)| !why.is_empty()));
                let lasts = g.keep.iter().filter(|(_, why)| why.contains(&KeepReason::Last));
                let size = g.keep.len() + g.remove.len();
                prop_assert_eq!(lasts.count(), size.min(policy.keep_last.unwrap_or(0) as usize));
                seen.extend(kept(g).into_iter().chain(g.remove.iter().copied()));
            }
            let all = distinct(snaps.iter().map(|s| s.id).collect());
            prop_assert_eq!(distinct(seen.clone()), all, "keep and remove cover the input");
            prop_assert_eq!(seen.len(), snaps.len(), "each snapshot once");
        }
    }
}
