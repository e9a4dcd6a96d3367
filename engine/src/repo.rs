//! The repository: init, open, store and load blobs, flush, and key-slot management.
//!
//! Write order (`FORMAT.md`, "Write order"): `init` writes the first key slot, then the config
//! (a repository exists once its config does). `flush` writes packs, waits until all are
//! durable, then writes the index segments that list them. A crash at any point leaves a
//! readable repository: at worst packs that no segment lists (unreferenced, ignored) or a
//! temporary file the backend ignores. Nothing is ever rewritten in place.

use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use rayon::prelude::*;

use crate::backend::Backend;
use crate::chunk::{Chunker, ChunkerConfig};
use crate::compress::Compression;
use crate::config::{self, CONFIG_NAME, RepoConfig};
use crate::error::{Error, ErrorKind, Result};
use crate::id::{BlobId, ObjectId, PackId, RepoId, SlotId};
use crate::index::{Index, IndexStats, Reservation, SEGMENT_MAGIC, Segment};
use crate::keys::{ChunkIdKey, MasterKey, MetadataKey, WrappingKey};
use crate::pack::{self, BlobKind};
use crate::sealed;
use crate::slots::{
    Credential, KdfParams, RecoveryKey, SLOT_LEN, Slot, SlotInfo, SlotKind, UnlockBudget,
};
use crate::state::LocalState;
use crate::writer::{Writer, WriterConfig, pack_name};

/// Most entries written to one index segment.
pub(crate) const SEGMENT_MAX_ENTRIES: usize = 1 << 16;
/// Most bytes an index segment may hold: a full segment (65,536 blobs, at most as many packs)
/// is about 9 MiB.
const MAX_SEGMENT_LEN: u64 = 16 << 20;
/// Most bytes a config object may hold (it holds about 100).
const MAX_CONFIG_LEN: u64 = 4096;
/// Most objects of a slot's size `open` reads from a listing (each costs a request; the key
/// derivation they ask for is bounded by [`UnlockBudget`]). The slot this machine used last is
/// read by name first, whatever the listing holds.
const MAX_SLOTS: usize = 1024;

/// How to open a repository.
#[derive(Clone, Debug, Default)]
pub struct OpenOptions {
    /// Root of the local state directory (one folder per repository id inside), where this
    /// machine remembers what it must not forget: the key slot it opened last, tried first.
    /// `None` remembers nothing. Unlike a cache, it must not be deleted. The CLI uses
    /// `$XDG_STATE_HOME/sealvault`.
    pub state_dir: Option<PathBuf>,
    /// How much key derivation `open` may do in all.
    pub unlock_budget: UnlockBudget,
}

/// A stored object that could not be read, and why. Operations go on without it and report
/// it; anything that deletes data must refuse to run while there is one.
#[derive(Debug)]
pub struct Unreadable {
    /// The object's name (`index/<id>`, `snapshots/<id>`).
    pub object: String,
    /// What is wrong with it.
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

/// A pack the index lists that storage does not have as indexed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MissingPack {
    /// The pack.
    pub id: PackId,
    /// What is wrong (missing, or another size).
    pub problem: String,
    /// Blobs dropped from the index with it: they are stored again when next met.
    pub blobs: usize,
}

/// Parameters chosen at `init`.
#[derive(Clone, Debug)]
pub struct InitOptions {
    /// Chunk sizes (default [`ChunkerConfig::DEFAULT`]).
    pub chunker: ChunkerConfig,
    /// Default compression (default [`Compression::DEFAULT`]).
    pub compression: Compression,
    /// Pack target size in bytes (default [`RepoConfig::DEFAULT_PACK_SIZE`]).
    pub pack_size: u32,
    /// Argon2id costs of the first slot, when it is a passphrase (default [`KdfParams::DEFAULT`]).
    pub kdf: KdfParams,
}

impl Default for InitOptions {
    fn default() -> Self {
        InitOptions {
            chunker: ChunkerConfig::DEFAULT,
            compression: Compression::DEFAULT,
            pack_size: RepoConfig::DEFAULT_PACK_SIZE,
            kdf: KdfParams::DEFAULT,
        }
    }
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
    segment_packs: Vec<(String, Vec<PackId>)>,
    /// Set once the index has been compared with the packs in storage (before the first
    /// write); the packs found missing then.
    reconciled: AtomicBool,
    missing_packs: Mutex<Vec<MissingPack>>,
    writer: Writer,
    flush_lock: Mutex<()>,
}

impl std::fmt::Debug for Repository {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Repository")
            .field("id", &self.id)
            .field("config", &self.config)
            .finish_non_exhaustive()
    }
}

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

fn slot_name(id: &SlotId) -> String {
    format!("keys/{id}")
}

impl Repository {
    /// Creates a repository in an empty backend, with one key slot for `credential`.
    pub fn init(
        backend: Arc<dyn Backend>,
        credential: &Credential,
        options: &InitOptions,
    ) -> Result<Repository> {
        let config = RepoConfig {
            chunker: options.chunker,
            compression: options.compression,
            pack_size: options.pack_size,
            created: now(),
        };
        config.validate()?;
        if backend.exists(CONFIG_NAME)? {
            return Err(Error::already_exists(
                CONFIG_NAME,
                "a repository already exists here",
            ));
        }
        let master = MasterKey::generate()?;
        let id = RepoId::random()?;
        let slot_id = SlotId::random()?;
        let slot = Slot::create(
            &master,
            credential,
            options.kdf,
            id,
            slot_id,
            config.created,
        )?;
        backend.put(&slot_name(&slot_id), &slot)?;
        backend.put(CONFIG_NAME, &config.seal(&master.metadata_key(), id)?)?;
        let mut repo = Self::assemble(
            backend,
            id,
            config,
            master,
            Some(slot_id),
            Index::from_segments(vec![]),
        );
        // A new repository has no pack to miss.
        repo.reconciled = AtomicBool::new(true);
        Ok(repo)
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
    /// `repair_index` rebuilds them.
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
        let config_bytes = backend
            .get_bounded(CONFIG_NAME, MAX_CONFIG_LEN)
            .map_err(|e| match e.kind() {
                ErrorKind::NotFound => Error::not_found(
                    CONFIG_NAME,
                    "no sealvault repository here (no config object)",
                ),
                _ => e,
            })?;
        let id = config::peek_repo_id(&config_bytes)?;
        let state = match &options.state_dir {
            Some(dir) => Some(LocalState::open(dir, id)?),
            None => None,
        };
        let preferred = state.as_ref().and_then(LocalState::last_slot);
        let (master, slot) = unlock(&*backend, id, credential, &options.unlock_budget, preferred)?;
        if let Some(state) = &state {
            // Best effort: a state directory that cannot be written (a read-only home, one
            // left root-owned by sudo) only loses the ordering, and must not stop a restore.
            let _ = state.set_last_slot(slot);
        }
        let config = RepoConfig::open(&master.metadata_key(), id, config_bytes)?;
        let loaded = load_index(&*backend, &master.metadata_key(), id)?;
        let mut repo = Self::assemble(backend, id, config, master, Some(slot), loaded.index);
        repo.state = state;
        repo.unreadable_index = loaded.unreadable;
        repo.segment_packs = loaded.segment_packs;
        Ok(repo)
    }

    fn assemble(
        backend: Arc<dyn Backend>,
        id: RepoId,
        config: RepoConfig,
        master: MasterKey,
        opened_with: Option<SlotId>,
        index: Index,
    ) -> Repository {
        let index = Arc::new(index);
        let writer = Writer::new(
            WriterConfig {
                repo: id,
                pack_size: config.pack_size as usize,
                uploaders: backend.concurrent_puts().max(1),
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
            segment_packs: Vec::new(),
            reconciled: AtomicBool::new(false),
            missing_packs: Mutex::new(Vec::new()),
            writer,
            flush_lock: Mutex::new(()),
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

    pub(crate) fn metadata_key(&self) -> &MetadataKey {
        &self.metadata
    }

    pub(crate) fn wrapping_key(&self) -> &WrappingKey {
        &self.wrapping
    }

    pub(crate) fn index(&self) -> &Index {
        &self.index
    }

    /// The id a blob with this plaintext has (keyed BLAKE3).
    pub fn blob_id(&self, plaintext: &[u8]) -> BlobId {
        self.ids.blob_id(plaintext)
    }

    /// Whether the repository has this blob (stored, or being stored now).
    pub fn contains(&self, id: &BlobId) -> bool {
        self.index.contains(id)
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
        if !self.reconciled.load(Ordering::Acquire) {
            self.reconcile_packs()?;
        }
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

    /// Index segments that could not be read when the repository was opened (damaged, foreign
    /// or stray objects in `index/`). Their blobs are not in the index: backups store them
    /// again, restores of files that need them fail naming the files; `repair_index` rebuilds
    /// the index from the packs.
    pub fn unreadable_index(&self) -> &[Unreadable] {
        &self.unreadable_index
    }

    /// Compares the index with the packs in storage, once, before the first write: a pack the
    /// index lists but storage lacks (or holds at another size) must not be deduplicated
    /// against, or new snapshots would refer to data that is gone. Its blobs are dropped from
    /// the index (so they are stored again), the index segments that list it are replaced by
    /// segments without it (written first, then the old ones deleted: otherwise the next open
    /// could find a blob at its lost location again), and it is reported by
    /// [`Repository::missing_packs`]. Called by the first store; callable earlier to learn the
    /// result.
    pub fn reconcile_packs(&self) -> Result<Vec<MissingPack>> {
        let mut missing = self
            .missing_packs
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if self.reconciled.load(Ordering::Acquire) {
            return Ok(missing.clone());
        }
        let stored: std::collections::HashMap<String, u64> = self
            .backend
            .list("packs/")?
            .into_iter()
            .map(|o| (o.name, o.size))
            .collect();
        let mut gone = HashSet::new();
        let mut found = Vec::new();
        for (id, state, len) in self.index.pack_states() {
            if state != crate::index::PackState::Persisted {
                continue;
            }
            if stored.get(&pack_name(&id)) == Some(&len) {
                continue;
            }
            // Confirmed one by one: a listing may be incomplete (eventual consistency, a
            // truncated page), and what follows rewrites index segments.
            let problem = match self.backend.head(&pack_name(&id)) {
                Err(e) if e.kind() == ErrorKind::NotFound => "missing from storage".to_string(),
                Err(e) => return Err(e),
                Ok(size) if size != len => format!("{size} bytes in storage, {len} in the index"),
                Ok(_) => continue,
            };
            gone.insert(id);
            found.push(MissingPack {
                id,
                problem,
                blobs: 0,
            });
        }
        if !gone.is_empty() {
            // Count per pack before dropping them all in one pass.
            let mut per_pack: std::collections::HashMap<PackId, usize> = Default::default();
            self.index.for_each_entry(|_, pack| {
                if gone.contains(&pack) {
                    *per_pack.entry(pack).or_default() += 1;
                }
            });
            for f in &mut found {
                f.blobs = per_pack.get(&f.id).copied().unwrap_or(0);
            }
            self.index.drop_packs(&gone);
            self.rewrite_segments_without(&gone)?;
        }
        *missing = found;
        self.reconciled.store(true, Ordering::Release);
        Ok(missing.clone())
    }

    /// Replaces every index segment that lists a pack in `gone` with one that does not.
    fn rewrite_segments_without(&self, gone: &HashSet<PackId>) -> Result<()> {
        for (name, packs) in &self.segment_packs {
            if !packs.iter().any(|p| gone.contains(p)) {
                continue;
            }
            let segment = self.read_segment(name)?;
            let kept = segment.without_packs(gone);
            if !kept.packs.is_empty() {
                self.write_segment(&kept)?;
            }
            self.backend.delete(name)?;
        }
        Ok(())
    }

    /// Reads, opens and decodes the index segment `name`.
    pub(crate) fn read_segment(&self, name: &str) -> Result<Segment> {
        read_segment(&*self.backend, &self.metadata, self.id, name)
    }

    /// Seals and stores an index segment under a fresh name.
    pub(crate) fn write_segment(&self, segment: &Segment) -> Result<()> {
        let object = ObjectId::random()?;
        let bytes = sealed::seal(
            &self.metadata,
            SEGMENT_MAGIC,
            self.id,
            object,
            &segment.encode(),
        )?;
        self.backend.put(&format!("index/{object}"), &bytes)?;
        self.writer.wrote(bytes.len() as u64);
        Ok(())
    }

    /// Packs found missing by [`Repository::reconcile_packs`] (empty until the first write).
    pub fn missing_packs(&self) -> Vec<MissingPack> {
        self.missing_packs
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    /// Reads a blob back: fetches its byte range, authenticates, decompresses and checks the
    /// plaintext against the id. Never returns unverified bytes.
    pub fn load(&self, id: &BlobId) -> Result<Vec<u8>> {
        let (entry, pack) = self.index.lookup(id)?;
        let name = pack_name(&pack.id);
        let what = format!("blob {id} in pack {}", pack.id);
        let mut sealed =
            self.backend
                .get_range(&name, u64::from(entry.offset), u64::from(entry.stored_len))?;
        let key = pack::unwrap_key(&self.wrapping, self.id, &pack.uid, &pack.wrapped, &what)?;
        let mut scratch = Vec::new();
        let plain = pack::open_blob(
            &key.aead(),
            &pack.uid,
            &entry.pack_entry(),
            &mut sealed,
            &self.ids,
            &what,
            &mut scratch,
        )?;
        Ok(plain.to_vec())
    }

    /// Makes every blob stored before this call durable: closes open packs, waits for their
    /// uploads, then writes index segments listing them.
    pub fn flush(&self) -> Result<()> {
        let _one_at_a_time = self
            .flush_lock
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
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
        Ok(())
    }

    /// Bytes this handle has durably written to the backend (packs and index segments).
    pub fn bytes_written(&self) -> u64 {
        self.writer.bytes_written()
    }

    /// Memory use of the index.
    pub fn index_stats(&self) -> IndexStats {
        self.index.stats()
    }

    /// Every pack the index lists.
    pub fn indexed_packs(&self) -> Vec<PackId> {
        let mut ids: Vec<PackId> = self
            .index
            .pack_states()
            .into_iter()
            .filter(|(_, state, _)| *state == crate::index::PackState::Persisted)
            .map(|(id, _, _)| id)
            .collect();
        ids.sort();
        ids
    }

    /// Reads a whole pack and verifies every byte of it: name and checksum, key, header,
    /// padding, and each blob against its id. Returns the number of blobs.
    pub fn verify_pack(&self, id: &PackId) -> Result<usize> {
        let name = pack_name(id);
        // At most the length the index records (a pack not indexed may be as large as any).
        let max = self
            .index
            .pack_states()
            .into_iter()
            .find(|(p, _, _)| p == id)
            .map_or(pack::MAX_PACK_LEN as u64, |(_, _, len)| len);
        let bytes = self.backend.get_bounded(&name, max)?;
        let what = format!("pack {id}");
        let entries = pack::verify_pack(&bytes, *id, &self.wrapping, self.id, &self.ids, &what)?;
        Ok(entries.len())
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

    /// Adds a key slot for `credential` (the master key wrapped again; no data is touched).
    pub fn add_key(&self, credential: &Credential, kdf: KdfParams) -> Result<SlotId> {
        let slot_id = SlotId::random()?;
        let bytes = Slot::create(&self.master, credential, kdf, self.id, slot_id, now())?;
        self.backend.put(&slot_name(&slot_id), &bytes)?;
        Ok(slot_id)
    }

    /// Adds a recovery-key slot and returns the key, whose text must be shown to the user
    /// once: it is stored nowhere.
    pub fn add_recovery_key(&self) -> Result<(SlotId, RecoveryKey)> {
        let key = RecoveryKey::generate()?;
        let slot = self.add_key(
            &Credential::RecoveryKey(key.duplicate()),
            KdfParams::DEFAULT,
        )?;
        Ok((slot, key))
    }

    /// Every key slot of this repository.
    ///
    /// # Errors
    /// `Integrity` naming the slot if one is damaged.
    pub fn list_keys(&self) -> Result<Vec<SlotInfo>> {
        let mut out = Vec::new();
        for name in slot_names(&*self.backend)? {
            let slot = read_slot(&*self.backend, &name)?;
            if slot.repo() == self.id {
                out.push(slot.info);
            }
        }
        out.sort_by_key(|s| (s.created, s.id));
        Ok(out)
    }

    /// The slot this handle was opened (or created) with.
    pub fn opened_with(&self) -> Option<SlotId> {
        *self
            .opened_with
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Removes a key slot. Refuses to remove the last one, and the one this handle was opened
    /// with unless `force` (the caller may be about to lose its only way in).
    ///
    /// Removing a slot does not revoke anyone who copied it: the slot wraps the same master
    /// key, so a copy put back (or kept) still opens the repository. Revoking needs a new
    /// master key (rotation; `SECURITY.md`).
    pub fn remove_key(&self, id: SlotId, force: bool) -> Result<()> {
        let slots = self.list_keys()?;
        if !slots.iter().any(|s| s.id == id) {
            return Err(Error::not_found(slot_name(&id), "no such key slot"));
        }
        if slots.len() < 2 {
            return Err(Error::invalid_input(
                "refusing to remove the last key slot: the repository would be lost",
            ));
        }
        if !force && self.opened_with() == Some(id) {
            return Err(Error::invalid_input(
                "refusing to remove the key slot this repository was opened with (force to remove it anyway)",
            ));
        }
        self.backend.delete(&slot_name(&id))
    }

    /// Replaces the passphrase slot this handle was opened with by one for `new`: the new slot
    /// is written first, then the old one removed, so a crash in between leaves both working.
    pub fn change_passphrase(&self, new: &Credential, kdf: KdfParams) -> Result<SlotId> {
        if new.kind() != SlotKind::Passphrase {
            return Err(Error::invalid_input(
                "the new credential must be a passphrase",
            ));
        }
        let old = self.opened_with();
        let old_info = match old {
            Some(old) => self.list_keys()?.into_iter().find(|s| s.id == old),
            None => None,
        };
        let Some(old_info) = old_info.filter(|s| s.kind == SlotKind::Passphrase) else {
            return Err(Error::invalid_input(
                "this repository was not opened with a passphrase; use add_key and remove_key",
            ));
        };
        let new_id = self.add_key(new, kdf)?;
        if let Some(state) = &self.state {
            let _ = state.set_last_slot(new_id); // best effort, as in `open_with`
        }
        self.backend.delete(&slot_name(&old_info.id))?;
        *self
            .opened_with
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(new_id);
        Ok(new_id)
    }
}

fn slot_names(backend: &dyn Backend) -> Result<Vec<String>> {
    let mut names: Vec<String> = backend.list("keys/")?.into_iter().map(|o| o.name).collect();
    names.sort();
    Ok(names)
}

/// Up to five names, and how many more: an error line stays one line whatever a listing holds.
fn first_names(names: &[String]) -> String {
    let mut s = names.iter().take(5).cloned().collect::<Vec<_>>().join(", ");
    if names.len() > 5 {
        s.push_str(&format!(" and {} more", names.len() - 5));
    }
    s
}

/// Reads and decodes the slot object `name`, which must be exactly a slot's size and carry
/// the id its name gives (a slot copied under another name is not that slot).
fn read_slot(backend: &dyn Backend, name: &str) -> Result<Slot> {
    let slot = Slot::decode(&backend.get_bounded(name, SLOT_LEN as u64)?, name)?;
    if name.strip_prefix("keys/") != Some(slot.info.id.to_hex().as_str()) {
        return Err(Error::integrity(
            name,
            "key slot id differs from its object name",
        ));
    }
    Ok(slot)
}

/// Tries the key slots of repository `repo` with `credential` within `budget`, the slot
/// `preferred` first, then the cheapest. Damaged, renamed or foreign slots are skipped (one
/// bad slot must not lock the owner out) and named in the error if nothing opens.
fn unlock(
    backend: &dyn Backend,
    repo: RepoId,
    credential: &Credential,
    budget: &UnlockBudget,
    preferred: Option<SlotId>,
) -> Result<(MasterKey, SlotId)> {
    let (mut damaged, mut foreign) = (Vec::new(), Vec::new());
    let mut candidates: Vec<Slot> = Vec::new();
    // The slot this machine used last is read by name, before and whatever the listing holds.
    let preferred_name = preferred.map(|p| slot_name(&p));
    if let Some(name) = &preferred_name {
        match read_slot(backend, name) {
            Ok(slot) if slot.repo() == repo => candidates.push(slot),
            Ok(_) => foreign.push(name.clone()),
            Err(e) if is_damage(&e) => {}
            Err(e) => return Err(e),
        }
    }
    let mut listed = backend.list("keys/")?;
    listed.sort_by(|a, b| a.name.cmp(&b.name));
    let mut reads = 0;
    for o in listed {
        if Some(&o.name) == preferred_name.as_ref() {
            continue;
        }
        // Objects of another size are not slots: skipped unread.
        if o.size != SLOT_LEN as u64 {
            damaged.push(o.name);
            continue;
        }
        // Every read costs a request: a listing of a million junk slots must not.
        if reads == MAX_SLOTS {
            break;
        }
        reads += 1;
        match read_slot(backend, &o.name) {
            Ok(slot) if slot.repo() != repo => foreign.push(o.name),
            Ok(slot) => candidates.push(slot),
            Err(e) if e.kind() == ErrorKind::NotFound => {}
            Err(e) if is_damage(&e) => damaged.push(o.name),
            Err(e) => return Err(e),
        }
    }
    let cost = |s: &Slot| s.info.kdf.map_or(0, |k| k.cost());
    candidates.sort_by_key(|s| (Some(s.info.id) != preferred, cost(s), s.info.id));
    damaged.sort();
    let (mut tried, mut spent, mut too_costly, mut exhausted) = (0, 0u64, Vec::new(), false);
    for slot in candidates
        .iter()
        .filter(|s| s.info.kind == credential.kind())
    {
        if let Some(k) = slot.info.kdf {
            if k.memory_kib() > budget.max_memory_kib {
                too_costly.push(format!("keys/{}", slot.info.id));
                continue;
            }
            if spent + k.cost() > budget.max_total_cost {
                exhausted = true;
                break;
            }
            spent += k.cost();
        }
        tried += 1;
        if let Some(master) = slot.unlock(credential)? {
            return Ok((master, slot.info.id));
        }
    }
    let mut notes = Vec::new();
    if !damaged.is_empty() {
        notes.push(format!(
            "{} damaged key slot(s) skipped: {}",
            damaged.len(),
            first_names(&damaged)
        ));
    }
    if !too_costly.is_empty() {
        notes.push(format!(
            "{} slot(s) skipped for asking more than {} MiB of key-derivation memory: {}",
            too_costly.len(),
            budget.max_memory_kib / 1024,
            first_names(&too_costly)
        ));
    }
    if exhausted {
        notes.push(format!(
            "stopped after {tried} slot(s): the key-derivation budget is spent"
        ));
    }
    if candidates.is_empty() {
        return Err(match damaged.first() {
            Some(first) => Error::integrity(
                first.as_str(),
                "key slot is damaged and no other slot is usable",
            ),
            None => Error::integrity(
                CONFIG_NAME,
                format!(
                    "no key slot belongs to this repository id (config or key slots damaged; other slots: {})",
                    first_names(&foreign)
                ),
            ),
        });
    }
    Err(Error::wrong_key(
        (!notes.is_empty()).then(|| notes.join("; ")),
    ))
}

/// What [`load_index`] found.
struct LoadedIndex {
    index: Index,
    unreadable: Vec<Unreadable>,
    segment_packs: Vec<(String, Vec<PackId>)>,
}

/// Reads, opens and decodes the index segment `name`.
fn read_segment(
    backend: &dyn Backend,
    key: &MetadataKey,
    repo: RepoId,
    name: &str,
) -> Result<Segment> {
    let id = ObjectId::from_hex(name.trim_start_matches("index/"))
        .map_err(|_| Error::integrity(name, "index object name is not an object id"))?;
    let bytes = backend.get_bounded(name, MAX_SEGMENT_LEN)?;
    let (_, body) = sealed::open(key, SEGMENT_MAGIC, repo, Some(id), bytes, name)?;
    Segment::decode(&body, name)
}

/// Reads and decodes every index segment, in parallel. Segments that cannot be read (damaged,
/// foreign, too large, or stray objects) are left out and returned beside the index; a
/// failing backend fails the whole load.
fn load_index(backend: &dyn Backend, key: &MetadataKey, repo: RepoId) -> Result<LoadedIndex> {
    let names: Vec<String> = backend
        .list("index/")?
        .into_iter()
        .map(|o| o.name)
        .collect();
    let results: Vec<(String, Result<Segment>)> = names
        .into_par_iter()
        .map(|name| {
            let segment = read_segment(backend, key, repo, &name);
            (name, segment)
        })
        .collect();
    let mut segments = Vec::new();
    let mut unreadable = Vec::new();
    let mut segment_packs = Vec::new();
    for (object, result) in results {
        match result {
            Ok(s) => {
                segment_packs.push((object, s.packs.iter().map(|p| p.id).collect()));
                segments.push(s);
            }
            Err(error) if is_damage(&error) => unreadable.push(Unreadable { object, error }),
            Err(error) => return Err(error),
        }
    }
    unreadable.sort_by(|a, b| a.object.cmp(&b.object));
    Ok(LoadedIndex {
        index: Index::from_segments(segments),
        unreadable,
        segment_packs,
    })
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;
    use crate::backend::MemoryBackend;

    /// Many packs written by several threads: every pack has its own key and uid, and within a
    /// pack every blob nonce (its offset) is distinct, so no (key, nonce) pair ever repeats.
    #[test]
    fn no_key_nonce_pair_repeats_across_many_packs() {
        let backend = Arc::new(MemoryBackend::new());
        let options = InitOptions {
            chunker: ChunkerConfig::new(16 << 10, 64 << 10, 1 << 20, 1).unwrap(),
            pack_size: 1 << 20,
            kdf: KdfParams::insecure_for_tests(64, 1, 1).unwrap(),
            compression: Compression::Off,
        };
        let repo =
            Repository::init(backend.clone(), &Credential::passphrase("p"), &options).unwrap();
        std::thread::scope(|s| {
            for t in 0..4u64 {
                let repo = &repo;
                s.spawn(move || {
                    for i in 0..400u64 {
                        let mut blob = vec![0u8; 4096 + (i as usize % 7) * 1000];
                        blob[..8].copy_from_slice(&(t * 1000 + i).to_le_bytes());
                        repo.store(BlobKind::Data, &blob).unwrap();
                    }
                });
            }
        });
        repo.flush().unwrap();
        let packs = backend.list("packs/").unwrap();
        assert!(packs.len() >= 6, "only {} packs", packs.len());
        let mut keys = HashSet::new();
        let mut uids = HashSet::new();
        let mut blobs = 0;
        for p in &packs {
            let bytes = backend.get(&p.name).unwrap();
            let tail = &bytes[bytes.len() - pack::TRAILER_LEN..];
            let t = pack::parse_trailer(bytes.len() as u64, tail, &p.name).unwrap();
            let key =
                pack::unwrap_key(&repo.wrapping, repo.id, &t.uid, &t.wrapped, &p.name).unwrap();
            assert!(keys.insert(*key.expose()), "pack key reused");
            assert!(uids.insert(t.uid), "pack uid reused");
            let entries = pack::verify_pack(
                &bytes,
                t.checksum,
                &repo.wrapping,
                repo.id,
                &repo.ids,
                &p.name,
            )
            .unwrap();
            let offsets: HashSet<u32> = entries.iter().map(|e| e.offset).collect();
            assert_eq!(offsets.len(), entries.len(), "nonce repeated within a pack");
            blobs += entries.len();
        }
        assert_eq!(blobs, 1600, "{} packs", packs.len());
    }
}
