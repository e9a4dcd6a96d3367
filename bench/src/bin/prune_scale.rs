//! Prune at scale: a repository of many small blobs and many snapshots (built through the
//! library's blob API), half of the snapshots forgotten, then the two prunes that free the
//! space (the first marks, the second deletes), each in its own process so that its peak
//! memory is its own. Prints wall time, peak RSS and the requests each made, by kind.
//!
//! Usage: `prune_scale setup DIR [BLOBS] [SNAPSHOTS]`, then `prune_scale prune DIR` twice.
//! DIR should be on tmpfs (`/dev/shm`) to measure sealvault rather than a disk.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use rayon::prelude::*;
use sealvault::prelude::*;
use sealvault::tree::{ContentRange, Node, NodeKind, Tree};
use sealvault::{
    Backend, BlobKind, Compression, Credential, ForgetOptions, InitOptions, KdfParams,
    LocalBackend, ObjectId, ObjectInfo, PruneOptions, Result, Snapshot,
};

/// Counts requests by kind.
struct Counting {
    inner: LocalBackend,
    counts: [AtomicU64; 6],
}

const KINDS: [&str; 6] = ["put", "get", "range", "head", "list", "delete"];

impl Counting {
    fn count(&self, kind: usize) {
        self.counts[kind].fetch_add(1, Ordering::Relaxed);
    }
    fn report(&self) -> String {
        KINDS
            .iter()
            .zip(&self.counts)
            .map(|(k, c)| format!("{k} {}", c.load(Ordering::Relaxed)))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

impl Backend for Counting {
    fn put(&self, name: &str, data: &[u8]) -> Result<()> {
        self.count(0);
        self.inner.put(name, data)
    }
    fn get(&self, name: &str) -> Result<Vec<u8>> {
        self.count(1);
        self.inner.get(name)
    }
    fn get_range(&self, name: &str, offset: u64, len: u64) -> Result<Vec<u8>> {
        self.count(2);
        self.inner.get_range(name, offset, len)
    }
    fn get_range_into(&self, name: &str, offset: u64, len: u64, buf: &mut Vec<u8>) -> Result<()> {
        self.count(2);
        self.inner.get_range_into(name, offset, len, buf)
    }
    fn head(&self, name: &str) -> Result<u64> {
        self.count(3);
        self.inner.head(name)
    }
    fn get_bounded(&self, name: &str, max: u64) -> Result<Vec<u8>> {
        self.count(1);
        self.inner.get_bounded(name, max)
    }
    fn list(&self, prefix: &str) -> Result<Vec<ObjectInfo>> {
        self.count(4);
        self.inner.list(prefix)
    }
    fn delete(&self, name: &str) -> Result<()> {
        self.count(5);
        self.inner.delete(name)
    }
    fn exists(&self, name: &str) -> Result<bool> {
        self.count(3);
        self.inner.exists(name)
    }
}

fn password() -> Credential {
    Credential::passphrase("prune scale")
}

fn setup(dir: &Path, blobs: usize, snapshots: usize) -> anyhow::Result<()> {
    let started = Instant::now();
    let backend = Arc::new(LocalBackend::create(dir)?);
    let options = InitOptions {
        kdf: KdfParams::insecure_for_tests(64, 1, 1)?,
        ..InitOptions::default()
    };
    let repo = Repository::init(backend, &password(), &options)?;
    // Small blobs, all different: 256 bytes each, as a stand-in for small files and metadata.
    let ids: Vec<_> = (0..blobs as u64)
        .into_par_iter()
        .map(|i| {
            let mut data = [0u8; 256];
            for (j, chunk) in data.chunks_mut(8).enumerate() {
                chunk.copy_from_slice(
                    &(i * 64 + j as u64)
                        .wrapping_mul(0x9e37_79b9_7f4a_7c15)
                        .to_le_bytes(),
                );
            }
            repo.store_with(BlobKind::Data, &data, Compression::Off)
                .map(|s| s.id)
        })
        .collect::<Result<_>>()?;
    repo.flush()?;
    eprintln!(
        "{blobs} blobs stored in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let per = blobs / snapshots;
    let saved: Vec<ObjectId> = (0..snapshots)
        .into_par_iter()
        .map(|s| {
            let nodes = ids[s * per..(s + 1) * per]
                .iter()
                .enumerate()
                .map(|(i, id)| {
                    let mut n = Node::new(format!("f{i:05}").into_bytes(), NodeKind::File);
                    n.size = 256;
                    n.content = vec![ContentRange {
                        id: *id,
                        offset: 0,
                        len: 256,
                    }];
                    n
                })
                .collect();
            repo.store(BlobKind::Tree, &Tree { nodes }.encode())
                .map(|st| (s, st.id))
        })
        .collect::<Result<Vec<_>>>()?
        .into_iter()
        .map(|(s, root)| {
            let mut snap = Snapshot {
                id: ObjectId::from_bytes([0; 16]),
                time_ns: 1_800_000_000_000_000_000 + s as i64 * 3_600_000_000_000,
                host: "scale".into(),
                username: "bench".into(),
                paths: vec![format!("/data/{}", s % 10).into_bytes()],
                tags: vec![],
                root,
                parent: None,
                previous: None,
                seen: vec![],
                summary: Default::default(),
                issues: vec![],
                program: "prune_scale".into(),
            };
            if s == 0 {
                repo.flush()?;
            }
            repo.save_snapshot(&mut snap)
        })
        .collect::<Result<_>>()?;
    eprintln!(
        "{snapshots} snapshots saved at {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let forget = ForgetOptions {
        ids: saved.iter().step_by(2).map(|id| id.to_hex()).collect(),
        ..ForgetOptions::default()
    };
    let report = repo.forget(&forget)?;
    eprintln!(
        "forgot {} snapshots; setup took {:.1} s",
        report.removed.len(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

fn prune(dir: &Path) -> anyhow::Result<()> {
    let backend = Arc::new(Counting {
        inner: LocalBackend::open(dir)?,
        counts: Default::default(),
    });
    let started = Instant::now();
    let repo = Repository::open(backend.clone(), &password())?;
    let opened = started.elapsed();
    let opts = PruneOptions {
        keep_delete: Duration::ZERO,
        settle: Duration::ZERO,
        ..PruneOptions::default()
    };
    let report = repo.prune(&opts, &NoProgress)?;
    let total = started.elapsed();
    println!(
        "prune: {:.2} s wall ({:.2} s of it opening), peak RSS {} MiB; {} snapshots, {} blobs used, \
         {} packs: deleted {} ({} MiB), marked {} ({} MiB), repacked {} ({} blobs); requests: {}",
        total.as_secs_f64(),
        opened.as_secs_f64(),
        sealvault_bench::peak_rss_bytes().unwrap_or(0) >> 20,
        report.snapshots,
        report.blobs_used,
        report.packs,
        report.deleted_packs,
        report.deleted_bytes >> 20,
        report.marked_packs,
        report.marked_bytes >> 20,
        report.repacked_packs,
        report.repacked_blobs,
        backend.report()
    );
    Ok(())
}

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let dir = Path::new(args.get(2).map_or("/dev/shm/prune-scale", String::as_str));
    match args.get(1).map(String::as_str) {
        Some("setup") => {
            let blobs = args.get(3).map_or(Ok(1_000_000), |s| s.parse())?;
            let snapshots = args.get(4).map_or(Ok(10_000), |s| s.parse())?;
            setup(dir, blobs, snapshots)
        }
        Some("prune") => prune(dir),
        Some("stages") => {
            // Peak memory after each step a prune takes, to see where it goes.
            let rss = || sealvault_bench::peak_rss_bytes().unwrap_or(0) >> 20;
            let repo = Repository::open(Arc::new(LocalBackend::open(dir)?), &password())?;
            eprintln!("open: {} MiB ({:?})", rss(), repo.index_stats());
            let list = repo.snapshots()?;
            eprintln!("{} snapshots listed: {} MiB", list.snapshots.len(), rss());
            let mut trees = 0;
            for s in &list.snapshots {
                trees += repo.load_tree(&s.root)?.nodes.len();
            }
            eprintln!("{trees} nodes of trees read one by one: {} MiB", rss());
            Ok(())
        }
        _ => anyhow::bail!("usage: prune_scale setup|prune DIR [BLOBS] [SNAPSHOTS]"),
    }
}
