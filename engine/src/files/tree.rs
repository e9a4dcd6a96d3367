//! Directory listings: the plaintext of `Tree` blobs.
//!
//! A tree is one directory: its entries sorted by name, each with its metadata and its
//! content (file chunk ranges, a subtree id, or a symlink target). The encoding is canonical,
//! so an unchanged directory encodes to the same bytes and deduplicates to the same tree id.
//! The decoder rejects names a hostile repository could use to escape a restore target
//! (empty, `.`, `..`, containing `/` or NUL) and duplicate names. Layout: `FORMAT.md`, "Trees".

use crate::error::{Error, Result};
use crate::primitives::codec::{Put, Reader};
use crate::primitives::id::BlobId;

const TREE_VERSION: u8 = 1;
/// Longest name accepted (Linux allows 255 bytes; other systems allow more in UTF-16 units).
pub const MAX_NAME: usize = 1024;

/// What kind of file system object an entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NodeKind {
    /// A regular file.
    File,
    /// A directory.
    Dir,
    /// A symbolic link.
    Symlink,
    /// A named pipe.
    Fifo,
    /// A character device.
    CharDevice,
    /// A block device.
    BlockDevice,
    /// A Unix domain socket (recorded, never recreated: it needs its server).
    Socket,
}

impl NodeKind {
    fn code(self) -> u8 {
        match self {
            NodeKind::File => 1,
            NodeKind::Dir => 2,
            NodeKind::Symlink => 3,
            NodeKind::Fifo => 4,
            NodeKind::CharDevice => 5,
            NodeKind::BlockDevice => 6,
            NodeKind::Socket => 7,
        }
    }

    fn from_code(c: u8) -> Option<NodeKind> {
        Some(match c {
            1 => NodeKind::File,
            2 => NodeKind::Dir,
            3 => NodeKind::Symlink,
            4 => NodeKind::Fifo,
            5 => NodeKind::CharDevice,
            6 => NodeKind::BlockDevice,
            7 => NodeKind::Socket,
            _ => return None,
        })
    }
}

/// A piece of a file's content: `len` bytes at `offset` of blob `id`. Large files are whole
/// chunks (`offset` 0); small files are slices of chunks cut from a stream of small files.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ContentRange {
    /// The data blob holding the bytes.
    pub id: BlobId,
    /// Where they start in the blob's plaintext.
    pub offset: u32,
    /// How many bytes.
    pub len: u32,
}

/// One directory entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Node {
    /// The name: any bytes but `/` and NUL, not empty, `.` or `..`.
    pub name: Vec<u8>,
    /// Object kind.
    pub kind: NodeKind,
    /// Permission bits, including setuid, setgid and sticky.
    pub mode: u32,
    /// Owner.
    pub uid: u32,
    /// Group.
    pub gid: u32,
    /// Owner's name, if known.
    pub user: Vec<u8>,
    /// Group's name, if known.
    pub group: Vec<u8>,
    /// Modification time, nanoseconds since the epoch.
    pub mtime_ns: i64,
    /// Status change time, nanoseconds since the epoch.
    pub ctime_ns: i64,
    /// Content length (files; 0 otherwise).
    pub size: u64,
    /// Device of the file system holding it (change detection, hard links).
    pub device: u64,
    /// Inode number (change detection, hard links).
    pub inode: u64,
    /// Number of hard links.
    pub links: u64,
    /// Device number (character and block devices).
    pub rdev: u64,
    /// Extended attributes, sorted by name.
    pub xattrs: Vec<(Vec<u8>, Vec<u8>)>,
    /// File content (files only).
    pub content: Vec<ContentRange>,
    /// Tree of a directory (directories only).
    pub subtree: Option<BlobId>,
    /// Target of a symlink (symlinks only).
    pub target: Vec<u8>,
}

impl Node {
    /// An entry with the given name and kind and everything else empty.
    pub fn new(name: Vec<u8>, kind: NodeKind) -> Node {
        Node {
            name,
            kind,
            mode: 0,
            uid: 0,
            gid: 0,
            user: Vec::new(),
            group: Vec::new(),
            mtime_ns: 0,
            ctime_ns: 0,
            size: 0,
            device: 0,
            inode: 0,
            links: 0,
            rdev: 0,
            xattrs: Vec::new(),
            content: Vec::new(),
            subtree: None,
            target: Vec::new(),
        }
    }
}

/// Checks that `name` is safe to join to a restore path.
pub fn check_name(name: &[u8]) -> std::result::Result<(), &'static str> {
    if name.is_empty() || name == b"." || name == b".." {
        return Err("empty, `.` or `..` name");
    }
    if name.contains(&b'/') || name.contains(&0) {
        return Err("name contains `/` or NUL");
    }
    if name.len() > MAX_NAME {
        return Err("name longer than 1024 bytes");
    }
    Ok(())
}

/// A directory listing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tree {
    /// Entries, sorted by name (bytewise), names unique.
    pub nodes: Vec<Node>,
}

fn put_bytes16(out: &mut Vec<u8>, b: &[u8]) {
    out.put_u16(b.len() as u16);
    out.put_bytes(b);
}

fn get_bytes16(r: &mut Reader<'_>) -> Result<Vec<u8>> {
    let n = r.u16()? as usize;
    Ok(r.bytes(n)?.to_vec())
}

impl Tree {
    /// The canonical encoding. Sorts entries (callers need not).
    pub fn encode(&self) -> Vec<u8> {
        let mut nodes: Vec<&Node> = self.nodes.iter().collect();
        nodes.sort_by(|a, b| a.name.cmp(&b.name));
        let mut out = Vec::with_capacity(64 + 128 * nodes.len());
        out.put_u8(TREE_VERSION);
        out.put_u32(nodes.len() as u32);
        for n in nodes {
            put_bytes16(&mut out, &n.name);
            out.put_u8(n.kind.code());
            out.put_u32(n.mode);
            out.put_u32(n.uid);
            out.put_u32(n.gid);
            put_bytes16(&mut out, &n.user);
            put_bytes16(&mut out, &n.group);
            out.put_u64(n.mtime_ns as u64);
            out.put_u64(n.ctime_ns as u64);
            out.put_u64(n.size);
            out.put_u64(n.device);
            out.put_u64(n.inode);
            out.put_u64(n.links);
            out.put_u64(n.rdev);
            let mut xattrs: Vec<&(Vec<u8>, Vec<u8>)> = n.xattrs.iter().collect();
            xattrs.sort();
            out.put_u16(xattrs.len() as u16);
            for (k, v) in xattrs {
                put_bytes16(&mut out, k);
                out.put_u32(v.len() as u32);
                out.put_bytes(v);
            }
            match n.kind {
                NodeKind::File => {
                    out.put_u32(n.content.len() as u32);
                    for c in &n.content {
                        out.put_bytes(c.id.as_bytes());
                        out.put_u32(c.offset);
                        out.put_u32(c.len);
                    }
                }
                NodeKind::Dir => {
                    out.put_bytes(n.subtree.unwrap_or(BlobId::from_bytes([0; 32])).as_bytes())
                }
                NodeKind::Symlink => put_bytes16(&mut out, &n.target),
                _ => {}
            }
        }
        out
    }

    /// Decodes and validates a tree (`what` names the tree blob in errors).
    pub fn decode(bytes: &[u8], what: &str) -> Result<Tree> {
        let mut r = Reader::new(bytes, what);
        if r.u8()? != TREE_VERSION {
            return Err(Error::unsupported(what, "unknown tree version"));
        }
        let count = r.count(2 + 1 + 12 + 4 + 7 * 8 + 2)?;
        let mut nodes: Vec<Node> = Vec::with_capacity(count);
        for _ in 0..count {
            let name = get_bytes16(&mut r)?;
            check_name(&name).map_err(|why| r.error(why))?;
            if nodes.last().is_some_and(|prev| prev.name >= name) {
                return Err(r.error("names not strictly sorted (duplicate entry?)"));
            }
            let kind = NodeKind::from_code(r.u8()?).ok_or_else(|| r.error("unknown node kind"))?;
            let mut n = Node::new(name, kind);
            n.mode = r.u32()?;
            n.uid = r.u32()?;
            n.gid = r.u32()?;
            n.user = get_bytes16(&mut r)?;
            n.group = get_bytes16(&mut r)?;
            n.mtime_ns = r.u64()? as i64;
            n.ctime_ns = r.u64()? as i64;
            n.size = r.u64()?;
            n.device = r.u64()?;
            n.inode = r.u64()?;
            n.links = r.u64()?;
            n.rdev = r.u64()?;
            let xattrs = r.u16()? as usize;
            for _ in 0..xattrs {
                let k = get_bytes16(&mut r)?;
                if n.xattrs.last().is_some_and(|(prev, _)| *prev >= k) {
                    return Err(r.error("extended attributes not strictly sorted"));
                }
                let len = r.u32()? as usize;
                let v = r.bytes(len)?.to_vec();
                n.xattrs.push((k, v));
            }
            match kind {
                NodeKind::File => {
                    let ranges = r.count(40)?;
                    let mut total = 0u64;
                    n.content.reserve(ranges);
                    for _ in 0..ranges {
                        let c = ContentRange {
                            id: BlobId::from_bytes(r.array()?),
                            offset: r.u32()?,
                            len: r.u32()?,
                        };
                        if c.len == 0 {
                            return Err(r.error("empty content range"));
                        }
                        total += u64::from(c.len);
                        n.content.push(c);
                    }
                    if total != n.size {
                        return Err(r.error("content ranges do not add up to the file size"));
                    }
                }
                NodeKind::Dir => n.subtree = Some(BlobId::from_bytes(r.array()?)),
                NodeKind::Symlink => n.target = get_bytes16(&mut r)?,
                _ => {}
            }
            nodes.push(n);
        }
        r.finish()?;
        Ok(Tree { nodes })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn arb_node() -> impl Strategy<Value = Node> {
        (
            proptest::collection::vec(1u8..=255, 1..20)
                .prop_filter("valid", |n| check_name(n).is_ok()),
            0u8..7,
            any::<(u32, u32, u32, i64, i64, u64, u64)>(),
            proptest::collection::vec(
                (
                    proptest::collection::vec(any::<u8>(), 1..8),
                    proptest::collection::vec(any::<u8>(), 0..8),
                ),
                0..3,
            ),
            proptest::collection::vec((any::<[u8; 32]>(), any::<u32>(), 1u32..5000), 0..4),
            proptest::collection::vec(any::<u8>(), 0..30),
        )
            .prop_map(
                |(name, k, (mode, uid, gid, mt, ct, ino, dev), mut xattrs, ranges, target)| {
                    let kind = NodeKind::from_code(k + 1).unwrap();
                    let mut n = Node::new(name, kind);
                    (
                        n.mode, n.uid, n.gid, n.mtime_ns, n.ctime_ns, n.inode, n.device,
                    ) = (mode, uid, gid, mt, ct, ino, dev);
                    n.user = b"alice".to_vec();
                    xattrs.sort();
                    xattrs.dedup_by(|a, b| a.0 == b.0);
                    n.xattrs = xattrs;
                    match kind {
                        NodeKind::File => {
                            n.content = ranges
                                .into_iter()
                                .map(|(id, offset, len)| ContentRange {
                                    id: BlobId::from_bytes(id),
                                    offset,
                                    len,
                                })
                                .collect();
                            n.size = n.content.iter().map(|c| u64::from(c.len)).sum();
                        }
                        NodeKind::Dir => n.subtree = Some(BlobId::from_bytes([7; 32])),
                        NodeKind::Symlink => n.target = target,
                        _ => {}
                    }
                    n
                },
            )
    }

    proptest! {
        #[test]
        fn encode_decode_encode_is_identity(mut nodes in proptest::collection::vec(arb_node(), 0..8)) {
            nodes.sort_by(|a, b| a.name.cmp(&b.name));
            nodes.dedup_by(|a, b| a.name == b.name);
            let tree = Tree { nodes };
            let bytes = tree.encode();
            let back = Tree::decode(&bytes, "tree").unwrap();
            prop_assert_eq!(&back, &tree);
            prop_assert_eq!(back.encode(), bytes);
        }

        #[test]
        fn decode_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            let _ = Tree::decode(&bytes, "tree");
        }
    }

    #[test]
    fn hostile_names_and_duplicates_are_rejected() {
        for bad in [&b""[..], b".", b"..", b"a/b", b"../../etc", b"a\0b"] {
            let tree = Tree {
                nodes: vec![Node::new(bad.to_vec(), NodeKind::Fifo)],
            };
            let e = Tree::decode(&tree.encode(), "tree x").unwrap_err();
            assert!(e.is_integrity(), "{bad:?}");
        }
        let dup = Tree {
            nodes: vec![
                Node::new(b"a".to_vec(), NodeKind::Fifo),
                Node::new(b"a".to_vec(), NodeKind::Dir),
            ],
        };
        assert!(Tree::decode(&dup.encode(), "t").is_err());
    }

    #[test]
    fn encoding_is_canonical_whatever_the_input_order() {
        let a = Tree {
            nodes: vec![
                Node::new(b"b".to_vec(), NodeKind::Fifo),
                Node::new(b"a".to_vec(), NodeKind::Fifo),
            ],
        };
        let b = Tree {
            nodes: vec![
                Node::new(b"a".to_vec(), NodeKind::Fifo),
                Node::new(b"b".to_vec(), NodeKind::Fifo),
            ],
        };
        assert_eq!(a.encode(), b.encode());
    }
}
