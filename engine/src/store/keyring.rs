//! The repository's key slots as a whole: unlocking (within a budget), and adding, listing,
//! removing and replacing slots. Only `keys/` objects are touched, never data.
//!
//! Unlocking reads the slot this machine used last by name, then at most [`MAX_SLOTS`]
//! slot-sized objects from the listing, and tries those of the credential's kind, the
//! remembered one first, then the cheapest, until the [`UnlockBudget`] is spent
//! (`SECURITY.md`, "Hostile repositories").

use crate::backend::Backend;
use crate::error::{Error, ErrorKind, Result};
use crate::primitives::id::{RepoId, SlotId};
use crate::primitives::keys::MasterKey;
use crate::store::layout::{Object, ObjectKind};
use crate::store::repo::{Repository, is_damage};
use crate::store::slots::{
    Credential, KdfParams, RecoveryKey, RecoveryShare, SLOT_LEN, Slot, SlotInfo, SlotKind,
    UnlockBudget,
};

/// Most objects of a slot's size `open` reads from a listing (each costs a request; the key
/// derivation they ask for is bounded by [`UnlockBudget`]). The slot this machine used last is
/// read by name first, whatever the listing holds.
const MAX_SLOTS: usize = 1024;

/// Writes a new slot wrapping `master` for `credential`; returns its id.
pub(crate) fn write_slot(
    backend: &dyn Backend,
    master: &MasterKey,
    repo: RepoId,
    credential: &Credential,
    kdf: KdfParams,
) -> Result<SlotId> {
    let id = SlotId::random()?;
    let bytes = Slot::create(master, credential, kdf, repo, id, crate::store::unix_now())?;
    backend.put(&Object::Key(id).name(), &bytes)?;
    Ok(id)
}

/// The key slots of an open repository ([`Repository::keys`]).
pub struct KeyRing<'a> {
    repo: &'a Repository,
}

impl<'a> KeyRing<'a> {
    pub(crate) fn new(repo: &'a Repository) -> KeyRing<'a> {
        KeyRing { repo }
    }

    /// Adds a key slot for `credential` (the master key wrapped again; no data is touched).
    pub fn add(&self, credential: &Credential, kdf: KdfParams) -> Result<SlotId> {
        let r = self.repo;
        write_slot(&**r.backend(), r.master(), r.id(), credential, kdf)
    }

    /// Adds a recovery-key slot and returns the key, whose text must be shown to the user
    /// once: it is stored nowhere.
    pub fn add_recovery_key(&self) -> Result<(SlotId, RecoveryKey)> {
        let key = RecoveryKey::generate()?;
        let slot = self.add(
            &Credential::RecoveryKey(key.duplicate()),
            KdfParams::DEFAULT,
        )?;
        Ok((slot, key))
    }

    /// Adds a slot that any `threshold` of `shares` recovery shares open, and returns the
    /// shares, which must be handed out once (one per recovery contact): the secret they split
    /// is stored nowhere. Needs `2 <= threshold <= shares <= 255`.
    pub fn add_recovery_shares(
        &self,
        threshold: u8,
        shares: u8,
    ) -> Result<(SlotId, Vec<RecoveryShare>)> {
        let (secret, dealt) = crate::store::slots::deal(threshold, shares)?;
        let slot = self.add(&Credential::RecoveryShares(secret), KdfParams::DEFAULT)?;
        Ok((slot, dealt))
    }

    /// Every key slot of this repository, oldest first.
    ///
    /// # Errors
    /// `Integrity` naming the slot if one is damaged.
    pub fn list(&self) -> Result<Vec<SlotInfo>> {
        let backend = &**self.repo.backend();
        let mut out = Vec::new();
        for o in backend.list(ObjectKind::Key.prefix())? {
            let slot = read_slot(backend, &o.name)?;
            if slot.repo() == self.repo.id() {
                out.push(slot.info);
            }
        }
        out.sort_by_key(|s| (s.created, s.id));
        Ok(out)
    }

    /// Removes a key slot. Refuses to remove the last one, and the one the repository was
    /// opened with unless `force` (the caller may be about to lose its only way in).
    ///
    /// Removing a slot does not revoke anyone who copied it: the slot wraps the same master
    /// key, so a copy put back (or kept) still opens the repository. Revoking needs a new
    /// master key (rotation; `SECURITY.md`).
    pub fn remove(&self, id: SlotId, force: bool) -> Result<()> {
        let slots = self.list()?;
        let name = Object::Key(id).name();
        if !slots.iter().any(|s| s.id == id) {
            return Err(Error::not_found(name, "no such key slot"));
        }
        if slots.len() < 2 {
            return Err(Error::invalid_input(
                "refusing to remove the last key slot: the repository would be lost",
            ));
        }
        if !force && self.repo.opened_with() == Some(id) {
            return Err(Error::invalid_input(
                "refusing to remove the key slot this repository was opened with (force to remove it anyway)",
            ));
        }
        self.repo.backend().delete(&name)
    }

    /// Replaces the passphrase slot the repository was opened with by one for `new`: the new
    /// slot is written first, then the old one removed, so a crash in between leaves both
    /// working. The old slot is not revoked (see [`KeyRing::remove`]).
    pub fn change_passphrase(&self, new: &Credential, kdf: KdfParams) -> Result<SlotId> {
        if new.kind() != SlotKind::Passphrase {
            return Err(Error::invalid_input(
                "the new credential must be a passphrase",
            ));
        }
        let old_info = match self.repo.opened_with() {
            Some(old) => self.list()?.into_iter().find(|s| s.id == old),
            None => None,
        };
        let Some(old_info) = old_info.filter(|s| s.kind == SlotKind::Passphrase) else {
            return Err(Error::invalid_input(
                "this repository was not opened with a passphrase; add a slot and remove the old one",
            ));
        };
        let new_id = self.add(new, kdf)?;
        self.repo.opened_with_now(new_id);
        self.repo
            .backend()
            .delete(&Object::Key(old_info.id).name())?;
        Ok(new_id)
    }
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
    if Object::parse(name) != Some(Object::Key(slot.info.id)) {
        return Err(Error::integrity(
            name,
            "key slot id differs from its object name",
        ));
    }
    Ok(slot)
}

/// The slots `unlock` may try, and what it skipped on the way.
#[derive(Default)]
struct Candidates {
    slots: Vec<Slot>,
    damaged: Vec<String>,
    foreign: Vec<String>,
}

/// Reads the remembered slot by name, then at most [`MAX_SLOTS`] slot-sized objects.
fn candidates(
    backend: &dyn Backend,
    repo: RepoId,
    preferred: Option<SlotId>,
) -> Result<Candidates> {
    let mut c = Candidates::default();
    let preferred_name = preferred.map(|p| Object::Key(p).name());
    if let Some(name) = &preferred_name {
        match read_slot(backend, name) {
            Ok(slot) if slot.repo() == repo => c.slots.push(slot),
            Ok(_) => c.foreign.push(name.clone()),
            Err(e) if is_damage(&e) => {}
            Err(e) => return Err(e),
        }
    }
    let mut listed = backend.list(ObjectKind::Key.prefix())?;
    listed.sort_by(|a, b| a.name.cmp(&b.name));
    let mut reads = 0;
    for o in listed {
        if Some(&o.name) == preferred_name.as_ref() {
            continue;
        }
        // Objects of another size are not slots: skipped unread.
        if o.size != SLOT_LEN as u64 {
            c.damaged.push(o.name);
            continue;
        }
        // Every read costs a request: a listing of a million junk slots must not.
        if reads == MAX_SLOTS {
            break;
        }
        reads += 1;
        match read_slot(backend, &o.name) {
            Ok(slot) if slot.repo() != repo => c.foreign.push(o.name),
            Ok(slot) => c.slots.push(slot),
            Err(e) if e.kind() == ErrorKind::NotFound => {}
            Err(e) if is_damage(&e) => c.damaged.push(o.name),
            Err(e) => return Err(e),
        }
    }
    c.damaged.sort();
    Ok(c)
}

/// Tries the key slots of repository `repo` with `credential` within `budget`, the slot
/// `preferred` first, then the cheapest. Damaged, renamed or foreign slots are skipped (one
/// bad slot must not lock the owner out) and named in the error if nothing opens.
pub(crate) fn unlock(
    backend: &dyn Backend,
    repo: RepoId,
    credential: &Credential,
    budget: &UnlockBudget,
    preferred: Option<SlotId>,
) -> Result<(MasterKey, SlotId)> {
    let mut c = candidates(backend, repo, preferred)?;
    let cost = |s: &Slot| s.info.kdf.map_or(0, |k| k.cost());
    c.slots
        .sort_by_key(|s| (Some(s.info.id) != preferred, cost(s), s.info.id));
    let (mut tried, mut spent, mut too_costly, mut exhausted) = (0, 0u64, Vec::new(), false);
    for slot in c.slots.iter().filter(|s| s.info.kind == credential.kind()) {
        if let Some(k) = slot.info.kdf {
            if k.memory_kib() > budget.max_memory_kib {
                too_costly.push(Object::Key(slot.info.id).name());
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
    if c.slots.is_empty() {
        return Err(match c.damaged.first() {
            Some(first) => Error::integrity(
                first.as_str(),
                "key slot is damaged and no other slot is usable",
            ),
            None => Error::integrity(
                Object::Config.name(),
                format!(
                    "no key slot belongs to this repository id (config or key slots damaged; other slots: {})",
                    first_names(&c.foreign)
                ),
            ),
        });
    }
    let mut notes = Vec::new();
    if !c.damaged.is_empty() {
        notes.push(format!(
            "{} damaged key slot(s) skipped: {}",
            c.damaged.len(),
            first_names(&c.damaged)
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
    Err(Error::wrong_key(
        (!notes.is_empty()).then(|| notes.join("; ")),
    ))
}
