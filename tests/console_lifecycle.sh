#!/bin/bash
# The real billing-console and its embedded demo sandbox: the sandbox ends with its console
# (kill -9, SIGTERM, or quitting while it is still starting), and its database is owner-only.
#   tests/console_lifecycle.sh BUILD_DIR
set -euo pipefail
source "$(dirname "$0")/console_lib.sh"
build=$(cd "$1" && pwd)
console="$build/bin/billing-console"
work=$(mktemp -d /tmp/bc-lifecycle.XXXXXX)
trap 'pkill -KILL -f "$work/" 2>/dev/null || true; rm -rf "$work"' EXIT
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
export XDG_RUNTIME_DIR="$work/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
db="$work/demo/demo.sqlite"

start_console() {
    "$console" --profile owner --sandbox-database "$db" --store "$work/console.db" >"$work/console.log" 2>&1 &
    console_pid=$!
}
sandbox_of() { pgrep -P "$1" -f billing-sandbox || true; }
has_sandbox() { [ -n "$(sandbox_of "$console_pid")" ]; }

# kill -9 of the console: its sandbox ends too.
start_console
wait_for 30 has_sandbox || fail "no sandbox started: $(cat "$work/console.log")"
sandbox=$(sandbox_of "$console_pid")
wait_for 30 test -s "$db" || fail "no demo database"
[ "$(stat -c %a "$(dirname "$db")")" = 700 ] || fail "the demo directory is $(stat -c %a "$(dirname "$db")")"
[ "$(stat -c %a "$db")" = 600 ] || fail "the demo database is $(stat -c %a "$db")"
kill -KILL "$console_pid"
wait_for 10 gone "$sandbox" || fail "the sandbox outlived a killed console"
echo "ok: kill -9"

# SIGTERM: the console quits cleanly and stops its sandbox.
start_console
wait_for 30 has_sandbox || fail "no sandbox on the second start"
sandbox=$(sandbox_of "$console_pid")
sleep 1
kill -TERM "$console_pid"
wait_for 15 gone "$console_pid" || fail "the console did not quit on SIGTERM"
wait "$console_pid" || fail "the console exited with $? on SIGTERM: $(cat "$work/console.log")"
wait_for 10 gone "$sandbox" || fail "the sandbox outlived the console's SIGTERM"
echo "ok: SIGTERM"

# Quitting while the sandbox is still starting quits (no modal box left waiting).
start_console
wait_for 10 has_sandbox || fail "no sandbox on the third start"
kill -TERM "$console_pid"
wait_for 15 gone "$console_pid" || fail "the console hung when quit while its sandbox was starting"
echo "console lifecycle: the sandbox ends with its console"
