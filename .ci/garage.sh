#!/usr/bin/env bash
# Garage (an S3-compatible distributed object store) on loopback, for the S3 tests, CI and the
# benches. Ports are chosen free at start, never fixed; everything lives in one directory.
#
#   .ci/garage.sh install            build Garage once into $SEALVAULT_TOOLS (cached)
#   .ci/garage.sh start DIR [NODES]  start NODES (1 or 3) nodes; writes and prints DIR/env
#                                    (the key is SEALVAULT_GARAGE_KEY_ID/_SECRET if set)
#   .ci/garage.sh stop DIR           stop every node started in DIR (by pid)
#
# DIR/env sets AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION and
# SEALVAULT_TEST_S3_ENDPOINT / SEALVAULT_TEST_S3_BUCKET (what the S3 tests read), and
# GARAGE_PID_<n>, GARAGE_S3_<n> for each node (the cluster test kills one).
set -euo pipefail

GARAGE_VERSION=2.5.0
TOOLS=${SEALVAULT_TOOLS:-$HOME/.cache/sealvault-tools}
GARAGE=$TOOLS/bin/garage
BUCKET=sealvault-test

die() { echo "garage.sh: $*" >&2; exit 1; }

install() {
  if [ -x "$GARAGE" ] && "$GARAGE" --version 2>/dev/null | grep -q "$GARAGE_VERSION"; then
    return
  fi
  # Only what the tests use: the S3 API on SQLite metadata (lmdb, k2v and metrics are left out,
  # which shortens a cold build). libsodium from Debian spares building it and its test suite.
  if ! pkg-config --exists libsodium 2>/dev/null; then
    apt-get install -y -qq libsodium-dev pkg-config >/dev/null 2>&1 ||
      { apt-get update -qq && apt-get install -y -qq libsodium-dev pkg-config >/dev/null; }
  fi
  SODIUM_USE_PKG_CONFIG=1 cargo install --locked --quiet garage --version "$GARAGE_VERSION" \
    --no-default-features --features bundled-libs,sqlite --root "$TOOLS"
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Waits until `garage status` answers through node $1's config.
wait_rpc() {
  for _ in $(seq 300); do
    "$GARAGE" -c "$1" status >/dev/null 2>&1 && return
    sleep 0.1
  done
  die "node with config $1 did not answer within 30 s"
}

# Waits until the S3 API of $1 answers HTTP at all.
wait_s3() {
  for _ in $(seq 300); do
    python3 - "$1" <<'EOF' && return
import sys, urllib.request, urllib.error
try:
    urllib.request.urlopen(sys.argv[1], timeout=1)
except urllib.error.HTTPError:
    sys.exit(0)  # any HTTP answer (403 for an anonymous request) means the API is up
except Exception:
    sys.exit(1)
EOF
    sleep 0.1
  done
  die "S3 API at $1 did not answer within 30 s"
}

start() {
  local dir=$1 nodes=${2:-1}
  [ "$nodes" = 1 ] || [ "$nodes" = 3 ] || die "NODES must be 1 or 3"
  [ -x "$GARAGE" ] || die "Garage is not installed: run .ci/garage.sh install"
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  [ ! -e "$dir/env" ] || die "$dir already holds a Garage; stop it first"
  local secret key_id key_secret
  secret=$(python3 -c 'import secrets; print(secrets.token_hex(32))')
  # SEALVAULT_GARAGE_KEY_ID/_SECRET, if set, are the key (so that two stores take the same
  # credentials); never AWS_*, which may hold a real account's key.
  key_id=${SEALVAULT_GARAGE_KEY_ID:-GK$(python3 -c 'import secrets; print(secrets.token_hex(12))')}
  key_secret=${SEALVAULT_GARAGE_KEY_SECRET:-$(python3 -c 'import secrets; print(secrets.token_hex(32))')}
  : >"$dir/env.tmp"
  for n in $(seq "$nodes"); do
    local rpc s3 cfg=$dir/node$n.toml
    rpc=$(free_port)
    s3=$(free_port)
    mkdir -p "$dir/node$n/meta" "$dir/node$n/data"
    cat >"$cfg" <<EOF
metadata_dir = "$dir/node$n/meta"
data_dir = "$dir/node$n/data"
db_engine = "sqlite"
replication_factor = $nodes
rpc_bind_addr = "127.0.0.1:$rpc"
rpc_public_addr = "127.0.0.1:$rpc"
rpc_secret = "$secret"

[s3_api]
s3_region = "garage"
api_bind_addr = "127.0.0.1:$s3"
EOF
    if [ "$nodes" = 1 ]; then
      GARAGE_DEFAULT_ACCESS_KEY=$key_id GARAGE_DEFAULT_SECRET_KEY=$key_secret \
        GARAGE_DEFAULT_BUCKET=$BUCKET RUST_LOG=warn \
        setsid "$GARAGE" -c "$cfg" server --single-node --default-bucket \
        >"$dir/node$n.log" 2>&1 </dev/null &
    else
      RUST_LOG=warn setsid "$GARAGE" -c "$cfg" server >"$dir/node$n.log" 2>&1 </dev/null &
    fi
    echo "$!" >>"$dir/pids"
    echo "export GARAGE_PID_$n=$!" >>"$dir/env.tmp"
    echo "export GARAGE_S3_$n=http://127.0.0.1:$s3" >>"$dir/env.tmp"
  done
  for n in $(seq "$nodes"); do wait_rpc "$dir/node$n.toml"; done
  if [ "$nodes" = 3 ]; then
    local c1=$dir/node1.toml
    for n in 2 3; do
      "$GARAGE" -c "$c1" node connect "$("$GARAGE" -c "$dir/node$n.toml" node id -q)" >/dev/null
    done
    for n in 1 2 3; do
      local id
      id=$("$GARAGE" -c "$dir/node$n.toml" node id -q)
      "$GARAGE" -c "$c1" layout assign -z "dc$n" -c 1G "${id%@*}" >/dev/null
    done
    "$GARAGE" -c "$c1" layout apply --version 1 >/dev/null
    "$GARAGE" -c "$c1" key import --yes -n sealvault "$key_id" "$key_secret" >/dev/null
    "$GARAGE" -c "$c1" bucket create "$BUCKET" >/dev/null
    "$GARAGE" -c "$c1" bucket allow --read --write --owner "$BUCKET" --key sealvault >/dev/null
  fi
  local endpoint
  endpoint=$(grep -m1 GARAGE_S3_1 "$dir/env.tmp" | cut -d= -f2)
  wait_s3 "$endpoint"
  cat >>"$dir/env.tmp" <<EOF
export AWS_ACCESS_KEY_ID=$key_id
export AWS_SECRET_ACCESS_KEY=$key_secret
export AWS_REGION=garage
export SEALVAULT_TEST_S3_ENDPOINT=$endpoint
export SEALVAULT_TEST_S3_BUCKET=$BUCKET
EOF
  mv "$dir/env.tmp" "$dir/env"
  cat "$dir/env"
}

stop() {
  local dir=$1
  [ -f "$dir/pids" ] || return 0
  while read -r pid; do kill "$pid" 2>/dev/null || true; done <"$dir/pids"
  while read -r pid; do
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done <"$dir/pids"
  rm -f "$dir/pids" "$dir/env"
}

case ${1:-} in
  install) install ;;
  start) [ $# -ge 2 ] || die "usage: start DIR [NODES]"; start "$2" "${3:-1}" ;;
  stop) [ $# -ge 2 ] || die "usage: stop DIR"; stop "$2" ;;
  *) die "usage: $0 install | start DIR [NODES] | stop DIR" ;;
esac
