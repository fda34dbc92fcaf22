#!/usr/bin/env bash
# Build the Linux program as one self-contained file, dist/qotb-desktop, and run its
# self-test in a clean environment (no virtualenv, no Python on PATH, a fresh HOME).
#   ./installer/build-linux.sh            one file (dist/qotb-desktop)
#   QOTB_ONEDIR=1 ./installer/build-linux.sh   one folder (dist/qotb-desktop/qotb-desktop), faster to start
# The build has its own virtualenv (.venv-build: the program and PyInstaller, no test tools).
source "$(dirname "$0")/../scripts/_setup.sh"
apt_need binutils "${QT_OFFSCREEN_PACKAGES[@]}"   # objdump for PyInstaller; Qt's libraries for the self-test
VENV="${QOTB_BUILD_VENV:-$ROOT/.venv-build}"
make_venv "$ROOT[build]"
cd "$ROOT"
rm -rf dist/qotb-desktop
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
    installer/qotb-desktop.spec
if [ "${QOTB_ONEDIR:-}" = "1" ]; then EXE=dist/qotb-desktop/qotb-desktop; else EXE=dist/qotb-desktop; fi
ls -l "$EXE"
CLEAN_HOME="$(mktemp -d)"
env -i PATH=/usr/bin:/bin HOME="$CLEAN_HOME" "$EXE" --self-test
rm -rf "$CLEAN_HOME"
echo "built and self-tested: $EXE"
