#!/usr/bin/env bash
# Gear-AES (format 2's default chunker) against keyed FastCDC, end to end through the CLI:
# first backup of a generated corpus (wall and CPU seconds, medians of ROUNDS, the two
# algorithms alternating), bytes each repository grows by over four days of changes
# (`sealvault-corpus mutate`), and by an edited copy of the corpus's largest file (three
# single-byte edits and a 140-byte insertion in its middle half, SEEDS). Everything on tmpfs,
# unlocking with a key file (no Argon2 in the times).
#
#   bash bench/chunker-compare.sh   (SIZE, default 256MiB; ROUNDS, default 3; KEYS, default 3; SEEDS)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet -p sealvault-cli -p sealvault-corpus
SV=$PWD/target/release/sealvault
CORPUS=$PWD/target/release/sealvault-corpus
WORK=$(mktemp -d /dev/shm/sealvault-chunkers.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
head -c 64 /dev/urandom >"$WORK/key"
ALGOS="fastcdc gear-aes"
sv() { "$SV" --key-file "$WORK/key" "$@"; }
size() { du -sb "$1" | cut -f1; }
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

"$CORPUS" generate "$WORK/src" --size "${SIZE:-256MiB}" --seed 1 >/dev/null
echo "corpus: $(du -sh "$WORK/src" | cut -f1), $(find "$WORK/src" -type f | wc -l) files"

echo "== first backup (median of ${ROUNDS:-3}; wall s, CPU s)"
for round in $(seq "${ROUNDS:-3}"); do
  for algo in $ALGOS; do
    rm -rf "$WORK/repo-$algo"
    sv --repo "$WORK/repo-$algo" init --chunker "$algo" --quiet
    /usr/bin/time -f "%e %U %S" -o "$WORK/t" "$SV" --key-file "$WORK/key" --repo "$WORK/repo-$algo" backup "$WORK/src" --quiet
    read -r wall user sys <"$WORK/t"
    echo "$wall" >>"$WORK/wall-$algo"
    echo "$user $sys" | awk '{print $1 + $2}' >>"$WORK/cpu-$algo"
  done
done
for algo in $ALGOS; do
  printf '%-9s wall %s s, CPU %s s, repository %s bytes\n' "$algo" \
    "$(median <"$WORK/wall-$algo")" "$(median <"$WORK/cpu-$algo")" "$(size "$WORK/repo-$algo")"
done

# Each repository has its own random chunker key, and a day's cost depends on where its few
# changed files fall among the cuts: KEYS repositories per algorithm average that out.
KEYS=${KEYS:-3}
echo "== four days of changes: bytes added per day, summed over $KEYS repositories per algorithm"
cp -a "$WORK/src" "$WORK/days"
for algo in $ALGOS; do
  for k in $(seq "$KEYS"); do
    rm -rf "$WORK/days-$algo-$k"
    sv --repo "$WORK/days-$algo-$k" init --chunker "$algo" --quiet
    sv --repo "$WORK/days-$algo-$k" backup "$WORK/days" --quiet
  done
done
declare -A total
for day in 2 3 4 5; do
  "$CORPUS" mutate "$WORK/days" --seed "$day" >/dev/null
  line="day $day:"
  for algo in $ALGOS; do
    added=0
    for k in $(seq "$KEYS"); do
      before=$(size "$WORK/days-$algo-$k")
      sv --repo "$WORK/days-$algo-$k" backup "$WORK/days" --quiet
      added=$(( added + $(size "$WORK/days-$algo-$k") - before ))
    done
    total[$algo]=$(( ${total[$algo]:-0} + added ))
    line="$line $algo +$added"
  done
  echo "$line"
done
echo "four days: fastcdc +${total[fastcdc]} gear-aes +${total[gear-aes]}"

big=$(find "$WORK/src" -type f -printf '%s %p\n' | sort -n | tail -1 | cut -d' ' -f2-)
echo "== an edited large file ($(stat -c %s "$big") bytes): bytes added per edit (a fresh key each)"
for seed in ${SEEDS:-1 2 3 4 5}; do
  line="seed $seed:"
  for algo in $ALGOS; do
    rm -rf "$WORK/one" "$WORK/edit-$algo"
    mkdir -p "$WORK/one"
    cp "$big" "$WORK/one/file"
    sv --repo "$WORK/edit-$algo" init --chunker "$algo" --quiet
    sv --repo "$WORK/edit-$algo" backup "$WORK/one" --quiet
    before=$(size "$WORK/edit-$algo")
    python3 - "$WORK/one/file" "$seed" <<'PY'
import random, sys
path, rng = sys.argv[1], random.Random(int(sys.argv[2]))
data = bytearray(open(path, "rb").read())
n = len(data)
for _ in range(3):
    data[rng.randrange(n)] ^= 0xFF
at = rng.randrange(n // 4, 3 * n // 4)
data[at:at] = bytes(rng.randrange(256) for _ in range(140))
open(path, "wb").write(data)
PY
    sv --repo "$WORK/edit-$algo" backup "$WORK/one" --quiet
    line="$line $algo +$(( $(size "$WORK/edit-$algo") - before ))"
  done
  echo "$line"
done
