#!/usr/bin/env bash
# Side-by-side: sealvault against restic, borg, bupstash and rustic on the same data, in the
# same run, interleaved (each step runs every tool before the next step), so machine noise
# hits all of them alike.
#
#   bash bench/peers.sh [CORPUS_DIR]
#
# Environment: SIZE (generated corpus size, default 300MiB), VERSIONS (mutated versions after
# the first, default 2), TOOLS (default "sealvault restic borg bupstash rustic"), WORK (scratch
# directory, default a fresh one under /tmp), RESTORE_ROOT (where restores go, default WORK; a
# tmpfs such as /dev/shm measures the tools without the file system's cost of creating
# files). Installs missing peers first (restic, borgbackup from Debian; bupstash, rustic with
# cargo install --locked); no network use beyond that.
#
# Steps per tool: init; first backup; no-change backup; then per version: mutate (once, shared),
# backup; finally a full restore of the last version, compared byte for byte with the source.
# With FORGET=1, then: forget all but the last two snapshots and prune everything that frees
# (sealvault: two prunes with --keep-delete 0s, the first marks and the second deletes), and
# back the last two versions up into fresh repositories (steps fresh-prev, fresh-last) for the
# size a pruned repository should approach.
# Encryption is on for every tool; compression is zstd level 3 where the tool lets us choose
# (restic: its default `auto`). sealvault and bupstash unlock with a key file; restic, borg and
# rustic with a password (their KDF runs on every command).
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE=${SIZE:-300MiB}
VERSIONS=${VERSIONS:-2}
TOOLS=${TOOLS:-"sealvault restic borg bupstash rustic"}
WORK=${WORK:-$(mktemp -d /tmp/sealvault-peers.XXXXXX)}
mkdir -p "$WORK"

need() { command -v "$1" >/dev/null 2>&1; }
install_peers() {
  local apt=()
  [[ " $TOOLS " == *" restic "* ]] && ! need restic && apt+=(restic)
  [[ " $TOOLS " == *" borg "* ]] && ! need borg && apt+=(borgbackup)
  if [[ " $TOOLS " == *" bupstash "* ]] && ! need bupstash; then apt+=(libsodium-dev pkg-config); fi
  if ((${#apt[@]})); then apt-get install -y -q "${apt[@]}" >/dev/null; fi
  if [[ " $TOOLS " == *" bupstash "* ]] && ! need bupstash; then cargo install --locked --quiet bupstash; fi
  if [[ " $TOOLS " == *" rustic "* ]] && ! need rustic; then cargo install --locked --quiet rustic-rs; fi
}
export PATH="$HOME/.cargo/bin:$PATH"
install_peers
cargo build --release --quiet -p sealvault-cli -p sealvault-corpus
SV=$PWD/target/release/sealvault
CORPUS_BIN=$PWD/target/release/sealvault-corpus

SRC=$WORK/src
if [[ $# -ge 1 ]]; then
  rm -rf "$SRC"; cp -a "$1" "$SRC"
elif [[ ! -d $SRC ]]; then
  "$CORPUS_BIN" generate "$SRC" --size "$SIZE" --seed 1 >/dev/null
fi
SRC_BYTES=$(du -sb --apparent-size "$SRC" | cut -f1)

head -c 64 /dev/urandom >"$WORK/sealvault.key"
export RESTIC_PASSWORD=bench BORG_PASSPHRASE=bench RUSTIC_PASSWORD=bench
export BORG_UNKNOWN_UNENCRYPTED_REPO_ACCESS_IS_OK=yes BORG_RELOCATED_REPO_ACCESS_IS_OK=yes

repo() { echo "$WORK/repo-${REPO_PREFIX:-}$1"; }
# run TOOL STEP COMMAND...: times one command and records wall, CPU, peak RSS.
RESULTS=$WORK/results.tsv
: >"$RESULTS"
run() {
  local tool=$1 step=$2; shift 2
  local t=nan\ nan\ nan\ 0
  # Earlier steps' dirty pages are written back first, so that their writeback (and this VM's
  # online discard) does not run during, and get charged to, the next tool's step.
  sync
  if /usr/bin/time -o "$WORK/time" -f "%e %U %S %M" "$@" >/dev/null 2>"$WORK/last.err"; then
    t=$(cat "$WORK/time")
  else
    # Exit code 3 (partial backup) still measured; anything else is a failure.
    if grep -q "exit status 3" "$WORK/time" 2>/dev/null; then t=$(tail -1 "$WORK/time"); fi
    echo "$tool $step failed:" >&2; tail -3 "$WORK/last.err" >&2
  fi
  read -r wall user sys rss <<<"$t"
  local size; size=$(du -sb "$(repo "$tool")" 2>/dev/null | cut -f1 || echo 0)
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$tool" "$step" "$wall" "$(echo "$user + $sys" | bc)" "$rss" "$size" >>"$RESULTS"
}

init() {
  local r; r=$(repo "$1"); rm -rf "$r"
  case $1 in
    sealvault) "$SV" --repo "$r" --key-file "$WORK/sealvault.key" init --compression zstd:3 --quiet ;;
    restic) restic init --repo "$r" -q ;;
    borg) borg init -e repokey-blake2 "$r" ;;
    bupstash) bupstash new-key -o "$WORK/bupstash.key"; BUPSTASH_KEY=$WORK/bupstash.key bupstash init -r "$r" ;;
    rustic) rustic -r "$r" init --set-compression 3 >/dev/null 2>&1 ;;
  esac
}
backup() {
  local r; r=$(repo "$1")
  case $1 in
    sealvault) run "$1" "$2" "$SV" --repo "$r" --key-file "$WORK/sealvault.key" backup "$SRC" --quiet ;;
    restic) run "$1" "$2" restic --repo "$r" backup "$SRC" -q ;;
    borg) run "$1" "$2" borg create --compression zstd,3 "$r::$2-$(date +%s%N)" "$SRC" ;;
    bupstash) run "$1" "$2" env BUPSTASH_KEY="$WORK/bupstash.key" bupstash put -r "$r" --compression zstd:3 "$SRC" ;;
    rustic) run "$1" "$2" rustic -r "$r" backup "$SRC" ;;
  esac
}
# Restores are kept until every tool has restored: deleting a large tree makes creating files
# slow for a minute or more afterwards on some file systems (journal-less ext4 skips recently
# freed inodes one by one), which would penalise whichever tool restores next.
RESTORE_ROOT=${RESTORE_ROOT:-$WORK}
restore() {
  local r; r=$(repo "$1"); local t=$RESTORE_ROOT/restore-$1; rm -rf "$t"; mkdir -p "$t"
  case $1 in
    sealvault) run "$1" restore "$SV" --repo "$r" --key-file "$WORK/sealvault.key" restore latest --target "$t" --quiet ;;
    restic) run "$1" restore restic --repo "$r" restore latest --target "$t" -q ;;
    borg) run "$1" restore bash -c "cd '$t' && borg extract '$r::$(borg list --last 1 --short "$r")'" ;;
    bupstash) run "$1" restore bash -c "id=\$(BUPSTASH_KEY='$WORK/bupstash.key' bupstash list -r '$r' --format jsonl1 | tail -1 | sed 's/.*\"id\":\"\\([0-9a-f]*\\)\".*/\\1/'); BUPSTASH_KEY='$WORK/bupstash.key' bupstash get -r '$r' id=\$id | tar -x -C '$t'" ;;
    rustic) run "$1" restore rustic -r "$r" restore latest "$t" ;;
  esac
  # Byte-for-byte check of contents (peers differ in how they lay out paths below the target).
  local root; root=$(find "$t" -type d -path "*${SRC#/}" -print -quit 2>/dev/null || true)
  [[ -z $root ]] && root=$t
  if diff -rq --no-dereference "$SRC" "$root" >/dev/null 2>&1; then echo "$1: restore verified" >&2
  else echo "$1: RESTORE DIFFERS from the source" >&2; fi
}

echo "corpus: $SRC ($((SRC_BYTES / 1048576)) MiB apparent), tools: $TOOLS, versions: $VERSIONS" >&2
for tool in $TOOLS; do init "$tool"; done
for tool in $TOOLS; do backup "$tool" first; done
for tool in $TOOLS; do backup "$tool" nochange; done
for v in $(seq 2 $((VERSIONS + 1))); do
  # The version before the last, for the fresh repositories FORGET=1 compares with.
  if [[ ${FORGET:-0} == 1 && $v == $((VERSIONS + 1)) ]]; then rm -rf "$WORK/src-prev"; cp -a "$SRC" "$WORK/src-prev"; fi
  "$CORPUS_BIN" mutate "$SRC" --seed "$v" >/dev/null
  for tool in $TOOLS; do backup "$tool" "v$v"; done
done
for tool in $TOOLS; do restore "$tool"; done
for tool in $TOOLS; do rm -rf "$RESTORE_ROOT/restore-$tool"; done

forget_prune() {
  local r; r=$(repo "$1")
  case $1 in
    sealvault)
      local sv=("$SV" --repo "$r" --key-file "$WORK/sealvault.key")
      run "$1" forget "${sv[@]}" forget --keep-last 2 --quiet
      run "$1" prune-mark "${sv[@]}" prune --keep-delete 0s --lease-settle 0s --quiet
      run "$1" prune-delete "${sv[@]}" prune --keep-delete 0s --lease-settle 0s --quiet ;;
    restic) run "$1" forget restic --repo "$r" forget --keep-last 2 -q
            run "$1" prune-mark restic --repo "$r" prune -q ;;
    rustic) run "$1" forget rustic -r "$r" forget --keep-last 2
            run "$1" prune-mark rustic -r "$r" prune --instant-delete ;;
    *) echo "$1: forget and prune not measured" >&2 ;;
  esac
}
if [[ ${FORGET:-0} == 1 ]]; then
  for tool in $TOOLS; do forget_prune "$tool"; done
  mv "$SRC" "$WORK/src-last"; mv "$WORK/src-prev" "$SRC"
  REPO_PREFIX=fresh-
  for tool in $TOOLS; do init "$tool"; backup "$tool" fresh-prev; done
  rm -rf "$SRC"; mv "$WORK/src-last" "$SRC"
  for tool in $TOOLS; do backup "$tool" fresh-last; done
  REPO_PREFIX=
fi

# Report: one row per tool and step, then sealvault's ratios.
python3 - "$RESULTS" "$SRC_BYTES" <<'PY'
import sys, collections
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
src = int(sys.argv[2])
data = collections.OrderedDict()
for tool, step, wall, cpu, rss, size in rows:
    data[(tool, step)] = (float(wall), float(cpu), int(rss) / 1024, int(size) / 1e6)
print(f"| tool | step | wall s | CPU s | peak RSS MiB | MB/s | repo MB |")
print(f"| --- | --- | --- | --- | --- | --- | --- |")
for (tool, step), (wall, cpu, rss, size) in data.items():
    mbs = src / 1e6 / wall if step in ("first", "restore") and wall == wall and wall > 0 else float("nan")
    print(f"| {tool} | {step} | {wall:.2f} | {cpu:.2f} | {rss:.0f} | {mbs:.0f} | {size:.0f} |")
print()
print("| step | " + " | ".join(f"sealvault/{t}" for t in dict.fromkeys(t for t, _ in data if t != "sealvault")) + " |")
peers = list(dict.fromkeys(t for t, _ in data if t != "sealvault"))
print("| --- |" + " --- |" * len(peers))
for step in dict.fromkeys(s for _, s in data):
    if ("sealvault", step) not in data:
        continue
    sv = data[("sealvault", step)]
    cells = []
    for p in peers:
        o = data.get((p, step))
        cells.append(f"time {sv[0]/o[0]:.2f}, size {sv[3]/o[3]:.2f}" if o and o[0] == o[0] and o[0] > 0 and o[3] > 0 else "n/a")
    print(f"| {step} | " + " | ".join(cells) + " |")
PY
echo "raw results: $RESULTS" >&2
