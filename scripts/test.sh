#!/usr/bin/env bash
# Install everything the tests need and run the whole suite (Qt offscreen).
#   ./scripts/test.sh [pytest arguments]
source "$(dirname "$0")/_setup.sh"
apt_need "${QT_OFFSCREEN_PACKAGES[@]}"
make_venv -e "$ROOT[test]"
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
exec "$VENV/bin/python" -m pytest "$@"
