#!/bin/sh
# Builds the Debian package with cpack and checks what is in it.
#
#   check-deb.sh CPACK CPACK_CONFIG OUTDIR BINARY...
#
# CPACK is the cpack executable, CPACK_CONFIG the build tree's CPackConfig.cmake, OUTDIR a
# scratch directory (emptied first) and BINARY... the built executables, which must exist.
# Checks: the file list (dpkg-deb -c), the control fields (dpkg-deb -f), that everything
# lives under /usr, that the extracted binaries find all their libraries, and runs
# desktop-file-validate and appstreamcli validate-tree on the extracted tree.
set -eu

fail() {
    echo "check-deb: $*" >&2
    exit 1
}

[ $# -ge 4 ] || fail "usage: check-deb.sh CPACK CPACK_CONFIG OUTDIR BINARY..."
cpack=$1
config=$2
out=$3
shift 3

for bin in "$@"; do
    [ -x "$bin" ] || fail "$bin is not built; build the project before running this test"
done
[ -f "$config" ] || fail "$config does not exist; is include(CPack) configured?"

rm -rf "$out"
mkdir -p "$out"
cd "$out"

echo "check-deb: $cpack --config $config -G DEB -B $out"
if ! "$cpack" --config "$config" -G DEB -B "$out" >"$out/cpack.log" 2>&1; then
    cat "$out/cpack.log" >&2
    fail "cpack failed"
fi

set -- "$out"/waymark_*.deb
[ $# -eq 1 ] && [ -f "$1" ] || fail "expected exactly one waymark_*.deb in $out, found: $*"
deb=$1
echo "check-deb: built $(basename "$deb")"

# --- contents ----------------------------------------------------------------------------
dpkg-deb -c "$deb" >"$out/contents.txt" || fail "dpkg-deb -c failed"
awk '{ print $6 }' "$out/contents.txt" >"$out/paths.txt"
cat "$out/contents.txt"

missing=""
for f in \
    ./usr/bin/waymark \
    ./usr/bin/waymark-cli \
    ./usr/share/applications/io.waymark.Waymark.desktop \
    ./usr/share/mime/packages/io.waymark.Waymark.xml \
    ./usr/share/metainfo/io.waymark.Waymark.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/io.waymark.Waymark.svg \
    ./usr/share/doc/waymark/copyright
do
    grep -qxF "$f" "$out/paths.txt" || missing="$missing $f"
done
[ -z "$missing" ] || fail "missing from the package:$missing"

outside=$(grep -v -e '^\./$' -e '^\./usr/' "$out/paths.txt" || true)
[ -z "$outside" ] || fail "files outside /usr: $outside"
if grep -q '^\./usr/local/' "$out/paths.txt"; then
    fail "files under /usr/local: the packaging prefix is wrong"
fi
if awk '$2 != "root/root" { bad = 1 } END { exit !bad }' "$out/contents.txt"; then
    fail "files not owned by root/root"
fi

# --- control fields ----------------------------------------------------------------------
echo "check-deb: control:"
dpkg-deb -f "$deb" | sed 's/^/    /'
field() { dpkg-deb -f "$deb" "$1"; }

[ "$(field Package)" = waymark ] || fail "Package is '$(field Package)', not waymark"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] ||
    fail "Architecture is '$(field Architecture)'"
case "$(field Version)" in
    [0-9]*.[0-9]*.[0-9]*-[0-9]*) ;;
    *) fail "Version '$(field Version)' is not UPSTREAM-RELEASE" ;;
esac
case "$(field Maintainer)" in
    *"<"*@*">"*) ;;
    *) fail "Maintainer '$(field Maintainer)' has no e-mail address" ;;
esac
[ -n "$(field Description)" ] || fail "no Description"

depends=$(field Depends)
[ -n "$depends" ] || fail "no Depends: dpkg-shlibdeps did not run"
# libqt6sql6 itself comes through libqt6sql6-sqlite; other Qt modules only if linked.
for lib in libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6-sqlite libc6; do
    echo "$depends" | tr ',' '\n' | sed 's/^ *//; s/[ (].*//' | grep -qxF "$lib" ||
        fail "Depends does not name $lib: $depends"
done

# --- the extracted tree ------------------------------------------------------------------
root="$out/root"
dpkg-deb -x "$deb" "$root" || fail "dpkg-deb -x failed"

for bin in "$root/usr/bin/waymark" "$root/usr/bin/waymark-cli"; do
    [ -x "$bin" ] || fail "$bin is not executable"
    if ldd "$bin" | grep -q 'not found'; then
        ldd "$bin" >&2
        fail "$bin has unresolved libraries"
    fi
done

if command -v desktop-file-validate >/dev/null 2>&1; then
    dfv=$(desktop-file-validate "$root/usr/share/applications/io.waymark.Waymark.desktop" 2>&1) ||
        fail "desktop-file-validate on the packaged desktop file: $dfv"
    case "$dfv" in
        *error:* | *warning:*) fail "desktop-file-validate: $dfv" ;;
    esac
fi

if command -v appstreamcli >/dev/null 2>&1; then
    appstreamcli validate-tree --no-net "$root" ||
        fail "appstreamcli validate-tree on the packaged tree failed"
fi

echo "check-deb: OK"
