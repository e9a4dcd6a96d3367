//! Writes a realistic mixed directory tree of a requested size.

use std::fs;
use std::io::{self, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use crate::content::{self, PAGE};
use crate::rng::Rng;

/// What to generate.
#[derive(Clone, Debug)]
pub struct Options {
    /// Approximate bytes of file contents (sparse files count their data, not their holes).
    pub size: u64,
    /// Seed: the same seed and size give the same tree, byte for byte.
    pub seed: u64,
    /// Also write the awkward cases a backup tool must survive: non-UTF-8 and 255-byte names,
    /// dangling symlinks, hard links, empty directories. Off for trees that go into git.
    pub exotic: bool,
}

/// What was written.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Regular files.
    pub files: usize,
    /// Directories, the root excluded.
    pub dirs: usize,
    /// Symbolic links.
    pub symlinks: usize,
    /// Bytes of file contents written (holes excluded).
    pub bytes: u64,
}

/// Log-uniform size between `lo` and `hi`: many small files, a few large ones, as in real trees.
fn size_between(rng: &mut Rng, lo: u64, hi: u64) -> u64 {
    let (l, h) = ((lo.max(1) as f64).ln(), (hi.max(2) as f64).ln());
    let u = rng.below(1 << 30) as f64 / (1u64 << 30) as f64;
    (l + u * (h - l)).exp() as u64
}

struct Writer<'a> {
    root: &'a Path,
    summary: Summary,
}

impl Writer<'_> {
    fn dir(&mut self, rel: &Path) -> io::Result<PathBuf> {
        let p = self.root.join(rel);
        if !p.exists() {
            fs::create_dir_all(&p)?;
            self.summary.dirs += rel.components().count().max(1);
        }
        Ok(p)
    }

    fn file(&mut self, rel: impl AsRef<Path>, data: &[u8]) -> io::Result<()> {
        let rel = rel.as_ref();
        if let Some(parent) = rel.parent() {
            self.dir(parent)?;
        }
        fs::write(self.root.join(rel), data)?;
        self.summary.files += 1;
        self.summary.bytes += data.len() as u64;
        Ok(())
    }
}

/// Writes the tree under `root` (created if missing; should be empty).
pub fn generate(root: &Path, opts: &Options) -> io::Result<Summary> {
    fs::create_dir_all(root)?;
    let mut rng = Rng::new(opts.seed);
    let idents = content::identifiers(&mut rng, 3000);
    let mut w = Writer {
        root,
        summary: Summary::default(),
    };
    let total = opts.size.max(64 * 1024);
    let budget = |percent: u64| total * percent / 100;

    // Source code: many small files in nested modules.
    let mut r = rng.fork(1);
    let mut left = budget(25);
    let mut n = 0;
    while left > 0 {
        let len = size_between(&mut r, 200, 120_000).min(left);
        let ext = ["rs", "c", "h", "py", "js", "go"][r.below(6) as usize];
        let rel = format!("src/mod{}/part{}/file{n:04}.{ext}", r.below(12), r.below(6));
        w.file(rel, &content::source(&mut r, &idents, len as usize))?;
        left -= len;
        n += 1;
    }

    // Documents.
    let mut r = rng.fork(2);
    let mut left = budget(10);
    let mut n = 0;
    while left > 0 {
        let len = size_between(&mut r, 2_000, 2_000_000).min(left);
        let ext = ["md", "txt", "csv", "html"][r.below(4) as usize];
        w.file(
            format!(
                "docs/{}/doc{n:03}.{ext}",
                ["reports", "notes", "specs"][r.below(3) as usize]
            ),
            &content::prose(&mut r, len as usize),
        )?;
        left -= len;
        n += 1;
    }

    // Media: already compressed, a few large files.
    let mut r = rng.fork(3);
    let mut left = budget(25);
    let mut n = 0;
    while left > 0 {
        let len = size_between(&mut r, 100_000, 12_000_000).min(left);
        let (dir, ext) = if r.chance(80) {
            (format!("media/photos/{}", 2019 + r.below(7)), "jpg")
        } else {
            ("media/video".to_string(), "mp4")
        };
        w.file(
            format!("{dir}/IMG_{n:04}.{ext}"),
            &content::media(&mut r, len as usize),
        )?;
        left -= len;
        n += 1;
    }

    // Executables and libraries, with the usual version symlinks.
    let mut r = rng.fork(4);
    let mut left = budget(15);
    let mut n = 0;
    while left > 0 {
        let len = size_between(&mut r, 20_000, 6_000_000).min(left);
        let data = content::executable(&mut r, &idents, len as usize);
        if n % 2 == 1 {
            w.file(format!("bin/tool{n}"), &data)?;
            set_mode(&root.join(format!("bin/tool{n}")), 0o755)?;
        } else {
            w.file(format!("lib/libmod{n}.so.1"), &data)?;
            symlink(
                &mut w,
                format!("libmod{n}.so.1"),
                format!("lib/libmod{n}.so"),
            )?;
        }
        left -= len;
        n += 1;
    }

    // A database file of pages (the mutator edits pages in place).
    let mut r = rng.fork(5);
    let pages = (budget(10) as usize / PAGE).max(4);
    let mut db = Vec::with_capacity(pages * PAGE);
    for p in 0..pages {
        db.extend_from_slice(&content::database_page(&mut r, p as u64));
    }
    w.file("db/app.db", &db)?;

    // Sparse files: a disk image with holes, four times larger than its data.
    let mut r = rng.fork(6);
    let data_len = budget(5).max(PAGE as u64);
    w.dir(Path::new("vm"))?;
    let mut f = fs::File::create(root.join("vm/disk.img"))?;
    f.set_len(data_len * 4)?;
    let extents = 4;
    for e in 0..extents {
        let at = (data_len * 4 / extents) * e;
        let len = (data_len / extents) as usize;
        f.seek(SeekFrom::Start(at))?;
        f.write_all(&content::executable(&mut r, &idents, len))?;
    }
    w.summary.files += 1;
    w.summary.bytes += data_len / extents * extents;

    // Many tiny files: dotfiles, a wide directory, a deep one.
    let mut r = rng.fork(7);
    let mut left = budget(2);
    let mut n = 0;
    while left > 0 {
        let data = content::tiny(&mut r, &idents);
        let rel = match n % 3 {
            0 => format!("home/.config/app{}/setting{n}.conf", r.below(20)),
            1 => format!("wide/entry{n:05}.txt"),
            _ => format!("home/.cache/{:02x}/{:02x}/obj{n}", r.below(16), r.below(16)),
        };
        left = left.saturating_sub(data.len() as u64);
        w.file(rel, &data)?;
        n += 1;
    }
    let deep: PathBuf = (0..40).map(|i| format!("level{i:02}")).collect();
    w.file(deep.join("bottom.txt"), b"the bottom of a deep tree\n")?;
    w.file("home/empty-file", b"")?;

    // Duplicates: whole copies of files, and a bundle that repeats regions of other files.
    let mut r = rng.fork(8);
    let mut left = budget(7);
    let mut sources = list_files(root)?;
    sources.retain(|p| !p.starts_with(root.join("vm")));
    let mut bundle = Vec::new();
    let mut n = 0;
    while left > 0 && !sources.is_empty() {
        let src = &sources[r.below(sources.len() as u64) as usize];
        let data = fs::read(src)?;
        if data.len() as u64 > left {
            left = left.saturating_sub(1 << 16);
            continue;
        }
        left -= data.len() as u64;
        if n % 2 == 0 {
            let rel = src.strip_prefix(root).expect("under root");
            w.file(Path::new("backup-copy").join(rel), &data)?;
        } else {
            bundle.extend_from_slice(&data);
        }
        n += 1;
    }
    if !bundle.is_empty() {
        w.file("archive/bundle.tar", &bundle)?;
    }

    if opts.exotic {
        exotic(&mut w)?;
    }
    Ok(w.summary)
}

fn symlink(w: &mut Writer<'_>, target: impl AsRef<Path>, rel: impl AsRef<Path>) -> io::Result<()> {
    #[cfg(unix)]
    std::os::unix::fs::symlink(target, w.root.join(rel))?;
    w.summary.symlinks += 1;
    Ok(())
}

fn set_mode(path: &Path, mode: u32) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(path, fs::Permissions::from_mode(mode))?;
    }
    let _ = (path, mode);
    Ok(())
}

/// The awkward cases: names that are not UTF-8, 255 bytes long or hold a newline, a dangling
/// symlink, a symlink to a directory, a hard link, empty directories, a read-only file.
fn exotic(w: &mut Writer<'_>) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::ffi::OsStr;
        use std::os::unix::ffi::OsStrExt;
        let odd = w.dir(Path::new("odd"))?;
        fs::write(
            odd.join(OsStr::from_bytes(b"latin1-\xe9t\xe9.txt")),
            b"not utf-8 name\n",
        )?;
        fs::write(odd.join("x".repeat(255)), b"longest name\n")?;
        fs::write(odd.join("spaces and\nnewline"), b"odd characters\n")?;
        fs::write(odd.join("read-only"), b"mode 0444\n")?;
        set_mode(&odd.join("read-only"), 0o444)?;
        w.summary.files += 4;
        std::os::unix::fs::symlink("does/not/exist", odd.join("dangling"))?;
        std::os::unix::fs::symlink("../src", odd.join("to-dir"))?;
        w.summary.symlinks += 2;
        fs::hard_link(odd.join("read-only"), odd.join("hard-link"))?;
        fs::create_dir_all(odd.join("empty/nested-empty"))?;
        w.summary.dirs += 2;
    }
    Ok(())
}

/// Every regular file under `root`, sorted (deterministic order for the mutator).
pub fn list_files(root: &Path) -> io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir)? {
            let entry = entry?;
            let ty = entry.file_type()?;
            if ty.is_dir() {
                stack.push(entry.path());
            } else if ty.is_file() {
                out.push(entry.path());
            }
        }
    }
    out.sort();
    Ok(out)
}
