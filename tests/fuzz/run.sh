#!/usr/bin/env bash
# Runs every libFuzzer target of a fuzz build for a fixed time each and reports executions and findings.
#
#   tests/fuzz/run.sh FUZZ_BUILD_DIR [--seconds N]      (default 60 seconds per target)
#
# FUZZ_BUILD_DIR is configured with clang and -DBATON_FUZZ=ON (installer/setup.sh bench --fuzz does that).
# Each target starts from the committed corpus (tests/fuzz/corpus/<target>), every earlier finding
# (tests/fuzz/regressions/<target>) and, for workspace_file, the seed workspaces fuzz_seeds writes. A crash,
# a hang (one input over 25 s), a leak, a sanitizer report or a broken property is a finding: the input is
# kept in FUZZ_BUILD_DIR/fuzz-findings/ and the exit code is 1. A finding then belongs in
# tests/fuzz/regressions/<target>/ with its fix, where tst_fuzzregressions replays it in the normal suite.
set -euo pipefail
build=$(cd "${1:?usage: run.sh FUZZ_BUILD_DIR [--seconds N]}" && pwd)
shift
seconds=60
while [ $# -gt 0 ]; do
    case "$1" in
        --seconds) seconds=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
fuzz_dir="$build/tests/fuzz"
findings="$build/fuzz-findings"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$findings"

export TZ=UTC LC_ALL=C.UTF-8
export LSAN_OPTIONS="suppressions=$source_dir/../sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$source_dir/../sanitizers/ubsan.supp"

"$fuzz_dir/fuzz_seeds" "$work/seeds/workspace_file" >/dev/null

status=0
printf '%-22s %9s %12s %10s %8s  %s\n' "fuzz target" "seconds" "executions" "exec/s" "corpus" "result"
for executable in "$fuzz_dir"/fuzz_*; do
    name=${executable##*/fuzz_}
    [ "$name" = seeds ] && continue
    [ -f "$executable" ] && [ -x "$executable" ] || continue
    corpus="$work/corpus/$name"
    mkdir -p "$corpus"
    inputs=()
    for dir in "$source_dir/corpus/$name" "$source_dir/regressions/$name" "$work/seeds/$name"; do
        [ -d "$dir" ] && inputs+=("$dir")
    done
    log="$work/$name.log"
    if "$executable" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=4096 -print_final_stats=1 \
        -artifact_prefix="$findings/$name-" "$corpus" ${inputs[@]+"${inputs[@]}"} >"$log" 2>&1; then
        result="no finding"
    else
        result="FINDING (see below)"
        status=1
    fi
    executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    units=$(find "$corpus" -type f | wc -l)
    printf '%-22s %9s %12s %10s %8s  %s\n' "$name" "$seconds" "${executions:-?}" "${rate:-?}" "$units" "$result"
    if [ "$result" != "no finding" ]; then
        cp "$log" "$findings/$name.log"
        { grep -E 'ERROR|SUMMARY|violated|Test unit written|==[0-9]+==' "$log" || tail -5 "$log"; } | head -20 | sed 's/^/    /'
    fi
done
[ $status -eq 0 ] || echo "Findings and logs are in $findings"
exit $status
