#!/bin/bash
# The Debian package: built with CPack, installed with dpkg into a scratch root, and run from
# there. Also checks what a distribution would: the desktop entry and AppStream metainfo
# validate, icons at the standard sizes, man pages that format without warnings, and Depends
# that name real packages (each is installed on this machine, where the console runs).
#   package_install.sh BUILD_DIR
set -euo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack"; }
deb=$(ls "$work"/out/billing-console_*.deb)
demo=$(ls "$work"/out/billing-console-demo_*.deb)
echo "built $(basename "$deb") ($(stat -c %s "$deb") bytes) and $(basename "$demo") ($(stat -c %s "$demo") bytes)"
# The console's package holds the console; the demo server is its own package, recommended.
console_files=$(dpkg-deb -c "$deb")
demo_files=$(dpkg-deb -c "$demo")
grep -q "usr/bin/billing-sandbox" <<<"$console_files" && fail "billing-sandbox is in the console's package"
grep -q "usr/bin/billing-sandbox" <<<"$demo_files" || fail "billing-sandbox is not in the demo package"
grep -q "usr/bin/billing-console$" <<<"$demo_files" && fail "the console is in the demo package"
dpkg-deb -f "$deb" Recommends | grep -q "billing-console-demo" || fail "the console does not recommend the demo"

root="$work/root"
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
touch "$root/var/lib/dpkg/status"
# The scratch root has no other packages, so dependencies are checked against this machine below.
dpkg --root="$root" --force-depends --force-script-chrootless --log=/dev/null -i "$deb" "$demo" >"$work/dpkg.log" 2>&1 \
    || { cat "$work/dpkg.log"; fail "dpkg -i"; }
for pkg in billing-console billing-console-demo; do
    [ "$(dpkg-query --admindir="$root/var/lib/dpkg" -W -f='${Status}' $pkg)" = "install ok installed" ] || fail "$pkg not installed"
done

export QT_QPA_PLATFORM=offscreen
version=$("$root/usr/bin/billing-console" --version 2>/dev/null)
[ "$version" = "billing-console $(dpkg-deb -f "$deb" Version)" ] || fail "billing-console --version said '$version'"
"$root/usr/bin/billing-sandbox" --help 2>/dev/null | grep -q -- "--database" || fail "billing-sandbox --help"
help=$("$root/usr/bin/billing-console" --help 2>/dev/null)
for command in render-invoices verify-journal export-journal; do
    grep -q "$command" <<<"$help" || fail "billing-console --help does not mention $command"
done
[ -f "$root/usr/lib/billing-console/libbilling-checkout.so" ] || fail "checkout plugin missing"

id=org.billingconsole.BillingConsole
desktop-file-validate "$root/usr/share/applications/$id.desktop" || fail "desktop entry"
appstreamcli validate --no-net "$root/usr/share/metainfo/$id.metainfo.xml" || fail "metainfo"
for size in 16 22 24 32 48 64 128 256 512; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$id.png"
    [ "$(file -b "$png" | grep -o "$size x $size")" = "$size x $size" ] || fail "icon $size: $(file -b "$png")"
done
[ -f "$root/usr/share/icons/hicolor/scalable/apps/$id.svg" ] || fail "scalable icon"
for page in billing-console billing-sandbox; do
    warnings=$(zcat "$root/usr/share/man/man1/$page.1.gz" | groff -man -Tutf8 -ww -z 2>&1)
    [ -z "$warnings" ] || fail "man page $page: $warnings"
done
[ -f "$root/usr/share/doc/billing-console/copyright" ] || fail "copyright file"
[ -f "$root/usr/share/doc/billing-console-demo/copyright" ] || fail "copyright file of the demo"

dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/(.*//; s/|.*//; s/ //g' | while read -r dep; do
    [ -n "$dep" ] || continue
    dpkg-query -W -f='${Status}' "$dep" 2>/dev/null | grep -q "install ok installed" || fail "Depends names $dep, which is not an installed package here"
done

dpkg --root="$root" --force-script-chrootless --log=/dev/null -r billing-console billing-console-demo >/dev/null 2>&1 || fail "dpkg -r"
[ ! -e "$root/usr/bin/billing-console" ] && [ ! -e "$root/usr/bin/billing-sandbox" ] || fail "removal left a binary behind"
echo "installed, ran (--version: $version), validated and removed"
