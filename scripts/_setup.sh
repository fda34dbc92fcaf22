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

# A PostgreSQL server on this machine for the tests (issue 10): Debian's postgresql,
# a cluster started on loopback, a role that may create databases. Exports
# QOTB_TEST_POSTGRES (tests/backends.py). Kept as given when already set; returns 1
# (with a note) when it cannot be made here (not root, no apt-get).
pg_test_server() {
    if [ -n "${QOTB_TEST_POSTGRES:-}" ]; then return 0; fi
    apt_need postgresql
    if ! command -v pg_lsclusters >/dev/null 2>&1; then
        echo "note: PostgreSQL is not installed here (install Debian's postgresql, or set QOTB_TEST_POSTGRES)" >&2
        return 1
    fi
    if [ "$(id -u)" -ne 0 ]; then
        echo "note: not root, so no PostgreSQL test server was started (set QOTB_TEST_POSTGRES to use one)" >&2
        return 1
    fi
    local version port status
    if [ -z "$(pg_lsclusters -h)" ]; then
        version="$(ls /usr/lib/postgresql | sort -V | tail -1)"
        pg_createcluster "$version" main >/dev/null
    fi
    read -r version _ port status _ < <(pg_lsclusters -h | head -1)
    [ "$status" = "online" ] || pg_ctlcluster "$version" main start
    runuser -u postgres -- psql -p "$port" -qtAc "SELECT 1 FROM pg_roles WHERE rolname = 'qotb_test'" | grep -q 1 ||
        runuser -u postgres -- psql -p "$port" -qc "CREATE ROLE qotb_test LOGIN CREATEDB PASSWORD 'qotb_test'"
    # a test server: a commit need not wait for the disk (this role only; nothing else changes)
    runuser -u postgres -- psql -p "$port" -qc "ALTER ROLE qotb_test SET synchronous_commit = off"
    export QOTB_TEST_POSTGRES="postgresql+psycopg://qotb_test:qotb_test@127.0.0.1:$port/postgres"
}
