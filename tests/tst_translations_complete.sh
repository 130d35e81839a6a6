#!/usr/bin/env bash
# Every user-visible string has a translation in every shipped language.
#
#   tst_translations_complete.sh LUPDATE SOURCE_DIR
#
# Runs lupdate over app/, ui/ and model/ into a copy of each committed translations/baton_*.ts, exactly as the
# update_translations target does. It fails when the copy then holds a source text the committed file lacks (a
# tr() string nobody translated because lupdate was not run), an entry marked unfinished, or an empty translation
# (or plural form).
set -euo pipefail
lupdate=${1:?usage: tst_translations_complete.sh LUPDATE SOURCE_DIR}
source_dir=${2:?usage: tst_translations_complete.sh LUPDATE SOURCE_DIR}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mapfile -t sources < <(find "$source_dir/app" "$source_dir/ui" "$source_dir/model" -name '*.cpp' -o -name '*.h' | sort)
status=0
shopt -s nullglob
ts_files=("$source_dir"/translations/baton_*.ts)
if [ ${#ts_files[@]} -lt 3 ]; then
    echo "FAIL: expected the German, French and Spanish .ts files in translations/, found ${#ts_files[@]}"
    exit 1
fi
for committed in "${ts_files[@]}"; do
    name=$(basename "$committed")
    copy="$work/$name"
    cp "$committed" "$copy"
    "$lupdate" -silent -no-obsolete -locations none "${sources[@]}" -ts "$copy" >"$work/lupdate.log" 2>&1 || {
        cat "$work/lupdate.log"; echo "FAIL: lupdate failed on $name"; exit 1; }
    before=$(grep -c '<source>' "$committed" || true)
    after=$(grep -c '<source>' "$copy" || true)
    unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
    empty=$(grep -cE '<translation></translation>|<translation/>|<numerusform></numerusform>|<numerusform/>' "$copy" || true)
    if [ "$after" -ne "$before" ] || [ "$unfinished" -ne 0 ] || [ "$empty" -ne 0 ]; then
        echo "FAIL: $name: the sources have $after texts, the file $before; $unfinished unfinished, $empty empty"
        echo "      (run: cmake --build BUILD --target update_translations, then translate the new entries)"
        diff <(grep -o '<source>.*</source>' "$committed" | sort) <(grep -o '<source>.*</source>' "$copy" | sort) | head -20 || true
        grep -B3 'type="unfinished"' "$copy" | grep -o '<source>.*' | head -20 || true
        status=1
    else
        echo "PASS: $name: $after texts, all translated"
    fi
done

# A file that translates through a helper of its own, `QString tr(const char *text) { return
# QCoreApplication::translate("CONTEXT", text); }`, finds its texts at run time under CONTEXT only; lupdate files a
# call of that helper under the class or namespace it stands in. Every such call must be filed under CONTEXT (write
# QCoreApplication::translate("CONTEXT", "...") where lupdate would guess another context).
"$lupdate" -silent -no-obsolete -locations absolute "${sources[@]}" -ts "$work/located.ts" >"$work/lupdate.log" 2>&1 || {
    cat "$work/lupdate.log"; echo "FAIL: lupdate failed"; exit 1; }
mismatches=0
for file in "${sources[@]}"; do
    helper=$(grep -A2 -E '^QString tr\(const char \*text[^)]*\)' "$file" | grep -oE 'translate\("[^"]+"' | head -1 | cut -d'"' -f2 || true)
    [ -n "$helper" ] || continue
    real=$(realpath "$file")
    while IFS=$'\t' read -r context line; do
        text=$(sed -n "${line}p" "$file")
        case "$text" in *'translate('*|*QT_TRANSLATE_NOOP*) continue ;; esac
        echo "FAIL: $file:$line is translated under $helper at run time, but lupdate files it under $context"
        mismatches=$((mismatches + 1))
    done < <(awk -v want="$real" -v helper="$helper" '
        /<name>/ { gsub(/.*<name>|<\/name>.*/, ""); context = $0 }
        /<location / {
            file = $0; sub(/.*filename="/, "", file); sub(/".*/, "", file)
            line = $0; sub(/.*line="/, "", line); sub(/".*/, "", line)
            while (substr(file, 1, 3) == "../") file = substr(file, 4)
            if (context != helper && substr(want, length(want) - length(file)) == "/" file)
                print context "\t" line
        }' "$work/located.ts")
done
if [ "$mismatches" -ne 0 ]; then
    status=1
else
    echo "PASS: every call of a file's own tr() helper is filed under the helper's context"
fi
exit $status
