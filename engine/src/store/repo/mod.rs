//! The repository handle: init, open, store and load blobs, flush, and the entry points of
//! the store's operations (key slots, reconciliation, index repair). Every method of
//! [`Repository`] is in this file; the work is done by the modules it calls.
//!
//! Write order (`FORMAT.md`, "Write order"): `init` writes the first key slot, then the config
//! (a repository exists once its config does). `flush` writes packs, waits until all are
//! durable, then writes the index segments that list them. A crash at any point leaves a
//! readable repository: at worst packs that no segment lists (unreferenced, ignored) or a
//! temporary file the backend ignores. Nothing is ever rewritten in place.

use crate::store::cache::{self, Cache};
use std::collections::HashSet;
use std::io::Read;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, SystemTime};

use crate::backend::{Backend, ObjectInfo};
use crate::error::{Error, ErrorKind, Result};
use crate::primitives::chunk::Chunker;
use crate::primitives::compress::Compression;
use crate::primitives::id::{BlobId, PackId, RepoId, SlotId};
use crate::primitives::keys::{ChunkIdKey, MasterKey, MetadataKey, WrappingKey};
use crate::progress::Progress;
use crate::store::config::{self, RepoConfig};
use crate::store::index::{Index, IndexStats, PackState, Reservation, Segment};
use crate::store::ingest::{self, StoredStream};
use crate::store::keyring::{self, KeyRing};
use crate::store::layout::{Object, ObjectKind};
use crate::store::lifecycle::Lifecycle;
use crate::store::lifecycle::pending::{self, PendingRecords};
use crate::store::lifecycle::presence::{Presence, PresenceKind};
pub use crate::store::options::{InitOptions, OpenOptions};
use crate::store::pack::BlobKind;
use crate::store::repair::{self, RepairReport};
use crate::store::segments::{self, MissingPack, PackAudit, SEGMENT_MAX_ENTRIES};
use crate::store::slots::Credential;
use crate::store::state::LocalState;
use crate::store::streams::{Piece, StreamReader, StreamWriter};
use crate::store::writer::{Writer, WriterConfig};
use crate::store::{read, sealed};

/// A stored object that could not be read, and why. Operations go on without it and report
/// it; anything that deletes data must refuse to run while there is one.
#[derive(Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Unreadable {
    /// The object's name (`index/<id>`, `snapshots/<id>`).
    pub object: String,
    /// What is wrong with it (serialized as its message).
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::serialize::display"))]
    pub error: Error,
}

/// Whether an error reading an object means the object itself is bad (damaged, foreign,
/// missing, too large) rather than the way to it (a failing backend, which must stop the
/// operation instead of being reported as damage).
pub(crate) fn is_damage(e: &Error) -> bool {
    matches!(
        e.kind(),
        ErrorKind::Integrity | ErrorKind::UnsupportedFormat | ErrorKind::NotFound
    )
}

/// The result of [`Repository::store`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stored {
    /// The blob's id.
    pub id: BlobId,
    /// `false` if the repository had the blob already (deduplicated).
    pub is_new: bool,
}

/// An open repository. `Send + Sync`: share one handle (in an `Arc`) across threads.
pub struct Repository {
    backend: Arc<dyn Backend>,
    id: RepoId,
    config: RepoConfig,
    master: MasterKey,
    ids: ChunkIdKey,
    chunker: Chunker,
    metadata: MetadataKey,
    wrapping: WrappingKey,
    opened_with: Mutex<Option<SlotId>>,
    state: Option<LocalState>,
    index: Arc<Index>,
    unreadable_index: Vec<Unreadable>,
    /// Each readable index segment's object name and the packs it lists.
    segment_packs: Mutex<Vec<(String, Vec<PackId>)>>,
    /// Set once the index has been compared with the packs in storage (before the first
    /// write); the packs found missing then.
    reconciled: AtomicBool,
    missing_packs: Mutex<Vec<MissingPack>>,
    writer: Writer,
    flush_lock: Mutex<()>,
    cache: Option<Arc<Cache>>,
    /// The window runs `read::load` read last, so sequential loads read each window once.
    recent_windows: read::RecentWindows,
    lifecycle: Lifecycle,
    /// This handle's writing session (started before its first write) and the
    /// pending-deletion records it knows.
    session: Mutex<SessionState>,
    /// When the session's next heartbeat is due (client clock, seconds since the epoch).
    next_refresh: AtomicU64,
    /// Whether anything was stored or deduplicated since the last snapshot was saved: blobs a
    /// snapshot not yet saved will need (a prune keeps only what saved snapshots use).
    uncommitted: AtomicBool,
    /// Why this handle may write no more (a pause that may have cost it data), if so.
    poisoned: Mutex<Option<String>>,
    /// Whether this handle has pruned.
    pruned: AtomicBool,
    unreadable_pending: Vec<Unreadable>,
}

#[derive(Default)]
struct SessionState {
    presence: Option<Presence>,
    known_pending: HashSet<crate::primitives::id::ObjectId>,
}

fn epoch_secs(t: SystemTime) -> u64 {
    t.duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

impl std::fmt::Debug for Repository {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Repository")
            .field("id", &self.id)
            .field("config", &self.config)
            .finish_non_exhaustive()
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl Repository {
    /// Creates a repository in an empty backend, with one key slot for `credential`.
    pub fn init(
        backend: Arc<dyn Backend>,
        credential: &Credential,
        options: &InitOptions,
    ) -> Result<Repository> {
        let config = RepoConfig {
            format: options.format,
            chunker: options.chunker,
            compression: options.compression,
            pack_size: options.pack_size,
            created: crate::store::unix_now(),
        };
        config.validate()?;
        let config_name = Object::Config.name();
        if backend.exists(&config_name)? {
            return Err(Error::already_exists(
                config_name,
                "a repository already exists here",
            ));
        }
        let master = MasterKey::generate()?;
        let id = RepoId::random()?;
        let slot = keyring::write_slot(&*backend, &master, id, credential, options.kdf)?;
        backend.put(&config_name, &config.seal(&master.metadata_key(), id)?)?;
        Ok(Self::assemble(
            backend,
            id,
            config,
            master,
            Some(slot),
            Index::from_segments(vec![]),
            None,
        ))
    }

    /// Opens a repository with any key slot that accepts `credential`, remembering nothing
    /// locally; see [`Repository::open_with`].
    pub fn open(backend: Arc<dyn Backend>, credential: &Credential) -> Result<Repository> {
        Self::open_with(backend, credential, &OpenOptions::default())
    }

    /// Opens a repository with any key slot that accepts `credential`.
    ///
    /// Slots are tried in this order: the one this machine opened last (from the state
    /// directory), then the cheapest to derive; damaged slots, slots whose id differs from
    /// their object name and slots asking for more memory than the budget are skipped, and
    /// trying stops when the budget is spent. Index segments that cannot be read are left out
    /// and listed by [`Repository::unreadable_index`]: their blobs are missing until
    /// [`Repository::repair_index`] rebuilds them.
    ///
    /// # Errors
    /// `NotFound` if there is no repository, `UnsupportedFormat` for an unknown format version
    /// (checked before the key), `WrongKey` if no slot accepts the credential within the
    /// budget, `Integrity` if the config is damaged, `Io` if the state directory cannot be
    /// created.
    pub fn open_with(
        backend: Arc<dyn Backend>,
        credential: &Credential,
        options: &OpenOptions,
    ) -> Result<Repository> {
        let config_name = Object::Config.name();
        let config_bytes = backend
            .get_bounded(&config_name, ObjectKind::Config.max_len())
            .map_err(|e| match e.kind() {
                ErrorKind::NotFound => Error::not_found(
                    config_name,
                    "no sealvault repository here (no config object)",
                ),
                _ => e,
            })?;
        let (id, _) = config::peek(&config_bytes)?;
        let state = match &options.state_dir {
            Some(dir) => Some(LocalState::open(dir, id)?),
            None => None,
        };
        let preferred = state.as_ref().and_then(LocalState::last_slot);
        let budget = &options.unlock_budget;
        let (master, slot) = keyring::unlock(&*backend, id, credential, budget, preferred)?;
        if let Some(state) = &state {
            // Best effort: a state directory that cannot be written (a read-only home, one
            // left root-owned by sudo) only loses the ordering, and must not stop a restore.
            let _ = state.set_last_slot(slot);
        }
        let config = RepoConfig::open(&master.metadata_key(), id, config_bytes)?;
        let cache = options.cache_dir.as_ref().and_then(|d| Cache::open(d, id));
        let cache = cache.map(Arc::new);
        let marks = pending::load(&*backend, &master.metadata_key(), id, &HashSet::new())?;
        let loaded = segments::load(
            &*backend,
            cache.as_deref(),
            &master.metadata_key(),
            id,
            &marks.packs(),
        )?;
        if let Some(cache) = &cache {
            // Tree packs no index segment lists any more (deleted from the repository).
            let names: Vec<String> = loaded
                .segment_packs
                .iter()
                .flat_map(|(_, packs)| packs.iter().map(|p| Object::Pack(*p).name()))
                .collect();
            cache.retain(
                ObjectKind::Pack.prefix(),
                &names.iter().map(String::as_str).collect(),
            );
        }
        let mut repo = Self::assemble(backend, id, config, master, Some(slot), loaded.index, cache);
        repo.state = state;
        repo.unreadable_index = loaded.unreadable;
        repo.segment_packs = Mutex::new(loaded.segment_packs);
        repo.lifecycle = options.lifecycle.clone();
        repo.session
            .get_mut()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .known_pending = marks.ids();
        repo.unreadable_pending = marks.unreadable;
        Ok(repo)
    }

    fn assemble(
        backend: Arc<dyn Backend>,
        id: RepoId,
        config: RepoConfig,
        master: MasterKey,
        opened_with: Option<SlotId>,
        index: Index,
        cache: Option<Arc<Cache>>,
    ) -> Repository {
        let index = Arc::new(index);
        let writer = Writer::new(
            WriterConfig {
                repo: id,
                pack_size: config.pack_size as usize,
                min_pack_len: config.format.min_pack_len(),
                uploaders: backend.concurrent_puts().max(1),
                tree_cache: cache.clone(),
            },
            index.clone(),
            backend.clone(),
        );
        Repository {
            ids: master.chunk_id_key(),
            chunker: Chunker::new(&config.chunker, &master.chunker_key()),
            metadata: master.metadata_key(),
            wrapping: master.wrapping_key(),
            master,
            backend,
            id,
            config,
            opened_with: Mutex::new(opened_with),
            state: None,
            index,
            unreadable_index: Vec::new(),
            segment_packs: Mutex::new(Vec::new()),
            reconciled: AtomicBool::new(false),
            missing_packs: Mutex::new(Vec::new()),
            writer,
            cache,
            recent_windows: Default::default(),
            flush_lock: Mutex::new(()),
            lifecycle: Lifecycle::default(),
            session: Mutex::new(SessionState::default()),
            next_refresh: AtomicU64::new(u64::MAX),
            uncommitted: AtomicBool::new(false),
            poisoned: Mutex::new(None),
            pruned: AtomicBool::new(false),
            unreadable_pending: Vec::new(),
        }
    }

    /// The repository id.
    pub fn id(&self) -> RepoId {
        self.id
    }

    /// The parameters fixed at `init`.
    pub fn config(&self) -> &RepoConfig {
        &self.config
    }

    /// The repository's keyed chunker.
    pub fn chunker(&self) -> &Chunker {
        &self.chunker
    }

    /// The storage backend.
    pub fn backend(&self) -> &Arc<dyn Backend> {
        &self.backend
    }

    pub(crate) fn chunk_id_key(&self) -> &ChunkIdKey {
        &self.ids
    }

    pub(crate) fn wrapping_key(&self) -> &WrappingKey {
        &self.wrapping
    }

    pub(crate) fn master(&self) -> &MasterKey {
        &self.master
    }

    pub(crate) fn index(&self) -> &Index {
        &self.index
    }

    /// Every stored object of `kind`, with its size (no content is read).
    pub fn list(&self, kind: ObjectKind) -> Result<Vec<ObjectInfo>> {
        let listed = self.backend.list(kind.prefix())?;
        if let Some(cache) = &self.cache
            && kind == ObjectKind::Snapshot
        {
            // Snapshots deleted since they were cached leave the cache with this listing.
            cache.retain(
                kind.prefix(),
                &listed.iter().map(|o| o.name.as_str()).collect(),
            );
        }
        Ok(listed)
    }

    /// Bytes in this repository's local cache, if it has one ([`OpenOptions::cache_dir`]).
    pub fn cache_size(&self) -> Option<u64> {
        self.cache.as_deref().map(Cache::size)
    }

    pub(crate) fn recent_windows(&self) -> &read::RecentWindows {
        &self.recent_windows
    }

    pub(crate) fn cache(&self) -> Option<&Cache> {
        self.cache.as_deref()
    }

    /// The id a blob with this plaintext has (keyed BLAKE3).
    pub fn blob_id(&self, plaintext: &[u8]) -> BlobId {
        self.ids.blob_id(plaintext)
    }

    /// Whether the repository has this blob (stored, or being stored now).
    pub fn contains(&self, id: &BlobId) -> bool {
        let found = self.index.contains(id);
        if found {
            // The caller may now refer to it (a backup reusing a file from its parent).
            self.uncommitted.store(true, Ordering::Relaxed);
        }
        found
    }

    /// Whether the index says where this blob is (also in a pack a prune marked for deletion:
    /// readable, but never deduplicated against, so `contains` is false for it).
    pub(crate) fn locates(&self, id: &BlobId) -> bool {
        self.index.locates(id)
    }

    /// Stores a blob with the repository's default compression; see [`Repository::store_with`].
    pub fn store(&self, kind: BlobKind, plaintext: &[u8]) -> Result<Stored> {
        self.store_with(kind, plaintext, self.config.compression)
    }

    /// Stores a blob unless the repository has it already. Callable from many threads at once;
    /// a blob stored by several threads at once is stored once. The blob is durable, and
    /// visible to `load`, only once a later [`Repository::flush`] returns `Ok`.
    pub fn store_with(
        &self,
        kind: BlobKind,
        plaintext: &[u8],
        compression: Compression,
    ) -> Result<Stored> {
        let id = self.ids.blob_id(plaintext);
        self.store_as(kind, id, plaintext, compression)
    }

    /// `store_with` for a caller that computed the id already (the parallel pipeline).
    pub(crate) fn store_as(
        &self,
        kind: BlobKind,
        id: BlobId,
        plaintext: &[u8],
        compression: Compression,
    ) -> Result<Stored> {
        self.check_poisoned()?;
        if !self.reconciled.load(Ordering::Acquire) {
            self.reconcile_packs()?;
        }
        self.refresh_session()?;
        self.uncommitted.store(true, Ordering::Relaxed);
        if self.index.reserve(&id) == Reservation::Exists {
            return Ok(Stored { id, is_new: false });
        }
        match self
            .writer
            .add(&self.wrapping, kind, id, plaintext, compression)
        {
            Ok(_) => Ok(Stored { id, is_new: true }),
            Err(e) => {
                self.index.cancel(&id);
                Err(e)
            }
        }
    }

    /// Chunks `data` with the repository's keyed chunker and stores every chunk not yet
    /// stored, in parallel on the current rayon pool. Durable after the next
    /// [`Repository::flush`].
    pub fn store_bytes(&self, data: &[u8]) -> Result<StoredStream> {
        Ok(ingest::store_part(self, data, true, self.config.compression)?.0)
    }

    /// Chunks and stores everything `reader` yields, a few MiB at a time; same chunks as
    /// [`Repository::store_bytes`] on the same bytes.
    pub fn store_reader(&self, reader: impl Read) -> Result<StoredStream> {
        self.store_reader_with(reader, self.config.compression)
    }

    /// [`Repository::store_reader`] with a given compression.
    pub fn store_reader_with(
        &self,
        reader: impl Read,
        compression: Compression,
    ) -> Result<StoredStream> {
        ingest::store_reader(self, reader, compression, &mut Vec::new(), None)
    }

    /// [`Repository::store_reader_with`] through a read buffer the caller reuses across
    /// streams; `size_hint` (a file's size) sizes it for small inputs.
    pub(crate) fn store_reader_buffered(
        &self,
        reader: impl Read,
        compression: Compression,
        buf: &mut Vec<u8>,
        size_hint: Option<u64>,
    ) -> Result<StoredStream> {
        ingest::store_reader(self, reader, compression, buf, size_hint)
    }

    /// A `Write` that stores what is written as one stream, with the repository's compression;
    /// its `finish` returns the chunks ([`StreamWriter`]).
    pub fn stream_writer(&self) -> StreamWriter<'_> {
        StreamWriter::new(self, self.config.compression)
    }

    /// A `Read + Seek` over a stored stream.
    pub fn stream_reader(&self, stream: &StoredStream) -> StreamReader<'_> {
        let pieces = stream
            .chunks
            .iter()
            .map(|c| Piece {
                id: c.id,
                offset: 0,
                len: c.len,
            })
            .collect();
        StreamReader::new(self, pieces)
    }

    /// Reads a blob back: fetches its byte range, authenticates, decompresses and checks the
    /// plaintext against the id. Never returns unverified bytes.
    pub fn load(&self, id: &BlobId) -> Result<Vec<u8>> {
        read::load(self, id)
    }

    /// Reads every blob of `ids` and calls `visit` with each, its verified plaintext or why it
    /// cannot be read, on the worker thread that read it (`init` makes each worker's state).
    /// Each pack is read once, in as few range requests as possible, packs in parallel; once
    /// `progress` asks to stop, the rest are visited as cancelled. Returns the number of range
    /// requests made.
    pub fn read_blobs<W: Send>(
        &self,
        ids: impl IntoIterator<Item = BlobId>,
        progress: &dyn Progress,
        init: impl Fn() -> W + Sync + Send,
        visit: impl Fn(&mut W, &BlobId, Result<&[u8]>) + Sync + Send,
    ) -> u64 {
        read::read_blobs(self, ids, progress, init, visit)
    }

    /// Reads a whole pack and verifies every byte of it: name and checksum, key, header,
    /// padding, and each blob against its id. Returns the number of blobs.
    pub fn verify_pack(&self, id: &PackId) -> Result<usize> {
        // At most the length the index records (a pack not indexed may be as large as any).
        let len = self
            .index
            .pack_len(id)
            .unwrap_or(ObjectKind::Pack.max_len());
        read::verify_pack(self, id, len)
    }

    /// Makes every blob stored before this call durable: closes open packs, waits for their
    /// uploads, then writes index segments listing them. Packs are uploaded in the background:
    /// a failed upload is reported here, and every store after it fails at once (so a backup
    /// against a backend that went away stops instead of sealing everything first).
    pub fn flush(&self) -> Result<()> {
        self.check_poisoned()?;
        let _one_at_a_time = lock(&self.flush_lock);
        // Packs open now (closed here) and packs closed earlier but still uploading: together
        // they hold every blob stored before this call.
        let mut slots = self.writer.close_all()?;
        slots.extend(self.index.uploading());
        slots.sort_unstable();
        slots.dedup();
        let failed = self.index.wait_for_packs(&slots);
        let errors = self.writer.take_errors();
        if !failed.is_empty() || !errors.is_empty() {
            return Err(errors
                .into_iter()
                .next()
                .unwrap_or_else(|| Error::internal("a pack upload failed without an error")));
        }
        let (segments, covered) = self.index.unpersisted(SEGMENT_MAX_ENTRIES);
        for seg in &segments {
            self.write_segment(seg)?;
        }
        self.index.mark_persisted(&covered);
        self.refresh_session()
    }

    /// Bytes this handle has durably written to the backend (packs and index segments).
    pub fn bytes_written(&self) -> u64 {
        self.writer.bytes_written()
    }

    /// Memory use of the index.
    pub fn index_stats(&self) -> IndexStats {
        self.index.stats()
    }

    /// Every pack the index lists, with the length it records, by id.
    pub fn indexed_packs(&self) -> Vec<(PackId, u64)> {
        let mut packs: Vec<(PackId, u64)> = self
            .index
            .pack_states()
            .into_iter()
            .filter(|(_, state, _)| *state == PackState::Persisted)
            .map(|(id, _, len)| (id, len))
            .collect();
        packs.sort();
        packs
    }

    /// The packs the index lists compared with one listing of storage: which are missing or
    /// of another size, and how many stored packs no segment lists.
    pub fn audit_packs(&self) -> Result<PackAudit> {
        segments::audit(self)
    }

    /// The blobs the index places in any of `packs`, each with its pack.
    pub fn blobs_in(&self, packs: &HashSet<PackId>) -> Vec<(BlobId, PackId)> {
        let mut out = Vec::new();
        self.index.for_each_entry(|e, pack| {
            if packs.contains(&pack) {
                out.push((e.id, pack));
            }
        });
        out
    }

    /// Index segments that could not be read when the repository was opened (damaged, foreign
    /// or stray objects in `index/`). Their blobs are not in the index: backups store them
    /// again, restores of files that need them fail naming the files;
    /// [`Repository::repair_index`] rebuilds the index from the packs.
    pub fn unreadable_index(&self) -> &[Unreadable] {
        &self.unreadable_index
    }

    /// Compares the index with the packs in storage, once, before the first write (the first
    /// store calls it; call it earlier to learn the result): a pack the index lists but
    /// storage lacks is dropped from the index, its blobs stored again when met, and the
    /// segments that list it rewritten without it. Returns the packs found missing.
    pub fn reconcile_packs(&self) -> Result<Vec<MissingPack>> {
        let mut missing = lock(&self.missing_packs);
        if !self.reconciled.load(Ordering::Acquire) {
            self.start_session()?;
            *missing = segments::reconcile(self, &self.loaded_segments())?;
            self.reconciled.store(true, Ordering::Release);
        }
        Ok(missing.clone())
    }

    /// Starts this handle's writing session (`sessions/<id>/`), then learns the deletion marks
    /// made since the repository was opened: a prune judges a writer by when its session
    /// started, so once the session exists every later mark must be honoured, and every
    /// earlier one is known here. Called once, before the first write.
    fn start_session(&self) -> Result<()> {
        let mut state = lock(&self.session);
        if state.presence.is_some() {
            return Ok(());
        }
        let clock = &self.lifecycle.clock;
        state.presence = Some(Presence::start(self, PresenceKind::Session, clock)?);
        self.schedule_refresh();
        let fresh = pending::load(
            &*self.backend,
            &self.metadata,
            self.id,
            &state.known_pending,
        )?;
        self.index.mark_pending(&fresh.packs());
        state.known_pending.extend(fresh.ids());
        Ok(())
    }

    fn schedule_refresh(&self) {
        let due = self.lifecycle.clock.now() + self.lifecycle.session_refresh;
        self.next_refresh.store(epoch_secs(due), Ordering::Relaxed);
    }

    /// Writes a session heartbeat when one is due (cheap otherwise: one clock read). A
    /// heartbeat that cannot be written is an error (storage is failing); an old one that
    /// cannot be removed (append-only storage) is left to expire.
    ///
    /// A session that wrote nothing for half the expiry (a laptop asleep mid-backup, a service
    /// handle left idle) may have been judged dead by a prune, which may then have deleted
    /// packs marked after it started. It is renewed: a new session, the marks made since
    /// learnt, the packs gone dropped from the index. If anything was stored or deduplicated
    /// since the last snapshot was saved, what it needs may be gone: the call fails (a
    /// conflict), so that no snapshot is saved on top of it; running the backup again is
    /// cheap.
    fn refresh_session(&self) -> Result<()> {
        let now = self.lifecycle.clock.now();
        if epoch_secs(now) < self.next_refresh.load(Ordering::Relaxed) {
            return Ok(());
        }
        let mut state = lock(&self.session);
        if epoch_secs(now) < self.next_refresh.load(Ordering::Relaxed) {
            return Ok(()); // another thread just did
        }
        let Some(presence) = state.presence.as_mut() else {
            return Ok(());
        };
        let quiet = now
            .duration_since(presence.refreshed())
            .unwrap_or(Duration::ZERO);
        if quiet < self.lifecycle.presence_expiry / 2 {
            let _left_to_expire = presence.refresh(self, &self.lifecycle.clock)?;
            self.schedule_refresh();
            return Ok(());
        }
        if self.uncommitted.swap(false, Ordering::Relaxed) {
            // What it stored or deduplicated since its last snapshot may be gone, and so may
            // its own packs not yet in a segment: this handle writes nothing more.
            return Err(self.poison(format!(
                "this client wrote nothing for {} (asleep?), long enough for a prune to take \
                 it for dead and delete data its next snapshot needs: it saves nothing on top \
                 of that; open the repository again and run it again",
                crate::store::lifecycle::gc::human(quiet)
            )));
        }
        // Nothing in flight: a new session (before the old one ends, so that the handle is
        // never without one), then what happened meanwhile: new marks, packs gone.
        let old = state.presence.take();
        drop(state);
        let renewed = self
            .start_session()
            .and_then(|()| segments::reconcile(self, &self.loaded_segments()));
        if let Some(old) = old {
            let _ = old.end(self);
        }
        if let Err(e) = renewed {
            return Err(self.poison(format!(
                "renewing this client's session after a pause failed ({e}): open the \
                 repository again"
            )));
        }
        Ok(())
    }

    /// Stops this handle from writing: every later store and flush fails with `message`.
    /// Returns the error to report now.
    fn poison(&self, message: String) -> Error {
        let e = Error::conflict(None, message.clone());
        lock(&self.poisoned).get_or_insert(message);
        e
    }

    fn check_poisoned(&self) -> Result<()> {
        match &*lock(&self.poisoned) {
            Some(message) => Err(Error::conflict(None, message.clone())),
            None => Ok(()),
        }
    }

    /// Records that this handle's prune marked `packs` (record `record`): they are no longer
    /// deduplicated against here either. A handle prunes once (`claim_prune`).
    pub(crate) fn marked(&self, record: crate::primitives::id::ObjectId, packs: &HashSet<PackId>) {
        self.index.mark_pending(packs);
        lock(&self.session).known_pending.insert(record);
    }

    /// A handle prunes at most once: after a prune its index no longer matches storage (packs
    /// repacked, marked, deleted), and a second prune judged from it could delete the only
    /// copy of a blob. Open the repository again to prune again.
    pub(crate) fn claim_prune(&self) -> Result<()> {
        if self.pruned.swap(true, Ordering::SeqCst) {
            return Err(Error::conflict(
                None,
                "this repository handle has pruned already and its index is out of date: \
                 open the repository again to prune again",
            ));
        }
        Ok(())
    }

    /// A snapshot was saved: the references made so far are recorded, and a prune keeps what
    /// they need.
    pub(crate) fn committed(&self) {
        self.uncommitted.store(false, Ordering::Relaxed);
    }

    /// This machine's state for the repository, if the handle was opened with a state
    /// directory.
    pub(crate) fn local_state(&self) -> Option<&LocalState> {
        self.state.as_ref()
    }

    /// The timing of sessions and leases this handle was opened with.
    pub(crate) fn lifecycle(&self) -> &Lifecycle {
        &self.lifecycle
    }

    /// Each index segment loaded (at open, or by `load_new_segments`), by name, and the packs
    /// it lists.
    pub(crate) fn loaded_segments(&self) -> Vec<(String, Vec<PackId>)> {
        lock(&self.segment_packs).clone()
    }

    /// Reads the index segments written since this handle loaded the index (by other clients)
    /// and adds what they list. A prune calls it after listing snapshots: every snapshot listed
    /// then refers only to blobs of segments written before it. Segments that cannot be read
    /// are returned (a prune must stop); a failing backend is an error.
    pub(crate) fn load_new_segments(&self) -> Result<Vec<Unreadable>> {
        let mut loaded = lock(&self.segment_packs);
        let known: HashSet<String> = loaded.iter().map(|(n, _)| n.clone()).collect();
        let pending = pending::load(&*self.backend, &self.metadata, self.id, &HashSet::new())?;
        let pending = pending.packs();
        let mut unreadable = Vec::new();
        for o in self.backend.list(ObjectKind::Index.prefix())? {
            if known.contains(&o.name) {
                continue;
            }
            match self.read_segment(&o.name) {
                Ok(segment) => {
                    loaded.push((o.name, segment.packs.iter().map(|p| p.id).collect()));
                    self.index.add_segment(segment, &pending);
                }
                // Replaced since it was listed: what replaced it was written first.
                Err(e) if e.kind() == ErrorKind::NotFound => {}
                Err(error) if is_damage(&error) => unreadable.push(Unreadable {
                    object: o.name,
                    error,
                }),
                Err(e) => return Err(e),
            }
        }
        Ok(unreadable)
    }

    /// Pending-deletion records that could not be read when the repository was opened.
    /// Backups go on (their packs stay unknown as pending, so they may be deduplicated
    /// against); prune refuses to run while there is one.
    pub fn unreadable_pending(&self) -> &[Unreadable] {
        &self.unreadable_pending
    }

    /// Reads every pending-deletion record now.
    pub(crate) fn pending_records(&self) -> Result<PendingRecords> {
        pending::load(&*self.backend, &self.metadata, self.id, &HashSet::new())
    }

    /// Stores another copy of a blob the repository has (a prune repacking it), in a new
    /// pack; durable after the next flush.
    pub(crate) fn store_copy(&self, kind: BlobKind, id: BlobId, plaintext: &[u8]) -> Result<()> {
        self.writer
            .add(&self.wrapping, kind, id, plaintext, self.config.compression)
            .map(|_| ())
    }

    /// Packs found missing by [`Repository::reconcile_packs`] (empty until the first write).
    pub fn missing_packs(&self) -> Vec<MissingPack> {
        lock(&self.missing_packs).clone()
    }

    /// Reads, opens and decodes the index segment `name`.
    pub(crate) fn read_segment(&self, name: &str) -> Result<Segment> {
        segments::read(&*self.backend, self.cache(), &self.metadata, self.id, name)
    }

    /// Seals and stores an index segment under a fresh name.
    pub(crate) fn write_segment(&self, segment: &Segment) -> Result<()> {
        let written = segments::write(
            &*self.backend,
            self.cache(),
            self.config.format,
            &self.metadata,
            self.id,
            segment,
        )?;
        self.writer.wrote(written);
        Ok(())
    }

    /// Rebuilds the index from the trailers and headers of every pack in storage, replacing
    /// every index segment (`repair::run`). Backups may run meanwhile. Open the repository
    /// again to see the new index.
    pub fn repair_index(&self, progress: &dyn Progress) -> Result<RepairReport> {
        repair::run(self, progress)
    }

    /// Seals `body` as the object `object` (magic `magic`) and stores it. Snapshots are
    /// cached as well. (Index segments have their own path, `segments`, usable before a
    /// handle exists.)
    pub(crate) fn put_sealed(&self, object: Object, magic: &[u8; 8], body: &[u8]) -> Result<()> {
        let Some(id) = object.sealed_id() else {
            return Err(Error::internal("not a sealed object"));
        };
        let bytes = sealed::seal(
            self.config.format,
            object.kind(),
            &self.metadata,
            magic,
            self.id,
            id,
            body,
        )?;
        let name = object.name();
        self.backend.put(&name, &bytes)?;
        if let Some(cache) = self.cache()
            && object.kind() == ObjectKind::Snapshot
        {
            cache.put(&name, &bytes);
        }
        Ok(())
    }

    /// Reads the sealed object `object` (at most its kind's size) and opens it; snapshots
    /// through the cache.
    pub(crate) fn get_sealed(&self, object: Object, magic: &[u8; 8]) -> Result<Vec<u8>> {
        let Some(id) = object.sealed_id() else {
            return Err(Error::internal("not a sealed object"));
        };
        let name = object.name();
        let max = object.kind().max_len();
        let cache = self
            .cache()
            .filter(|_| object.kind() == ObjectKind::Snapshot);
        cache::fetch(&*self.backend, cache, &name, max, |bytes| {
            let (_, body) = sealed::open(
                object.kind(),
                &self.metadata,
                magic,
                self.id,
                Some(id),
                bytes,
                &name,
            )?;
            Ok(body)
        })
    }

    /// A short code derived from the repository key and id: two devices that show the same
    /// code hold the same repository key. Six groups of five digits.
    pub fn fingerprint(&self) -> String {
        let digest = self
            .master
            .fingerprint_key()
            .fingerprint(self.id.as_bytes());
        digest
            .chunks_exact(5)
            .take(6)
            .map(|c| {
                let v = c.iter().fold(0u64, |acc, &b| (acc << 8) | u64::from(b));
                format!("{:05}", v % 100_000)
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The key slots: add, list, remove, change a passphrase.
    pub fn keys(&self) -> KeyRing<'_> {
        KeyRing::new(self)
    }

    /// The slot this handle was opened (or created) with.
    pub fn opened_with(&self) -> Option<SlotId> {
        *lock(&self.opened_with)
    }

    /// Records that `slot` is now the one this handle (and this machine) uses.
    pub(crate) fn opened_with_now(&self, slot: SlotId) {
        *lock(&self.opened_with) = Some(slot);
        if let Some(state) = &self.state {
            let _ = state.set_last_slot(slot); // best effort, as in `open_with`
        }
    }
}

impl Drop for Repository {
    fn drop(&mut self) {
        let presence = lock(&self.session).presence.take();
        if let Some(presence) = presence {
            // Best effort: a session left behind expires by age.
            let _ = presence.end(self);
        }
    }
}

#[cfg(test)]
mod tests;
