#!/usr/bin/env bash
# Provide a real, throw-away Elasticsearch server for tests and benchmarks.
#
#   scripts/elasticsearch.sh fetch           download + unpack the distribution (idempotent)
#   scripts/elasticsearch.sh start  [PORT]   start a fresh single-node server on 127.0.0.1:PORT,
#                                            print ELASTICSEARCH_URL=... on stdout
#   scripts/elasticsearch.sh stop   [PORT]   stop it (SIGTERM, bounded wait, then SIGKILL)
#   scripts/elasticsearch.sh status [PORT]   exit 0 if it answers, 1 otherwise
#
# The distribution is the core-only "integ-test-zip" build from Maven Central
# (modules: transport-netty4, x-pack-core, x-pack-security, apm; no
# analysis-common, no ICU, no painless).  It bundles no JDK, so a JDK >= 21 is
# looked up under /usr/lib/jvm (or taken from ES_JAVA_HOME).
#
# Everything lives outside the repository:
#   $PORTAL_CACHE/es/elasticsearch-<ver>/   unpacked distribution (read-only at run time)
#   $PORTAL_CACHE/es-run/<port>/            config, data, logs, tmp, pid of one server
#                                           (wiped on every start)
#
# Elasticsearch refuses to run as root: as root the server runs as the system
# user $ES_USER (created on demand).  When that user cannot reach the cache
# (e.g. it sits in a 0700 /root), the server process alone is given
# CAP_DAC_READ_SEARCH (read/traverse, never write) as an ambient capability;
# no directory permissions are changed.
#
# Environment knobs (all optional):
#   ES_VERSION (9.2.4)  ES_PORT (9250)  ES_HEAP ("256m:512m", or one size for both)
#   ES_TRANSPORT_PORT (the node-to-node port; unset: Elasticsearch takes the first free one of 9300-9400)
#   PORTAL_CACHE ($HOME/.cache/portal)  ES_JAVA_HOME  ES_USER (elasticsearch)
#   ES_START_TIMEOUT (120 s)  ES_STOP_TIMEOUT (30 s)
set -euo pipefail

ES_VERSION="${ES_VERSION:-9.2.4}"
ES_PORT="${ES_PORT:-9250}"
ES_HEAP="${ES_HEAP:-256m:512m}"
ES_USER="${ES_USER:-elasticsearch}"
ES_START_TIMEOUT="${ES_START_TIMEOUT:-120}"
ES_STOP_TIMEOUT="${ES_STOP_TIMEOUT:-30}"
PORTAL_CACHE="${PORTAL_CACHE:-${HOME:-/root}/.cache/portal}"

ES_ARTIFACT="org.elasticsearch.distribution.integ-test-zip:elasticsearch:${ES_VERSION}:zip"
ES_CACHE="$PORTAL_CACHE/es"
ES_HOME_DIR="$ES_CACHE/elasticsearch-$ES_VERSION"
ES_ZIP="$ES_CACHE/elasticsearch-$ES_VERSION.zip"
RUN_BASE="$PORTAL_CACHE/es-run"
MIN_JAVA=21

log() { printf '[elasticsearch.sh] %s\n' "$*" >&2; }
die() { printf '[elasticsearch.sh] ERROR: %s\n' "$*" >&2; exit 1; }

usage() {
    sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

is_root() { [ "$(id -u)" -eq 0 ]; }

# --- apt helpers -------------------------------------------------------------

APT_UPDATED=0
apt_update_once() {
    if [ "$APT_UPDATED" -eq 0 ]; then
        log "apt-get update"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 || log "apt-get update failed"
        APT_UPDATED=1
    fi
}

# apt_install PKG...: install, running 'apt-get update' only if the first try fails.
apt_install() {
    is_root || die "need root to apt-get install $*"
    command -v apt-get >/dev/null 2>&1 || die "apt-get not available to install $*"
    log "apt-get install -y $*"
    if DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >&2; then
        return 0
    fi
    apt_update_once
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >&2
}

# apt_has_candidate PKG: true when apt knows an installable version of PKG.
apt_has_candidate() {
    local cand
    cand="$(apt-cache policy "$1" 2>/dev/null | awk '/Candidate:/ {print $2; exit}')"
    [ -n "$cand" ] && [ "$cand" != "(none)" ]
}

need_cmd() { # need_cmd CMD DEBIAN_PACKAGE
    command -v "$1" >/dev/null 2>&1 && return 0
    apt_install "$2" || die "'$1' is missing and 'apt-get install $2' failed"
    command -v "$1" >/dev/null 2>&1 || die "'$1' still missing after installing $2"
}

# --- Java ---------------------------------------------------------------------

# java_major JAVA_HOME: print the feature version (e.g. 21) or nothing.
java_major() {
    local home="$1" ver=""
    [ -x "$home/bin/java" ] || return 0
    if [ -r "$home/release" ]; then
        ver="$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release" | head -n1)"
    fi
    if [ -z "$ver" ]; then
        ver="$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n1)"
    fi
    ver="${ver#1.}"
    ver="${ver%%[!0-9]*}"
    printf '%s' "$ver"
}

# find_java_home: print a JDK/JRE home with Java >= MIN_JAVA (lowest such version wins).
find_java_home() {
    local cand major best="" best_major=999 java_bin
    if [ -n "${ES_JAVA_HOME:-}" ]; then
        major="$(java_major "$ES_JAVA_HOME")"
        if [ -n "$major" ] && [ "$major" -ge "$MIN_JAVA" ]; then
            printf '%s\n' "$ES_JAVA_HOME"
            return 0
        fi
        log "ignoring ES_JAVA_HOME=$ES_JAVA_HOME (not a Java >= $MIN_JAVA home)"
    fi
    local candidates=()
    for cand in /usr/lib/jvm/*; do
        [ -d "$cand" ] && [ ! -L "$cand" ] && candidates+=("$cand")
    done
    if java_bin="$(command -v java 2>/dev/null)"; then
        java_bin="$(readlink -f "$java_bin")"
        candidates+=("${java_bin%/bin/java}")
    fi
    for cand in "${candidates[@]}"; do
        major="$(java_major "$cand")"
        [ -n "$major" ] || continue
        if [ "$major" -ge "$MIN_JAVA" ] && [ "$major" -lt "$best_major" ]; then
            best="$cand"
            best_major="$major"
        fi
    done
    [ -n "$best" ] || return 1
    printf '%s\n' "$best"
}

ensure_java() {
    local home pkg
    if home="$(find_java_home)"; then
        printf '%s\n' "$home"
        return 0
    fi
    log "no Java >= $MIN_JAVA found under /usr/lib/jvm; trying Debian packages"
    if is_root && command -v apt-get >/dev/null 2>&1; then
        local pkgs=(openjdk-21-jre-headless openjdk-25-jre-headless)
        for pass in 1 2; do
            for pkg in "${pkgs[@]}"; do
                if apt_has_candidate "$pkg"; then
                    apt_install "$pkg" || continue
                    if home="$(find_java_home)"; then
                        printf '%s\n' "$home"
                        return 0
                    fi
                fi
            done
            [ "$pass" -eq 1 ] && apt_update_once
        done
    fi
    die "Elasticsearch $ES_VERSION needs Java >= $MIN_JAVA: none under /usr/lib/jvm, and no" \
        "openjdk-21/25 package is installable here. Install one and/or set ES_JAVA_HOME."
}

# --- fetch --------------------------------------------------------------------

cmd_fetch() {
    mkdir -p "$ES_CACHE"
    if [ -x "$ES_HOME_DIR/bin/elasticsearch" ] && [ -f "$ES_HOME_DIR/.unpacked" ]; then
        log "distribution present: $ES_HOME_DIR"
        return 0
    fi
    need_cmd flock util-linux
    exec 8>"$ES_CACHE/.fetch.lock"
    flock -w 600 8 || die "timed out waiting for another fetch"
    if [ -x "$ES_HOME_DIR/bin/elasticsearch" ] && [ -f "$ES_HOME_DIR/.unpacked" ]; then
        exec 8>&-
        return 0
    fi
    if [ ! -s "$ES_ZIP" ] || ! unzip -tqq "$ES_ZIP" >/dev/null 2>&1; then
        need_cmd mvn maven
        rm -f "$ES_ZIP"
        log "downloading $ES_ARTIFACT"
        mvn -q -B -Dstyle.color=never dependency:copy -Dartifact="$ES_ARTIFACT" -DoutputDirectory="$ES_CACHE" >&2 \
            || die "mvn dependency:copy of $ES_ARTIFACT failed"
        [ -s "$ES_ZIP" ] || die "mvn reported success but $ES_ZIP is missing"
    fi
    need_cmd unzip unzip
    local tmp="$ES_CACHE/.unpack.$$"
    rm -rf "$tmp" "$ES_HOME_DIR"
    mkdir -p "$tmp"
    log "unpacking $ES_ZIP"
    unzip -q "$ES_ZIP" -d "$tmp" || { rm -rf "$tmp"; die "unzip of $ES_ZIP failed"; }
    [ -d "$tmp/elasticsearch-$ES_VERSION" ] || { rm -rf "$tmp"; die "unexpected zip layout"; }
    # read-only for everybody else: the server user only reads ES_HOME
    chmod -R u+rwX,go+rX,go-w "$tmp/elasticsearch-$ES_VERSION"
    touch "$tmp/elasticsearch-$ES_VERSION/.unpacked"
    mv "$tmp/elasticsearch-$ES_VERSION" "$ES_HOME_DIR"
    rm -rf "$tmp"
    exec 8>&-
    log "distribution ready: $ES_HOME_DIR"
}

# --- server helpers -------------------------------------------------------------

check_port() {
    case "$1" in
        ''|*[!0-9]*) die "invalid port '$1'" ;;
    esac
    if [ "$1" -lt 1 ] || [ "$1" -gt 65535 ]; then die "invalid port '$1'"; fi
}

run_dir() { printf '%s/%s\n' "$RUN_BASE" "$1"; }

# http_up PORT: true when the node answers the cluster health API.
http_up() {
    local body
    body="$(curl -fsS --max-time 3 "http://127.0.0.1:$1/_cluster/health" 2>/dev/null)" || return 1
    case "$body" in *'"cluster_name"'*) return 0 ;; esac
    return 1
}

# port_busy PORT: true when something accepts TCP connections on 127.0.0.1:PORT.
port_busy() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# show_failure DIR PORT: print the most telling lines of a failed start to stderr.
show_failure() {
    local dir="$1" port="$2" f
    for f in "$dir/logs/launcher.out" "$dir/logs/portal-test-$port.log"; do
        [ -s "$f" ] || continue
        log "--- $f (errors / last lines) ---"
        { grep -E 'ERROR|FATAL|Exception|[Ee]rror:' "$f" | head -n 15 || true; } >&2
        tail -n 5 "$f" >&2 || true
    done
}

# server_pid PORT: print the pid from the pid file when it is a live Elasticsearch JVM.
server_pid() {
    local pidfile pid
    pidfile="$(run_dir "$1")/es.pid"
    [ -r "$pidfile" ] || return 1
    pid="$(tr -dc '0-9' <"$pidfile")"
    [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] || return 1
    case "$(tr '\0' ' ' <"/proc/$pid/cmdline")" in
        *org.elasticsearch*) ;;
        *) return 1 ;;
    esac
    printf '%s\n' "$pid"
}

ensure_user() {
    id -u "$ES_USER" >/dev/null 2>&1 && return 0
    need_cmd useradd passwd
    log "creating system user $ES_USER"
    useradd --system --user-group --no-create-home --home-dir /nonexistent \
        --shell /usr/sbin/nologin "$ES_USER" 2>/dev/null \
        || id -u "$ES_USER" >/dev/null 2>&1 \
        || die "could not create user $ES_USER"
}

heap_opts() {
    local min max
    case "$ES_HEAP" in
        *:*) min="${ES_HEAP%%:*}"; max="${ES_HEAP#*:}" ;;
        *) min="$ES_HEAP"; max="$ES_HEAP" ;;
    esac
    printf -- '-Xms%s\n-Xmx%s\n' "$min" "$max"
}

write_config() { # write_config PORT RUNDIR
    local port="$1" dir="$2"
    cp -R "$ES_HOME_DIR/config/." "$dir/config/"
    {
        echo "# generated by scripts/elasticsearch.sh"
        echo "cluster.name: portal-test-$port"
        echo "node.name: portal-test-$port"
        echo "network.host: 127.0.0.1"
        echo "http.port: $port"
        if [ -n "${ES_TRANSPORT_PORT:-}" ]; then echo "transport.port: $ES_TRANSPORT_PORT"; fi
        echo "discovery.type: single-node"
        echo "path.data: $dir/data"
        echo "path.logs: $dir/logs"
        echo "cluster.routing.allocation.disk.threshold_enabled: false"
        echo "action.destructive_requires_name: false"
        # x-pack security ships in this build: switch it off (plain HTTP, no auth).
        # Only set when the module exists: unknown settings abort start-up.
        if [ -d "$ES_HOME_DIR/modules/x-pack-security" ]; then
            echo "xpack.security.enabled: false"
        fi
    } >"$dir/config/elasticsearch.yml"
    {
        heap_opts
        echo "-XX:ErrorFile=$dir/logs/hs_err_pid%p.log"
        echo "-XX:HeapDumpPath=$dir/logs"
    } >"$dir/config/jvm.options.d/portal.options"
}

# --- commands ---------------------------------------------------------------

cmd_status() {
    local port="$1"
    if http_up "$port"; then
        log "up: http://127.0.0.1:$port"
        return 0
    fi
    log "not answering on 127.0.0.1:$port"
    return 1
}

cmd_stop() {
    local port="$1" pid waited=0
    if ! pid="$(server_pid "$port")"; then
        if http_up "$port"; then
            die "something answers on port $port but it has no pid file in $(run_dir "$port"); not ours to stop"
        fi
        log "not running on port $port"
        rm -f "$(run_dir "$port")/es.pid"
        return 0
    fi
    log "stopping pid $pid (port $port)"
    kill -TERM "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null && [ "$waited" -lt "$ES_STOP_TIMEOUT" ]; do
        sleep 1
        waited=$((waited + 1))
    done
    if kill -0 "$pid" 2>/dev/null; then
        log "still alive after ${ES_STOP_TIMEOUT}s: SIGKILL"
        kill -KILL "$pid" 2>/dev/null || true
        sleep 1
    fi
    rm -f "$(run_dir "$port")/es.pid"
    log "stopped"
}

cmd_start() {
    local port="$1" dir java_home url pid
    url="http://127.0.0.1:$port"
    need_cmd curl curl
    need_cmd flock util-linux
    mkdir -p "$RUN_BASE"
    exec 9>"$RUN_BASE/$port.lock"
    flock -w "$((ES_START_TIMEOUT + 60))" 9 || die "timed out waiting for another start on port $port"

    if http_up "$port"; then
        log "already running on port $port"
        printf 'ELASTICSEARCH_URL=%s\n' "$url"
        return 0
    fi
    if pid="$(server_pid "$port")"; then
        log "pid $pid exists but does not answer; restarting it"
        cmd_stop "$port"
    fi

    if port_busy "$port"; then
        die "127.0.0.1:$port is in use by something that is not a healthy Elasticsearch; pick another port"
    fi

    cmd_fetch
    java_home="$(ensure_java)"
    log "using Java $(java_major "$java_home") at $java_home"

    dir="$(run_dir "$port")"
    rm -rf "$dir"
    mkdir -p "$dir/config" "$dir/data" "$dir/logs" "$dir/tmp"
    write_config "$port" "$dir"

    local -a launch=()
    if is_root; then
        need_cmd setpriv util-linux
        ensure_user
        chown -R "$ES_USER:$ES_USER" "$dir"
        chmod 0750 "$dir"
        launch=(setpriv --reuid="$ES_USER" --regid="$ES_USER" --init-groups)
        # Can the unprivileged user reach the distribution and its run dir on its own?
        # shellcheck disable=SC2016  # $1..$3 expand in the inner sh
        if ! "${launch[@]}" -- sh -c 'test -r "$1" && test -x "$2" && test -w "$3"' _ \
            "$ES_HOME_DIR/lib/elasticsearch-$ES_VERSION.jar" "$ES_HOME_DIR/bin/elasticsearch" \
            "$dir/data" 2>/dev/null; then
            # Grant read/traverse-anywhere (never write) to this process tree only, no
            # change to any directory's permissions. no_setuid_fixup keeps the capability
            # in force for access(2), which the JVM uses (it checks the real uid).
            log "$ES_USER cannot reach $PORTAL_CACHE (e.g. 0700 home): granting it CAP_DAC_READ_SEARCH"
            launch+=(--inh-caps=+dac_read_search --ambient-caps=+dac_read_search
                --securebits=+no_setuid_fixup)
        fi
        launch+=(--)
    fi

    local t0 t1 rc=0
    t0="$(date +%s)"
    log "starting Elasticsearch $ES_VERSION on $url (heap $ES_HEAP, dir $dir)"
    # -d: the launcher returns once the node has started (or failed); bounded by timeout.
    # cwd = logs dir: the stock jvm.options writes gc.log relative to it.
    (
        cd "$dir/logs"
        exec timeout --kill-after=10 "$ES_START_TIMEOUT" "${launch[@]}" env -i \
            PATH=/usr/local/bin:/usr/bin:/bin \
            HOME="$dir" \
            LANG=C.UTF-8 \
            ES_JAVA_HOME="$java_home" \
            ES_PATH_CONF="$dir/config" \
            ES_TMPDIR="$dir/tmp" \
            "$ES_HOME_DIR/bin/elasticsearch" -d -p "$dir/es.pid"
    ) >"$dir/logs/launcher.out" 2>&1 </dev/null 8>&- 9>&- || rc=$?

    if [ "$rc" -ne 0 ]; then
        log "launcher exited with $rc"
        show_failure "$dir" "$port"
        cmd_stop "$port" >/dev/null 2>&1 || true
        die "Elasticsearch failed to start on port $port (logs: $dir/logs)"
    fi

    local deadline=$((t0 + ES_START_TIMEOUT))
    until curl -fsS --max-time 5 \
        "$url/_cluster/health?wait_for_status=yellow&timeout=5s" >/dev/null 2>&1; do
        if [ "$(date +%s)" -ge "$deadline" ]; then
            show_failure "$dir" "$port"
            cmd_stop "$port" >/dev/null 2>&1 || true
            die "Elasticsearch did not become healthy within ${ES_START_TIMEOUT}s (logs: $dir/logs)"
        fi
        if ! server_pid "$port" >/dev/null; then
            show_failure "$dir" "$port"
            die "Elasticsearch process died during start-up (logs: $dir/logs)"
        fi
        sleep 1
    done
    t1="$(date +%s)"
    log "up after $((t1 - t0))s (pid $(server_pid "$port" || echo '?'))"
    printf 'ELASTICSEARCH_URL=%s\n' "$url"
}

main() {
    local cmd="${1:-}"
    if [ $# -gt 0 ]; then shift; fi
    local port="${1:-$ES_PORT}"
    case "$cmd" in
        fetch) cmd_fetch ;;
        start) check_port "$port"; [ -z "${ES_TRANSPORT_PORT:-}" ] || check_port "$ES_TRANSPORT_PORT"
               cmd_start "$port" ;;
        stop) check_port "$port"; cmd_stop "$port" ;;
        status) check_port "$port"; cmd_status "$port" ;;
        -h|--help|help|'') usage ;;
        *) log "unknown command: $cmd"; usage ;;
    esac
}

main "$@"
