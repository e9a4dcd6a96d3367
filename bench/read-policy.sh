#!/usr/bin/env bash
# What windowed reads cost: restore and `dump` of one repository with two builds, the reads of
# BEFORE by exact blob ranges and of AFTER by 256 KiB windows (`store::read`). The repository
# is written once by BEFORE (format 1, which both read); the builds alternate, ROUNDS times
# (default 5), medians of wall and CPU seconds. Everything on tmpfs, unlocking with a key file.
#
#   bash bench/read-policy.sh BEFORE_BINARY AFTER_BINARY      (SIZE, default 256MiB)
set -euo pipefail
cd "$(dirname "$0")/.."
[[ $# -eq 2 ]] || { echo "usage: $0 BEFORE_BINARY AFTER_BINARY" >&2; exit 2; }
BEFORE=$1 AFTER=$2
cargo build --release --quiet -p sealvault-corpus
CORPUS=$PWD/target/release/sealvault-corpus
WORK=$(mktemp -d /dev/shm/sealvault-reads.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
head -c 64 /dev/urandom >"$WORK/key"
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

"$CORPUS" generate "$WORK/src" --size "${SIZE:-256MiB}" --seed 1 >/dev/null
"$BEFORE" --repo "$WORK/repo" --key-file "$WORK/key" init --quiet
"$BEFORE" --repo "$WORK/repo" --key-file "$WORK/key" backup "$WORK/src" --quiet
big=$(find "$WORK/src" -type f -printf '%s %p\n' | sort -n | tail -1 | cut -d' ' -f2-)
echo "corpus $(du -sh "$WORK/src" | cut -f1); dump of $(stat -c %s "$big") bytes"
for round in $(seq "${ROUNDS:-5}"); do
  for which in before after; do
    bin=$BEFORE; [[ $which == after ]] && bin=$AFTER
    rm -rf "$WORK/target"
    /usr/bin/time -f "%e %U %S" -o "$WORK/t" "$bin" --repo "$WORK/repo" --key-file "$WORK/key" restore latest --target "$WORK/target" --quiet
    awk '{print $1; print $2 + $3 > "/dev/stderr"}' "$WORK/t" >>"$WORK/restore-wall-$which" 2>>"$WORK/restore-cpu-$which"
    /usr/bin/time -f "%e %U %S" -o "$WORK/t" "$bin" --repo "$WORK/repo" --key-file "$WORK/key" dump latest "$big" >/dev/null
    awk '{print $1; print $2 + $3 > "/dev/stderr"}' "$WORK/t" >>"$WORK/dump-wall-$which" 2>>"$WORK/dump-cpu-$which"
  done
done
diff -r "$WORK/src" "$WORK/target$WORK/src" >/dev/null && echo "restores verified"
for op in restore dump; do
  for which in before after; do
    printf '%-7s %-6s wall %s s, CPU %s s\n' "$op" "$which" \
      "$(median <"$WORK/$op-wall-$which")" "$(median <"$WORK/$op-cpu-$which")"
  done
done
