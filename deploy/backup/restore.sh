#!/usr/bin/env bash
# Restores a dump written by backup.sh into a database that does not exist yet, which it creates; it never touches
# an existing database (restore into a new name, check it, then point the application at it with DB_NAME, or rename
# the databases while the application is stopped).
#
#   deploy/backup/restore.sh FILE
#
# DB_HOST, DB_PORT, DB_NAME (the new database), DB_USER, DB_PASSWORD as for the application; the user must be
# allowed to create databases. JOBS (default 2) restores that many tables at once. See docs/operations/backup.md.
set -euo pipefail

file=${1:?usage: restore.sh FILE (a dump written by backup.sh)}
[ -f "$file" ] || { echo "no such file: $file" >&2; exit 2; }

DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-5432}
DB_NAME=${DB_NAME:-plantracker}
DB_USER=${DB_USER:-postgres}
JOBS=${JOBS:-2}

if [ -n "${DB_PASSWORD:-}" ]; then export PGPASSWORD="$DB_PASSWORD"; fi
connection=(--host="$DB_HOST" --port="$DB_PORT" --username="$DB_USER" --no-password)

exists=$(psql "${connection[@]}" --dbname=postgres --tuples-only --no-align \
    --command="select 1 from pg_database where datname = '${DB_NAME//\'/\'\'}'")
if [ "$exists" = "1" ]; then
    echo "database $DB_NAME exists already: restore into a new name (DB_NAME=...)" >&2
    exit 3
fi

createdb "${connection[@]}" --encoding=UTF8 --template=template0 "$DB_NAME"
# one transaction is not possible with --jobs; --exit-on-error stops at the first error instead
pg_restore "${connection[@]}" --dbname="$DB_NAME" --no-owner --no-privileges --exit-on-error --jobs="$JOBS" "$file"
echo "restored $file into $DB_NAME"
