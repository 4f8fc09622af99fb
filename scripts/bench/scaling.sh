#!/usr/bin/env bash
# How much faster one replicate runs on more threads, measured as docs/performance.md measures it: rounds in which
# `influencesim bench` runs once on each thread count in turn, each run a process of its own, and each round's
# speed-ups taken against the same round's one-thread run (a machine's speed drifts from one hour to the next).
#
#   scripts/bench/scaling.sh [SCENARIO] [THREADS...]     default: scenarios/scale-1m.json 1 2 4 8 16
#
# ROUNDS: how many rounds (default 5). INFLUENCESIM: the command to run (default: the Release build,
# "dotnet src/InfluenceSim.Cli/bin/Release/net10.0/influencesim.dll"; or influencesim, or the single-file executable).
# Prints each run's wall time as it ends, then a line per thread count: wall time (min, median, max) and speed-up
# over one thread (median, min, max over the rounds). One thread is always measured, first in each round.
set -euo pipefail

scenario=${1:-scenarios/scale-1m.json}
[ $# -gt 0 ] && shift
requested=("$@")
[ ${#requested[@]} -gt 0 ] || requested=(2 4 8 16)
rounds=${ROUNDS:-5}
command=${INFLUENCESIM:-dotnet src/InfluenceSim.Cli/bin/Release/net10.0/influencesim.dll}

whole_number() { [[ $1 =~ ^[1-9][0-9]{0,3}$ ]]; }
whole_number "$rounds" || { echo "ROUNDS: must be a whole number from 1, got '$rounds'" >&2; exit 2; }
threads=(1)
for t in "${requested[@]}"; do
  whole_number "$t" || { echo "threads: must be whole numbers from 1, got '$t'" >&2; exit 2; }
  [ "$t" -eq 1 ] || threads+=("$t")
done

runs=$(mktemp)
trap 'rm -f "$runs"' EXIT
for ((round = 1; round <= rounds; round++)); do
  for t in "${threads[@]}"; do
    status=0
    output=$($command bench "$scenario" --threads "$t" 2>&1) || status=$?
    if [ $status -ne 0 ]; then
      echo "$output" >&2
      exit $status
    fi
    wall=$(awk '/^total wall time/ { print $4 }' <<<"$output")
    [ -n "$wall" ] || { echo "$output" >&2; echo "bench printed no total wall time" >&2; exit 1; }
    echo "round $round, threads $t: $wall s"
    echo "$round $t $wall" >>"$runs"
  done
done

echo
awk -v order="${threads[*]}" '
  function sort(values, n,    i, j, v) {
    for (i = 2; i <= n; i++) { v = values[i]; for (j = i - 1; j >= 1 && values[j] > v; j--) values[j + 1] = values[j]; values[j + 1] = v }
  }
  function median(values, n) { return n % 2 ? values[(n + 1) / 2] : (values[n / 2] + values[n / 2 + 1]) / 2 }
  { wall[$1, $2] = $3; if ($1 > rounds) rounds = $1 }
  END {
    printf "%-8s %-26s %s\n", "threads", "wall time min/median/max", "speed-up median (min to max)"
    count = split(order, threads, " ")
    for (k = 1; k <= count; k++) {
      t = threads[k]
      for (r = 1; r <= rounds; r++) { walls[r] = wall[r, t]; ups[r] = wall[r, 1] / wall[r, t] }
      sort(walls, rounds); sort(ups, rounds)
      printf "%-8s %-26s %.2f (%.2f to %.2f)\n", t, sprintf("%.2f / %.2f / %.2f s", walls[1], median(walls, rounds), walls[rounds]), median(ups, rounds), ups[1], ups[rounds]
    }
  }' "$runs"
