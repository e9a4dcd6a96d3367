//! Checking a repository: structure, and optionally every byte.
//!
//! The structure check loads every snapshot and every tree they reach (each authenticated and
//! checked against its id), checks that every blob they refer to is in the index, and that
//! every pack the index lists exists with the right size. `read_data` also reads every pack,
//! checks it against its name (the keyless checksum) and opens every blob in it. Damage is
//! reported per object, with the snapshots and paths it affects; the check itself only fails
//! when it cannot run at all (no backend).

use std::collections::{HashMap, HashSet};
use std::os::unix::ffi::OsStrExt;
use std::path::PathBuf;

use rayon::prelude::*;

use crate::error::Result;
use crate::files::FileTrees;
use crate::files::snapshot::Snapshot;
use crate::files::tree::NodeKind;
use crate::primitives::id::{BlobId, ObjectId, PackId};
use crate::progress::Progress;
use crate::store::repo::Repository;

/// What to check.
#[derive(Clone, Copy, Debug, Default)]
pub struct CheckOptions {
    /// Also read every pack: checksum, name, and every blob authenticated and verified.
    pub read_data: bool,
}

/// One damaged or missing object.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Damage {
    /// The object (`pack <id>`, `tree <id>`, `blob <id>`, `snapshots/<id>`...).
    pub object: String,
    /// What is wrong with it.
    pub problem: String,
    /// Snapshots and paths that lose data because of it (at most 20 listed per object).
    #[cfg_attr(
        feature = "serde",
        serde(serialize_with = "crate::serialize::lossy_affects")
    )]
    pub affects: Vec<(ObjectId, PathBuf)>,
    /// Affected paths beyond those listed in `affects`.
    pub more_affected: u64,
}

/// The result of a check.
#[derive(Clone, Debug, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct CheckReport {
    /// Snapshots checked.
    pub snapshots: usize,
    /// Distinct trees loaded.
    pub trees: usize,
    /// Distinct data blobs referenced.
    pub blobs: usize,
    /// Packs listed by the index.
    pub packs: usize,
    /// Packs read and verified (with `read_data`).
    pub packs_read: usize,
    /// Packs in storage that no index segment lists (left by an interrupted backup; harmless).
    pub unreferenced_packs: usize,
    /// Everything found damaged or missing.
    pub damage: Vec<Damage>,
}

impl Damage {
    fn new(object: impl Into<String>, problem: impl Into<String>) -> Damage {
        Damage {
            object: object.into(),
            problem: problem.into(),
            affects: Vec::new(),
            more_affected: 0,
        }
    }
}

impl CheckReport {
    /// Whether nothing is damaged.
    pub fn is_ok(&self) -> bool {
        self.damage.is_empty()
    }
}

const MAX_AFFECTED: usize = 20;

/// Checks the repository; see the module docs.
pub(crate) fn run(
    repo: &Repository,
    opts: CheckOptions,
    progress: &dyn Progress,
) -> Result<CheckReport> {
    let mut report = CheckReport::default();
    // Bad blobs (missing or damaged) and bad trees, each with the damage entry to fill.
    let mut bad_blobs = check_packs(repo, opts, progress, &mut report)?;
    // Index segments that could not be read when the repository was opened: their blobs
    // show up below as "not in the index".
    for u in repo.unreadable_index() {
        report
            .damage
            .push(Damage::new(u.object.clone(), u.error.to_string()));
    }
    let list = repo.snapshots()?;
    for u in &list.unreadable {
        report
            .damage
            .push(Damage::new(u.object.clone(), u.error.to_string()));
    }
    // Snapshots gone without a forget record: deleted behind our back, or a rollback.
    let history = crate::files::history::check(repo, &list, false)?;
    for m in history.missing {
        report.damage.push(Damage::new(
            format!("snapshots/{}", m.id),
            format!("missing without a forget record ({})", m.evidence),
        ));
    }
    for u in history.unreadable {
        report
            .damage
            .push(Damage::new(u.object, u.error.to_string()));
    }
    report.snapshots = list.snapshots.len();
    check_trees(repo, &list.snapshots, progress, &mut bad_blobs, &mut report)?;
    // What the damage affects: walk again, now that every bad object is known.
    if !bad_blobs.is_empty() {
        for s in &list.snapshots {
            affected(repo, progress, s, &bad_blobs, &mut report.damage)?;
        }
    }
    Ok(report)
}

/// Packs: each indexed one exists at its size, and with `read_data` verifies byte for byte.
/// Returns every blob in a bad pack, pointing to that pack's damage entry.
fn check_packs(
    repo: &Repository,
    opts: CheckOptions,
    progress: &dyn Progress,
    report: &mut CheckReport,
) -> Result<HashMap<BlobId, usize>> {
    let audit = repo.audit_packs()?;
    report.packs = audit.indexed.len();
    report.unreferenced_packs = audit.unreferenced;
    let mut bad_packs: HashMap<PackId, usize> = HashMap::new();
    let mut problems = audit.problems;
    if opts.read_data {
        let known: HashSet<PackId> = problems.iter().map(|(id, _)| *id).collect();
        let to_read: Vec<(PackId, u64)> = audit
            .indexed
            .into_iter()
            .filter(|(id, _)| !known.contains(id))
            .collect();
        let results: Vec<(PackId, Option<String>)> = to_read
            .par_iter()
            .map(|(id, len)| {
                if progress.should_stop() {
                    return (*id, None);
                }
                let outcome = repo.verify_pack(id);
                progress.bytes(*len);
                (*id, outcome.err().map(|e| e.to_string()))
            })
            .collect();
        crate::progress::check(progress)?;
        report.packs_read = results.len();
        problems.extend(results.into_iter().filter_map(|(id, p)| Some((id, p?))));
    }
    for (id, problem) in problems {
        bad_packs.insert(id, report.damage.len());
        report
            .damage
            .push(Damage::new(format!("pack {id}"), problem));
    }
    let mut bad_blobs = HashMap::new();
    if !bad_packs.is_empty() {
        let packs = bad_packs.keys().copied().collect();
        for (blob, pack) in repo.blobs_in(&packs) {
            bad_blobs.insert(blob, bad_packs[&pack]);
        }
    }
    Ok(bad_blobs)
}

/// Every tree the snapshots reach loads and decodes, and every blob they refer to is indexed.
fn check_trees(
    repo: &Repository,
    snapshots: &[Snapshot],
    progress: &dyn Progress,
    bad_blobs: &mut HashMap<BlobId, usize>,
    report: &mut CheckReport,
) -> Result<()> {
    let mut seen_trees: HashSet<BlobId> = HashSet::new();
    let mut blobs: HashSet<BlobId> = HashSet::new();
    for s in snapshots {
        crate::progress::check(progress)?;
        walk_snapshot(repo, s, progress, &mut |event| match event {
            Walked::Tree(id, Err(e)) => {
                if let std::collections::hash_map::Entry::Vacant(v) = bad_blobs.entry(id) {
                    v.insert(report.damage.len());
                    report.damage.push(Damage::new(format!("tree {id}"), e));
                }
                false
            }
            Walked::Tree(id, Ok(())) => seen_trees.insert(id),
            Walked::Blob(id) => {
                if blobs.insert(id) && !repo.locates(&id) && !bad_blobs.contains_key(&id) {
                    bad_blobs.insert(id, report.damage.len());
                    report
                        .damage
                        .push(Damage::new(format!("blob {id}"), "not in the index"));
                }
                true
            }
        })?;
    }
    report.trees = seen_trees.len();
    report.blobs = blobs.len();
    Ok(())
}

/// Lists, for each bad blob or tree a file or directory of `s` uses, that path.
fn affected(
    repo: &Repository,
    progress: &dyn Progress,
    s: &Snapshot,
    bad: &HashMap<BlobId, usize>,
    damage: &mut [Damage],
) -> Result<()> {
    let mut stack: Vec<(PathBuf, BlobId)> = vec![(PathBuf::from("/"), s.root)];
    let mut note = |d: usize, path: PathBuf| {
        if damage[d].affects.len() < MAX_AFFECTED {
            damage[d].affects.push((s.id, path));
        } else {
            damage[d].more_affected += 1;
        }
    };
    while let Some((path, id)) = stack.pop() {
        crate::progress::check(progress)?;
        if let Some(&d) = bad.get(&id) {
            note(d, path);
            continue;
        }
        let Ok(tree) = repo.load_tree(&id) else {
            continue;
        };
        for n in tree.nodes {
            let p = path.join(std::ffi::OsStr::from_bytes(&n.name));
            match n.kind {
                NodeKind::Dir => {
                    if let Some(sub) = n.subtree {
                        stack.push((p, sub));
                    }
                }
                NodeKind::File => {
                    if let Some(d) = n.content.iter().find_map(|c| bad.get(&c.id)) {
                        note(*d, p);
                    }
                }
                _ => {}
            }
        }
    }
    Ok(())
}

/// Visits every tree (once per call) and data blob reference of a snapshot. The visitor
/// returns whether to descend into a tree.
fn walk_snapshot(
    repo: &Repository,
    s: &Snapshot,
    progress: &dyn Progress,
    visit: &mut dyn FnMut(Walked) -> bool,
) -> Result<()> {
    let mut stack = vec![s.root];
    let mut seen = HashSet::new();
    while let Some(id) = stack.pop() {
        crate::progress::check(progress)?;
        if !seen.insert(id) {
            continue;
        }
        let tree = match repo.load_tree(&id) {
            Ok(t) => t,
            Err(e) => {
                visit(Walked::Tree(id, Err(e.to_string())));
                continue;
            }
        };
        if !visit(Walked::Tree(id, Ok(()))) {
            continue;
        }
        for n in &tree.nodes {
            match n.kind {
                NodeKind::Dir => stack.extend(n.subtree),
                NodeKind::File => {
                    for c in &n.content {
                        visit(Walked::Blob(c.id));
                    }
                }
                _ => {}
            }
        }
    }
    Ok(())
}

enum Walked {
    Tree(BlobId, std::result::Result<(), String>),
    Blob(BlobId),
}
