# Shared by the scripts that drive the real billing-console (console_lifecycle.sh, credit_batch.sh,
# documented_only.sh, console_checkout.sh). Sourced, not executed.

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# A script's scratch directory: $work, removed at exit together with the sandbox start_sandbox
# started; the console's config and cache under it, and the offscreen platform.
setup_work() { # name
    work=$(mktemp -d "/tmp/bc-$1.XXXXXX")
    sandbox_pid=
    trap cleanup_work EXIT
    export XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache" QT_QPA_PLATFORM=offscreen
    mkdir -p "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
}
cleanup_work() {
    [ -n "${sandbox_pid:-}" ] && kill "$sandbox_pid" 2>/dev/null || true
    rm -rf "$work"
}

wait_for() { # seconds condition...: true as soon as the condition holds, false after the seconds
    local n=$(($1 * 10))
    shift
    for _ in $(seq "$n"); do
        "$@" && return 0
        sleep 0.1
    done
    return 1
}
running() { kill -0 "$1" 2>/dev/null; }
gone() { ! kill -0 "$1" 2>/dev/null; }

# Starts billing-sandbox BIN on a free loopback port with its data in DB (more arguments are the
# sandbox's own, e.g. --documented-only); its start-line facts land in $work/sandbox.json.
# Sets sandbox_pid (the caller's cleanup kills it) and defines field EXPR to read those facts.
start_sandbox() { # bin db [args...]
    local bin=$1 db=$2
    shift 2
    "$bin" --listen 127.0.0.1:0 --database "$db" --demo "$@" >"$work/sandbox.json" 2>"$work/sandbox.log" &
    sandbox_pid=$!
    wait_for 10 test -s "$work/sandbox.json" || fail "billing-sandbox did not start: $(cat "$work/sandbox.log")"
}
field() { python3 -c "import json,sys; d=json.load(open('$work/sandbox.json')); print(eval(sys.argv[1]))" "$1"; }
