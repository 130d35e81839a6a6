#!/usr/bin/env bash
# The Debian package as a user gets it: builds it with CPack from the build tree, checks its dependencies
# and contents, unpacks it into an empty directory with `dpkg -x` and runs the unpacked program headless.
#
#   tests/tst_package.sh BUILD_DIR VERSION
#
# Registered with CTest as tst_package. Needs cpack, dpkg-deb and dpkg-shlibdeps (dpkg-dev), readelf.
set -euo pipefail

build=$(cd "$1" && pwd)
version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

failures=0
check() { # check DESCRIPTION COMMAND...
    if "${@:2}"; then
        echo "PASS: $1"
    else
        echo "FAIL: $1"
        failures=$((failures + 1))
    fi
}

# --- Build the package -----------------------------------------------------------------------------------
if ! cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    echo "FAIL: cpack -G DEB"
    exit 1
fi
deb=$(find "$work/out" -maxdepth 1 -name "baton_${version}_*.deb" -print -quit)
[ -n "$deb" ] || { echo "FAIL: no baton_${version}_*.deb in $work/out"; ls -l "$work/out"; exit 1; }
echo "PASS: built $(basename "$deb")"

# --- Dependencies ----------------------------------------------------------------------------------------
depends=$(dpkg-deb --field "$deb" Depends)
echo "Depends: $depends"
# Whether Depends names package $1 (alternatives "a | b" count too), with or without a version.
depends_on() { tr ',|' '\n\n' <<<"$depends" | awk '{ print $1 }' | grep -xF "$1" >/dev/null; }
# What Qt loads at run time, which dpkg-shlibdeps cannot see.
for package in libqt6sql6-sqlite qt6-qpa-plugins fonts-dejavu-core tzdata; do
    check "Depends names $package" depends_on "$package"
done

# --- Contents --------------------------------------------------------------------------------------------
contents=$(dpkg-deb --contents "$deb" | awk '{ print $6 }')
for file in ./usr/bin/baton \
    ./usr/share/applications/org.baton.Baton.desktop \
    ./usr/share/metainfo/org.baton.Baton.metainfo.xml \
    ./usr/share/mime/packages/org.baton.Baton.xml \
    ./usr/share/icons/hicolor/scalable/apps/org.baton.Baton.svg \
    ./usr/share/icons/hicolor/16x16/apps/org.baton.Baton.png \
    ./usr/share/icons/hicolor/48x48/apps/org.baton.Baton.png \
    ./usr/share/icons/hicolor/512x512/apps/org.baton.Baton.png; do
    check "package holds $file" grep -qxF "$file" <<<"$contents"
done

# --- Unpack into an empty directory and run from there -----------------------------------------------------
root="$work/root"
mkdir "$root"
dpkg -x "$deb" "$root"
baton="$root/usr/bin/baton"
# A clean environment: nothing from the build tree or the user's settings can help the unpacked program.
run() { env -i PATH=/usr/bin:/bin HOME="$work/home" TZ=UTC LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen "$baton" "$@"; }
mkdir "$work/home"

# Every shared library the unpacked binary needs comes from a package that Depends names.
resolved=$(ldd "$baton")
while read -r library; do
    path=$(awk -v lib="$library" '$1 == lib && $2 == "=>" { print $3 }' <<<"$resolved")
    owner=""
    [ -n "$path" ] && owner=$(dpkg -S "$(readlink -f "$path")" 2>/dev/null || dpkg -S "$path" 2>/dev/null || true)
    owner=$(head -n1 <<<"$owner" | cut -d: -f1)
    check "$library (package ${owner:-?}) is in Depends" depends_on "${owner:-unknown-package}"
done < <(readelf -d "$baton" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | grep -v '^ld-linux')

output=$(run --version)
echo "$output"
check "baton --version prints $version" grep -q "^Baton $version " <<<"$output"

workspace="$work/demo.baton"
make_demo() { run demo "$workspace" --weeks 4 --handoffs 300 --json >"$work/demo.json"; }
check "baton demo writes a workspace" make_demo
info=$(run info "$workspace" --json)
handoffs=$(sed -n 's/^ *"handoff": *\([0-9]*\),\{0,1\}$/\1/p' <<<"$info")
check "baton info --json counts the 300 demo handoffs (got $handoffs)" test "$handoffs" = 300
# The MIME type's magic rule: SQLite's header, and "BATN" as the application id at offset 68.
check "workspace starts with the SQLite header" test "$(head -c 15 "$workspace")" = "SQLite format 3"
check "workspace carries BATN at offset 68" test "$(dd if="$workspace" bs=1 skip=68 count=4 2>/dev/null)" = "BATN"

# The headless PDF scorecard from the unpacked files (a QApplication on the offscreen platform, the DejaVu fonts the
# package depends on embedded): five pages, the week and the page numbers as text, the week's handoffs as
# `baton kpi` counts them. pdfinfo, pdftotext and pdffonts come from poppler-utils.
card="$work/scorecard.pdf"
make_card() { run scorecard "$workspace" --week 2026-W47 -o "$card" --page-size a4 --json >"$work/card.json"; }
check "baton scorecard writes a PDF from the unpacked package" make_card
pages=$(pdfinfo "$card" 2>/dev/null | sed -n 's/^Pages: *//p')
check "the scorecard has 5 pages (got ${pages:-none})" test "$pages" = 5
text=$(pdftotext -layout "$card" - 2>/dev/null || true)
check "pdftotext finds the week in the scorecard" grep -q "Week 2026-W47" <<<"$text"
check "pdftotext finds page 5 of 5" grep -q "Page 5 of 5" <<<"$text"
week_handoffs=$(run kpi "$workspace" --by week --week 2026-W47 --json | sed -n 's/^ *"handoffs": *\([0-9]*\),\{0,1\}$/\1/p' | head -n1)
check "pdftotext finds the week's ${week_handoffs:-?} handoffs (baton kpi) in the KPI table" \
    grep -Eq "^ *Handoffs +${week_handoffs:-x} " <<<"$text"
check "the scorecard embeds its fonts" grep -Eq "DejaVuSans +CID TrueType +Identity-H +yes" <<<"$(pdffonts "$card" 2>/dev/null)"

# The desktop files as installed.
check "desktop-file-validate passes on the installed .desktop file" \
    desktop-file-validate "$root/usr/share/applications/org.baton.Baton.desktop"
check "appstreamcli validate passes on the installed metainfo" \
    appstreamcli validate --no-net --strict "$root/usr/share/metainfo/org.baton.Baton.metainfo.xml"

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "All package checks passed"
