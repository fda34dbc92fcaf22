# Shared by installer/build-windows.sh and installer/test-windows.sh: Wine, its
# prefixes, the Windows CPython, NSIS and signing. Sourced after scripts/_setup.sh.

QOTB_WINDOWS_CACHE="${QOTB_WINDOWS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/qotb-windows}"
TOOLCHAIN="${QOTB_WINDOWS_PYTHON_TARBALL:-$ROOT/../shared/toolchains/cpython-3.11.9-windows-amd64.tar.xz}"
TOOLCHAIN_SHA256=85d4e44252750c62cc4bd90f25ca28148c98e6583f31886a8e1e2ab8102f35ad
WINE_STUBS=(icuuc mscms)   # installer/wine/NAME.c, see installer/wine/README.md

# Wine for 64-bit programs (the program, the NSIS installer and uninstaller are all
# 64-bit: no i386 packages), NSIS, the MinGW compiler of the stand-ins, a display for
# setup programs and windows, and what the tests drive and capture them with.
WINE_BUILD_PACKAGES=(wine wine64 nsis gcc-mingw-w64-x86-64-win32 xvfb xauth osslsigncode)
WINE_TEST_PACKAGES=(imagemagick openbox xdotool x11-utils openssl)

# Wine takes the Linux side's character set from the locale: UTF-8, or Persian names are lost.
export LC_ALL=C.UTF-8
export WINEDEBUG="${WINEDEBUG:--all}"
export WINEARCH=win64
# No .NET (mono) or Internet Explorer (gecko) in the prefixes: nothing here uses them,
# and Wine would try to download them.
export WINEDLLOVERRIDES="mscoree,mshtml="

step() { printf '\n== %s\n' "$*"; }
die() { echo "error: $*" >&2; exit 1; }

# A Windows path of a Linux path (Wine maps / to Z:).
winpath() { local p; p="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"; p="Z:${p//\//\\}"; printf '%s' "$p"; }

# wine_prefix_make DIR: a new 64-bit prefix with the stand-ins compiled into its
# system32 and mscms' stand-in used by qotb-desktop.exe only.
wine_prefix_make() {
    local dir="$1" stub built
    rm -rf "$dir"
    mkdir -p "$(dirname "$dir")"
    built="$(mktemp -d)"
    for stub in "${WINE_STUBS[@]}"; do
        x86_64-w64-mingw32-gcc -O2 -Wall -Wextra -Werror -shared -static-libgcc \
            -o "$built/$stub.dll" "$ROOT/installer/wine/$stub.c" -Wl,--kill-at
    done
    WINEPREFIX="$dir" wineboot --init >/dev/null 2>&1
    WINEPREFIX="$dir" wineserver --wait
    for stub in "${WINE_STUBS[@]}"; do cp "$built/$stub.dll" "$dir/drive_c/windows/system32/"; done
    WINEPREFIX="$dir" wine reg add 'HKCU\Software\Wine\AppDefaults\qotb-desktop.exe\DllOverrides' \
        /v mscms /d native,builtin /f >/dev/null 2>&1
    WINEPREFIX="$dir" wineserver --wait
    rm -rf "$built"
}

# The build's prefix, kept in the cache while its recipe (the stand-ins' sources and
# how a prefix is made, Wine's version) stays the same.
wine_prefix_ready() {
    export WINEPREFIX="$QOTB_WINDOWS_CACHE/prefix"
    local recipe
    recipe="$( (cat "$ROOT"/installer/wine/*.c; declare -f wine_prefix_make) | sha256sum | cut -c1-16)-$(wine --version)"
    if [ "$(cat "$WINEPREFIX/.qotb-recipe" 2>/dev/null)" != "$recipe" ]; then
        step "a Wine prefix for the build ($WINEPREFIX)"
        wine_prefix_make "$WINEPREFIX"
        rm -rf "$QOTB_WINDOWS_CACHE/python"   # it was installed into the old prefix's world: start it again too
        echo "$recipe" >"$WINEPREFIX/.qotb-recipe"
    fi
}

# The shared Windows CPython, unpacked into the cache, with pip from PyPI's wheel.
WINDOWS_PYTHON="$QOTB_WINDOWS_CACHE/python/python.exe"
windows_python_ready() {
    [ -f "$WINDOWS_PYTHON" ] && [ -d "$QOTB_WINDOWS_CACHE/python/Lib/site-packages/pip" ] && return 0
    step "the Windows CPython ($TOOLCHAIN)"
    [ -f "$TOOLCHAIN" ] || die "no Windows CPython at $TOOLCHAIN (QOTB_WINDOWS_PYTHON_TARBALL names another)"
    echo "$TOOLCHAIN_SHA256  $TOOLCHAIN" | sha256sum --check --quiet || die "$TOOLCHAIN is not the expected file (sha256)"
    rm -rf "$QOTB_WINDOWS_CACHE/python"
    mkdir -p "$QOTB_WINDOWS_CACHE/python" "$QOTB_WINDOWS_CACHE/wheels"
    tar -C "$QOTB_WINDOWS_CACHE/python" -xJf "$TOOLCHAIN"
    # This CPython has no pip: pip's own wheel, unpacked where pip installs packages.
    "$VENV/bin/python" -m pip download -q --disable-pip-version-check --no-deps --only-binary=:all: \
        --dest "$QOTB_WINDOWS_CACHE/wheels" pip
    mkdir -p "$QOTB_WINDOWS_CACHE/python/Lib/site-packages"
    (cd "$QOTB_WINDOWS_CACHE/python/Lib/site-packages" && unzip -q -o "$(ls "$QOTB_WINDOWS_CACHE"/wheels/pip-*.whl | sort -V | tail -1)")
}

# The Windows Python. Wine 8 hands a console program an output that is a Linux file
# as an invalid handle, and Python then refuses to start ("init_sys_streams"): its
# output and errors go through pipes instead (a redirection inside Windows, as
# test-windows.sh does with cmd, works).
winpy() { wine "$WINDOWS_PYTHON" "$@" </dev/null 2> >(cat >&2) | cat; }

# make_installer PROGRAM_DIR VERSION OUT ICON [EXTRA_NSIS_DEFINES...]
make_installer() {
    local program="$1" version="$2" out="$3" icon="$4"
    shift 4
    makensis -V2 -WX -INPUTCHARSET UTF8 "-DVERSION=$version" "-DPROGRAM=$(cd "$program" && pwd)" \
        "-DOUTFILE=$(cd "$(dirname "$out")" && pwd)/$(basename "$out")" "-DICON=$(cd "$(dirname "$icon")" && pwd)/$(basename "$icon")" "$@" \
        "$ROOT/installer/qotb-desktop.nsi"
}

# Signs FILE in place when QOTB_SIGN_CERT and QOTB_SIGN_KEY are given, and checks the
# signature against QOTB_SIGN_CA (default: the certificate itself). No timestamp: no
# timestamping server is reachable from the build machines.
sign_if_asked() {
    local file="$1"
    if [ -z "${QOTB_SIGN_CERT:-}" ] || [ -z "${QOTB_SIGN_KEY:-}" ]; then
        echo "not signed (QOTB_SIGN_CERT and QOTB_SIGN_KEY not given)"
        return 0
    fi
    local pass=() signed="$file.signed"
    [ -n "${QOTB_SIGN_PASS:-}" ] && pass=(-pass "$QOTB_SIGN_PASS")
    osslsigncode sign -certs "$QOTB_SIGN_CERT" -key "$QOTB_SIGN_KEY" "${pass[@]}" -h sha256 \
        -n "دبیرخانه قطب‌های علمی" -in "$file" -out "$signed" >/dev/null || die "signing $file failed"
    mv "$signed" "$file"
    osslsigncode verify -in "$file" -CAfile "${QOTB_SIGN_CA:-$QOTB_SIGN_CERT}" >/dev/null || die "the signature of $file does not verify"
    echo "signed and verified: $file"
}

signed_or_not() {
    if osslsigncode extract-signature -in "$1" -out /dev/null >/dev/null 2>&1; then echo signed; else echo unsigned; fi
}
