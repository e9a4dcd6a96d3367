//! The commands that only read: snapshots, ls, dump, stats, diff.

use std::collections::BTreeMap;
use std::io::Write;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::path::{Component, Path, PathBuf};

use anyhow::{Context, Result};
use sealvault::FileTrees;
use sealvault::tree::{Node, NodeKind};
use sealvault::{BlobId, Repository, SnapshotFilter};
use serde_json::json;

use crate::args::{Filter, Global};
use crate::output::outln;
use crate::{exit, output};

/// The library's filter from the flags. Paths are made absolute and `.`/`..` removed
/// lexically, as `backup` records them.
pub fn filter(f: &Filter) -> SnapshotFilter {
    SnapshotFilter {
        host: f.host.clone(),
        tags: f.tags.clone(),
        paths: f
            .paths
            .iter()
            .map(|p| {
                let abs = std::path::absolute(p).unwrap_or(p.clone());
                let normal: PathBuf = abs.components().fold(PathBuf::new(), |mut out, c| {
                    match c {
                        Component::ParentDir => {
                            out.pop();
                        }
                        Component::CurDir => {}
                        other => out.push(other),
                    }
                    out
                });
                normal.into_os_string().into_vec()
            })
            .collect(),
    }
}

/// Lists the readable snapshots that pass the filter, and names those that cannot be read.
pub fn snapshots(repo: &Repository, g: &Global, f: &Filter) -> Result<u8> {
    let wanted = filter(f);
    let all = repo.snapshots()?;
    crate::commands::warn_unreadable(g, &all.unreadable);
    crate::commands::check_history(g, repo, &all)?;
    let list: Vec<_> = all.snapshots.iter().filter(|s| wanted.matches(s)).collect();
    if g.json {
        let v: Vec<_> = list
            .iter()
            .map(|s| {
                json!({
                    "id": s.id.to_hex(), "short_id": s.short_id(), "time": output::rfc3339(s.time_ns), "time_ns": s.time_ns,
                    "host": s.host, "username": s.username, "tags": s.tags,
                    "paths": s.paths.iter().map(|p| String::from_utf8_lossy(p)).collect::<Vec<_>>(),
                    "parent": s.parent.map(|p| p.to_hex()), "tree": s.root.to_hex(),
                    "files": s.summary.files_new + s.summary.files_changed + s.summary.files_unmodified,
                    "bytes": s.summary.bytes_total, "issues": s.issues.len(),
                })
            })
            .collect();
        outln!("{}", serde_json::Value::Array(v));
        return Ok(listed(&all));
    }
    outln!(
        "{:<8}  {:<19}  {:<16}  {:<12}  {:>10}  paths",
        "id",
        "time (UTC)",
        "host",
        "tags",
        "size"
    );
    for s in &list {
        let paths: Vec<_> = s.paths.iter().map(|p| output::escaped(p)).collect();
        outln!(
            "{:<8}  {:<19}  {:<16}  {:<12}  {:>10}  {}",
            s.short_id(),
            output::time(s.time_ns),
            s.host,
            s.tags.join(","),
            output::bytes(s.summary.bytes_total),
            paths.join(" ")
        );
    }
    outln!("{} snapshots", list.len());
    Ok(listed(&all))
}

/// Exit code of a listing: an error if a snapshot could not be read (it is named above).
fn listed(all: &sealvault::SnapshotList) -> u8 {
    if all.unreadable.is_empty() {
        exit::OK
    } else {
        exit::ERROR
    }
}

fn kind_char(k: NodeKind) -> char {
    match k {
        NodeKind::Dir => 'd',
        NodeKind::Symlink => 'l',
        NodeKind::Fifo => 'p',
        NodeKind::CharDevice => 'c',
        NodeKind::BlockDevice => 'b',
        NodeKind::Socket => 's',
        NodeKind::File => '-',
    }
}

pub fn ls(
    repo: &Repository,
    g: &Global,
    spec: &str,
    path: Option<&Path>,
    long: bool,
    f: &Filter,
) -> Result<u8> {
    let snap = repo.find_snapshot(spec, &filter(f))?;
    let start = path.unwrap_or(Path::new("/"));
    let node = repo.find_node(&snap, start)?;
    let mut stack: Vec<(PathBuf, Node)> = vec![(start.to_path_buf(), node)];
    let mut out = output::stdout();
    while let Some((p, n)) = stack.pop() {
        if p != Path::new("/") {
            let path = p.as_os_str().as_bytes();
            if g.json {
                let entry = json!({
                    "type": format!("{:?}", n.kind).to_lowercase(), "mode": n.mode, "size": n.size,
                    "mtime": output::rfc3339(n.mtime_ns), "uid": n.uid, "gid": n.gid,
                });
                writeln!(out, "{}", output::with_path(entry, "path", path))?;
            } else if long {
                let target = if n.kind == NodeKind::Symlink {
                    format!(" -> {}", output::escaped(&n.target))
                } else {
                    String::new()
                };
                writeln!(
                    out,
                    "{}{:04o} {:>6} {:>6} {:>12} {}  {}{target}",
                    kind_char(n.kind),
                    n.mode,
                    n.uid,
                    n.gid,
                    n.size,
                    output::time(n.mtime_ns),
                    output::escaped(path)
                )?;
            } else {
                writeln!(out, "{}", output::escaped(path))?;
            }
        }
        if let (NodeKind::Dir, Some(id)) = (n.kind, n.subtree) {
            let tree = repo.load_tree(&id)?;
            for child in tree.nodes.into_iter().rev() {
                let cp = p.join(std::ffi::OsStr::from_bytes(&child.name));
                stack.push((cp, child));
            }
        }
    }
    Ok(exit::OK)
}

pub fn dump(repo: &Repository, spec: &str, path: &Path, f: &Filter) -> Result<u8> {
    let snap = repo.find_snapshot(spec, &filter(f))?;
    let mut out = std::io::BufWriter::with_capacity(1 << 20, output::stdout());
    repo.dump(&snap, path, &mut out)?;
    out.flush().context("cannot write to standard output")?;
    Ok(exit::OK)
}

pub fn stats(repo: &Repository, g: &Global) -> Result<u8> {
    let snaps = repo.snapshots()?.snapshots;
    let packs = repo.list(sealvault::ObjectKind::Pack)?;
    let index = repo.list(sealvault::ObjectKind::Index)?;
    let stored: u64 = packs.iter().chain(&index).map(|o| o.size).sum();
    let logical: u64 = snaps.iter().map(|s| s.summary.bytes_total).sum();
    let idx = repo.index_stats();
    let ratio = logical as f64 / stored.max(1) as f64;
    let config = repo.config();
    let chunker = config.chunker.algorithm().name();
    if g.json {
        outln!(
            "{}",
            json!({
                "snapshots": snaps.len(), "packs": packs.len(), "blobs": idx.entries, "stored_bytes": stored,
                "snapshot_bytes": logical, "dedup_and_compression_ratio": ratio,
                "index_bytes_per_blob": idx.bytes_per_entry(), "cache_bytes": repo.cache_size(),
                "format_version": config.format.number(), "chunker": chunker,
            })
        );
    } else {
        outln!(
            "format version:        {} (chunker {chunker})",
            config.format
        );
        outln!("snapshots:             {}", snaps.len());
        outln!("content of snapshots:  {}", output::bytes(logical));
        outln!(
            "stored (packs, index): {} in {} packs",
            output::bytes(stored),
            packs.len()
        );
        outln!("saving:                {ratio:.2}x (deduplication and compression)");
        outln!(
            "blobs:                 {} ({:.1} bytes of memory each in the index)",
            idx.entries,
            idx.bytes_per_entry()
        );
        match repo.cache_size() {
            Some(bytes) => outln!("local cache:           {}", output::bytes(bytes)),
            None => outln!("local cache:           none"),
        }
    }
    Ok(exit::OK)
}

/// Every entry of a snapshot by path: kind, and what identifies its content.
fn flatten(repo: &Repository, root: BlobId) -> Result<BTreeMap<PathBuf, (NodeKind, String)>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![(PathBuf::from("/"), root)];
    while let Some((p, id)) = stack.pop() {
        for n in repo.load_tree(&id)?.nodes {
            let cp = p.join(std::ffi::OsStr::from_bytes(&n.name));
            let ident = match n.kind {
                NodeKind::File => n
                    .content
                    .iter()
                    .map(|c| format!("{}:{}:{}", c.id, c.offset, c.len))
                    .collect::<Vec<_>>()
                    .join(","),
                NodeKind::Symlink => String::from_utf8_lossy(&n.target).to_string(),
                _ => String::new(),
            };
            let meta = format!("{}|{:o}|{}|{}|{}", ident, n.mode, n.uid, n.gid, n.mtime_ns);
            if let (NodeKind::Dir, Some(sub)) = (n.kind, n.subtree) {
                stack.push((cp.clone(), sub));
            }
            out.insert(cp, (n.kind, meta));
        }
    }
    Ok(out)
}

pub fn diff(repo: &Repository, g: &Global, first: &str, second: &str) -> Result<u8> {
    let none = SnapshotFilter::default();
    let a = repo.find_snapshot(first, &none)?;
    let b = repo.find_snapshot(second, &none)?;
    let (fa, fb) = (flatten(repo, a.root)?, flatten(repo, b.root)?);
    let mut changes = Vec::new();
    for (p, (kind, meta)) in &fb {
        match fa.get(p) {
            None => changes.push(('+', p)),
            Some((k, m)) if k != kind || (m != meta && *kind != NodeKind::Dir) => {
                changes.push(('M', p))
            }
            _ => {}
        }
    }
    for p in fa.keys() {
        if !fb.contains_key(p) {
            changes.push(('-', p));
        }
    }
    changes.sort_by(|x, y| x.1.cmp(y.1));
    if g.json {
        let v: Vec<_> = changes
            .iter()
            .map(|(c, p)| {
                let change = json!({ "change": c.to_string() });
                output::with_path(change, "path", p.as_os_str().as_bytes())
            })
            .collect();
        outln!("{}", serde_json::Value::Array(v));
    } else {
        for (c, p) in &changes {
            outln!("{c}    {}", output::escaped(p.as_os_str().as_bytes()));
        }
        let count = |ch| changes.iter().filter(|(c, _)| *c == ch).count();
        outln!(
            "{} added, {} removed, {} modified",
            count('+'),
            count('-'),
            count('M')
        );
    }
    Ok(exit::OK)
}
