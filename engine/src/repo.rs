//! The repository: init, open, store and load blobs, flush, and key-slot management.
//!
//! Write order (`FORMAT.md`, "Write order"): `init` writes the first key slot, then the config
//! (a repository exists once its config does). `flush` writes packs, waits until all are
//! durable, then writes the index segments that list them. A crash at any point leaves a
//! readable repository: at worst packs that no segment lists (unreferenced, ignored) or a
//! temporary file the backend ignores. Nothing is ever rewritten in place.

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
use crate::slots::{Credential, KdfParams, RecoveryKey, Slot, SlotInfo, SlotKind};
use crate::writer::{Writer, WriterConfig, pack_name};

/// Most entries written to one index segment.
const SEGMENT_MAX_ENTRIES: usize = 1 << 16;
/// Most key slots `open` will look at: a hostile repository cannot make it try forever.
const MAX_SLOTS: usize = 64;

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
    index: Arc<Index>,
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
        Ok(Self::assemble(
            backend,
            id,
            config,
            master,
            Some(slot_id),
            Index::from_segments(vec![]),
        ))
    }

    /// Opens a repository with any key slot that accepts `credential`.
    ///
    /// # Errors
    /// `NotFound` if there is no repository, `UnsupportedFormat` for an unknown format version
    /// (checked before the key), `WrongKey` if no slot accepts the credential, `Integrity` if
    /// the config or an index segment is damaged.
    pub fn open(backend: Arc<dyn Backend>, credential: &Credential) -> Result<Repository> {
        let config_bytes = backend.get(CONFIG_NAME).map_err(|e| match e.kind() {
            ErrorKind::NotFound => Error::not_found(
                CONFIG_NAME,
                "no sealvault repository here (no config object)",
            ),
            _ => e,
        })?;
        let id = config::peek_repo_id(&config_bytes)?;
        let (master, slot) = unlock(&*backend, id, credential)?;
        let config = RepoConfig::open(&master.metadata_key(), id, config_bytes)?;
        let index = load_index(&*backend, &master.metadata_key(), id)?;
        Ok(Self::assemble(
            backend,
            id,
            config,
            master,
            Some(slot),
            index,
        ))
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
            index,
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
            let object = ObjectId::random()?;
            let bytes = sealed::seal(
                &self.metadata,
                SEGMENT_MAGIC,
                self.id,
                object,
                &seg.encode(),
            )?;
            self.backend.put(&format!("index/{object}"), &bytes)?;
            self.writer.wrote(bytes.len() as u64);
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
        let bytes = self.backend.get(&name)?;
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
            let slot = Slot::decode(&self.backend.get(&name)?, &name)?;
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

    /// Removes a key slot. Refuses to remove the last one.
    pub fn remove_key(&self, id: SlotId) -> Result<()> {
        let slots = self.list_keys()?;
        if !slots.iter().any(|s| s.id == id) {
            return Err(Error::not_found(slot_name(&id), "no such key slot"));
        }
        if slots.len() < 2 {
            return Err(Error::invalid_input(
                "refusing to remove the last key slot: the repository would be lost",
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

/// Tries the key slots of repository `repo` with `credential`. Damaged or foreign slots are
/// skipped (one bad slot must not lock the owner out) but named in the error if nothing opens.
fn unlock(
    backend: &dyn Backend,
    repo: RepoId,
    credential: &Credential,
) -> Result<(MasterKey, SlotId)> {
    let names = slot_names(backend)?;
    let (mut tried, mut damaged, mut foreign) = (0, Vec::new(), Vec::new());
    for name in names.iter().take(MAX_SLOTS) {
        let slot = match backend.get(name).and_then(|b| Slot::decode(&b, name)) {
            Ok(slot) => slot,
            Err(e) if e.kind() == ErrorKind::NotFound => continue,
            Err(_) => {
                damaged.push(name.as_str());
                continue;
            }
        };
        if slot.repo() != repo {
            foreign.push(name.as_str());
            continue;
        }
        tried += 1;
        if let Some(master) = slot.unlock(credential)? {
            return Ok((master, slot.info.id));
        }
    }
    match (tried, damaged.first()) {
        (0, Some(first)) => Err(Error::integrity(
            *first,
            "key slot is damaged and no other slot is usable",
        )),
        (0, None) => Err(Error::integrity(
            CONFIG_NAME,
            format!(
                "no key slot belongs to this repository id (config or key slots damaged; other slots: {})",
                foreign.join(", ")
            ),
        )),
        (_, None) => Err(Error::wrong_key(None)),
        (_, Some(_)) => Err(Error::wrong_key(Some(format!(
            "{} damaged key slot(s) skipped: {}",
            damaged.len(),
            damaged.join(", ")
        )))),
    }
}

/// Reads and decodes every index segment, in parallel.
fn load_index(backend: &dyn Backend, key: &MetadataKey, repo: RepoId) -> Result<Index> {
    let names: Vec<String> = backend
        .list("index/")?
        .into_iter()
        .map(|o| o.name)
        .collect();
    let segments = names
        .par_iter()
        .map(|name| {
            let id = ObjectId::from_hex(name.trim_start_matches("index/")).map_err(|_| {
                Error::integrity(name.as_str(), "index object name is not an object id")
            })?;
            let bytes = backend.get(name)?;
            let (_, body) = sealed::open(key, SEGMENT_MAGIC, repo, Some(id), bytes, name)?;
            Segment::decode(&body, name)
        })
        .collect::<Result<Vec<Segment>>>()?;
    Ok(Index::from_segments(segments))
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
            kdf: KdfParams::new(64, 1, 1).unwrap(),
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
