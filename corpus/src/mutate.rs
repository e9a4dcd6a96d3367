//! "Next version": changes a tree the way a day of work does.

use std::fs;
use std::io::{self, Seek, SeekFrom, Write};
use std::path::Path;

use crate::content::{self, PAGE};
use crate::rng::Rng;
use crate::tree::list_files;

/// What one mutation did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Changes {
    /// Files edited in place (same size, a few bytes changed).
    pub edited: usize,
    /// Large files with bytes inserted and deleted in the middle.
    pub spliced: usize,
    /// Database pages rewritten in place.
    pub pages: usize,
    /// New files.
    pub created: usize,
    /// Deleted files.
    pub deleted: usize,
    /// Renamed files.
    pub renamed: usize,
    /// Files whose modification time changed but not their contents.
    pub touched: usize,
}

/// Applies one day of changes to the tree under `root`, deterministically for a given tree
/// and `seed` (use the version number as the seed for a series of versions).
pub fn mutate(root: &Path, seed: u64) -> io::Result<Changes> {
    let mut rng = Rng::new(seed ^ 0x6d75_7461_7465);
    let idents = content::identifiers(&mut Rng::new(seed), 200);
    let mut files = list_files(root)?;
    // The sparse image and the database have their own kinds of change.
    files.retain(|p| !p.ends_with("vm/disk.img") && !p.ends_with("db/app.db"));
    let mut ch = Changes::default();
    if files.is_empty() {
        return Ok(ch);
    }

    // Small in-place edits: a few bytes of 0.5% of the files.
    for f in &files {
        if !rng.chance_per_mille(5) {
            continue;
        }
        let mut data = fs::read(f)?;
        if data.is_empty() {
            continue;
        }
        for _ in 0..rng.range(1, 4) {
            let at = rng.below(data.len() as u64) as usize;
            data[at] = data[at].wrapping_add(1 + rng.below(200) as u8);
        }
        write_keeping_mode(f, &data)?;
        ch.edited += 1;
    }

    // Inserts and deletes in the middle of the two largest files (content-defined chunking
    // should store only the chunks around them).
    let mut by_size: Vec<(u64, &std::path::PathBuf)> = files
        .iter()
        .map(|f| Ok((fs::metadata(f)?.len(), f)))
        .collect::<io::Result<_>>()?;
    by_size.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    for (len, f) in by_size.iter().take(2) {
        if *len < 4096 {
            continue;
        }
        let mut data = fs::read(f)?;
        let at = data.len() / 3 + rng.below(data.len() as u64 / 3) as usize;
        let mut insert = vec![0u8; rng.range(1, 10_000) as usize];
        rng.fill(&mut insert);
        data.splice(at..at, insert);
        let del = 2 * data.len() / 3;
        let del_len = (rng.range(1, 10_000) as usize).min(data.len() - del);
        data.drain(del..del + del_len);
        write_keeping_mode(f, &data)?;
        ch.spliced += 1;
    }

    // The database: 1% of its pages rewritten in place.
    let db = root.join("db/app.db");
    if let Ok(meta) = fs::metadata(&db) {
        let pages = meta.len() / PAGE as u64;
        let mut f = fs::OpenOptions::new().write(true).open(&db)?;
        for _ in 0..(pages / 100).max(1) {
            let p = rng.below(pages.max(1));
            f.seek(SeekFrom::Start(p * PAGE as u64))?;
            f.write_all(&content::database_page(&mut rng, p))?;
            ch.pages += 1;
        }
    }

    // Deletions and renames (0.2% each), then new files (0.5%, at least one).
    for f in &files {
        if !f.exists() {
            continue;
        }
        if rng.chance_per_mille(2) {
            fs::remove_file(f)?;
            ch.deleted += 1;
        } else if rng.chance_per_mille(2) {
            let name = f.file_name().and_then(|n| n.to_str()).unwrap_or("file");
            fs::rename(f, f.with_file_name(format!("renamed-{name}")))?;
            ch.renamed += 1;
        }
    }
    for i in 0..(files.len() / 200).max(1) {
        let near = &files[rng.below(files.len() as u64) as usize];
        let dir = near.parent().unwrap_or(root);
        if dir.exists() {
            let len = rng.range(100, 50_000) as usize;
            fs::write(
                dir.join(format!("new-v{seed}-{i}.txt")),
                content::source(&mut rng, &idents, len),
            )?;
            ch.created += 1;
        }
    }

    // One file touched: new modification time, same bytes.
    if let Some(f) = files.iter().find(|f| f.exists()) {
        let later =
            fs::metadata(f)?.modified()? + std::time::Duration::from_secs(3600 * (1 + seed));
        fs::File::options()
            .write(true)
            .open(f)?
            .set_modified(later)?;
        ch.touched += 1;
    }
    Ok(ch)
}

/// Rewrites a file's contents, keeping its permissions (read-only files included).
fn write_keeping_mode(path: &Path, data: &[u8]) -> io::Result<()> {
    let perms = fs::metadata(path)?.permissions();
    let mut writable = perms.clone();
    #[allow(clippy::permissions_set_readonly_false)]
    writable.set_readonly(false);
    fs::set_permissions(path, writable)?;
    fs::write(path, data)?;
    fs::set_permissions(path, perms)
}
