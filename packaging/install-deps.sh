#!/bin/sh
# Installs everything Waymark needs to build, run and test on Debian 12 (bookworm).
# Idempotent: packages that are already installed are left alone, and nothing is fetched
# when everything is present. Run as root (or through sudo).
set -eu

packages="
    cmake ninja-build g++ pkg-config git
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite qt6-qpa-plugins libgl-dev libvulkan-dev libxkbcommon-dev
    libsqlite3-dev sqlite3 libuchardet-dev
    fonts-dejavu-core fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji
    clang-format-14 libclang-rt-14-dev
    xvfb xauth imagemagick poppler-utils desktop-file-utils appstream dpkg-dev file
    libxml2-utils
    python3
"

missing=""
for p in $packages; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    echo "install-deps: all build dependencies are installed."
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        exec sudo "$0" "$@"
    fi
    echo "install-deps: missing packages:$missing" >&2
    echo "install-deps: run this script as root to install them." >&2
    exit 1
fi

echo "install-deps: installing$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
# shellcheck disable=SC2086
apt-get install -y -q --no-install-recommends $missing
