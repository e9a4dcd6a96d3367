//! The write path: pools of open packs, and uploader threads.
//!
//! Any number of threads store blobs at once. Each takes an open pack of the blob's class
//! (data or tree) from a pool, or opens a new one, seals the blob straight into it, records it
//! in the index and gives the pack back; so sealing never waits on a lock and each thread keeps
//! its own nonce counter (the blob's offset in its pack). A pack that reaches the target size is
//! finished on the thread that filled it and handed to the uploaders over a bounded channel:
//! when storage is slower than sealing, `store` blocks, so memory stays bounded at about
//! (threads + 2 * uploaders) * pack size.
//!
//! `flush` closes every pack open when it starts, including packs that other threads hold at
//! that moment (they are closed when given back), and waits until all are durable.

use std::collections::HashSet;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::JoinHandle;

use crossbeam_channel::{Receiver, Sender};

use crate::backend::Backend;
use crate::error::{Error, Result};
use crate::primitives::compress::Compression;
use crate::primitives::id::{BlobId, RepoId};
use crate::primitives::keys::WrappingKey;
use crate::store::cache::Cache;
use crate::store::index::Index;
use crate::store::layout::Object;
use crate::store::pack::{BlobKind, FinishedPack, PackEntry, PackWriter};

struct OpenPack {
    slot: u32,
    writer: PackWriter,
}

#[derive(Default)]
struct PoolState {
    idle: Vec<OpenPack>,
    /// Slots of packs a thread holds right now.
    out: HashSet<u32>,
    /// Held packs that a flush asked to close when given back.
    close_on_return: HashSet<u32>,
}

struct Upload {
    slot: u32,
    pack: FinishedPack,
    /// A pack of trees, kept in the cache too once uploaded (the next backup reads them).
    trees: bool,
}

/// Settings of the write path.
pub(crate) struct WriterConfig {
    pub(crate) repo: RepoId,
    pub(crate) pack_size: usize,
    /// The smallest pack written (`FormatVersion::min_pack_len`).
    pub(crate) min_pack_len: usize,
    pub(crate) uploaders: usize,
    /// Where uploaded tree packs are also kept ([`Cache`]).
    pub(crate) tree_cache: Option<Arc<Cache>>,
}

pub(crate) struct Writer {
    config: WriterConfig,
    pools: [Mutex<PoolState>; 2],
    index: Arc<Index>,
    upload_tx: Option<Sender<Upload>>,
    uploaders: Vec<JoinHandle<()>>,
    shared: Arc<Shared>,
}

/// What the uploader threads share with the writer.
#[derive(Default)]
struct Shared {
    /// Upload errors not yet reported by a flush.
    errors: Mutex<Vec<Error>>,
    /// Buffers of uploaded packs, for the next packs.
    spares: Mutex<Vec<Vec<u8>>>,
    /// Bytes durably written (packs and index segments).
    written: AtomicU64,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl Writer {
    pub(crate) fn new(
        config: WriterConfig,
        index: Arc<Index>,
        backend: Arc<dyn Backend>,
    ) -> Writer {
        let uploaders = config.uploaders.max(1);
        let (tx, rx) = crossbeam_channel::bounded::<Upload>(1);
        let shared = Arc::new(Shared::default());
        let handles = (0..uploaders)
            .map(|i| {
                let (rx, index, backend) = (rx.clone(), index.clone(), backend.clone());
                let shared = shared.clone();
                let cache = config.tree_cache.clone();
                std::thread::Builder::new()
                    .name(format!("sealvault-upload-{i}"))
                    .spawn(move || upload_loop(&rx, &index, &*backend, &shared, cache.as_deref()))
                    .expect("spawning an uploader thread")
            })
            .collect();
        Writer {
            config,
            pools: [Mutex::default(), Mutex::default()],
            index,
            upload_tx: Some(tx),
            uploaders: handles,
            shared,
        }
    }

    fn pool(&self, kind: BlobKind) -> &Mutex<PoolState> {
        &self.pools[usize::from(kind == BlobKind::Tree)]
    }

    /// Seals a reserved blob into an open pack and records it in the index.
    pub(crate) fn add(
        &self,
        wrapping: &WrappingKey,
        kind: BlobKind,
        id: BlobId,
        data: &[u8],
        compression: Compression,
    ) -> Result<PackEntry> {
        // Fail fast once an upload failed: the flush that reports it is often far away (a
        // backup flushes at its end), and everything sealed until then would be lost anyway.
        if let Some(first) = lock(&self.shared.errors).first() {
            return Err(Error::backend_failure(
                "packs/",
                first.is_retryable(),
                std::io::Error::other(format!("an earlier pack upload failed: {first}")),
            ));
        }
        let mut open = self.check_out(wrapping, kind)?;
        let result = open.writer.add(kind, id, data, compression);
        if let Ok(entry) = &result {
            // Before the pack goes back: once it is back, a flush may close and index it.
            self.index.fulfil(open.slot, entry);
        }
        self.check_in(kind, open)?;
        result
    }

    fn check_out(&self, wrapping: &WrappingKey, kind: BlobKind) -> Result<OpenPack> {
        let mut pool = lock(self.pool(kind));
        let open = match pool.idle.pop() {
            Some(open) => open,
            None => {
                drop(pool);
                let buffer = lock(&self.shared.spares).pop().unwrap_or_default();
                let writer = PackWriter::new(wrapping, self.config.repo, buffer, self.capacity())?
                    .padded_to_at_least(self.config.min_pack_len);
                let slot = self.index.open_pack(writer.uid(), writer.wrapped().clone());
                pool = lock(self.pool(kind));
                OpenPack { slot, writer }
            }
        };
        pool.out.insert(open.slot);
        Ok(open)
    }

    fn capacity(&self) -> usize {
        self.config.pack_size + (1 << 20)
    }

    fn check_in(&self, kind: BlobKind, open: OpenPack) -> Result<()> {
        let mut pool = lock(self.pool(kind));
        let close =
            pool.close_on_return.contains(&open.slot) || open.writer.len() >= self.config.pack_size;
        if !close {
            pool.out.remove(&open.slot);
            pool.idle.push(open);
            return Ok(());
        }
        drop(pool);
        // The pack stays in `out` until the index knows it is uploading: a flush that starts
        // meanwhile must see it (as held) and wait for it, since it holds earlier stores.
        let slot = open.slot;
        let closed = self.close(open);
        let mut pool = lock(self.pool(kind));
        pool.out.remove(&slot);
        pool.close_on_return.remove(&slot);
        closed
    }

    /// Finishes a pack and queues it for upload (blocking while the uploaders are busy).
    fn close(&self, open: OpenPack) -> Result<()> {
        let recorded = open.writer.entries().to_vec();
        let mut pack = match open.writer.finish() {
            Ok(p) => p,
            Err(e) => {
                self.index.pack_abandoned(open.slot, &recorded);
                return Err(e);
            }
        };
        let entries = std::mem::take(&mut pack.entries);
        let trees = entries.iter().all(|e| e.kind == BlobKind::Tree);
        self.index
            .pack_finished(open.slot, pack.id, pack.bytes.len() as u64, entries);
        let tx = self.upload_tx.as_ref().expect("uploaders run until drop");
        tx.send(Upload {
            slot: open.slot,
            pack,
            trees,
        })
        .map_err(|_| Error::internal("the uploader threads stopped"))
    }

    /// Closes every pack open now (idle ones at once, held ones when given back) and returns
    /// the pack-table slots to wait for. Packs closed earlier and still uploading are the
    /// index's to report (`Index::uploading`).
    pub(crate) fn close_all(&self) -> Result<Vec<u32>> {
        let mut slots = Vec::new();
        let mut to_close = Vec::new();
        for pool in &self.pools {
            let mut pool = lock(pool);
            let held: Vec<u32> = pool.out.iter().copied().collect();
            slots.extend(&held);
            pool.close_on_return.extend(held);
            to_close.append(&mut pool.idle);
        }
        slots.extend(to_close.iter().map(|open| open.slot));
        // Finish the packs in parallel: padding and checksum are a pass over each pack.
        use rayon::prelude::*;
        let results: Vec<Result<()>> = to_close
            .into_par_iter()
            .map(|open| self.close(open))
            .collect();
        results.into_iter().collect::<Result<()>>()?;
        Ok(slots)
    }

    /// Upload errors reported since the last call.
    pub(crate) fn take_errors(&self) -> Vec<Error> {
        std::mem::take(&mut *lock(&self.shared.errors))
    }

    /// Bytes durably written so far (packs, and index segments reported by `wrote`).
    pub(crate) fn bytes_written(&self) -> u64 {
        self.shared.written.load(Ordering::Relaxed)
    }

    /// Counts bytes the repository wrote itself (index segments).
    pub(crate) fn wrote(&self, bytes: u64) {
        self.shared.written.fetch_add(bytes, Ordering::Relaxed);
    }
}

impl Drop for Writer {
    fn drop(&mut self) {
        self.upload_tx = None;
        for h in self.uploaders.drain(..) {
            let _ = h.join();
        }
    }
}

fn upload_loop(
    rx: &Receiver<Upload>,
    index: &Index,
    backend: &dyn Backend,
    shared: &Shared,
    cache: Option<&Cache>,
) {
    for Upload { slot, pack, trees } in rx {
        let name = Object::Pack(pack.id).name();
        let result = backend.put(&name, &pack.bytes);
        let ok = result.is_ok();
        match result {
            Ok(()) => {
                if let Some(cache) = cache.filter(|_| trees) {
                    cache.put(&name, &pack.bytes);
                }
                shared
                    .written
                    .fetch_add(pack.bytes.len() as u64, Ordering::Relaxed);
            }
            Err(e) => lock(&shared.errors).push(e),
        }
        index.pack_uploaded(slot, ok);
        // Keep one buffer for the next pack: a fresh 16 MiB allocation costs a page fault per
        // 4 KiB. One is enough to avoid most faults; more would only raise peak memory.
        let mut buf = pack.bytes;
        buf.clear();
        let mut spares = lock(&shared.spares);
        if spares.is_empty() {
            spares.push(buf);
        }
    }
}
