# Shared by scripts/test.sh and scripts/start-demo.sh: system libraries and the virtualenv.
# Sourced, not run. Uses: QOTB_VENV (default .venv), QOTB_PYTHON (default python3).

set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${QOTB_VENV:-$ROOT/.venv}"
PYTHON="${QOTB_PYTHON:-python3}"

# Install Debian packages that are missing, when we may (root and apt-get present).
# Each argument may list alternatives separated by "|" (names changed in Debian 13).
apt_need() {
    command -v dpkg-query >/dev/null 2>&1 || return 0
    local missing=() want alt found
    for want in "$@"; do
        found=""
        for alt in ${want//|/ }; do
            if dpkg-query -W -f='${Status}' "$alt" 2>/dev/null | grep -q "install ok installed"; then found=1; break; fi
        done
        [ -n "$found" ] || missing+=("$want")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
        echo "note: not root, so these system packages were not installed: ${missing[*]}" >&2
        return 0
    fi
    export DEBIAN_FRONTEND=noninteractive
    [ -n "${QOTB_APT_UPDATED:-}" ] || { apt-get update -qq; export QOTB_APT_UPDATED=1; }
    local pick=()
    for want in "${missing[@]}"; do
        for alt in ${want//|/ }; do
            if apt-cache show "$alt" >/dev/null 2>&1; then pick+=("$alt"); break; fi
        done
    done
    [ ${#pick[@]} -eq 0 ] || apt-get install -y -qq --no-install-recommends "${pick[@]}" >/dev/null
}

# What Qt needs to run offscreen (FACTS.md), and fonts, for tests and screenshots.
QT_OFFSCREEN_PACKAGES=(libgl1 libegl1 libxkbcommon0 libfontconfig1 fontconfig "libglib2.0-0t64|libglib2.0-0" "libdbus-1-3" libfreetype6)
# And for a real window on an X11 desktop.
QT_X11_PACKAGES=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0 libxcb-render-util0
                 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1)

make_venv() {
    if [ ! -x "$VENV/bin/python" ]; then
        "$PYTHON" -m venv "$VENV" 2>/dev/null || { apt_need python3-venv; "$PYTHON" -m venv "$VENV"; }
    fi
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check "$@"
}
