#!/bin/bash
# `billing-console reconcile` against billing-sandbox, as finance would run it at the month's end:
# the Razorpay simulator's settlement report for six months, with each kind of discrepancy
# injected once, is matched against the server's payments and exactly those are reported (by kind
# and payment id); the report without injections matches completely; the run is in the operator
# journal with the report's SHA-256; and a server of the document alone (payments only in its CSV
# export) gives the same exceptions.
#   tests/reconcile.sh BUILD_DIR   (run under tests/with-keyring.sh)
set -euo pipefail
source "$(dirname "$0")/console_lib.sh"
build=$(cd "$1" && pwd)
console="$build/bin/billing-console"
setup_work recon
db="$work/sandbox.sqlite"
start_sandbox "$build/bin/billing-sandbox" "$db"
url=$(field 'd["url"]')
field "d['keys']['super_admin']" | "$console" profile add --name "Finance" --url "$url" --family org_billing \
    --role super_admin --key-stdin >"$work/add.out" 2>&1 || fail "profile add: $(cat "$work/add.out")"
from=$(date -u -d "-6 months" +%F)
to=$(date -u +%F)
reconcile() { "$console" reconcile --profile Finance --store "$work/console.db" --provider razorpay \
    --from "$from" --to "$to" "$@"; }

# 1. A report with one of each discrepancy: exactly those, each once.
curl -sf -D "$work/headers" -o "$work/injected.csv" \
    "$url/sim/razorpay/reports/settlements?from=$from&to=$to&inject=all" || fail "the simulator gave no report"
injected=$(tr -d '\r' <"$work/headers" | sed -n 's/^X-Sim-Injected: //Ip')
[ -n "$injected" ] || fail "the simulator did not say what it injected"
rc=0
reconcile --report "$work/injected.csv" --out "$work/exceptions.csv" >"$work/run.out" 2>&1 || rc=$?
[ "$rc" = 1 ] || fail "a report with exceptions exits 1, not $rc: $(cat "$work/run.out")"
check_exceptions() { # exceptions.csv
    python3 - "$1" "$injected" <<'PY' || fail "the exceptions are not the injected ones: $(cat "$work/run.out")"
import csv, sys
words = {"missing": "missing_at_provider", "amount": "amount_differs", "currency": "currency_differs",
         "outside": "outside_range", "twice": "settled_twice", "refund": "status_differs",
         "status": "status_differs", "unknown": "unknown_to_server"}
want = sorted((words[k], v) for k, v in (pair.split("=") for pair in sys.argv[2].split(",")))
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
got = sorted((r["issue"], r["provider_payment_id"]) for r in rows)
if got != want:
    print("want", want, "\ngot ", got, file=sys.stderr)
    sys.exit(1)
assert all(r["reason"] for r in rows), "every exception has its reason"
PY
}
check_exceptions "$work/exceptions.csv"
[ "$(echo "$injected" | tr ',' '\n' | wc -l)" = 8 ] || fail "eight discrepancies injected: $injected"
grep -q "INR: .* matched" "$work/run.out" || fail "no totals per currency: $(cat "$work/run.out")"
grep -q "net settled" "$work/run.out" || fail "no net settled: $(cat "$work/run.out")"

# 2. The same dates without injections: everything matches.
curl -sf -o "$work/clean.csv" "$url/sim/razorpay/reports/settlements?from=$from&to=$to" || fail "no clean report"
reconcile --report "$work/clean.csv" >"$work/clean.out" 2>&1 || fail "a clean report has exceptions: $(cat "$work/clean.out")"
grep -q "; 0 exceptions" "$work/clean.out" || fail "the clean run does not say 0 exceptions: $(cat "$work/clean.out")"

# 3. The journal names each run's report by its SHA-256, and verifies.
"$console" export-journal --store "$work/console.db" --out "$work/journal.csv" --format csv >/dev/null 2>&1 ||
    fail "export-journal failed"
for f in injected clean; do
    sum=$(sha256sum "$work/$f.csv" | cut -d' ' -f1)
    grep -q "$sum" "$work/journal.csv" || fail "the journal does not name $f.csv by its SHA-256"
done
grep -q "Reconciliation Razorpay" "$work/journal.csv" || fail "no reconciliation in the journal"
"$console" verify-journal --store "$work/console.db" >/dev/null 2>&1 || fail "the journal does not verify"

# 4. Bad usage is told apart from exceptions.
rc=0
reconcile --report "$work/clean.csv" --provider paypal >/dev/null 2>&1 || rc=$?
[ "$rc" = 2 ] || fail "an unknown provider exits 2, not $rc"
rc=0
"$console" reconcile --profile Finance --store "$work/console.db" --provider stripe --report "$work/clean.csv" \
    --from "$from" --to "$to" >"$work/wrong.out" 2>&1 || rc=$?
[ "$rc" = 1 ] && grep -q "balance_transaction_id" "$work/wrong.out" ||
    fail "a Razorpay report read as Stripe's is refused by its missing column: $(cat "$work/wrong.out")"

# 5. Stripe's report of the payments taken through Stripe: matched with those alone (the Razorpay
#    ones are not "missing" from it), the injected amount found.
org=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(\"SELECT id FROM orgs WHERE name LIKE 'Contoso%'\").fetchone()[0])" "$db")
python3 - "$db" "$org" <<'PY'
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], timeout=10)
now = int(time.time()) - 86400
for i in range(3):
    db.execute("INSERT INTO payments (id, org_id, invoice_id, provider, provider_payment_id, provider_order_id, method,"
               " status, amount_minor, currency, created_at) VALUES (?, ?, NULL, 'stripe', ?, '', 'card', 'captured', ?,"
               " 'USD', ?)", (f"pmt_stripe_{i}", sys.argv[2], f"pi_3StripeTest{i}", 4900 + i * 100, now - i * 3600))
db.commit()
PY
curl -sf -D "$work/sheaders" -o "$work/stripe.csv" \
    "$url/sim/stripe/reports/balance-change?from=$from&to=$to&inject=amount" || fail "no Stripe report"
[ "$(grep -c ',"charge",' "$work/stripe.csv")" = 3 ] || fail "the Stripe report has not the 3 charges: $(cat "$work/stripe.csv")"
stripe_id=$(tr -d '\r' <"$work/sheaders" | sed -n 's/^X-Sim-Injected: amount=//Ip')
rc=0
"$console" reconcile --profile Finance --store "$work/console.db" --provider stripe --report "$work/stripe.csv" \
    --from "$from" --to "$to" --out "$work/stripe-exceptions.csv" >"$work/stripe.out" 2>&1 || rc=$?
[ "$rc" = 1 ] || fail "the Stripe report with an injected amount exits 1, not $rc: $(cat "$work/stripe.out")"
python3 - "$work/stripe-exceptions.csv" "$stripe_id" <<'PY' || fail "Stripe: $(cat "$work/stripe.out")"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
assert [(r["issue"], r["provider_payment_id"]) for r in rows] == [("amount_differs", sys.argv[2])], rows
PY
grep -q "USD: 2 matched" "$work/stripe.out" || fail "Stripe totals: $(cat "$work/stripe.out")"

# 6. A server of the document alone: the payments come from its CSV export; the same exceptions
#    (its Stripe payments are not Razorpay's to report).
kill "$sandbox_pid"
wait "$sandbox_pid" 2>/dev/null || true
start_sandbox "$build/bin/billing-sandbox" "$db" --documented-only
url=$(field 'd["url"]')
field "d['keys']['super_admin']" | "$console" profile add --name "Finance" --url "$url" --family org_billing \
    --role super_admin --key-stdin >"$work/add.out" 2>&1 || fail "profile add (documented): $(cat "$work/add.out")"
rc=0
reconcile --report "$work/injected.csv" --out "$work/exceptions2.csv" >"$work/run.out" 2>&1 || rc=$?
[ "$rc" = 1 ] || fail "documented-only: exit 1 expected, not $rc: $(cat "$work/run.out")"
check_exceptions "$work/exceptions2.csv"
echo "reconcile: ok"
