#!/usr/bin/env bash
# Baton's one setup script, used by the two commands in README.md and by CI (.ci/run).
#
#   installer/setup.sh run     install what is missing, build, and open Baton on a demo workspace
#   installer/setup.sh test    install what is missing, build, and run the whole test suite
#   installer/setup.sh bench   install what is missing, build, and run the benchmarks (tests/bench)
#   installer/setup.sh deps    only install the missing Debian packages
#
# The package list lives in installer/packages.txt. Environment: BUILD_DIR (default: build),
# BATON_DEMO (default: ~/.local/share/Baton/demo.baton), JOBS (default: number of cores).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD_DIR:-$root/build}
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

configure_and_build() {
    say "Building in $build"
    cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" ${CMAKE_ARGS:-} >/dev/null
    cmake --build "$build" -j "$jobs"
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
        ;;
    bench)
        install_dependencies
        configure_and_build
        shift
        exec "$root/tests/bench/run.sh" "$build" "$@"
        ;;
    *)
        sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
        exit 2
        ;;
esac
