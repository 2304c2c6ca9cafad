#!/usr/bin/env bash
# Builds a province-scale installation for dashboard benchmarks (see db/scale/README.md): drops and re-creates the
# database ${DB_NAME:-plantracker_scale}, lets Flyway apply the application's migrations (db/migration, no demo
# data), loads db/scale/province.sql, analyses and prints row counts. Not run by the test suite.
#
#   db/scale/generate.sh                       # database plantracker_scale on 127.0.0.1:5432, user postgres
#   DB_NAME=plantracker_scale2 db/scale/generate.sh
#
# Honours DB_HOST, DB_PORT, DB_USER (as the application does) and PGPASSWORD.
set -euo pipefail

cd "$(dirname "$0")/../.."

DB_NAME=${DB_NAME:-plantracker_scale}
DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-5432}
DB_USER=${DB_USER:-postgres}

# This script drops the database it builds: never let it near anything but a scale database.
if [[ ! "$DB_NAME" =~ ^plantracker_scale[A-Za-z0-9_]*$ ]]; then
    echo "generate.sh: refusing to drop '$DB_NAME': the name must start with plantracker_scale" >&2
    exit 2
fi

started=$(date +%s)
step() { echo "[$(( $(date +%s) - started ))s] $*"; }

export PGCONNECT_TIMEOUT=10
psql_admin() { psql -X -q -v ON_ERROR_STOP=1 -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d postgres "$@"; }
psql_db() { psql -X -v ON_ERROR_STOP=1 -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" "$@"; }

step "dropping and creating database $DB_NAME on $DB_HOST:$DB_PORT"
psql_admin -c "drop database if exists \"$DB_NAME\" with (force)"
psql_admin -c "create database \"$DB_NAME\" encoding 'UTF8' template template0"

step "applying the schema with Flyway (db/migration)"
flyway_args=(
    -B -q -f db/scale/pom.xml flyway:migrate
    "-Dflyway.url=jdbc:postgresql://$DB_HOST:$DB_PORT/$DB_NAME"
    "-Dflyway.user=$DB_USER"
)
if [[ -n "${PGPASSWORD:-}" ]]; then
    flyway_args+=("-Dflyway.password=$PGPASSWORD")
fi
./mvnw "${flyway_args[@]}"
psql_db -At -c "select 'flyway: ' || count(*) || ' migrations, latest V' || max(version::int) from flyway_schema_history where success"

step "generating the province (db/scale/province.sql)"
psql_db -q -f db/scale/province.sql

step "counting the latest values for the dashboards (refresh_counted_values, V18)"
psql_db -q -At -c "select refresh_counted_values(null, null)"

step "analyzing"
psql_db -q -c "analyze"

step "row counts"
psql_db -P footer=off -c "
select 'region' as table_name, count(*) as rows from region
union all select 'organization', count(*) from organization
union all select 'app_user', count(*) from app_user
union all select 'plan', count(*) from plan
union all select 'plan_coverage', count(*) from plan_coverage
union all select 'goal', count(*) from goal
union all select 'responsibility', count(*) from responsibility
union all select 'indicator', count(*) from indicator
union all select 'milestone', count(*) from milestone
union all select 'budget_line', count(*) from budget_line
union all select 'reporting_period', count(*) from reporting_period
union all select 'report', count(*) from report
union all select 'report_value', count(*) from report_value
union all select 'report_milestone', count(*) from report_milestone
union all select 'report_spending', count(*) from report_spending
union all select 'report_history', count(*) from report_history"
psql_db -P footer=off -c "
select r.status, count(*) as reports from report r group by r.status order by r.status"
psql_db -At -c "select 'database size: ' || pg_size_pretty(pg_database_size(current_database()))"

step "done: $DB_NAME is ready (start the application with DB_NAME=$DB_NAME SPRING_FLYWAY_OUTOFORDER=true, see db/scale/README.md)"
