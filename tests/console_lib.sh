# Shared by the scripts that drive the real billing-console (console_lifecycle.sh,
# console_checkout.sh). Sourced, not executed.

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
