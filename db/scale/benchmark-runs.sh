#!/usr/bin/env bash
# The scale-out measurements of docs/performance.md in one go, on the province database (generate.sh first, and
# ./mvnw -DskipTests package): prints Markdown to standard output, logs to target/benchmark-runs/.
#
#   db/scale/benchmark-runs.sh                       all runs below
#   RUNS="two restart" db/scale/benchmark-runs.sh    some of them
#
# Runs (each starts and stops what it needs; nothing else may listen on 8080-8082):
#   single     one instance, -Xmx512m, 20 users: cold (the first requests after start) and warm; GC time share
#   two        two instances (-Xmx512m each) behind nginx (deploy/local/two-instances.sh), 40 users: cold and warm
#   restart    as two, then one instance is stopped and started again; 40 users through nginx at once: cold p95
#   visibility as two: approval on instance A visible on instance B (approval-visibility.sh, COUNT approvals)
# Start-up times ("Started ... in") are taken from the instances' logs. REQUESTS (default 1000), COLD_REQUESTS
# (default 200), COUNT (default 100) and CDS (default 1, see two-instances.sh) can be set.
set -euo pipefail
cd "$(dirname "$0")/../.."

RUNS=${RUNS:-"single two restart visibility"}
REQUESTS=${REQUESTS:-1000}
COLD_REQUESTS=${COLD_REQUESTS:-200}
export DB_NAME=${DB_NAME:-plantracker_scale} APP_DEMO_ACCOUNTSALLOWED=true SPRING_FLYWAY_OUTOFORDER=true
export SPRING_PROFILES_ACTIVE="" HEAP=512m STATE_DIR=target/benchmark-runs
mkdir -p "$STATE_DIR"
two=deploy/local/two-instances.sh

started_in() { grep -o 'Started PlanTrackerApplication in [0-9.]* seconds' "$1" | tail -1 | grep -o '[0-9.]* seconds'; }

heading() { echo; echo "### $*"; echo; }

for run in $RUNS; do
    case $run in
        single)
            heading "One instance, -Xmx512m, 20 users"
            INSTANCE_PORTS=8080 PROXY_PORT=8079 $two start >"$STATE_DIR/single-start.log"
            echo "Start-up: $(started_in "$STATE_DIR/app-8080.log")"
            echo; echo "Cold (no warm-up, the first requests after start):"; echo
            WARM_UP=0 REQUESTS=$COLD_REQUESTS CONCURRENCY=20 db/scale/benchmark.sh
            echo; echo "Warm:"; echo
            REQUESTS=$REQUESTS CONCURRENCY=20 db/scale/benchmark.sh
            pid=$(cat "$STATE_DIR/app-8080.pid")
            echo; jcmd "$pid" GC.heap_info | head -3 | sed 's/^/    /'
            uptime_ms=$(jcmd "$pid" VM.uptime | awk 'NR==2 {printf "%d", $1 * 1000}')
            gc_ms=$(jstat -gcutil "$pid" | awk 'NR==2 {printf "%d", $NF * 1000}')
            echo; echo "GC time: ${gc_ms} ms of ${uptime_ms} ms uptime ($(( gc_ms * 1000 / uptime_ms / 10 )).$(( gc_ms * 1000 / uptime_ms % 10 )) %)"
            INSTANCE_PORTS=8080 PROXY_PORT=8079 $two stop >/dev/null
            ;;
        two | restart | visibility)
            heading "Two instances (-Xmx512m) behind nginx: $run"
            $two start >"$STATE_DIR/$run-start.log"
            echo "Start-up: 8081 $(started_in "$STATE_DIR/app-8081.log"), 8082 $(started_in "$STATE_DIR/app-8082.log")"
            if [ "$run" = two ]; then
                echo; echo "Cold (no warm-up), 40 users:"; echo
                WARM_UP=0 REQUESTS=$COLD_REQUESTS CONCURRENCY=40 db/scale/benchmark.sh
                echo; echo "Warm, 40 users:"; echo
                REQUESTS=$REQUESTS CONCURRENCY=40 db/scale/benchmark.sh
            elif [ "$run" = restart ]; then
                WARM_UP=300 REQUESTS=300 CONCURRENCY=40 db/scale/benchmark.sh >/dev/null   # both warm
                kill "$(cat "$STATE_DIR/app-8082.pid")"
                while kill -0 "$(cat "$STATE_DIR/app-8082.pid")" 2>/dev/null; do sleep 1; done
                $two start >>"$STATE_DIR/$run-start.log"   # starts the missing instance again
                echo "Restarted 8082 in $(started_in "$STATE_DIR/app-8082.log")"
                echo; echo "At once after the restart, 40 users through nginx (half the requests on the new instance):"; echo
                WARM_UP=0 REQUESTS=$COLD_REQUESTS CONCURRENCY=40 db/scale/benchmark.sh
            else
                echo; COUNT=${COUNT:-100} A_URL=http://localhost:8081 B_URL=http://localhost:8082 db/scale/approval-visibility.sh
            fi
            $two stop >/dev/null
            ;;
        *)
            echo "unknown run: $run" >&2
            exit 2
            ;;
    esac
done
