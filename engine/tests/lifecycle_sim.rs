//! A deterministic simulation of the repository's lifecycle: writers, forgets and prunes
//! interleaved step by step on one in-memory store with a controllable clock, with crashes
//! (an actor's storage fails from some request on, and its handle is dropped, leaving what it
//! wrote: sessions, leases, packs) and failing reads. After every prune, and at the end of
//! each run, every snapshot no forget touched must restore byte-identical; at the end, after
//! the clock has moved on and prune has run again, `check --read-data` must be clean with
//! nothing left behind.
//!
//! Runs seeds from `SEALVAULT_SIM_FIRST_SEED` (default 0) for `SEALVAULT_SIM_SECONDS` (default
//! 15) or `SEALVAULT_SIM_SEEDS` seeds, whichever ends first; a failure names its seed, which
//! `SEALVAULT_SIM_FIRST_SEED=N SEALVAULT_SIM_SEEDS=1` replays.

mod common;

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, UNIX_EPOCH};

use common::{options, password};
use sealvault::prelude::*;
use sealvault::tree::{ContentRange, Node, NodeKind, Tree};
use sealvault::{
    Backend, BlobKind, CheckOptions, Clock, Error, ForgetOptions, Lifecycle, MemoryBackend,
    ObjectId, ObjectInfo, OpenOptions, PruneOptions, Result, Snapshot,
};

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn chance(&mut self, per_mille: u64) -> bool {
        self.below(1000) < per_mille
    }
}

/// One actor's view of the store: it can crash (every request fails from the `budget`-th
/// on) and its reads can fail now and then (a passing storage error).
struct Faulty {
    inner: Arc<MemoryBackend>,
    budget: AtomicI64,
    crashed: AtomicBool,
    read_failures_per_mille: u64,
    rng: Mutex<Rng>,
}

impl Faulty {
    fn new(
        inner: Arc<MemoryBackend>,
        budget: i64,
        read_failures_per_mille: u64,
        seed: u64,
    ) -> Faulty {
        Faulty {
            inner,
            budget: AtomicI64::new(budget),
            crashed: AtomicBool::new(false),
            read_failures_per_mille,
            rng: Mutex::new(Rng(seed | 1)),
        }
    }

    fn op(&self, name: &str, read: bool) -> Result<()> {
        if self.crashed.load(Ordering::SeqCst) || self.budget.fetch_sub(1, Ordering::SeqCst) == 0 {
            self.crashed.store(true, Ordering::SeqCst);
            return Err(Error::backend_failure(
                name,
                false,
                std::io::Error::other("crashed"),
            ));
        }
        if read
            && self
                .rng
                .lock()
                .unwrap()
                .chance(self.read_failures_per_mille)
        {
            return Err(Error::backend_failure(
                name,
                true,
                std::io::Error::other("passing failure"),
            ));
        }
        Ok(())
    }
}

impl Backend for Faulty {
    fn put(&self, name: &str, data: &[u8]) -> Result<()> {
        self.op(name, false)?;
        self.inner.put(name, data)
    }
    fn get(&self, name: &str) -> Result<Vec<u8>> {
        self.op(name, true)?;
        self.inner.get(name)
    }
    fn get_range(&self, name: &str, offset: u64, len: u64) -> Result<Vec<u8>> {
        self.op(name, true)?;
        self.inner.get_range(name, offset, len)
    }
    fn head(&self, name: &str) -> Result<u64> {
        self.op(name, true)?;
        self.inner.head(name)
    }
    fn list(&self, prefix: &str) -> Result<Vec<ObjectInfo>> {
        self.op(prefix, true)?;
        self.inner.list(prefix)
    }
    fn delete(&self, name: &str) -> Result<()> {
        self.op(name, false)?;
        self.inner.delete(name)
    }
    fn exists(&self, name: &str) -> Result<bool> {
        self.op(name, true)?;
        self.inner.exists(name)
    }
}

/// A repository handle and the storage it sees (to crash it).
struct Handle {
    repo: Repository,
    faulty: Arc<Faulty>,
}

impl Handle {
    /// Its storage fails from now on; dropping it leaves its session (or lease) behind.
    fn crash(self) {
        self.faulty.crashed.store(true, Ordering::SeqCst);
    }
}

enum Writer {
    Idle,
    Open(Handle),
    Stored(Handle, Vec<ContentRange>, usize),
}

struct Sim {
    rng: Rng,
    now: Arc<AtomicU64>,
    store: Arc<MemoryBackend>,
    /// Contents writers choose from: shared blocks, so that they deduplicate.
    contents: Vec<Vec<u8>>,
    /// Snapshots saved and never named by a forget, with their content.
    expected: HashMap<ObjectId, usize>,
    /// Snapshots some forget was asked to remove (they may or may not be gone).
    forgotten: HashSet<ObjectId>,
    writers: Vec<Writer>,
    log: Vec<String>,
    /// What happened, counted over the run (to show the runs exercise what they should).
    stats: HashMap<&'static str, u64>,
}

const HOUR: u64 = 3600;

impl Sim {
    fn new(seed: u64) -> Sim {
        let now = Arc::new(AtomicU64::new(1_800_000_000));
        let store = Arc::new(MemoryBackend::with_clock(clock(&now)));
        Repository::init(store.clone(), &password(), &options()).unwrap();
        let blocks: Vec<Vec<u8>> = (0..4)
            .map(|i| common::bytes(300 << 10, seed * 10 + i))
            .collect();
        let mut contents = Vec::new();
        for a in 0..blocks.len() {
            for b in 0..blocks.len() {
                contents.push([blocks[a].as_slice(), blocks[b].as_slice()].concat());
            }
        }
        Sim {
            rng: Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1),
            now,
            store,
            contents,
            expected: HashMap::new(),
            forgotten: HashSet::new(),
            writers: (0..3).map(|_| Writer::Idle).collect(),
            log: Vec::new(),
            stats: HashMap::new(),
        }
    }

    fn open(&mut self, budget: i64, read_failures: u64) -> Result<Handle> {
        let seed = self.rng.next();
        let faulty = Arc::new(Faulty::new(self.store.clone(), budget, read_failures, seed));
        let opts = OpenOptions {
            lifecycle: Lifecycle {
                clock: clock(&self.now),
                ..Lifecycle::default()
            },
            ..OpenOptions::default()
        };
        let repo = Repository::open_with(faulty.clone(), &password(), &opts)?;
        Ok(Handle { repo, faulty })
    }

    /// A budget of requests before a crash: most actors never crash.
    fn budget(&mut self) -> i64 {
        if self.rng.chance(800) {
            -1
        } else {
            self.rng.below(60) as i64
        }
    }

    fn step(&mut self) {
        match self.rng.below(10) {
            0..=4 => self.writer_step(),
            5 => self.forget_step(),
            6 | 7 => self.prune_step(),
            _ => {
                let minutes = 1 + self.rng.below(120);
                self.now.fetch_add(minutes * 60, Ordering::SeqCst);
                self.log.push(format!("clock +{minutes} min"));
            }
        }
    }

    fn writer_step(&mut self) {
        let w = self.rng.below(self.writers.len() as u64) as usize;
        let state = std::mem::replace(&mut self.writers[w], Writer::Idle);
        // A crash: the handle goes away where it stands (its session stays behind).
        if !matches!(state, Writer::Idle) && self.rng.chance(100) {
            if let Writer::Open(h) | Writer::Stored(h, ..) = state {
                h.crash();
            }
            self.log.push(format!("writer {w} crashes"));
            return;
        }
        self.writers[w] = match state {
            Writer::Idle => {
                let budget = self.budget();
                match self
                    .open(budget, 0)
                    .and_then(|h| h.repo.reconcile_packs().map(|_| h))
                {
                    Ok(h) => {
                        self.log.push(format!("writer {w} opens"));
                        Writer::Open(h)
                    }
                    Err(e) => {
                        self.log.push(format!("writer {w} fails to open: {e}"));
                        Writer::Idle
                    }
                }
            }
            Writer::Open(h) => {
                let c = self.rng.below(self.contents.len() as u64) as usize;
                match store(&h.repo, &self.contents[c]) {
                    Ok(content) => {
                        self.log.push(format!("writer {w} stores content {c}"));
                        Writer::Stored(h, content, c)
                    }
                    Err(e) => {
                        self.log.push(format!("writer {w} fails to store: {e}"));
                        Writer::Idle
                    }
                }
            }
            Writer::Stored(h, content, c) => match save(&h.repo, content, self.contents[c].len()) {
                Ok(s) => {
                    self.log
                        .push(format!("writer {w} saves {} (content {c})", s.short_id()));
                    *self.stats.entry("snapshots saved").or_default() += 1;
                    self.expected.insert(s.id, c);
                    Writer::Idle
                }
                Err(e) => {
                    if e.kind() == sealvault::ErrorKind::Conflict {
                        *self.stats.entry("saves refused after a pause").or_default() += 1;
                    }
                    self.log.push(format!("writer {w} fails to save: {e}"));
                    Writer::Idle
                }
            },
        };
    }

    fn forget_step(&mut self) {
        let budget = self.budget();
        let Ok(h) = self.open(budget, 0) else { return };
        let repo = &h.repo;
        let Ok(list) = repo.snapshots() else { return };
        if list.snapshots.is_empty() {
            return;
        }
        let opts = if self.rng.chance(500) {
            let s = &list.snapshots[self.rng.below(list.snapshots.len() as u64) as usize];
            ForgetOptions {
                ids: vec![s.id.to_hex()],
                ..ForgetOptions::default()
            }
        } else {
            let mut o = ForgetOptions::default();
            o.policy.keep_last = Some(1 + self.rng.below(3) as u32);
            o
        };
        // Whatever it decides may be gone, whether or not it finishes.
        let decided: Vec<ObjectId> = match repo.forget(&ForgetOptions {
            dry_run: true,
            ..opts.clone()
        }) {
            Ok(r) => r.removed,
            Err(_) => return,
        };
        let result = repo.forget(&opts);
        for id in &decided {
            self.expected.remove(id);
            self.forgotten.insert(*id);
        }
        self.log.push(format!(
            "forget {} snapshots: {:?}",
            decided.len(),
            result.map(|r| r.removed.len())
        ));
    }

    fn prune_step(&mut self) {
        let budget = self.budget();
        let read_failures = if self.rng.chance(200) { 20 } else { 0 };
        let Ok(h) = self.open(budget, read_failures) else {
            return;
        };
        let repo = &h.repo;
        let opts = PruneOptions {
            keep_delete: Duration::from_secs([0, HOUR / 2, 2 * HOUR][self.rng.below(3) as usize]),
            max_unused: [0.0, 0.05, f64::INFINITY][self.rng.below(3) as usize],
            settle: Duration::ZERO,
            dry_run: self.rng.chance(100),
        };
        let result = repo.prune(&opts, &NoProgress);
        let count = |stats: &mut HashMap<&'static str, u64>, k, n: usize| {
            *stats.entry(k).or_default() += n as u64;
        };
        match &result {
            Ok(r) => {
                count(&mut self.stats, "packs deleted", r.deleted_packs);
                count(&mut self.stats, "packs taken back", r.taken_back_packs);
                count(&mut self.stats, "packs repacked", r.repacked_packs);
                count(&mut self.stats, "records waiting", r.waiting.len());
            }
            Err(_) => count(&mut self.stats, "prunes failed", 1),
        }
        self.log.push(format!(
            "prune (keep-delete {:?}, budget {budget}, read failures {read_failures}): {}",
            opts.keep_delete,
            match &result {
                Ok(r) => format!(
                    "marked {} deleted {} taken back {} waiting {}",
                    r.marked_packs,
                    r.deleted_packs,
                    r.taken_back_packs,
                    r.waiting.len()
                ),
                Err(e) => format!("failed: {e}"),
            }
        ));
        if h.faulty.crashed.load(Ordering::SeqCst) {
            self.log.push("  (the prune crashed)".into());
        }
        drop(h);
        self.verify("after a prune");
    }

    /// Every snapshot no forget touched restores byte-identical.
    fn verify(&mut self, when: &str) {
        let h = self.open(-1, 0).unwrap();
        let repo = &h.repo;
        let mut ids: Vec<_> = self.expected.iter().map(|(id, c)| (*id, *c)).collect();
        ids.sort();
        for (id, c) in ids {
            let restored = repo.load_snapshot(id).and_then(|s| {
                let mut out = Vec::new();
                repo.dump(&s, std::path::Path::new("/f"), &mut out)
                    .map(|_| out)
            });
            match restored {
                Ok(out) if out == self.contents[c] => {}
                Ok(_) => self.fail(&format!("{when}: snapshot {id} restores other bytes")),
                Err(e) => self.fail(&format!("{when}: snapshot {id} cannot be restored: {e}")),
            }
        }
    }

    fn fail(&self, what: &str) -> ! {
        panic!("{what}\nsteps:\n  {}", self.log.join("\n  "));
    }

    /// Everyone finishes; time passes; prune runs until nothing is left to do.
    fn settle(&mut self) {
        for w in 0..self.writers.len() {
            while !matches!(self.writers[w], Writer::Idle) {
                let state = std::mem::replace(&mut self.writers[w], Writer::Idle);
                self.writers[w] = state;
                self.writer_step_for(w);
            }
        }
        for _ in 0..3 {
            self.now.fetch_add(2 * 24 * HOUR, Ordering::SeqCst);
            let h = self.open(-1, 0).unwrap();
            let opts = PruneOptions {
                settle: Duration::ZERO,
                ..PruneOptions::default()
            };
            if let Err(e) = h.repo.prune(&opts, &NoProgress) {
                self.fail(&format!("a prune with nothing in its way failed: {e}"));
            }
        }
        self.verify("at the end");
        let h = self.open(-1, 0).unwrap();
        let report = h
            .repo
            .check(CheckOptions { read_data: true }, &NoProgress)
            .unwrap();
        if !report.is_ok() || report.unreferenced_packs > 0 {
            self.fail(&format!("check at the end: {report:?}"));
        }
        for prefix in ["pending/", "sessions/", "locks/"] {
            let left = self.store.list(prefix).unwrap();
            if !left.is_empty() {
                self.fail(&format!("left behind at the end: {left:?}"));
            }
        }
    }

    /// Moves writer `w` one step, never crashing it.
    fn writer_step_for(&mut self, w: usize) {
        let state = std::mem::replace(&mut self.writers[w], Writer::Idle);
        self.writers[w] = match state {
            Writer::Idle => Writer::Idle,
            Writer::Open(h) => {
                let c = self.rng.below(self.contents.len() as u64) as usize;
                match store(&h.repo, &self.contents[c]) {
                    Ok(content) => Writer::Stored(h, content, c),
                    Err(_) => Writer::Idle,
                }
            }
            Writer::Stored(h, content, c) => {
                if let Ok(s) = save(&h.repo, content, self.contents[c].len()) {
                    self.log
                        .push(format!("writer {w} saves {} at the end", s.short_id()));
                    self.expected.insert(s.id, c);
                }
                Writer::Idle
            }
        };
    }
}

/// Stores `data` as one stream and flushes; returns its content ranges.
fn store(repo: &Repository, data: &[u8]) -> Result<Vec<ContentRange>> {
    let stream = repo.store_bytes(data)?;
    repo.flush()?;
    Ok(stream
        .chunks
        .iter()
        .map(|c| ContentRange {
            id: c.id,
            offset: 0,
            len: c.len,
        })
        .collect())
}

fn save(repo: &Repository, content: Vec<ContentRange>, len: usize) -> Result<Snapshot> {
    let mut node = Node::new(b"f".to_vec(), NodeKind::File);
    node.mode = 0o644;
    node.size = len as u64;
    node.content = content;
    let root = repo
        .store(BlobKind::Tree, &Tree { nodes: vec![node] }.encode())?
        .id;
    repo.flush()?;
    let mut s = Snapshot {
        id: ObjectId::from_bytes([0; 16]),
        time_ns: 0,
        host: "h".into(),
        username: "u".into(),
        paths: vec![b"/".to_vec()],
        tags: vec![],
        root,
        parent: None,
        previous: None,
        seen: vec![],
        summary: Default::default(),
        issues: vec![],
        program: "sim".into(),
    };
    repo.save_snapshot(&mut s)?;
    Ok(s)
}

fn clock(now: &Arc<AtomicU64>) -> Clock {
    let now = now.clone();
    Clock::from_fn(move || UNIX_EPOCH + Duration::from_secs(now.load(Ordering::SeqCst)))
}

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

#[test]
fn every_snapshot_not_forgotten_survives_any_interleaving() {
    let first = env_u64("SEALVAULT_SIM_FIRST_SEED", 0);
    let seeds = env_u64("SEALVAULT_SIM_SEEDS", u64::MAX);
    let budget = Duration::from_secs(env_u64("SEALVAULT_SIM_SECONDS", 15));
    let started = Instant::now();
    let one_thread = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap();
    let mut ran = 0;
    let mut totals: HashMap<&'static str, u64> = HashMap::new();
    for seed in first..first.saturating_add(seeds) {
        if started.elapsed() > budget {
            break;
        }
        one_thread.install(|| {
            let mut sim = Sim::new(seed);
            for _ in 0..40 {
                sim.step();
            }
            sim.settle();
            for (k, v) in sim.stats {
                *totals.entry(k).or_default() += v;
            }
        });
        ran += 1;
    }
    let mut totals: Vec<_> = totals.into_iter().collect();
    totals.sort();
    eprintln!(
        "lifecycle simulation: {ran} seeds from {first} in {:?}: {totals:?}",
        started.elapsed()
    );
    assert!(ran > 0);
}
