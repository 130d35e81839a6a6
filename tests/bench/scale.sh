#!/usr/bin/env bash
# Baton at scale (issue 9): every operation of the issue at 10^4, 10^5 and 10^6 handoffs, in one command, ending
# in one table with the reference each is compared against (measured in the same run), the target, and the
# growth from 10^5 to 10^6.
#
#   tests/bench/scale.sh BUILD_DIR [--runs N] [--big-runs N] [--scroll-runs N] [--sizes 10000,100000,1000000]
#                        [--work DIR] [--only OP[,OP...]] [--report-only]
#
#   --runs N         runs per measurement (median), default 3
#   --big-runs N     runs at 10^6 and above, default: --runs
#   --scroll-runs N  runs of the end-to-end scroll (the longest measurement), default 1 at 10^6 and above,
#                    else --runs
#   --work DIR       keep the workspaces, the CSV exports, the benchmarks' own output (logs/) and the raw results
#                    (results-N.txt) in DIR, and reuse the workspaces found there on the next run; default: a
#                    temporary folder, removed at the end
#   --only OPS       measure only these operations: import, kpi, route, open, scroll, scorecard (with --work, the
#                    other operations' results from the last run in DIR stay in the table)
#   --report-only    measure nothing: print the table again from the results in --work DIR
#
# Workspaces: `baton demo FILE --handoffs N --weeks 52` for every N (the 52 weeks of the KPI and scorecard
# benchmarks, so the handoffs per week grow with N), and `baton demo EMPTY --handoffs 0 --weeks 52` (the same
# configuration without handoffs) as the reference for opening. The benchmarks' own output goes to stderr as
# they run; the table goes to stdout. Each benchmark appends RESULT lines (tests/bench/benchresult.h).
set -euo pipefail
build=${1:?usage: scale.sh BUILD_DIR [--runs N] [--big-runs N] [--scroll-runs N] [--sizes 10000,100000,1000000] [--work DIR] [--only OPS]}
shift
build=$(cd "$build" && pwd)
runs=3
big_runs=
scroll_runs=
sizes=10000,100000,1000000
work=
only=
report_only=0
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs=$2; shift 2 ;;
        --big-runs) big_runs=$2; shift 2 ;;
        --scroll-runs) scroll_runs=$2; shift 2 ;;
        --sizes) sizes=$2; shift 2 ;;
        --work) work=$2; shift 2 ;;
        --only) only=$2; shift 2 ;;
        --report-only) report_only=1; shift ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
big_runs=${big_runs:-$runs}
baton="$build/app/baton"
benches="$build/tests/bench"
for program in "$baton" "$benches/bench_import" "$benches/bench_kpi" "$benches/bench_routing" "$benches/bench_window" \
    "$benches/bench_scorecard"; do
    [ -x "$program" ] || { echo "scale.sh: $program is missing; build $build first" >&2; exit 1; }
done
command -v sqlite3 >/dev/null || { echo "scale.sh: the sqlite3 shell (the reference) is not installed" >&2; exit 1; }
if [ -z "$work" ]; then
    [ "$report_only" = 0 ] || { echo "scale.sh: --report-only needs --work DIR" >&2; exit 2; }
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work/logs"
work=$(cd "$work" && pwd)
IFS=, read -r -a size_list <<<"$sizes"
wanted() { [ -z "$only" ] || [[ ",$only," == *",$1,"* ]]; }
failures=()

# What the run was: when, on what, from which source, how loaded (kept in DIR for --report-only).
source_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
if [ "$report_only" = 0 ]; then
    revision=$(git -C "$source_root" rev-parse --short HEAD 2>/dev/null || echo unknown)
    if [ -n "$(git -C "$source_root" status --porcelain --untracked-files=no 2>/dev/null)" ]; then
        revision+=" with uncommitted changes"
    fi
    rerun_start="$(date '+%Y-%m-%d %H:%M %Z'), load $(cut -d' ' -f1-3 /proc/loadavg)"
    if [ -z "$only" ] || [ ! -f "$work/run-info.txt" ]; then
        {
            echo "started=$(date '+%Y-%m-%d %H:%M %Z')"
            echo "load_start=$(cut -d' ' -f1-3 /proc/loadavg)"
            echo "revision=$revision"
            echo "runs=$runs"
            echo "big_runs=$big_runs"
            echo "scroll_runs=${scroll_runs:-1 at 10^6 and above, else as the rest}"
            echo "only=${only:-all}"
        } >"$work/run-info.txt"
    fi
    # Runs one benchmark: its output to stderr (indented) and to logs/NAME.txt; a non-zero exit is noted, not fatal
    # (bench_scorecard exits 1 when it misses its target).
    run_bench() {
        local name=$1
        shift
        echo "--- $name: $*" >&2
        local code=0
        "$@" >"$work/logs/$name.txt" 2>&1 || code=$?
        sed 's/^/    /' "$work/logs/$name.txt" >&2
        if [ $code -ne 0 ]; then
            echo "    (exit code $code)" >&2
            failures+=("$name (exit $code)")
        fi
    }

    # Workspaces.
    make_demo() {
        local file=$1 n=$2
        if [ ! -s "$file" ]; then
            local t0 t1
            t0=$(date +%s.%N)
            "$baton" demo "$file" --handoffs "$n" --weeks 52 --force >/dev/null
            t1=$(date +%s.%N)
            awk -v f="$(basename "$file")" -v n="$n" -v a="$t0" -v b="$t1" \
                'BEGIN { printf "generated %s (%s handoffs, 52 weeks) in %.1f s\n", f, n, b - a }' >&2
        fi
    }
    make_demo "$work/empty.baton" 0
    for n in "${size_list[@]}"; do
        make_demo "$work/demo-$n.baton" "$n"
    done

    for n in "${size_list[@]}"; do
        r=$runs
        [ "$n" -ge 1000000 ] && r=$big_runs
        sr=${scroll_runs:-$([ "$n" -ge 1000000 ] && echo 1 || echo "$r")}
        file="$work/demo-$n.baton"
        results="$work/results-$n.txt"
        # A full run starts the results afresh; a run of some operations (--only) replaces only theirs.
        if [ -z "$only" ] || [ ! -f "$results" ]; then
            : >"$results"
        else
            for op in import kpi route open scroll scorecard; do
                wanted "$op" || continue
                case $op in kpi) ops_re='kpi_window|kpi_engine' ;; route) ops_re='route|coverage' ;; open) ops_re='open|open_numbers' ;; *) ops_re=$op ;; esac
                grep -Ev "^RESULT op=($ops_re) " "$results" >"$results.tmp" || true
                mv "$results.tmp" "$results"
            done
        fi
        echo "=== $n handoffs ($r runs) ===" >&2
        if wanted import; then
            mkdir -p "$work/import-$n"
            run_bench "import-$n" "$benches/bench_import" "$file" --baton "$baton" --rows "$n" --runs "$r" \
                --work "$work/import-$n" --result "$results"
            rm -f "$work/import-$n/run.baton" "$work/import-$n/plain.db" "$work/import-$n"/run.baton-*
        fi
        if wanted kpi; then
            run_bench "kpi-window-$n" "$benches/bench_window" kpi "$file" --runs "$r" --result "$results"
            run_bench "kpi-engine-$n" "$benches/bench_kpi" "$file" --runs "$r" --baton "$baton" --result "$results"
        fi
        if wanted route; then
            run_bench "routing-$n" "$benches/bench_routing" --leads "$n" --rules 300 --runs "$r" --result "$results"
        fi
        if wanted open; then
            run_bench "open-$n" "$benches/bench_window" open "$file" --empty "$work/empty.baton" --runs "$r" --result "$results"
        fi
        if wanted scroll; then
            run_bench "scroll-$n" "$benches/bench_window" scroll "$file" --runs "$sr" --result "$results"
        fi
        if wanted scorecard; then
            run_bench "scorecard-$n" "$benches/bench_scorecard" "$file" --runs "$r" --baton "$baton" --result "$results"
        fi
    done
    if [ -z "$only" ] || ! grep -q '^load_end=' "$work/run-info.txt"; then
        echo "load_end=$(cut -d' ' -f1-3 /proc/loadavg)" >>"$work/run-info.txt"
    else
        # The last rerun of the same operations replaces the one before (its results were replaced too).
        grep -v "^rerun=$only measured again " "$work/run-info.txt" >"$work/run-info.tmp" || true
        mv "$work/run-info.tmp" "$work/run-info.txt"
        echo "rerun=$only measured again from $rerun_start to load $(cut -d' ' -f1-3 /proc/loadavg), $runs runs ($big_runs at 10^6), source $revision" >>"$work/run-info.txt"
    fi
fi

# The value of KEY in the RESULT line of OP in results-N.txt (empty when there is none).
field() {
    local n=$1 op=$2 key=$3
    [ -f "$work/results-$n.txt" ] || return 0
    awk -v op="$op" -v key="$key" '$1 == "RESULT" {
        delete f
        for (i = 2; i <= NF; i++) { p = index($i, "="); f[substr($i, 1, p - 1)] = substr($i, p + 1) }
        if (f["op"] == op) v = f[key]
    } END { print v }' "$work/results-$n.txt"
}
label() {
    case "$1" in
        10000) echo "10^4" ;; 100000) echo "10^5" ;; 1000000) echo "10^6" ;; 10000000) echo "10^7" ;; *) echo "$1" ;;
    esac
}
ops=(import kpi_window kpi_engine route coverage open open_numbers scroll scorecard)
title() {
    case "$1" in
        import) echo "1 import CSV (validate+route)" ;;
        kpi_window) echo "2 KPI refresh, 1 filter, painted" ;;
        kpi_engine) echo "2 ..same, engine only (bench_kpi)" ;;
        route) echo "3 route N leads x 300 rules" ;;
        coverage) echo "4 coverage analysis, 300 rules" ;;
        open) echo "5 open workspace, painted" ;;
        open_numbers) echo "5 ..same, row counts painted" ;;
        scroll) echo "6 scroll handoff table, all" ;;
        scorecard) echo "7 scorecard PDF (in process)" ;;
    esac
}
reference_name() {
    case "$1" in
        import) echo "sqlite3 .import" ;; kpi_window | kpi_engine) echo "sqlite3 GROUP BY" ;; open | open_numbers) echo "empty workspace" ;; *) echo "" ;;
    esac
}
target_text() {
    case "$1" in
        import) [ "${2:-0}" -ge 1000000 ] && echo "<= 2x" || echo "(2x at 10^6)" ;; kpi_window | kpi_engine) [ "${2:-0}" -ge 1000000 ] && echo "< 0.3 s, <= 0.5x" || echo "< 0.3 s" ;;
        route) echo "< 2 s" ;;
        coverage) echo "< 1 s" ;; open) echo "< 1 s, <= 1.5x" ;; open_numbers) echo "(not a target)" ;; scroll) echo "peak < 300 MB" ;; scorecard) echo "< 2 s" ;;
    esac
}
# yes / NO for a measurement: met OP MEDIAN RATIO PEAK_MB HANDOFFS
met() {
    local op=$1 m=$2 ratio=$3 peak=$4 n=$5
    awk -v op="$op" -v m="$m" -v r="$ratio" -v p="$peak" -v n="$n" 'BEGIN {
        ok = 1; unknown = 0
        # The issues state the import target for a 10^6-row file; smaller files only show their ratio.
        if (op == "import") { if (n < 1000000) { print "-"; exit } if (r == "-") unknown = 1; else ok = r <= 2 }
        # The issue states the KPI target at 10^6 handoffs; below that, only the 0.3 s is held to.
        else if (op == "kpi_window" || op == "kpi_engine") { if (r == "-") unknown = 1; else ok = m < 0.3 && (n < 1000000 || r <= 0.5) }
        else if (op == "route") ok = m < 2
        else if (op == "coverage") ok = m < 1
        else if (op == "open") { if (r == "-") unknown = 1; else ok = m < 1 && r <= 1.5 }
        else if (op == "scroll") { if (p == "-") unknown = 1; else ok = p < 300 }
        else if (op == "scorecard") ok = m < 2
        else if (op == "open_numbers") { print "-"; exit }
        print unknown ? "?" : ok ? "yes" : "NO"
    }'
}

table_line() { printf '%-34s | %-8s | %9s | %-27s | %6s | %-16s | %-4s | %7s\n' "$@"; }
echo
info() { sed -n "s/^$1=//p" "$work/run-info.txt" 2>/dev/null | tail -1; }
echo "Baton at scale: $(info started); $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'));"
echo "source $(info revision); load average $(info load_start) at the start, $(info load_end) at the end;"
echo "medians of $(info runs) runs ($(info big_runs) at 10^6; the scroll: $(info scroll_runs)); operations measured: $(info only);"
echo "workspaces: baton demo FILE --handoffs N --weeks 52 (the empty one: --handoffs 0)."
sed -n 's/^rerun=/later, /p' "$work/run-info.txt" 2>/dev/null
echo
table_line "operation" "handoffs" "median s" "reference (what, median s)" "ratio" "target" "met?" "peak MB"
table_line "----------------------------------" "--------" "---------" "---------------------------" "------" "----------------" "----" "-------"
for op in "${ops[@]}"; do
    for n in "${size_list[@]}"; do
        m=$(field "$n" "$op" median)
        [ -n "$m" ] || continue
        ref=$(field "$n" "$op" ref)
        peak_kb=$(field "$n" "$op" peak_kb)
        shown=$(field "$n" "$op" n)
        ratio=-
        reference=-
        if [ -n "$ref" ] && [ "$ref" != - ]; then
            ratio=$(awk -v m="$m" -v r="$ref" 'BEGIN { printf (r > 0 ? "%.2fx" : "-"), m / r }')
            reference="$(reference_name "$op") $(printf '%.3f' "$ref")"
        fi
        peak=-
        [ -n "$peak_kb" ] && [ "$peak_kb" != - ] && peak=$((peak_kb / 1024))
        table_line "$(title "$op")" "$(label "$n")" "$(printf '%.3f' "$m")" "$reference" "$ratio" "$(target_text "$op" "$n")" \
            "$(met "$op" "$m" "${ratio%x}" "$peak" "$n")" "$peak"
        [ "$shown" = "$n" ] || echo "  (that row measured $shown, not $n)"
    done
done

# Growth from 10^5 to 10^6.
echo
echo "growth, time at 10^6 / time at 10^5 (sub-linear < 8, linear 8 to 12, i.e. ~10, super-linear > 12):"
for op in "${ops[@]}"; do
    a=$(field 100000 "$op" median)
    b=$(field 1000000 "$op" median)
    [ -n "$a" ] && [ -n "$b" ] || continue
    awk -v t="$(title "$op")" -v a="$a" -v b="$b" 'BEGIN {
        g = a > 0 ? b / a : 0
        word = g < 8 ? "sub-linear" : g <= 12 ? "linear" : "super-linear"
        printf "  %-34s %8.3f s -> %8.3f s   x %6.2f   %s\n", t, a, b, g, word
    }'
done

# What the rows hold beyond the table.
echo
echo "details:"
detail() { [ -z "$2" ] || echo "  $(label "$1") $3"; }
mb() { local v; v=$(field "$@"); [ -n "$v" ] && [ "$v" != - ] || v=0; echo $((v / 1024)); }
for n in "${size_list[@]}"; do
    v=$(field "$n" import ref_peak_kb)
    detail "$n" "$v" "import: peak of the sqlite3 shell $(mb "$n" import ref_peak_kb) MB"
    v=$(field "$n" kpi_window slowest)
    detail "$n" "$v" "KPI painted: slowest ${v//_/ }; clearing the filter $(field "$n" kpi_window clear) s; first one-filter change \
$(field "$n" kpi_window first) s, last $(field "$n" kpi_window last) s of $(field "$n" kpi_window refreshes) refreshes; items in the trend chart's \
scene $(field "$n" kpi_window trend_items)"
    v=$(field "$n" kpi_engine slowest)
    detail "$n" "$v" "KPI engine: slowest ${v//_/ }; baton kpi --by source --json as a process $(field "$n" kpi_engine cli) s"
    v=$(field "$n" route compile)
    detail "$n" "$v" "route: compiling the rules $v s; the same rules read one by one (matching only) $(field "$n" route plain) s"
    v=$(field "$n" coverage scenarios)
    detail "$n" "$v" "coverage: $v scenarios"
    v=$(field "$n" open shown_handoffs)
    detail "$n" "$v" "open: start page $(field "$n" open page), showing $v handoffs; of which counting every table (the Overview's \
Workspace::tableCounts) alone $(field "$n" open counts_full) s, on the empty workspace $(field "$n" open counts_empty) s"
    v=$(field "$n" scroll rss_open_kb)
    detail "$n" "$v" "scroll: RSS with the window on the dashboard $(mb "$n" scroll rss_window_kb) MB, table open \
$(mb "$n" scroll rss_open_kb) MB (opened in $(field "$n" scroll open_s) s), after scrolling $(mb "$n" scroll rss_end_kb) MB; \
$(field "$n" scroll steps) page steps; last row reached: $([ "$(field "$n" scroll end)" = 1 ] && echo yes || echo NO)"
    v=$(field "$n" scorecard data)
    detail "$n" "$v" "scorecard of $(field "$n" scorecard week) ($(field "$n" scorecard week_handoffs) handoffs that week): data $v s, \
render $(field "$n" scorecard render) s; baton scorecard as a process $(field "$n" scorecard cli) s"
done
if [ ${#failures[@]} -gt 0 ]; then
    echo
    echo "benchmarks that exited non-zero (see their output above): ${failures[*]}"
fi
