# Shared by scripts/run and scripts/test. Sourced, not executed.
set -euo pipefail

BC_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BC_BUILD="${BC_BUILD:-$BC_ROOT/build}"

bc_log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Installs the Debian packages of scripts/debian-packages.txt that are missing.
bc_install_packages() {
    local wanted missing=()
    wanted=$(grep -vE '^\s*(#|$)' "$BC_ROOT/scripts/debian-packages.txt")
    for pkg in $wanted; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        bc_log "All ${BC_ROOT##*/} build and test packages are installed"
        return
    fi
    bc_log "Installing ${#missing[@]} Debian packages: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# The providers' official SDKs for tests/node (npm registry): Node.js from Debian if missing.
bc_install_node_peers() {
    if ! command -v npm >/dev/null 2>&1; then
        bc_log "Installing Node.js and npm from Debian"
        local sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends nodejs npm
    fi
    if [ ! -d "$BC_ROOT/tests/node/node_modules" ] || [ "$BC_ROOT/tests/node/package-lock.json" -nt "$BC_ROOT/tests/node/node_modules" ]; then
        bc_log "Installing the providers' SDKs for the peer tests (npm ci)"
        (cd "$BC_ROOT/tests/node" && npm ci --no-audit --no-fund --loglevel=error)
        touch "$BC_ROOT/tests/node/node_modules"
    fi
}

# Configures (once) and builds in $BC_BUILD. Extra arguments go to cmake at configure time.
bc_build() {
    local type="${BC_BUILD_TYPE:-RelWithDebInfo}"
    export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
    if [ ! -f "$BC_BUILD/build.ninja" ]; then
        bc_log "Configuring in $BC_BUILD"
        cmake -S "$BC_ROOT" -B "$BC_BUILD" -G Ninja -DCMAKE_BUILD_TYPE="$type" "$@"
    else
        cmake "$BC_BUILD" "$@" >/dev/null
    fi
    bc_log "Building"
    cmake --build "$BC_BUILD" --parallel "$(nproc)"
}
