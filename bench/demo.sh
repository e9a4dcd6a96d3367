#!/usr/bin/env bash
# The main job: build, create a repository, back up the bundled sample corpus, change it the
# way a day of work does and back it up again, restore, verify byte for byte, check, and print
# throughput and deduplication. Everything happens in a temporary directory.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet -p sealvault-cli -p sealvault-corpus
bin=target/release
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SEALVAULT_REPOSITORY="$work/repo" SEALVAULT_PASSWORD="demo password"
cp -a corpus/sample "$work/data"

echo "== init"
"$bin/sealvault" init
echo "== first backup of corpus/sample ($(du -sh corpus/sample | cut -f1) on disk)"
"$bin/sealvault" backup "$work/data"
echo "== a day of changes, then an incremental backup"
"$bin/sealvault-corpus" mutate "$work/data" --seed 2
"$bin/sealvault" backup "$work/data"
echo "== restore the latest snapshot and compare it with the source, byte for byte"
"$bin/sealvault" restore latest --target "$work/restored"
diff -r --no-dereference "$work/data" "$work/restored$work/data" && echo "verified: the restore is identical"
echo "== check every byte of the repository"
"$bin/sealvault" check --read-data
echo "== repository statistics"
"$bin/sealvault" stats
