#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Set-up for a fresh Debian 12 machine, then one of:
#   ./bilan.sh run   build (Release) and open Bilan on the bundled bilan
#   ./bilan.sh test  build (Release) and run every test, offscreen, ending on CTest's summary
#                    (the store tests also on a throwaway PostgreSQL cluster, tests/pgcluster.sh)
# Installs the Debian packages it needs when they are missing (with sudo when not root).
# Idempotent: a second run only rebuilds what changed.
#
# Environment: BILAN_BUILD_DIR (default: build), BILAN_CMAKE_ARGS (extra configure arguments),
# BILAN_JOBS (parallel build jobs, default: the number of cores).
set -euo pipefail

cd "$(dirname "$(readlink -f "$0")")"
command_name="${1:-}"
case "$command_name" in
run | test) shift ;;
*)
    echo "usage: $0 run [bilan options] | test [ctest options]" >&2
    exit 2
    ;;
esac

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite libqt6sql6-psql qt6-tools-dev qt6-l10n-tools
    qt6-svg-dev qt6-translations-l10n
    libxml2-dev libssl-dev qt6-pdf-dev libtesseract-dev tesseract-ocr-fra
    libbenchmark-dev
    xvfb xauth poppler-utils fonts-dejavu-core fonts-symbola
    clang-format-14
    wfrench
    postgresql
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if ((${#missing[@]})); then
    echo "==> Installing Debian packages: ${missing[*]}"
    sudo=()
    if [ "$(id -u)" -ne 0 ]; then sudo=(sudo); fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

build_dir="${BILAN_BUILD_DIR:-build}"
jobs="${BILAN_JOBS:-$(nproc)}"
# shellcheck disable=SC2206
extra_args=(${BILAN_CMAKE_ARGS:-})
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    echo "==> Configuring in $build_dir"
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release "${extra_args[@]}"
fi
echo "==> Building in $build_dir"
cmake --build "$build_dir" --parallel "$jobs"

case "$command_name" in
run)
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "==> No display: saving a picture of the window to bilan-window.png instead" >&2
        exec env QT_QPA_PLATFORM=offscreen "$build_dir/bin/bilan" --screenshot bilan-window.png "$@"
    fi
    exec "$build_dir/bin/bilan" "$@"
    ;;
test)
    echo "==> Running the tests"
    export QT_QPA_PLATFORM=offscreen
    exec ctest --test-dir "$build_dir" --output-on-failure --parallel "$jobs" "$@"
    ;;
esac
