#!/usr/bin/env bash
# Several instances without a container engine: two `java -jar` instances of the application on 8081 and 8082 and
# Debian's nginx on 8080 in front of them, with the proxy configuration of docker-compose.yml (deploy/nginx/) and
# 127.0.0.1 upstreams.
#
#   deploy/local/two-instances.sh start    build first with ./mvnw -DskipTests package; waits until all are ready
#   deploy/local/two-instances.sh status   the readiness of each instance and of the proxy
#   deploy/local/two-instances.sh stop     stops what start started (by the process ids it wrote down)
#   deploy/local/two-instances.sh check    writes the nginx configuration and tests it with `nginx -t` (CI)
#
# Settings (environment): JAR (default target/plan-tracker-*.jar), HEAP (e.g. 512m: -Xmx of each instance),
# JAVA_OPTS (more JVM options), SPRING_PROFILES_ACTIVE (default demo), INSTANCE_PORTS (default "8081 8082"),
# PROXY_PORT (default 8080), STATE_DIR (logs, process ids, nginx files; default target/two-instances),
# READY_TIMEOUT (seconds per instance, default 300), CDS (default 1: start from the extracted jar with a class-data-sharing
# archive recorded by deploy/cds/prepare.sh, about half the CPU of a start; 0: plain java -jar). The database settings (DB_HOST, DB_PORT, DB_NAME, DB_USER,
# DB_PASSWORD) pass through to the instances as for a single one.
set -euo pipefail
cd "$(dirname "$0")/../.."

INSTANCE_PORTS=${INSTANCE_PORTS:-"8081 8082"}
PROXY_PORT=${PROXY_PORT:-8080}
STATE_DIR=$(mkdir -p "${STATE_DIR:-target/two-instances}" && cd "${STATE_DIR:-target/two-instances}" && pwd)
READY_TIMEOUT=${READY_TIMEOUT:-300}
PROFILES=${SPRING_PROFILES_ACTIVE-demo}
NGINX_DIR="$STATE_DIR/nginx"

nginx_binary() {
    command -v nginx 2>/dev/null || { [ -x /usr/sbin/nginx ] && echo /usr/sbin/nginx; } || true
}

ensure_nginx() {
    if [ -z "$(nginx_binary)" ]; then
        echo "Installing nginx from the Debian packages"
        local sudo=""
        if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends nginx >/dev/null
    fi
}

# The main nginx.conf of this proxy (everything under STATE_DIR, so no root is needed), the shared server block of
# deploy/nginx with the proxy port, and the upstream list of the local instances.
write_nginx_config() {
    mkdir -p "$NGINX_DIR/tmp"
    sed "s/listen 8080;/listen $PROXY_PORT;/" deploy/nginx/plan-tracker.conf >"$NGINX_DIR/plan-tracker.conf"
    {
        echo "# Written by deploy/local/two-instances.sh: the local instances, checked passively as in Compose."
        for port in $INSTANCE_PORTS; do
            echo "server 127.0.0.1:$port max_fails=3 fail_timeout=10s;"
        done
    } >"$NGINX_DIR/plan-tracker-upstream.conf"
    cat >"$NGINX_DIR/nginx.conf" <<EOF
# Written by deploy/local/two-instances.sh
worker_processes 1;
pid $NGINX_DIR/nginx.pid;
error_log $NGINX_DIR/error.log warn;
events {
    worker_connections 1024;
}
http {
    # which instance served each request
    log_format upstream '\$remote_addr [\$time_local] "\$request" \$status \$upstream_addr \${request_time}s';
    access_log $NGINX_DIR/access.log upstream;
    client_body_temp_path $NGINX_DIR/tmp/body;
    proxy_temp_path $NGINX_DIR/tmp/proxy;
    fastcgi_temp_path $NGINX_DIR/tmp/fastcgi;
    uwsgi_temp_path $NGINX_DIR/tmp/uwsgi;
    scgi_temp_path $NGINX_DIR/tmp/scgi;
    include plan-tracker.conf;
}
EOF
}

nginx_run() {
    "$(nginx_binary)" -p "$NGINX_DIR" -c "$NGINX_DIR/nginx.conf" -e "$NGINX_DIR/error.log" "$@"
}

ready() {
    curl -fsS -o /dev/null --max-time 3 "http://127.0.0.1:$1/actuator/health/readiness" 2>/dev/null
}

running() {
    [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null
}

start_instance() {
    local port=$1 pidfile="$STATE_DIR/app-$1.pid" log="$STATE_DIR/app-$1.log"
    if running "$pidfile"; then
        echo "Instance on $port is already running (pid $(cat "$pidfile"))"
        return
    fi
    if ready "$port"; then
        echo "Something else already answers on port $port" >&2
        exit 1
    fi
    local options=(-XX:+ExitOnOutOfMemoryError)
    if [ -n "${ARCHIVE:-}" ]; then options+=("-XX:SharedArchiveFile=$ARCHIVE"); fi
    if [ -n "${HEAP:-}" ]; then options+=("-Xmx$HEAP"); fi
    # shellcheck disable=SC2206 # JAVA_OPTS is a list of options
    options+=(${JAVA_OPTS:-})
    local arguments=(--server.port="$port" --server.forward-headers-strategy=native)
    if [ -n "$PROFILES" ]; then arguments+=(--spring.profiles.active="$PROFILES"); fi
    nohup java "${options[@]}" -jar "$JAR" "${arguments[@]}" >"$log" 2>&1 &
    echo $! >"$pidfile"
    echo "Started instance on $port (pid $!, log $log)"
    # One at a time: the first applies the migrations (and, with the demo profile, may start the embedded
    # PostgreSQL that the second then uses), and two cold starts would share the cores.
    local waited=0
    until ready "$port"; do
        if ! running "$pidfile"; then
            echo "Instance on $port exited; the end of its log:" >&2
            tail -n 30 "$log" >&2
            exit 1
        fi
        if [ "$waited" -ge "$READY_TIMEOUT" ]; then
            echo "Instance on $port not ready after ${READY_TIMEOUT}s; see $log" >&2
            exit 1
        fi
        sleep 1
        waited=$((waited + 1))
    done
    echo "Instance on $port is ready (${waited}s)"
}

start() {
    JAR=${JAR:-$(ls target/plan-tracker-*.jar 2>/dev/null | head -n 1)}
    if [ -z "$JAR" ] || [ ! -f "$JAR" ]; then
        echo "No application jar: build it with ./mvnw -DskipTests package (or set JAR)" >&2
        exit 1
    fi
    ensure_nginx
    write_nginx_config
    nginx_run -t -q
    if [ "${CDS:-1}" != 0 ]; then
        if SPRING_PROFILES_ACTIVE="$PROFILES" deploy/cds/prepare.sh "$JAR" "$STATE_DIR/cds"; then
            JAR="$STATE_DIR/cds/$(basename "$JAR")"
            ARCHIVE="$STATE_DIR/cds/application.jsa"
        fi
    fi
    for port in $INSTANCE_PORTS; do
        start_instance "$port"
    done
    if running "$NGINX_DIR/nginx.pid"; then
        nginx_run -s reload
    else
        nginx_run
    fi
    for _ in $(seq 1 10); do
        ready "$PROXY_PORT" && break
        sleep 1
    done
    ready "$PROXY_PORT" || { echo "nginx on $PROXY_PORT does not answer; see $NGINX_DIR/error.log" >&2; exit 1; }
    echo "Ready: http://localhost:$PROXY_PORT (nginx, round robin over 127.0.0.1:${INSTANCE_PORTS// /, 127.0.0.1:})"
}

stop_process() {
    local name=$1 pidfile=$2
    if running "$pidfile"; then
        local pid
        pid=$(cat "$pidfile")
        kill "$pid"
        for _ in $(seq 1 30); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 1
        done
        if kill -0 "$pid" 2>/dev/null; then
            echo "$name (pid $pid) did not stop within 30 s: killing it"
            kill -9 "$pid"
        fi
        echo "Stopped $name (pid $pid)"
    fi
    rm -f "$pidfile"
}

stop() {
    stop_process nginx "$NGINX_DIR/nginx.pid"
    for port in $INSTANCE_PORTS; do
        stop_process "instance on $port" "$STATE_DIR/app-$port.pid"
    done
}

status() {
    local all=0
    for port in $INSTANCE_PORTS "$PROXY_PORT"; do
        if ready "$port"; then echo "$port: ready"; else echo "$port: not ready"; all=1; fi
    done
    return "$all"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    status) status ;;
    check)
        ensure_nginx
        write_nginx_config
        nginx_run -t
        ;;
    *)
        echo "usage: $0 start|status|stop|check" >&2
        exit 2
        ;;
esac
