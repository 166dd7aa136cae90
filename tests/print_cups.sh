#!/bin/bash
# Printing for real: a private cupsd (no system printer touched) with a cups-pdf virtual printer
# and a second queue that refuses jobs. `billing-console render-invoices --print QUEUE` prints the
# sandbox's invoices as one job that completes with every page, and a refusing queue is reported in
# its own words with exit 1; then the Invoices pane prints 25 invoices on the same queues
# (tst_record_panes invoicesPrintedOnACupsQueue).
#   tests/print_cups.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
console="$build/bin/billing-console"
sandbox="$build/bin/billing-sandbox"
work=$(mktemp -d /tmp/bc-cups.XXXXXX)
chmod 755 "$work"
cleanup() {
    local rc=$?
    # cupsd writes its cache as it stops: wait for it before removing its folder.
    if [ -n "${cupsd:-}" ]; then
        kill "$cupsd" 2>/dev/null || true
        wait "$cupsd" 2>/dev/null || true
    fi
    [ -n "${server:-}" ] && kill "$server" 2>/dev/null || true
    rm -rf "$work" 2>/dev/null || true
    exit "$rc"
}
trap cleanup EXIT
fail() {
    echo "FAIL: $*" >&2
    tail -20 "$work/log/error_log" 2>/dev/null >&2 || true
    exit 1
}
for tool in cupsd lp lpadmin cupsreject pdfinfo; do
    command -v "$tool" >/dev/null 2>&1 || [ -x "/usr/sbin/$tool" ] || fail "$tool is not installed (scripts/debian-packages.txt)"
done
[ -x /usr/lib/cups/backend/cups-pdf ] || fail "the cups-pdf backend is not installed (printer-driver-cups-pdf)"

mkdir -p "$work"/{spool/tmp,cache,log,state,ppd}
chgrp -R lp "$work/spool" "$work/cache" "$work/state"
chmod 770 "$work/spool" "$work/spool/tmp"
cat >"$work/cupsd.conf" <<EOF
Listen $work/cups.sock
LogLevel warn
DefaultAuthType None
<Location />
  Order allow,deny
  Allow all
</Location>
<Location /admin>
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order allow,deny
    Allow all
  </Limit>
</Policy>
EOF
cat >"$work/cups-files.conf" <<EOF
ServerRoot $work
RequestRoot $work/spool
TempDir $work/spool/tmp
CacheDir $work/cache
StateDir $work/state
ErrorLog $work/log/error_log
AccessLog $work/log/access_log
PageLog $work/log/page_log
ServerBin /usr/lib/cups
DataDir /usr/share/cups
Sandboxing Relaxed
EOF
/usr/sbin/cupsd -f -c "$work/cupsd.conf" -s "$work/cups-files.conf" >"$work/log/cupsd.out" 2>&1 &
cupsd=$!
export CUPS_SERVER="$work/cups.sock"
for _ in $(seq 100); do [ -S "$CUPS_SERVER" ] && lpstat -r >/dev/null 2>&1 && break; sleep 0.1; done
lpstat -r >/dev/null 2>&1 || fail "cupsd did not start: $(cat "$work/log/cupsd.out")"
ppd=/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd
lpadmin -p bc-invoices -E -v cups-pdf:/ -P "$ppd" 2>/dev/null || fail "lpadmin bc-invoices"
lpadmin -p bc-closed -E -v cups-pdf:/ -P "$ppd" 2>/dev/null || fail "lpadmin bc-closed"
cupsreject -r "Out of paper, refilled on Monday" bc-closed
# cups-pdf writes each job into the job's user's home (cups-pdf.conf: Out ${HOME}/PDF).
output="$(getent passwd "$(id -un)" | cut -d: -f6)/PDF"
mkdir -p "$output"

"$sandbox" --listen 127.0.0.1:0 --database "$work/demo.sqlite" --demo >"$work/sandbox.json" 2>"$work/sandbox.log" &
server=$!
for _ in $(seq 100); do [ -s "$work/sandbox.json" ] && break; sleep 0.1; done
python3 - "$work/sandbox.json" "$work/invoices.json" <<'EOF' || fail "could not read the sandbox's invoices"
import json, sys, urllib.request
info = json.loads(open(sys.argv[1]).readline())
req = urllib.request.Request(info["url"] + "/api/billing/invoices?limit=25",
    headers={"Authorization": "Bearer " + info["keys"]["super_admin"]})
invoices = json.loads(urllib.request.urlopen(req).read())["data"]
assert len(invoices) == 25, len(invoices)
json.dump(invoices, open(sys.argv[2], "w"))
EOF
kill "$server"
server=
export QT_QPA_PLATFORM=offscreen
"$console" render-invoices --input "$work/invoices.json" --merge "$work/reference.pdf" >/dev/null 2>&1 || fail "--merge"
pages=$(pdfinfo "$work/reference.pdf" | awk '/^Pages:/ {print $2}')
touch "$work/before"
"$console" render-invoices --input "$work/invoices.json" --print bc-invoices >"$work/print.out" 2>&1 ||
    fail "render-invoices --print: $(cat "$work/print.out")"
grep -q "Sent 25 invoice(s) to bc-invoices as job bc-invoices-" "$work/print.out" || fail "print message: $(cat "$work/print.out")"
printed=""
for _ in $(seq 300); do
    printed=$(find "$output" -name '*.pdf' -newer "$work/before" 2>/dev/null | head -n 1)
    [ -n "$printed" ] && pdfinfo "$printed" >/dev/null 2>&1 && break
    sleep 0.2
done
[ -n "$printed" ] || fail "the job did not complete: $(lpstat -W all -o 2>&1)"
got=$(pdfinfo "$printed" | awk '/^Pages:/ {print $2}')
[ "$got" = "$pages" ] || fail "the printer printed $got pages of $pages"
rm -f "$printed"
echo "ok: render-invoices --print: 25 invoices, $got pages, job completed"
if "$console" render-invoices --input "$work/invoices.json" --print bc-closed >"$work/closed.out" 2>&1; then
    fail "a refusing queue was reported as printed"
fi
grep -q "not accepting jobs" "$work/closed.out" || fail "refusal message: $(cat "$work/closed.out")"
grep -q "Out of paper, refilled on Monday" "$work/closed.out" || fail "the queue's reason: $(cat "$work/closed.out")"
echo "ok: a refusing queue: $(tail -n 1 "$work/closed.out")"

BC_TEST_CUPS_QUEUE=bc-invoices BC_TEST_CUPS_REFUSING=bc-closed BC_TEST_CUPS_OUTPUT="$output" \
    "$build/tests/tst_record_panes" invoicesPrintedOnACupsQueue || fail "the Invoices pane's printing"
echo "ok: the Invoices pane printed 25 invoices on bc-invoices"
