#!/usr/bin/env bash
# Dump the app's accessibility tree (as Orca sees it over AT-SPI) for every page, headless.
#
#   tools/a11y_check.sh OUTDIR [--database FILE.sqlite3] [--lang nl|en] [--size WxH] [--pages "home pacing …"]
#                              [--tab-stops N]
#
# Runs everything under `xvfb-run -a` and a private `dbus-run-session`, with Qt's AT-SPI bridge
# forced on (QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1, QT_ACCESSIBILITY=1) and the AT-SPI bus launcher
# started. For each page it starts the app with a throwaway data folder (RUGSCHOOL_HOME; a given
# --database is *copied* there first, the original is never opened), opens the page
# (tools/a11y_launch.py), runs `/usr/bin/python3 tools/a11y_tree.py --visit-tabs --include-hidden
# --tab-order N` and stops the app. The Tab-order walk (xdotool presses Tab, at most N=150 times per page tab) logs
# every focus stop as Orca hears it; it may type into the throwaway copy (a Tab that a multi-line
# edit keeps is taken back with BackSpace).
#
# OUTDIR gets PAGE.txt (tree + findings; every page tab pressed in turn), PAGE.app.log (the app's
# output) and SUMMARY.txt (the findings of every page). Exit status: 0 when no page has an
# unnamed focusable control, 1 when one has, 2 when a page could not be inspected at all.
#
# Extra a11y_tree.py options for every page: A11Y_TREE_ARGS, e.g. A11Y_TREE_ARGS="--press 'Begin de oefening'".
#
# Needs (Debian): xvfb xdotool at-spi2-core python3-pyatspi dbus dbus-x11 and Qt's libxcb-* libraries
# (see README.md). Pages: home, overview and the chapter ids of rugschool_gui/ui/chapters.
set -uo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PY="${A11Y_PYTHON:-$ROOT/.venv/bin/python}"
# home, overview and every registered chapter (fallback: the chapters as of writing)
ALL_PAGES="home overview $("$PY" -c 'import sys; sys.path.insert(0, sys.argv[1])
from rugschool_gui.ui.chapters import registered
print(" ".join(c.id for c in registered()))' "$ROOT" 2>/dev/null \
    || echo understanding too_much pacing too_little exposure graded_activity closing)"

usage() { sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
[ $# -ge 1 ] || usage
case "$1" in -h|--help) usage ;; esac

# ---- outer half: re-run this script inside Xvfb and a private session bus ---------------------
if [ -z "${A11Y_CHECK_INNER:-}" ]; then
    for tool in xvfb-run dbus-run-session /usr/bin/python3; do
        command -v "$tool" >/dev/null || { echo "a11y_check: $tool is missing (see the header of $0)" >&2; exit 2; }
    done
    /usr/bin/python3 -c 'import pyatspi' 2>/dev/null || { echo "a11y_check: apt-get install python3-pyatspi" >&2; exit 2; }
    export A11Y_CHECK_INNER=1
    exec xvfb-run -a -s "-screen 0 1600x1200x24" dbus-run-session -- "$0" "$@"
fi

# ---- inner half -------------------------------------------------------------------------------
OUT="$1"; shift
DATABASE="" LANG_OPT="nl" SIZE="" PAGES="$ALL_PAGES" TAB_STOPS=150
while [ $# -gt 0 ]; do
    case "$1" in
        --database) DATABASE="$2"; shift 2 ;;
        --lang) LANG_OPT="$2"; shift 2 ;;
        --size) SIZE="$2"; shift 2 ;;
        --pages) PAGES="$2"; shift 2 ;;
        --tab-stops) TAB_STOPS="$2"; shift 2 ;;  # 0 = no Tab-order walk
        *) echo "a11y_check: unknown option $1" >&2; exit 2 ;;
    esac
done
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"

export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 QT_QPA_PLATFORM=xcb
unset NO_AT_BRIDGE QT_ACCESSIBILITY_DISABLE 2>/dev/null || true
export PYTHONUNBUFFERED=1

bus_up() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.a11y.Bus 2>/dev/null | grep -q 'boolean true'
}
LAUNCHER_PID=""
if ! bus_up; then
    /usr/libexec/at-spi-bus-launcher --launch-immediately >"$OUT/at-spi-bus-launcher.log" 2>&1 &
    LAUNCHER_PID=$!
    for _ in $(seq 50); do bus_up && break; sleep 0.1; done
fi
bus_up || { echo "a11y_check: the AT-SPI bus (org.a11y.Bus) did not come up" >&2; exit 2; }

WORK="$(mktemp -d /tmp/a11y-check.XXXXXX)"
APP_PID=""
cleanup() {
    [ -n "$APP_PID" ] && stop_app
    [ -n "$LAUNCHER_PID" ] && kill "$LAUNCHER_PID" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT

DB_ARGS=()
if [ -n "$DATABASE" ]; then
    [ -f "$DATABASE" ] || { echo "a11y_check: no such database $DATABASE" >&2; exit 2; }
    cp "$DATABASE" "$WORK/workbook.sqlite3"
    DB_ARGS=(--database "$WORK/workbook.sqlite3")
fi

stop_app() {
    kill "$APP_PID" 2>/dev/null
    for _ in $(seq 100); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$APP_PID" 2>/dev/null
    wait "$APP_PID" 2>/dev/null
    APP_PID=""
}

STATUS=0
: >"$OUT/SUMMARY.txt"
for page in $PAGES; do
    log="$OUT/$page.app.log"
    size_args=(); [ -n "$SIZE" ] && size_args=(--size "$SIZE")
    RUGSCHOOL_HOME="$WORK/home" "$PY" "$ROOT/tools/a11y_launch.py" --lang "$LANG_OPT" --page "$page" \
        "${size_args[@]}" "${DB_ARGS[@]}" >"$log" 2>&1 &
    APP_PID=$!
    up=""
    for _ in $(seq 600); do  # up to 60 s: the window is painted and the page opened
        grep -q "a11y_launch: page" "$log" && { up=1; break; }
        kill -0 "$APP_PID" 2>/dev/null || break
        sleep 0.1
    done
    if [ -z "$up" ]; then
        echo "a11y_check: $page: the app did not come up (see $log)" | tee -a "$OUT/SUMMARY.txt" >&2
        stop_app; STATUS=2; continue
    fi
    eval "/usr/bin/python3 \"\$ROOT/tools/a11y_tree.py\" --wait 30 --visit-tabs --include-hidden \
        --tab-order \"\$TAB_STOPS\" ${A11Y_TREE_ARGS:-}" >"$OUT/$page.txt" 2>&1
    rc=$?
    stop_app
    case $rc in 0) verdict="ok" ;; 1) verdict="UNNAMED CONTROLS" ;; *) verdict="NOT INSPECTED (rc $rc)" ;; esac
    echo "$page: $verdict" >&2
    {
        echo "################ $page: $verdict"
        # the findings part of the dump (everything from the first findings header on)
        sed -n '/^==== UNNAMED FOCUSABLE CONTROLS/,$p' "$OUT/$page.txt"
        echo
    } >>"$OUT/SUMMARY.txt"
    if [ $rc -ge 2 ]; then STATUS=2; elif [ $rc -eq 1 ] && [ $STATUS -eq 0 ]; then STATUS=1; fi
done
echo "a11y_check: dumps in $OUT (SUMMARY.txt)" >&2
exit $STATUS
