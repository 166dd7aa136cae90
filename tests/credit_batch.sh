#!/bin/bash
# `billing-console adjust-credits` against billing-sandbox, as support would run it: a dry run
# lists each problem and sends nothing; a batch applies each row once; the same file run again
# applies nothing twice; a batch killed with SIGKILL half-way and run again ends with every row
# applied exactly once (counted on the sandbox's ledger), and every row is in the operator journal.
#   tests/credit_batch.sh BUILD_DIR   (run under tests/with-keyring.sh)
set -euo pipefail
source "$(dirname "$0")/console_lib.sh"
build=$(cd "$1" && pwd)
console="$build/bin/billing-console"
setup_work batch
db="$work/sandbox.sqlite"
start_sandbox "$build/bin/billing-sandbox" "$db"
url=$(field 'd["url"]')
field "d['keys']['super_admin']" | "$console" profile add --name "Support" --url "$url" --family credits \
    --role super_admin --currency USD --amount-units minor --key-stdin >"$work/add.out" 2>&1 ||
    fail "profile add: $(cat "$work/add.out")"
sql() { python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])" "$db" "$1"; }
adjust() { "$console" adjust-credits --profile Support --store "$work/console.db" "$@"; }

# The customers: one by email, one by name, one by id.
email=$(sql "SELECT email FROM orgs WHERE name LIKE 'Acme%'")
name=$(sql "SELECT name FROM orgs WHERE name LIKE 'Chennai%'")
id=$(sql "SELECT id FROM orgs WHERE name LIKE 'Deccan%'")
before=$(sql "SELECT COALESCE(SUM(amount), 0) FROM credit_ledger WHERE org_id = '$id'")

# 1. A dry run lists each problem and sends nothing.
cat >"$work/problems.csv" <<CSV
Note,Amount,Reason,Customer
outage,+500,service_outage,$email
,0,goodwill,$name
,12.5,goodwill,$id
,7,no_such_reason,$id
,5,goodwill,nobody@nowhere.example
,-99999999,billing_error,$id
outage,+500,service_outage,$email
CSV
rc=0
adjust --input "$work/problems.csv" --dry-run >"$work/dry.out" 2>&1 || rc=$?
[ "$rc" = 1 ] || fail "a dry run with problems exits 1, not $rc: $(cat "$work/dry.out")"
for words in "The change must be a whole number of credits" "Not one of the reasons" "No customer has this id" \
    "The balance would go below zero" "The same change as an earlier row"; do
    grep -q "$words" "$work/dry.out" || fail "the dry run does not say '$words': $(cat "$work/dry.out")"
done
[ "$(sql "SELECT COUNT(*) FROM credit_ledger WHERE note LIKE '%batch %'")" = 0 ] || fail "a dry run sent rows"
rc=0
adjust --input "$work/problems.csv" --reason "Outage" >"$work/refused.out" 2>&1 || rc=$?
[ "$rc" = 1 ] || fail "a batch with problems is not applied without --skip-problem-rows"
[ "$(sql "SELECT COUNT(*) FROM credit_ledger WHERE note LIKE '%batch %'")" = 0 ] || fail "rows were sent"

# 2. A good batch applies each row once; the same file again applies nothing.
cat >"$work/good.csv" <<CSV
customer,amount,reason,note
$email,+500,service_outage,two hours down
$name,+25,goodwill,
$id,+7,promotion,welcome
CSV
adjust --input "$work/good.csv" --reason "Outage of 1 December" --out "$work/result1.csv" >"$work/good.out" 2>&1 ||
    fail "the good batch: $(cat "$work/good.out")"
[ "$(grep -c '"applied"' "$work/result1.csv")" = 3 ] || fail "result: $(cat "$work/result1.csv")"
adjust --input "$work/good.csv" --reason "Outage of 1 December" --out "$work/result2.csv" >"$work/again.out" 2>&1 ||
    fail "the batch again: $(cat "$work/again.out")"
[ "$(grep -c '"applied_earlier"' "$work/result2.csv")" = 3 ] || fail "again: $(cat "$work/result2.csv")"
[ "$(sql "SELECT COUNT(*) FROM credit_ledger WHERE note LIKE '%batch %'")" = 3 ] || fail "a row was applied twice"
[ "$(sql "SELECT COALESCE(SUM(amount), 0) FROM credit_ledger WHERE org_id = '$id'")" = $((before + 7)) ] ||
    fail "the balance moved by more than the batch"

# 3. Killed half-way with SIGKILL, then run again: every row exactly once.
rows=600
{
    echo "customer,amount,reason,note"
    for i in $(seq $rows); do echo "$id,+1,goodwill,row $i"; done
} >"$work/big.csv"
batch_rows() { sql "SELECT COUNT(*) FROM credit_ledger WHERE org_id = '$id' AND note LIKE 'row %'"; }
adjust --input "$work/big.csv" --reason "Migration credit" >"$work/big1.out" 2>&1 &
pid=$!
for _ in $(seq 600); do
    [ "$(batch_rows)" -ge 30 ] && break
    sleep 0.05
done
kill -9 "$pid" 2>/dev/null || fail "the batch finished before it could be killed"
wait "$pid" 2>/dev/null || true
half=$(batch_rows)
[ "$half" -lt "$rows" ] || fail "the kill came too late ($half rows)"
# The killed batch waits in the console's store, for Pending changes › Resume batch…
store_sql() { python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])" "$work/console.db" "$1"; }
[ "$(store_sql "SELECT COUNT(*) FROM batches WHERE total = $rows")" = 1 ] || fail "the killed batch is not kept to resume"
adjust --input "$work/big.csv" --reason "Migration credit" --out "$work/big.csv.result" >"$work/big2.out" 2>&1 ||
    fail "the resumed batch: $(cat "$work/big2.out")"
[ "$(batch_rows)" = "$rows" ] || fail "after the resume the ledger holds $(batch_rows) rows, not $rows"
[ "$(sql "SELECT COUNT(DISTINCT note) FROM credit_ledger WHERE org_id = '$id' AND note LIKE 'row %'")" = "$rows" ] ||
    fail "a row was applied twice"
applied=$(grep -c '"applied"' "$work/big.csv.result" || true)
earlier=$(grep -c '"applied_earlier"' "$work/big.csv.result" || true)
[ $((applied + earlier)) = "$rows" ] || fail "the summary counts $applied + $earlier rows"
[ "$earlier" -ge "$half" ] || fail "the rows applied before the kill ($half) are not all 'applied earlier' ($earlier)"
[ "$(store_sql "SELECT COUNT(*) FROM batches")" = 0 ] || fail "a batch sent to its end is still kept to resume"

# 4. The journal names the batch for each row, and verifies.
"$console" export-journal --store "$work/console.db" --out "$work/journal.csv" >/dev/null 2>&1 || fail "export-journal"
grep -q "Credit batch" "$work/journal.csv" || fail "the batch summary is not in the journal"
[ "$(grep -c 'row 5[0-9] (batch ' "$work/journal.csv")" -ge 10 ] || fail "rows are not journalled with the batch"
"$console" verify-journal --store "$work/console.db" >/dev/null 2>&1 || fail "the journal does not verify"
echo "credit batch: dry run, apply, re-run and SIGKILL resume all applied each row once ($half of $rows before the kill)"
