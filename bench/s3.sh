#!/usr/bin/env bash
# sealvault against restic, both on the same Garage (S3) on loopback, in one run: first backup,
# no-change backup with a warm cache, full restore; then the same again through a metering
# proxy (bench/s3_meter.py) for what each step asks of the store: requests by method and bytes
# each way (the bill of a paid store). Timed runs go straight to Garage.
#
#   bash bench/s3.sh
#
# Environment: SIZE (generated corpus, default 300MiB), ROUNDS (timed rounds, each into fresh
# repositories, interleaved tool by tool; medians are reported; default 3), WORK (scratch directory, default a
# fresh one under /dev/shm: corpus, Garage's data, restores and caches all on tmpfs, so the
# figures are the tools' and the store's, not the disk's). Installs restic from Debian and
# Garage (.ci/garage.sh install) when missing. sealvault unlocks with a key file, restic with a
# password (its scrypt runs on every command, about 0.5 s here: subtract it from small steps).
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE=${SIZE:-300MiB}
ROUNDS=${ROUNDS:-3}
WORK=${WORK:-$(mktemp -d /dev/shm/sealvault-s3.XXXXXX)}
mkdir -p "$WORK"
export PATH="$HOME/.cargo/bin:$PATH"
command -v restic >/dev/null || apt-get install -y -q restic >/dev/null
bash .ci/garage.sh install
cargo build --release --quiet -p sealvault-cli -p sealvault-corpus
SV=$PWD/target/release/sealvault

bash .ci/garage.sh start "$WORK/garage" 1 >/dev/null
trap 'bash .ci/garage.sh stop "$WORK/garage"; kill $(jobs -p) 2>/dev/null || true' EXIT
# shellcheck disable=SC1091
source "$WORK/garage/env"
ENDPOINT=$SEALVAULT_TEST_S3_ENDPOINT
BUCKET=$SEALVAULT_TEST_S3_BUCKET

SRC=$WORK/src
[ -d "$SRC" ] || ./target/release/sealvault-corpus generate "$SRC" --size "$SIZE" --seed 1 >/dev/null
SRC_BYTES=$(du -sb --apparent-size "$SRC" | cut -f1)
head -c 64 /dev/urandom >"$WORK/sealvault.key"
export RESTIC_PASSWORD=bench XDG_CACHE_HOME=$WORK/cache

# location TOOL ENDPOINT RUN: the repository of one tool in one run (timed or metered).
location() {
  case $1 in
    sealvault) echo "s3:$2/$BUCKET/$3-sealvault" ;;
    restic) echo "s3:$2/$BUCKET/$3-restic" ;;
  esac
}
# cmd TOOL LOCATION STEP: the command line of one step.
cmd() {
  local t=$WORK/restore-$1
  case "$1 $3" in
    "sealvault init") echo "$SV -r $2 --key-file $WORK/sealvault.key init --compression zstd:3 --quiet" ;;
    "sealvault restore") echo "$SV -r $2 --key-file $WORK/sealvault.key restore latest --target $t --quiet" ;;
    "sealvault "*) echo "$SV -r $2 --key-file $WORK/sealvault.key backup $SRC --quiet" ;;
    "restic init") echo "restic -r $2 -o s3.region=garage init -q" ;;
    "restic restore") echo "restic -r $2 -o s3.region=garage restore latest --target $t -q" ;;
    "restic "*) echo "restic -r $2 -o s3.region=garage backup $SRC -q" ;;
  esac
}

RESULTS=$WORK/results.tsv
: >"$RESULTS"
# CPU seconds Garage has used so far (utime + stime of its process): the store shares the two
# cores with the client, so a step's cost to the machine is the client's CPU plus this delta.
garage_cpu() {
  awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$GARAGE_PID_1/stat"
}
timed() {
  local tool=$1 step=$2 loc=$3
  rm -rf "$WORK/restore-$tool"
  local before; before=$(garage_cpu)
  # shellcheck disable=SC2046
  /usr/bin/time -o "$WORK/time" -f "%e %U %S %M" $(cmd "$tool" "$loc" "$step") >/dev/null
  local store; store=$(echo "$(garage_cpu) - $before" | bc)
  read -r wall user sys rss <"$WORK/time"
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$tool" "$step" "$wall" "$(echo "$user + $sys" | bc)" "$rss" "$store" >>"$RESULTS"
  if [ "$step" = restore ]; then
    diff -rq --no-dereference "$SRC" "$WORK/restore-$tool/${SRC#/}" >/dev/null ||
      { echo "$tool: RESTORE DIFFERS" >&2; exit 1; }
    rm -rf "$WORK/restore-$tool"
  fi
}

METERED=$WORK/metered.tsv
: >"$METERED"
metered() {
  local tool=$1 step=$2
  rm -f "$WORK/meter.port" "$WORK/meter.json"
  python3 bench/s3_meter.py "${ENDPOINT#http://}" "$WORK/meter.port" "$WORK/meter.json" &
  local meter=$!
  while [ ! -s "$WORK/meter.port" ]; do sleep 0.05; done
  local loc; loc=$(location "$tool" "http://127.0.0.1:$(cat "$WORK/meter.port")" metered)
  rm -rf "$WORK/restore-$tool"
  # shellcheck disable=SC2046
  $(cmd "$tool" "$loc" "$step") >/dev/null
  kill -TERM "$meter"; wait "$meter" || true
  printf '%s\t%s\t%s\n' "$tool" "$step" "$(cat "$WORK/meter.json")" >>"$METERED"
  rm -rf "$WORK/restore-$tool"
}

echo "corpus: $((SRC_BYTES / 1048576)) MiB; Garage at $ENDPOINT; work in $WORK" >&2
for round in $(seq "$ROUNDS"); do
  for step in init first nochange restore; do
    for tool in sealvault restic; do timed "$tool" "$step" "$(location "$tool" "$ENDPOINT" "timed$round")"; done
  done
  rm -rf "$XDG_CACHE_HOME"
done
rm -rf "$XDG_CACHE_HOME"
for step in init first nochange restore; do
  for tool in sealvault restic; do metered "$tool" "$step"; done
done

python3 - "$RESULTS" "$METERED" "$SRC_BYTES" <<'PY'
import json, statistics, sys
src = int(sys.argv[3])
rounds = {}
for line in open(sys.argv[1]):
    tool, step, wall, cpu, rss, store = line.split("\t")
    rounds.setdefault((tool, step), []).append((float(wall), float(cpu), int(rss) / 1024, float(store)))
# The round with the median wall time, whole (its CPU figures belong to it).
timed = {k: sorted(v)[len(v) // 2] for k, v in rounds.items()}
print(f"medians of {len(next(iter(rounds.values())))} rounds (walls per round: " + "; ".join(
    f"{t} {s} " + "/".join(f"{r[0]:.2f}" for r in v) for (t, s), v in rounds.items() if s != "init") + ")")
print()
print("| tool | step | wall s | client CPU s | Garage CPU s | cores busy (of 2) | peak RSS MiB | MB/s |")
print("| --- | --- | --- | --- | --- | --- | --- | --- |")
for (tool, step), (wall, cpu, rss, store) in timed.items():
    rate = f"{src / 1e6 / wall:.0f}" if step in ("first", "restore") else ""
    busy = (cpu + store) / wall
    print(f"| {tool} | {step} | {wall:.2f} | {cpu:.2f} | {store:.2f} | {busy:.2f} | {rss:.0f} | {rate} |")
print()
for step in ("first", "nochange", "restore"):
    s, r = timed[("sealvault", step)], timed[("restic", step)]
    print(f"{step}: restic/sealvault wall time {r[0] / s[0]:.2f}x")
print()
print("| tool | step | requests | PUT | GET | LIST | HEAD | DELETE | MB up | MB down | requests per GB |")
print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
for line in open(sys.argv[2]):
    tool, step, counts = line.rstrip("\n").split("\t")
    c = json.loads(counts)
    n = c.get("requests", 0)
    per_gb = f"{n / (src / 1e9):.0f}" if step in ("first", "restore") else ""
    cells = [str(c.get("requests_" + m, 0)) for m in ("PUT", "GET", "LIST", "HEAD", "DELETE")]
    print(f"| {tool} | {step} | {n} | " + " | ".join(cells)
          + f" | {c.get('bytes_up', 0) / 1e6:.1f} | {c.get('bytes_down', 0) / 1e6:.1f} | {per_gb} |")
PY
