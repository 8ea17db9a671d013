#!/usr/bin/env bash
# Runs one fuzz target for SECONDS in all, restarting after each failure (kept under
# artifacts/<target>/), and prints the executions counted: campaign.sh TARGET SECONDS [MAX_LEN]
set -uo pipefail
target="$1"; budget="$2"; max_len="${3:-16384}"
cd "$(dirname "$0")"
start=$(date +%s); total=0; failures=0
while :; do
  left=$(( budget - ($(date +%s) - start) ))
  [ "$left" -le 5 ] && break
  RUSTC_BOOTSTRAP=1 cargo fuzz run -O -a -s none "$target" "corpus/$target" -- \
    -timeout=1 -max_len="$max_len" -max_total_time="$left" -rss_limit_mb=4096 \
    -print_final_stats=1 -report_slow_units=1 > "/tmp/campaign-$target.log" 2>&1
  status=$?
  runs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "/tmp/campaign-$target.log" | tail -1 | grep -o '[0-9]*$')
  # a failing run prints no final stats: count its last progress line
  [ -z "$runs" ] && runs=$(grep -o '^#[0-9]*' "/tmp/campaign-$target.log" | tail -1 | tr -d '#')
  total=$(( total + ${runs:-0} ))
  if [ "$status" -ne 0 ]; then
    failures=$(( failures + 1 ))
    cp "/tmp/campaign-$target.log" "/tmp/campaign-$target-failure-$failures.log"
  fi
done
echo "$target: $total executions in $(( $(date +%s) - start )) s, $failures failures"
