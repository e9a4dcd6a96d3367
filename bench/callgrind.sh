#!/usr/bin/env bash
# Instructions (not seconds) a first backup, a no-change backup and a restore take, for a
# sealvault binary: repeatable whatever else the machine is doing. Compare two builds with
#   bash bench/callgrind.sh OLD_BINARY NEW_BINARY
# (SIZE and SEED choose the generated tree; everything runs on tmpfs, unlocked by a key file.)
set -euo pipefail
SIZE=${SIZE:-16MiB}
SEED=${SEED:-3}
W=${WORK:-/dev/shm/sealvault-callgrind}
CORPUS=${CORPUS:-target/release/sealvault-corpus}
rm -rf "$W"
mkdir -p "$W"
head -c 64 /dev/urandom > "$W/key"
"$CORPUS" generate --size "$SIZE" --seed "$SEED" "$W/src" > /dev/null
count() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 | awk '/Collected/ {print $4}'; }
for bin in "$@"; do
  r="$W/repo-$(basename "$bin")"
  export SEALVAULT_STATE_DIR="$W/state"
  "$bin" -r "$r" --key-file "$W/key" init --quiet
  echo "$bin first    $(count "$bin" -r "$r" --key-file "$W/key" backup "$W/src" --quiet)"
  echo "$bin nochange $(count "$bin" -r "$r" --key-file "$W/key" backup "$W/src" --quiet)"
  echo "$bin restore  $(count "$bin" -r "$r" --key-file "$W/key" restore latest --target "$W/out-$(basename "$bin")" --quiet)"
done
