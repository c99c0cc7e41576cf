#!/bin/sh
# Fails when a C++ file of the project differs from what .clang-format asks for.
set -eu
src=${1:?source dir}
cd "$src"
format=$(command -v clang-format-14 || command -v clang-format || true)
if [ -z "$format" ]; then
    echo "check_format: clang-format is not installed (packaging/install-deps.sh installs it)" >&2
    exit 1
fi
if [ -d .git ] && command -v git >/dev/null 2>&1; then
    files=$(git ls-files --cached --others --exclude-standard -- '*.cpp' '*.h')
else
    files=$(find app models ui tests -name '*.cpp' -o -name '*.h')
fi
bad=0
for f in $files; do
    [ -f "$f" ] || continue
    if ! "$format" --dry-run -Werror "$f" >/dev/null 2>&1; then
        echo "not formatted: $f (run: $format -i $f)"
        bad=$((bad + 1))
    fi
done
if [ "$bad" -ne 0 ]; then
    echo "check_format: $bad file(s) need clang-format" >&2
    exit 1
fi
echo "check_format: all files formatted"
