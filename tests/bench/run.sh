#!/usr/bin/env bash
# Baton's benchmark harness (not part of the test suite).
#
#   tests/bench/run.sh BUILD_DIR [--runs N] [--trials N] [--fuzz FUZZ_BUILD_DIR] [--fuzz-seconds N]
#                      [--only crash|fuzz|timings|scale]
#
# Sections: crash (crash_trials: N kill trials per operation, default 50); given a fuzz build (installer/
# setup.sh bench --fuzz makes one), fuzz (every libFuzzer target for --fuzz-seconds, default 60); then the
# timings (median wall time over N runs, default 3, and peak memory); then scale (tests/bench/scale.sh: every
# operation of the Scale issue at 10^4, 10^5 and 10^6 handoffs against its reference and target, one table;
# `installer/setup.sh bench --only scale` runs just that). The exit code is 1 when a crash trial or a fuzz
# target found something.
set -euo pipefail
build=${1:?usage: run.sh BUILD_DIR [--runs N] [--trials N] [--fuzz FUZZ_BUILD_DIR] [--fuzz-seconds N] [--only SECTION]}
shift
runs=3
trials=50
fuzz_build=
fuzz_seconds=60
only=
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs=$2; shift 2 ;;
        --trials) trials=$2; shift 2 ;;
        --fuzz) fuzz_build=$2; shift 2 ;;
        --fuzz-seconds) fuzz_seconds=$2; shift 2 ;;
        --only) only=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
baton="$build/app/baton"
work=$(mktemp -d)
status=0
trap 'code=$?; rm -rf "$work"; [ $code -ne 0 ] || exit $status' EXIT
section() { [ -z "$only" ] || [ "$only" = "$1" ]; }

# Crash safety: real baton commands killed with SIGKILL at random moments (tests/crash).
if section crash; then
    "$build/tests/crash/crash_trials" --baton "$baton" --trials "$trials" || status=1
    echo
fi
# Fuzzing: every libFuzzer target for a fixed time (tests/fuzz/run.sh).
if [ -n "$fuzz_build" ] && section fuzz; then
    "$source_dir/fuzz/run.sh" "$fuzz_build" --seconds "$fuzz_seconds" || status=1
    echo
fi
# Baton at scale: alone with --only scale, else after the timings (below).
scale() { "$source_dir/bench/scale.sh" "$build" --runs "$runs" || status=1; }
if [ "$only" = scale ]; then
    scale
    exit $status
fi
section timings || exit $status

# Runs a command N times; prints "median_seconds max_rss_kb".
measure() {
    local times=() rss=0 t m median
    for _ in $(seq "$runs"); do
        /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>&1
        read -r t m <"$work/time"
        times+=("$t")
        [ "$m" -gt "$rss" ] && rss=$m
    done
    median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')
    echo "$median $rss"
}

printf '%-44s %12s %12s\n' "operation" "median s" "peak MB"
for n in 10000 100000; do
    read -r t m <<<"$(measure sh -c "rm -f '$work/d.baton'; '$baton' demo '$work/d.baton' --handoffs $n --weeks 52")"
    printf '%-44s %12s %12s\n' "generate demo workspace, $n handoffs" "$t" "$((m / 1024))"
    read -r t m <<<"$(measure "$baton" info "$work/d.baton" --json)"
    printf '%-44s %12s %12s\n' "open + count every table, $n handoffs" "$t" "$((m / 1024))"
done

# SLA: business clock on long spans vs the day-by-day walk it replaced, recompute of the SLA facts of
# 1,000,000 handoffs vs a bare SQL rewrite of the same columns, and the Enforce page's queries.
echo
"$build/tests/bench/bench_sla" --handoffs 1000000 --runs "$runs"
# Routing: 1,000,000 leads through 300 rules (target 2 s) and coverage analysis (target 1 s).
echo
"$build/tests/bench/bench_routing" --runs "$runs"
# Validating a million handoffs against the contract, the stage map and the data standard (target: 10 s).
bench="$build/tests/bench/bench_validator"
if [ -x "$bench" ]; then
    "$baton" demo "$work/million.baton" --handoffs 1000000 --weeks 104 >/dev/null
    read -r t m <<<"$(measure "$bench" "$work/million.baton" --runs 1)"
    printf '%-44s %12s %12s\n' "validate 1,000,000 handoffs (target 10 s)" "$t" "$((m / 1024))"
fi
# The KPI engine against the straightforward GROUP BY in the sqlite3 shell, on 10^6 handoffs (same run).
rm -f "$work/kpi.baton"
"$baton" demo "$work/kpi.baton" --handoffs 1000000 --weeks 52 >/dev/null
echo
"$build/tests/bench/bench_kpi" "$work/kpi.baton" --runs "$runs" --baton "$baton"
# Exporting the PDF scorecard of one week on the same 10^6 handoffs (target: under 2 s).
echo
"$build/tests/bench/bench_scorecard" "$work/kpi.baton" --runs "$runs" --baton "$baton"
# CSV import: a generated 10^5 and 10^6-row, 22-column CRM export through baton import (validation, routing, SLA
# facts, KPI cubes) vs the sqlite3 shell's .import of the same file into a plain table, same run; peak RSS of both.
rm -f "$work/import-source.baton"
"$baton" demo "$work/import-source.baton" --handoffs 100000 --weeks 52 >/dev/null
echo
"$build/tests/bench/bench_import" "$work/import-source.baton" --baton "$baton" --runs "$runs" --work "$work/import"
# Every operation of the Scale issue at 10^4, 10^5 and 10^6 handoffs, one table (tests/bench/scale.sh).
if [ -z "$only" ]; then
    echo
    scale
fi
