#!/usr/bin/env bash
# Baton's one setup script, used by the two commands in README.md and by CI (.ci/run).
#
#   installer/setup.sh run     install what is missing, build, and open Baton on a demo workspace
#   installer/setup.sh test    install what is missing, build, and run the whole test suite; then build again
#                              with AddressSanitizer and UndefinedBehaviorSanitizer and run the suite there
#   installer/setup.sh bench   install what is missing, build, and run the benchmarks and the crash trials
#                              (tests/bench/run.sh); with --fuzz also every fuzz target for 60 s (clang build)
#   installer/setup.sh deps    only install the missing Debian packages
#
# The package list lives in installer/packages.txt. Environment: BUILD_DIR (default: build), ASAN_BUILD_DIR
# (default: build-asan), FUZZ_BUILD_DIR (default: build-fuzz), SANITIZERS=0 to leave the sanitizer build out
# of `test`, BATON_DEMO (default: ~/.local/share/Baton/demo.baton), JOBS (default: number of cores).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD_DIR:-$root/build}
asan_build=${ASAN_BUILD_DIR:-$root/build-asan}
fuzz_build=${FUZZ_BUILD_DIR:-$root/build-fuzz}
jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

install_dependencies() {
    local missing=()
    while read -r package; do
        [ -z "$package" ] && continue
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done < <(sed -e 's/#.*//' -e 's/[[:space:]]//g' "$root/installer/packages.txt")
    if [ ${#missing[@]} -eq 0 ]; then
        say "All Debian packages are installed"
        return
    fi
    say "Installing ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# configure_and_build [DIR [CMAKE_OPTION... [-- TARGET...]]]
configure_and_build() {
    local dir=${1:-$build} options=() targets=()
    [ $# -gt 0 ] && shift
    while [ $# -gt 0 ] && [ "$1" != -- ]; do options+=("$1"); shift; done
    [ $# -gt 0 ] && shift && targets=(--target "$@")
    say "Building in $dir"
    # shellcheck disable=SC2086
    cmake -S "$root" -B "$dir" -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" ${CMAKE_ARGS:-} \
        ${options[@]+"${options[@]}"} >/dev/null
    cmake --build "$dir" -j "$jobs" ${targets[@]+"${targets[@]}"}
}

command=${1:-}
case "$command" in
    deps)
        install_dependencies
        ;;
    run)
        install_dependencies
        configure_and_build
        demo=${BATON_DEMO:-${XDG_DATA_HOME:-$HOME/.local/share}/Baton/demo.baton}
        if [ ! -f "$demo" ]; then
            mkdir -p "$(dirname "$demo")"
            say "Generating the demo workspace $demo"
            "$build/app/baton" demo "$demo"
        fi
        say "Starting Baton"
        exec "$build/app/baton" "$demo"
        ;;
    test)
        install_dependencies
        configure_and_build
        say "Running the test suite"
        # GUI tests run on the offscreen platform (set per test in tests/CMakeLists.txt); no display needed.
        ctest --test-dir "$build" --output-on-failure -j "$jobs" ${CTEST_ARGS:-}
        if [ "${SANITIZERS:-1}" != 0 ]; then
            # The same suite built with ASan + UBSan (-DBATON_SANITIZE=ON): any report fails its test.
            configure_and_build "$asan_build" -DBATON_SANITIZE=ON
            say "Running the test suite under AddressSanitizer and UndefinedBehaviorSanitizer"
            ctest --test-dir "$asan_build" --output-on-failure -j "$jobs" ${CTEST_ARGS:-}
        fi
        ;;
    bench)
        install_dependencies
        configure_and_build
        shift
        arguments=()
        for argument in "$@"; do
            if [ "$argument" = --fuzz ]; then
                # libFuzzer needs clang; only the fuzz executables are built there.
                configure_and_build "$fuzz_build" -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 \
                    -DBATON_FUZZ=ON -- fuzzers
                arguments+=(--fuzz "$fuzz_build")
            else
                arguments+=("$argument")
            fi
        done
        exec "$root/tests/bench/run.sh" "$build" ${arguments[@]+"${arguments[@]}"}
        ;;
    *)
        sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
        exit 2
        ;;
esac
