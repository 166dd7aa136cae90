#!/bin/bash
# The real billing-console, driven as a user would with the keyboard (xdotool) in an X server,
# from a pane through to an open checkout, for every kind of checkout it embeds: Razorpay (a new
# subscription), Stripe and Creem (buying credits), the Stripe billing portal (credits), the tier
# family's upgrade and portal, and the platform's charge approval. Each time the checkout window
# must open and the console must still be running (it died with SIGSEGV here once), then quit
# cleanly on SIGTERM with its embedded sandbox.
#   xvfb-run -a tests/console_checkout.sh BUILD_DIR [SCREENSHOT_DIR]
set -euo pipefail
source "$(dirname "$0")/console_lib.sh"
build=$(cd "$1" && pwd)
shots=${2:-}
console="$build/bin/billing-console"
sandbox="$build/bin/billing-sandbox"
work=$(mktemp -d /tmp/bc-checkout.XXXXXX)
trap 'pkill -KILL -f "$work/" 2>/dev/null || true; rm -rf "$work"' EXIT
fail() {
    echo "FAIL: $*" >&2
    [ -f "$work/console.log" ] && tail -20 "$work/console.log" >&2
    exit 1
}
export QT_QPA_PLATFORM=xcb XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/run"
# QtWebEngine refuses to run as root without this (tests only).
export QTWEBENGINE_DISABLE_SANDBOX=1 QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox --disable-gpu"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
mkdir -m 700 "$work/demo"
db="$work/demo/demo.sqlite"

window() { xdotool search --onlyvisible --name "$1" 2>/dev/null | head -n 1; }
has_window() { [ -n "$(window "$1")" ]; }

# The standalone sandbox on the demo database, for setting the scene between runs: prints its URL
# and keys as JSON on the first line.
with_sandbox() { # python-code: runs with `info` (the start line) and `call(method, path, key, body)`
    "$sandbox" --database "$db" --listen 127.0.0.1:0 --demo >"$work/sandbox.json" 2>"$work/sandbox.log" &
    local pid=$!
    wait_for 60 test -s "$work/sandbox.json" || fail "billing-sandbox did not start: $(cat "$work/sandbox.log")"
    python3 - "$work/sandbox.json" "$1" <<'EOF' || { kill "$pid"; fail "setting the scene failed"; }
import json, sys, urllib.request
info = json.loads(open(sys.argv[1]).readline())
def call(method, path, key, body=None, idem=None):
    req = urllib.request.Request(info["url"] + path, method=method,
        data=None if body is None else json.dumps(body).encode())
    req.add_header("Authorization", "Bearer " + info["keys"][key])
    req.add_header("Content-Type", "application/json")
    req.add_header("Idempotency-Key", idem or (method + path))
    with urllib.request.urlopen(req) as r:
        return json.loads(r.read() or b"{}")
exec(sys.argv[2])
EOF
    kill -TERM "$pid"
    wait "$pid" || true
}

# One run: the console as ROLE on PANE; Ctrl+K, QUERY, Return; then the dialog's KEYS; the
# checkout window titled like TITLE must open, and the console must survive it.
checkout() { # name role pane query keys title
    local name=$1 role=$2 pane=$3 query=$4 keys=$5 title=$6
    "$console" --profile "$role" --pane "$pane" --sandbox-database "$db" --store "$work/console-$name.db" \
        >"$work/console.log" 2>&1 &
    local pid=$!
    wait_for 60 has_window "^Billing Console" || fail "$name: no main window"
    sleep 3 # the embedded sandbox is up and the pane has loaded
    # On a loaded machine the pane may not have its data yet when the keys arrive (its action is
    # then still disabled and not in the palette): close what opened and walk it again, up to
    # three times, before calling it a failure.
    local attempt
    for attempt in 1 2 3; do
        xdotool windowfocus --sync "$(window "^Billing Console")"
        xdotool key ctrl+k
        wait_for 10 has_window "^Go to" || sleep 1
        xdotool type --delay 30 "$query"
        sleep 0.5
        xdotool key Return
        sleep 1.5
        # shellcheck disable=SC2086 # KEYS are several xdotool key names
        [ -z "$keys" ] || xdotool key --delay 150 $keys
        wait_for 30 has_window "$title" && break
        [ "$attempt" = 3 ] && fail "$name: no checkout window titled /$title/ opened"
        xdotool key Escape Escape
        sleep 2
    done
    sleep 3 # the provider's page loads in it
    running "$pid" || fail "$name: the console died with the checkout open"
    [ -z "$shots" ] || xwd -root -silent | convert xwd:- "$shots/checkout-$name.png"
    kill -TERM "$pid"
    local rc=0
    wait "$pid" || rc=$?
    [ "$rc" = 0 ] || fail "$name: the console exited with $rc after SIGTERM"
    if pgrep -f "billing-sandbox.*$db" >/dev/null; then fail "$name: the embedded sandbox outlived its console"; fi
    echo "ok: $name"
}

# Acme's subscription ends now, so its Owner can start one with Razorpay.
with_sandbox '
me = call("GET", "/api/billing/subscription/me", "owner")
call("PATCH", "/api/billing/subscription/" + me["id"], "super_admin",
     {"status": "cancelled", "reason": "checkout test: start over"})'

checkout razorpay owner subscriptions "Subscriptions New subscription" "Return" "^Pay "
checkout stripe-credits owner orders "Orders Buy credits" "Return" "^Checkout"
checkout creem-credits owner orders "Orders Buy credits" "alt+w Down Return" "^Checkout"
checkout credits-portal owner orders "Orders Billing portal" "" "^Billing portal"
checkout tier-upgrade owner tier "Plan tier Upgrade" "" "^Upgrade"
checkout platform-charge admin charges "Platform charges New one-time charge" \
    "alt+n S e t u p Tab o n c e Tab 2 5 0 0 period 0 0 Return" "^Approve charge"

# Acme pays for the Pro tier (the simulator's hosted page), so its tier portal opens.
with_sandbox '
import time, urllib.request
url = call("POST", "/v1/billing/checkout", "owner", {"tier": "pro"})["checkout_url"]
urllib.request.urlopen(urllib.request.Request(url.split("?")[0] + "/pay", method="POST", data=b""))
for _ in range(100):
    if call("GET", "/v1/billing", "owner").get("plan") == "pro":
        break
    time.sleep(0.1)
else:
    raise SystemExit("the tier never became pro")'
checkout tier-portal owner tier "Plan tier Billing portal" "" "^Billing portal"
