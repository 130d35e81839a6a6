#!/usr/bin/env bash
# Baton's benchmark harness (not part of the test suite). Usage: tests/bench/run.sh BUILD_DIR [--runs N]
# Prints a table of median wall times over N runs (default 3) and peak memory (max RSS).
set -euo pipefail
build=${1:?usage: run.sh BUILD_DIR [--runs N]}
shift
runs=3
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
baton="$build/app/baton"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

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
# CSV import: a generated 10^5 and 10^6-row, 22-column CRM export through baton import (validation, routing, SLA
# facts, KPI cubes) vs the sqlite3 shell's .import of the same file into a plain table, same run; peak RSS of both.
rm -f "$work/import-source.baton"
"$baton" demo "$work/import-source.baton" --handoffs 100000 --weeks 52 >/dev/null
echo
"$build/tests/bench/bench_import" "$work/import-source.baton" --baton "$baton" --runs "$runs" --work "$work/import"
