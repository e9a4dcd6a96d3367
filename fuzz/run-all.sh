#!/usr/bin/env bash
# Builds every fuzz target once, then runs each for SECONDS (default 30) from its seeds, with
# memory limits. Any crash fails the run (and leaves its input in artifacts/).
set -euo pipefail
cd "$(dirname "$0")"
SECONDS_EACH=${1:-30}
export RUSTC_BOOTSTRAP=1
cargo fuzz build -O
for target in $(cargo fuzz list); do
  mkdir -p "corpus/$target"
  echo "== $target (${SECONDS_EACH}s)"
  cargo fuzz run -O "$target" "corpus/$target" "seeds/$target" -- \
    -max_total_time="$SECONDS_EACH" -rss_limit_mb=2048 -malloc_limit_mb=512 -timeout=10 \
    -print_final_stats=1 2>&1 | grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|==|INFO: Seed|SUMMARY|Done)" || true
  # cargo fuzz exits non-zero on a crash; the pipeline above hides it, so check artifacts.
  if compgen -G "artifacts/$target/*" >/dev/null; then
    echo "crash in $target:"; ls "artifacts/$target"; exit 1
  fi
done
