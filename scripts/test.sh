#!/usr/bin/env bash
# Install everything the tests need and run them (Qt offscreen):
#   ./scripts/test.sh [pytest arguments]
# First the whole suite on SQLite; then the non-GUI suite (tests/unit and
# tests/integration, or the arguments given) again on a PostgreSQL server that this
# script installs and starts on loopback (tests/backends.py). QOTB_TEST_BACKENDS
# chooses the passes ("sqlite", "postgresql", default both).
source "$(dirname "$0")/_setup.sh"
apt_need "${QT_OFFSCREEN_PACKAGES[@]}"
make_venv -e "$ROOT[test]"
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
for backend in ${QOTB_TEST_BACKENDS:-sqlite postgresql}; do
    case "$backend" in
        sqlite)
            echo "== the suite on SQLite"
            "$VENV/bin/python" -m pytest "$@"
            ;;
        postgresql)
            if pg_test_server; then
                echo "== the non-GUI suite on PostgreSQL"
                if [ $# -eq 0 ]; then set -- tests/unit tests/integration; fi
                QOTB_TEST_BACKEND=postgresql "$VENV/bin/python" -m pytest "$@"
            else
                echo "note: the PostgreSQL pass was skipped" >&2
            fi
            ;;
        *) echo "unknown back end: $backend" >&2; exit 2 ;;
    esac
done
