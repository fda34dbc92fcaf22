#!/usr/bin/env bash
# Test the Windows installer under Wine, headless, as a clerk's desk would meet it:
#   ./installer/test-windows.sh [dist/qotb-desktop-setup-VERSION.exe]
# (after ./installer/build-windows.sh, whose one-folder build it also uses to make the
# "previous version" installer). On a new Wine prefix (a new desk) whose user folders
# are in Persian letters with spaces (C:\users\علی رضایی\...):
#  1. the previous version installed silently, per user; a database put in the data
#     folder as that version would have left it;
#  2. the new installer's wizard run by keyboard, every page captured as a PNG, as an
#     upgrade over it; the database unchanged byte for byte, the old program's files
#     gone; the program it opens at the end captured;
#  3. the installed program's --self-test, its output redirected to a file inside
#     Windows (cmd's >); its log file written in the data folder;
#  4. the main window shown and captured (an account made with the command line, the
#     login typed);
#  5. uninstalled silently: the program's files, shortcuts and registry entry gone,
#     the data folder and the database unchanged.
# Pictures and logs: build/windows-test/. Exit 0 when every check passed.
source "$(dirname "$0")/../scripts/_setup.sh"
source "$ROOT/installer/wine/common.sh"
apt_need "${WINE_BUILD_PACKAGES[@]}" "${WINE_TEST_PACKAGES[@]}" "${QT_X11_PACKAGES[@]}"
VENV="${QOTB_BUILD_VENV:-$ROOT/.venv-build}"
cd "$ROOT"
VERSION="$("$VENV/bin/python" -c 'import qotb_desktop; print(qotb_desktop.__version__)')"
SETUP="${1:-dist/qotb-desktop-setup-$VERSION.exe}"
PROGRAM=dist/windows/qotb-desktop
[ -f "$SETUP" ] || die "no installer at $SETUP (run ./installer/build-windows.sh)"
OUT="$ROOT/build/windows-test"
rm -rf "$OUT" && mkdir -p "$OUT"
failures=0
check() {  # check "what" command...: prints ok/FAILED and counts failures
    local what="$1"; shift
    if "$@"; then echo "ok: $what"; else echo "FAILED: $what"; failures=$((failures + 1)); fi
}

step "0. signing: a copy signed with a throwaway certificate, and its signature verified"
SIGNING="$(mktemp -d)"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=qotb-desktop test signing" \
    -keyout "$SIGNING/key.pem" -out "$SIGNING/cert.pem" >/dev/null 2>&1
cp "$SETUP" "$SIGNING/setup.exe"
check "an unsigned build says so" test "$(signed_or_not "$SIGNING/setup.exe")" = unsigned
QOTB_SIGN_CERT="$SIGNING/cert.pem" QOTB_SIGN_KEY="$SIGNING/key.pem" sign_if_asked "$SIGNING/setup.exe"
check "the signed copy carries a signature that verifies" sh -c \
    "osslsigncode verify -in '$SIGNING/setup.exe' -CAfile '$SIGNING/cert.pem' >/dev/null 2>&1"
rm -rf "$SIGNING"

step "a display (Xvfb, 1366x768) with a window manager"
DISPLAY_NUMBER=":$((90 + RANDOM % 100))"
Xvfb "$DISPLAY_NUMBER" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
export DISPLAY="$DISPLAY_NUMBER"
export WINEPREFIX="$QOTB_WINDOWS_CACHE/desk"
cleanup() { WINEPREFIX="$QOTB_WINDOWS_CACHE/desk" wineserver -k 2>/dev/null || true; kill "$XVFB" 2>/dev/null || true; }
trap cleanup EXIT
sleep 1
openbox >/dev/null 2>&1 &
shot() { import -window root "$OUT/$1.png"; echo "picture: $OUT/$1.png"; }

step "a new desk: a Wine prefix whose user folders are in Persian letters with spaces"
wine_prefix_make "$WINEPREFIX"
PERSON="علی رضایی"
HOME_W="C:\\users\\$PERSON"
HOME_L="$WINEPREFIX/drive_c/users/$PERSON"
mkdir -p "$HOME_L/AppData/Local" "$HOME_L/AppData/Roaming" "$HOME_L/Desktop"
for pair in "Local AppData=$HOME_W\\AppData\\Local" "AppData=$HOME_W\\AppData\\Roaming" "Desktop=$HOME_W\\Desktop" \
            "Programs=$HOME_W\\AppData\\Roaming\\Microsoft\\Windows\\Start Menu\\Programs"; do
    for key in "User Shell Folders" "Shell Folders"; do
        wine reg add "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\$key" \
            /v "${pair%%=*}" /d "${pair#*=}" /f >/dev/null 2>&1
    done
done
wineserver -w
DATA_L="$HOME_L/AppData/Local/qotb-desktop"
DATA_W="$HOME_W\\AppData\\Local\\qotb-desktop"
INSTALL_L="$HOME_L/AppData/Local/Programs/qotb-desktop"
START_MENU_LINK="$HOME_L/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/دبیرخانه قطب‌های علمی.lnk"
DESKTOP_LINK="$HOME_L/Desktop/دبیرخانه قطب‌های علمی.lnk"

step "1. the previous version, installed silently for this user"
PREVIOUS_VERSION="${QOTB_PREVIOUS_VERSION:-$(ls db/releases | sed 's/\.sqlite$//' | sort -V | grep -vx "$VERSION" | tail -1)}"
PREVIOUS_PROGRAM="$(mktemp -d)/qotb-desktop"
cp -r "$PROGRAM" "$PREVIOUS_PROGRAM"
echo "a file of the previous version only" >"$PREVIOUS_PROGRAM/_internal/previous-version-only.txt"
PREVIOUS_SETUP="$OUT/qotb-desktop-setup-$PREVIOUS_VERSION.exe"
QT_QPA_PLATFORM=offscreen "$VENV/bin/python" installer/windows_files.py "$OUT/previous" "$PREVIOUS_VERSION"
make_installer "$PREVIOUS_PROGRAM" "$PREVIOUS_VERSION" "$PREVIOUS_SETUP" "$OUT/previous/qotb-desktop.ico"
rm -rf "$(dirname "$PREVIOUS_PROGRAM")"
wine "$PREVIOUS_SETUP" /S /CurrentUser </dev/null 2>&1 | cat
wineserver -w
check "the previous version is installed per user ($INSTALL_L)" test -f "$INSTALL_L/_internal/previous-version-only.txt"
check "its uninstall entry says $PREVIOUS_VERSION" \
    sh -c "wine reg query 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\qotb-desktop' /v DisplayVersion 2>/dev/null | grep -q '$PREVIOUS_VERSION'"
# The database as that version left it, with a backup beside it.
mkdir -p "$DATA_L/backups"
cp "db/releases/$PREVIOUS_VERSION.sqlite" "$DATA_L/qotb.sqlite"
cp "db/releases/$PREVIOUS_VERSION.sqlite" "$DATA_L/backups/qotb-20261201-090000.sqlite"
data_sums() { (cd "$DATA_L" && sha256sum qotb.sqlite backups/qotb-20261201-090000.sqlite); }
data_sums >"$OUT/data-before.sha256"

step "2. the new installer's wizard, by keyboard, as an upgrade (every page captured)"
wine "$SETUP" </dev/null >/dev/null 2>&1 &
WIZARD=$!
page=0
while kill -0 "$WIZARD" 2>/dev/null && [ $page -lt 10 ]; do
    sleep 6
    kill -0 "$WIZARD" 2>/dev/null || break
    page=$((page + 1))
    shot "wizard-$page"
    data_sums >"$OUT/data-after-upgrade.sha256"   # the last page's: installed, the program not yet opened
    xdotool key Return
done
wait "$WIZARD" || true
sleep 20   # the finish page's «باز کردن برنامه» starts the program: its first window
shot "after-install-program"
wineserver -k 2>/dev/null || true
wineserver -w
check "the wizard went through its pages to the end ($page pictures)" test "$page" -ge 4
check "the new version is installed over the old one" test -f "$INSTALL_L/qotb-desktop.exe"
check "the old version's own file is gone" test ! -e "$INSTALL_L/_internal/previous-version-only.txt"
check "the uninstall entry says $VERSION" \
    sh -c "wine reg query 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\qotb-desktop' /v DisplayVersion 2>/dev/null | grep -q '$VERSION'"
for stub in "${WINE_STUBS[@]}"; do
    check "the Wine-only stand-in $stub.dll is not in the installed program" \
        sh -c "! find '$INSTALL_L' -iname '$stub.dll' | grep -q ."
done
check "the Start-menu shortcut is there" test -f "$START_MENU_LINK"
check "the desktop shortcut is there" test -f "$DESKTOP_LINK"
check "the database and its backup are unchanged byte for byte" cmp -s "$OUT/data-before.sha256" "$OUT/data-after-upgrade.sha256"

step "3. the installed program's self-test, its output redirected to a file inside Windows"
EXE_W="$HOME_W\\AppData\\Local\\Programs\\qotb-desktop\\qotb-desktop.exe"
# cmd /c call "PROGRAM" --self-test > "FILE" 2>&1 (Wine quotes the arguments that hold
# spaces; "call" first, so that cmd keeps those quotes).
code=0
QT_QPA_PLATFORM=offscreen wine cmd /c call "$EXE_W" --self-test '>' "$HOME_W\\self-test.txt" '2>&1' </dev/null 2>&1 | cat ||
    code=$?
cp "$HOME_L/self-test.txt" "$OUT/self-test.txt" 2>/dev/null || true
cat "$OUT/self-test.txt" 2>/dev/null || true
check "the redirected output ends with the verdict" grep -q "self-test passed" "$OUT/self-test.txt"
check "the self-test passed (exit $code)" test "$code" -eq 0

step "4. the main window: an administrator made on the command line, then the login typed"
export QOTB_NEW_PASSWORD="desk-password-1"
wine "$INSTALL_L/qotb-desktop.exe" user add admin --role administrator --name "مدیر دبیرخانه" </dev/null 2>&1 | cat || true
wine "$INSTALL_L/qotb-desktop.exe" </dev/null >/dev/null 2>&1 &
sleep 25
shot "login"
xdotool type --delay 50 "admin"
xdotool key Tab
xdotool type --delay 50 "$QOTB_NEW_PASSWORD"
xdotool key Return
sleep 15
shot "main-window"
# The main window's title is the program's name alone; the login's is «ورود - ...».
check "the login opened the main window" sh -c "xdotool search --onlyvisible --name '^دبیرخانه قطب‌های علمی\$' | grep -q ."
wineserver -k 2>/dev/null || true
wineserver -w
check "the program migrated the database after copying it beside itself" \
    sh -c "ls '$DATA_L' | grep -q 'qotb.before-'"
check "its log in the data folder has the start of this version" grep -q "start: version $VERSION" "$DATA_L/logs/qotb.log"
data_sums >"$OUT/data-before-uninstall.sha256"

step "5. uninstalled silently: the program goes, the data stays"
wine "$INSTALL_L/uninstall.exe" /CurrentUser /S </dev/null 2>&1 | cat
sleep 5
wineserver -w
check "the program's folder is gone" test ! -e "$INSTALL_L/qotb-desktop.exe"
check "the shortcuts are gone" sh -c "test ! -e '$START_MENU_LINK' && test ! -e '$DESKTOP_LINK'"
check "the uninstall entry is gone" \
    sh -c "! wine reg query 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\qotb-desktop' >/dev/null 2>&1"
data_sums >"$OUT/data-after-uninstall.sha256"
check "the data folder and the database are unchanged" cmp -s "$OUT/data-before-uninstall.sha256" "$OUT/data-after-uninstall.sha256"

echo
if [ "$failures" -ne 0 ]; then die "$failures check(s) failed (pictures and logs in $OUT)"; fi
echo "the Windows installer passed every check under Wine (pictures in $OUT)"
