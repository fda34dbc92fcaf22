#!/usr/bin/env bash
# Install the program and open it on the demo database.
#   ./scripts/start-demo.sh
# The demo lives in its own file (demo.sqlite in the user's data folder), made on
# the first run and kept after; your office's database is not touched.
source "$(dirname "$0")/_setup.sh"
apt_need "${QT_OFFSCREEN_PACKAGES[@]}" "${QT_X11_PACKAGES[@]}"
make_venv -e "$ROOT"
DEMO_DB="${QOTB_DEMO_DB:-$("$VENV/bin/python" -c 'import platformdirs; print(platformdirs.user_data_path("qotb-desktop", appauthor=False) / "demo.sqlite")')}"
"$VENV/bin/qotb" --db "$DEMO_DB" demo --keep
exec "$VENV/bin/qotb" --db "$DEMO_DB" gui
