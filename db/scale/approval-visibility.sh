#!/usr/bin/env bash
# How long an approval made through one instance takes to show on another instance's dashboard (issue 13: p95 <= 1 s
# over 100 approvals). Needs two instances on the province database (deploy/local/two-instances.sh or two java -jar)
# and psql. For COUNT submitted reports (each the only pending report of its institution in its plan) it:
#   1. signs in on instance B as the institution's reporter and opens the indicator dashboard, which shows the value
#      as pending (so B holds the plan's figures in memory);
#   2. approves the report through instance A as a reviewer of the institution's county;
#   3. asks B's page every 10 ms until the pending mark is gone, and records the time from A's answer.
# Approving changes the database: run generate.sh again before other measurements if that matters.
set -euo pipefail
cd "$(dirname "$0")/../.."

A_URL=${A_URL:-http://localhost:8081}
B_URL=${B_URL:-http://localhost:8082}
COUNT=${COUNT:-100}
DB_NAME=${DB_NAME:-plantracker_scale}
PSQL=(psql -h "${DB_HOST:-127.0.0.1}" -p "${DB_PORT:-5432}" -U "${DB_USER:-postgres}" -d "$DB_NAME" -At -F '|')
MARK='class="badge text-bg-light border"'

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# shellcheck source=sign-in.sh
source db/scale/sign-in.sh

now_ms() { date +%s%3N; }

# report | plan | indicator | reporter | reviewer: submitted reports that are their institution's only pending one in
# the plan, with a value, and accounts that may see and decide them.
"${PSQL[@]}" -c "
select r.id, p.plan_id,
       (select cv.indicator_id from counted_value cv where cv.report_id = r.id and not cv.approved limit 1),
       (select u.username from app_user u where u.organization_id = r.organization_id and u.role = 'REPORTER' limit 1),
       (select u.username from app_user u join organization b on b.id = u.organization_id
         where u.role = 'REVIEWER' and b.region_code = o.region_code limit 1)
from report r
join reporting_period p on p.id = r.period_id
join organization o on o.id = r.organization_id
where r.status = 'SUBMITTED'
  and exists (select 1 from counted_value cv where cv.report_id = r.id and not cv.approved)
  and not exists (select 1 from report r2 join reporting_period p2 on p2.id = r2.period_id
                  where r2.organization_id = r.organization_id and p2.plan_id = p.plan_id
                    and r2.status = 'SUBMITTED' and r2.id <> r.id)
order by r.id limit $((COUNT * 4))" > "$work/reports"

measured=0
: > "$work/delays"
while IFS='|' read -r report plan indicator reporter reviewer; do
    [ "$measured" -lt "$COUNT" ] || break
    [ -n "$reporter" ] && [ -n "$reviewer" ] || continue
    page="$B_URL/plans/$plan/indicators/$indicator/dashboard"
    sign_in "$B_URL" "$reporter" "$work/b-$reporter.jar"
    if ! curl -s -b "$work/b-$reporter.jar" "$page?basis=pending" | grep -q "$MARK"; then
        continue   # not shown as pending to this reporter: not a fair case
    fi
    curl -s -o /dev/null -b "$work/b-$reporter.jar" "$page"
    sign_in "$A_URL" "$reviewer" "$work/a-$reviewer.jar"
    version=$("${PSQL[@]}" -c "select version from report where id = $report")
    csrf=$(curl -s -b "$work/a-$reviewer.jar" "$A_URL/reviews" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
    curl -s -o /dev/null -b "$work/a-$reviewer.jar" --data-urlencode "_csrf=$csrf" --data-urlencode "version=$version" \
        "$A_URL/reports/$report/approve"
    start=$(now_ms)
    [ "$("${PSQL[@]}" -c "select status from report where id = $report")" = APPROVED ] || { echo "report $report not approved" >&2; continue; }
    # The page on B, with pending values shown, still marks the value pending until B has the approval.
    while curl -s -b "$work/b-$reporter.jar" "$page?basis=pending" | grep -q "$MARK"; do
        if [ $(($(now_ms) - start)) -gt 30000 ]; then echo "report $report: not on B after 30 s" >&2; break; fi
        sleep 0.01
    done
    echo $(($(now_ms) - start)) >> "$work/delays"
    measured=$((measured + 1))
done < "$work/reports"

sort -n "$work/delays" > "$work/sorted"
n=$(wc -l < "$work/sorted")
if [ "$n" -eq 0 ]; then echo "no approval measured" >&2; exit 1; fi
pct() { sed -n "$(( ($1 * n + 99) / 100 ))p" "$work/sorted"; }
echo "| approvals | p50 ms | p95 ms | max ms |"
echo "|---:|---:|---:|---:|"
echo "| $n | $(pct 50) | $(pct 95) | $(tail -1 "$work/sorted") |"
