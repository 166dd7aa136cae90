#!/bin/bash
# The console against a server that offers exactly what the seed documents list:
# billing-sandbox --documented-only. As a new user would: one connection per family made with
# `billing-console profile add` (the key on standard input, into a private keychain), then every
# pane that family supports opened with --screenshot, which exits 0 only once the pane shows the
# server's data. Afterwards no API key may be in any file under the config, data or cache dirs.
#   tests/documented_only.sh BUILD_DIR   (run under tests/with-keyring.sh)
set -euo pipefail
source "$(dirname "$0")/console_lib.sh"
build=$(cd "$1" && pwd)
console="$build/bin/billing-console"
sandbox_bin="$build/bin/billing-sandbox"
setup_work documented
# The keyring's own files live under XDG_DATA_HOME (tests/with-keyring.sh); the console's data
# directory is checked separately.
console_data="$work/data"
mkdir -p "$console_data"

start_sandbox "$sandbox_bin" "$work/sandbox.sqlite" --documented-only
url=$(field 'd["url"]')
company=$(field 'd["platform"]["company_id"]')
extension=$(field 'd["platform"]["extension_id"]')
key() { field "d['keys']['$1']"; }

add() { # name family role [extra args]
    local name=$1 family=$2 role=$3
    shift 3
    key "$role" | "$console" profile add --name "$name" --url "$url" --family "$family" --role "$role" \
        --key-stdin "$@" >"$work/add.out" 2>&1 || fail "profile add $name: $(cat "$work/add.out")"
}
add "Org admin" org_billing super_admin
add "Org owner" org_billing owner
add "Credits admin" credits super_admin --currency USD --amount-units minor
add "Credits owner" credits owner --currency USD --amount-units minor
add "Platform" platform owner --company-id "$company" --extension-id "$extension" --currency INR
add "Tier" tier owner

# A key the server refuses is not saved, and says why.
if echo "bc_test_nobody" | "$console" profile add --name "Wrong" --url "$url" --family credits --role owner \
    --key-stdin >"$work/wrong.out" 2>&1; then
    fail "a refused key was saved"
fi
grep -q "does not accept this API key" "$work/wrong.out" || fail "refused key: $(cat "$work/wrong.out")"
# A key that is not the role it claims is refused with the reason.
if key owner | "$console" profile add --name "Claims admin" --url "$url" --family credits --role super_admin \
    --key-stdin >"$work/role.out" 2>&1; then
    fail "an owner key saved as super_admin"
fi
grep -q "so this key is not" "$work/role.out" || fail "claimed role: $(cat "$work/role.out")"

"$console" profile list --json >"$work/list.json"
python3 - "$work/list.json" <<'EOF' || fail "profile list: $(cat "$work/list.json")"
import json, sys
names = sorted(p["name"] for p in json.load(open(sys.argv[1])))
assert names == ["Credits admin", "Credits owner", "Org admin", "Org owner", "Platform", "Tier"], names
EOF
"$console" profile test "Credits owner" --json >"$work/test.json" || fail "profile test: $(cat "$work/test.json")"
grep -q '"works": *true' "$work/test.json" || fail "profile test report: $(cat "$work/test.json")"

shoot() { # profile pane
    local png="$work/${1// /_}-$2.png"
    if ! XDG_DATA_HOME="$console_data" timeout 90 "$console" --profile "$1" --pane "$2" --screenshot "$png" \
        >"$work/shot.out" 2>&1; then
        fail "$1 / $2 did not load: $(cat "$work/shot.out")"
    fi
    [ -s "$png" ] || fail "$1 / $2: no screenshot"
    [ -n "${BC_SCREENSHOT_DIR:-}" ] && cp "$png" "$BC_SCREENSHOT_DIR/documented-$(basename "$png" | tr 'A-Z_' 'a-z-')"
    echo "ok: $1 / $2"
}
for pane in subscriptions customer invoices payments dashboard journal pending; do shoot "Org admin" $pane; done
for pane in subscriptions customer invoices payments dashboard; do shoot "Org owner" $pane; done
for pane in ledger customer coupons plans orders; do shoot "Credits admin" $pane; done
for pane in ledger customer orders; do shoot "Credits owner" $pane; done
shoot "Platform" charges
shoot "Tier" tier

# Every key is in the keychain, and in no file the console wrote.
for role in super_admin owner; do
    k=$(key "$role")
    [ "$(secret-tool lookup server billing-console user "Org ${role/super_admin/admin}" 2>/dev/null)" = "$k" ] ||
        fail "the key of Org ${role/super_admin/admin} is not in the keychain"
done
for role in super_admin owner admin member support; do
    k=$(key "$role")
    if grep -rqF "$k" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$console_data"; then
        fail "the $role key is in a file: $(grep -rlF "$k" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$console_data")"
    fi
done

"$console" profile remove "Tier" >/dev/null
[ -z "$(secret-tool lookup server billing-console user Tier 2>/dev/null)" ] || fail "a removed profile's key stayed"
echo "documented-only: every family's panes load"
