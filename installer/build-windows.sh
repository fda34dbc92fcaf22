#!/usr/bin/env bash
# Build the Windows installer on Linux, under Wine:
#   ./installer/build-windows.sh        -> dist/qotb-desktop-setup-VERSION.exe
# Steps: a Wine prefix (cached, made again when missing or when its recipe changed),
# with the Wine-only stand-ins of installer/wine/ compiled into its system32; the
# shared Windows CPython (../shared/toolchains/) unpacked; the program's wheel and
# the Windows wheels of its dependencies installed into it; the one-folder program
# built with PyInstaller (installer/qotb-desktop.spec, trimmed there); its self-test
# run with the output redirected; then NSIS makes the installer
# (installer/qotb-desktop.nsi), signed when QOTB_SIGN_CERT and QOTB_SIGN_KEY name a
# certificate and its key (PEM or DER; QOTB_SIGN_PASS for an encrypted key).
#
# Cache: QOTB_WINDOWS_CACHE (default ~/.cache/qotb-windows): the prefix, the unpacked
# CPython, the downloaded wheels. Nothing of it is in the repository.
# Windows' own build (a real Windows machine): installer/build-windows.ps1.
source "$(dirname "$0")/../scripts/_setup.sh"
source "$ROOT/installer/wine/common.sh"

apt_need "${WINE_BUILD_PACKAGES[@]}"
VENV="${QOTB_BUILD_VENV:-$ROOT/.venv-build}"   # the Linux build's virtualenv: for the icon (Qt) and the wheel
make_venv "$ROOT[build]"
cd "$ROOT"
VERSION="$("$VENV/bin/python" -c 'import qotb_desktop; print(qotb_desktop.__version__)')"

wine_prefix_ready
windows_python_ready

step "the program's wheel and the Windows wheels of its dependencies"
WHEELS="$QOTB_WINDOWS_CACHE/wheels"
APP_WHEELS="$(mktemp -d)"
"$VENV/bin/python" -m pip wheel -q --disable-pip-version-check --no-deps -w "$APP_WHEELS" "$ROOT"
APP_WHEEL="$(ls "$APP_WHEELS"/qotb_desktop-*.whl)"
# The dependencies as pip resolves them for Windows (markers of win32 included), into the cache.
"$VENV/bin/python" -m pip download -q --disable-pip-version-check --dest "$WHEELS" --only-binary=:all: \
    --platform win_amd64 --python-version 3.11 --implementation cp --abi cp311 \
    "$APP_WHEEL[build]" pefile pywin32-ctypes tzdata colorama
winpy -m pip install -q --disable-pip-version-check --no-warn-script-location --no-index --find-links "$WHEELS" \
    --force-reinstall --no-deps "$APP_WHEEL"
winpy -m pip install -q --disable-pip-version-check --no-warn-script-location --no-index --find-links "$WHEELS" \
    "$APP_WHEEL[build]"
rm -rf "$APP_WHEELS"

step "the icon and the version resource"
FILES="$ROOT/build/windows"
QT_QPA_PLATFORM=offscreen "$VENV/bin/python" installer/windows_files.py "$FILES" "$VERSION"

step "the one-folder program (PyInstaller under Wine)"
rm -rf dist/windows/qotb-desktop
QOTB_ONEDIR=1 QOTB_ICON="$(winpath "$FILES/qotb-desktop.ico")" QOTB_VERSION_FILE="$(winpath "$FILES/version-info.txt")" \
    winpy -m PyInstaller --noconfirm --log-level WARN --distpath dist/windows --workpath build/pyinstaller-windows \
    installer/qotb-desktop.spec
PROGRAM=dist/windows/qotb-desktop
[ -f "$PROGRAM/qotb-desktop.exe" ] || die "PyInstaller made no $PROGRAM/qotb-desktop.exe"
# PyInstaller leaves Qt's plugins out, silently, when Qt6Core.dll cannot load during the analysis.
[ -f "$PROGRAM/_internal/PySide6/plugins/platforms/qwindows.dll" ] || die "the build has no Qt Windows plugin (qwindows.dll)"
for stub in "${WINE_STUBS[@]}"; do
    if find "$PROGRAM" -iname "$stub.dll" | grep -q .; then die "the Wine-only $stub.dll is in the build"; fi
done

step "the self-test of the built program, its output redirected to a file"
LOG="$ROOT/build/windows/self-test.txt"
if ! QT_QPA_PLATFORM=offscreen wine "$PROGRAM/qotb-desktop.exe" --self-test </dev/null 2>&1 | cat >"$LOG"; then
    cat "$LOG"; die "the Windows program's self-test failed"
fi
cat "$LOG"

step "the installer (NSIS)"
SETUP="dist/qotb-desktop-setup-$VERSION.exe"
make_installer "$PROGRAM" "$VERSION" "$SETUP" "$FILES/qotb-desktop.ico"
sign_if_asked "$SETUP"
ls -l "$SETUP"
du -sh "$PROGRAM"
echo "built: $SETUP ($(signed_or_not "$SETUP"))"
