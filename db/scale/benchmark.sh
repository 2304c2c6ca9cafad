#!/usr/bin/env bash
# Load benchmark of the dashboards at province scale (db/scale/README.md): ApacheBench (Debian's apache2-utils)
# sends REQUESTS requests per dashboard with CONCURRENCY users at once to a running application and prints
# p50 / p95 / p99 latency and throughput as a Markdown table (docs/performance.md holds the results).
#
#   db/scale/generate.sh
#   ./mvnw -DskipTests package
#   DB_NAME=plantracker_scale APP_DEMO_ACCOUNTSALLOWED=true java -jar target/plan-tracker-*.jar   # in another terminal
#   db/scale/benchmark.sh
set -euo pipefail

BASE_URL=${BASE_URL:-http://localhost:8080}
REQUESTS=${REQUESTS:-1000}
CONCURRENCY=${CONCURRENCY:-20}
WARM_UP=${WARM_UP:-500}

if ! command -v ab >/dev/null; then
    echo "ApacheBench is missing: apt-get install apache2-utils" >&2
    exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# shellcheck source=sign-in.sh
source "$(dirname "$0")/sign-in.sh"
session() {
    rm -f "$work/$1.jar"
    session_cookie "$BASE_URL" "$1" "$work/$1.jar"
}

# name | account | path
cases=(
    "Plan (province-wide, 300 institutions)|scale-province|/plans/1/dashboard"
    "Plan (city, 311 institutions)|scale-city-1|/plans/3/dashboard"
    "Plan (county, 13 institutions)|scale-province|/plans/9/dashboard"
    "Region: province|scale-province|/dashboards/regions/990000"
    "Region: city|scale-city-1|/dashboards/regions/990100"
    "Region: county|scale-county-1|/dashboards/regions/990102"
    "Institution|scale-hospital-87|/dashboards/institutions/1087"
    "Indicator (300 institutions)|scale-province|/plans/1/indicators/1/dashboard"
)

# A fresh JVM compiles its hot code during the first few thousand requests: warm every dashboard up first, so the
# first rows of the table are not measured against half-compiled code.
# WARM_UP=0 measures cold instead: the first requests after a start, as users meet them.
if [ "$WARM_UP" -gt 0 ]; then
    for case in "${cases[@]}"; do
        IFS='|' read -r name user path <<<"$case"
        ab -q -n "$WARM_UP" -c "$CONCURRENCY" -C "$(session "$user")" "$BASE_URL$path" >/dev/null
    done
fi

echo "| dashboard | path | requests | failed | p50 ms | p95 ms | p99 ms | requests/s | page KB |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---:|"
for case in "${cases[@]}"; do
    IFS='|' read -r name user path <<<"$case"
    cookie=$(session "$user")
    if [ -z "$cookie" ]; then
        echo "cannot sign in as $user" >&2
        exit 1
    fi
    status=$(curl -s -o "$work/page" -w '%{http_code}' -H "Cookie: $cookie" "$BASE_URL$path")
    if [ "$status" != "200" ]; then
        echo "$path answered $status for $user" >&2
        exit 1
    fi
    size=$(( $(wc -c <"$work/page") / 1024 ))
    if [ "$WARM_UP" -gt 0 ]; then
        ab -q -n "$WARM_UP" -c "$CONCURRENCY" -C "$cookie" "$BASE_URL$path" >/dev/null
    fi
    ab -q -n "$REQUESTS" -c "$CONCURRENCY" -C "$cookie" "$BASE_URL$path" >"$work/ab"
    failed=$(awk '/^Failed requests:/ {print $3}' "$work/ab")
    non2xx=$(awk '/^Non-2xx responses:/ {print $3}' "$work/ab")
    rps=$(awk '/^Requests per second:/ {printf "%.0f", $4}' "$work/ab")
    p50=$(awk '$1 == "50%" {print $2}' "$work/ab")
    p95=$(awk '$1 == "95%" {print $2}' "$work/ab")
    p99=$(awk '$1 == "99%" {print $2}' "$work/ab")
    echo "| $name | \`$path\` | $REQUESTS | $(( ${failed:-0} + ${non2xx:-0} )) | $p50 | $p95 | $p99 | $rps | $size |"
done
