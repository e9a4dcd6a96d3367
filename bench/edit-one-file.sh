#!/usr/bin/env bash
# What an edited large file costs: sealvault against restic (the backup issue's goal: no more
# than restic adds). For each FILE and each seed: back the file up alone into fresh
# repositories, make three single-byte edits at random offsets and insert 140 bytes at a
# random offset in its middle half, back it up again, and print the bytes each repository grew
# by. Totals at the end.
#
#   bash bench/edit-one-file.sh FILE...        (SEEDS, default "1 2 3 4 5"; WORK, scratch dir)
#
# Needs restic (apt-get install restic) and a release build of the CLI.
set -euo pipefail
cd "$(dirname "$0")/.."
[[ $# -ge 1 ]] || { echo "usage: $0 FILE..." >&2; exit 2; }
cargo build --release --quiet -p sealvault-cli
SV=$PWD/target/release/sealvault
WORK=${WORK:-$(mktemp -d /tmp/sealvault-edit.XXXXXX)}
export RESTIC_PASSWORD=bench
head -c 64 /dev/urandom >"$WORK/key"
grown() { du -sb "$1" | cut -f1; }

printf 'file\tseed\tsealvault_bytes\trestic_bytes\n'
total_sv=0 total_r=0
for file in "$@"; do
  for seed in ${SEEDS:-1 2 3 4 5}; do
    rm -rf "$WORK/src" "$WORK/sv" "$WORK/restic"
    mkdir -p "$WORK/src"
    cp "$file" "$WORK/src/file"
    "$SV" init --repo "$WORK/sv" --key-file "$WORK/key" >/dev/null
    restic init --repo "$WORK/restic" -q >/dev/null
    "$SV" --repo "$WORK/sv" --key-file "$WORK/key" backup "$WORK/src" -q
    restic --repo "$WORK/restic" backup "$WORK/src" -q >/dev/null
    sv0=$(grown "$WORK/sv") r0=$(grown "$WORK/restic")
    python3 - "$WORK/src/file" "$seed" <<'PY'
import random, sys
path, rng = sys.argv[1], random.Random(int(sys.argv[2]))
data = bytearray(open(path, "rb").read())
n = len(data)
for _ in range(3):
    data[rng.randrange(n)] ^= 0xFF
at = rng.randrange(n // 4, 3 * n // 4)
data[at:at] = b"inserted text " * 10
open(path, "wb").write(data)
PY
    "$SV" --repo "$WORK/sv" --key-file "$WORK/key" backup "$WORK/src" -q
    restic --repo "$WORK/restic" backup "$WORK/src" -q >/dev/null
    sv=$(($(grown "$WORK/sv") - sv0)) r=$(($(grown "$WORK/restic") - r0))
    total_sv=$((total_sv + sv)) total_r=$((total_r + r))
    printf '%s\t%s\t%s\t%s\n' "$(basename "$file")" "$seed" "$sv" "$r"
  done
done
printf 'total\t-\t%s\t%s\n' "$total_sv" "$total_r"
rm -rf "$WORK"
