#!/bin/bash
# Runs a command with a keychain of its own: a private D-Bus session bus with gnome-keyring's
# Secret Service, unlocked with a throwaway password, gone when the command ends. The console's
# tests use it so keys go into a real keychain (never a file), as on a person's desktop.
#   tests/with-keyring.sh COMMAND [ARGS...]
set -euo pipefail
if [ -z "${BC_IN_KEYRING:-}" ]; then
    export BC_IN_KEYRING=1
    exec dbus-run-session -- "$0" "$@"
fi
# A private home for the keyring's files, so a person's own keyring is never touched.
export XDG_DATA_HOME=${BC_KEYRING_HOME:-$(mktemp -d)}/data
mkdir -p "$XDG_DATA_HOME"
echo -n "throwaway" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
exec "$@"
