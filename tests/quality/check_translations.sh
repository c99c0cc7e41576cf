#!/bin/sh
# Fails when a user-visible string in the sources has no German translation: runs lupdate
# on a copy of translations/waymark_de.ts and counts unfinished or new messages.
set -eu
src=${1:?source dir}
lupdate=${2:?lupdate}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$src/translations/waymark_de.ts" "$work/waymark_de.ts"
find "$src/models" "$src/ui" "$src/app" \( -name '*.cpp' -o -name '*.h' \) > "$work/files.lst"
"$lupdate" -silent -no-obsolete -locations none "@$work/files.lst" -ts "$work/waymark_de.ts" >/dev/null
unfinished=$(grep -c 'type="unfinished"' "$work/waymark_de.ts" || true)
if [ "$unfinished" -ne 0 ]; then
    echo "check_translations: $unfinished string(s) lack a German translation:" >&2
    grep -B3 'type="unfinished"' "$work/waymark_de.ts" | grep '<source>' | head -40 >&2
    exit 1
fi
echo "check_translations: every string has a German translation"
