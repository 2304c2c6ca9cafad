#!/usr/bin/env bash
# Dumps the application's PostgreSQL database to one file in pg_dump's custom format (compressed; pg_restore can
# restore all of it or single tables, in parallel). Safe while the application runs: pg_dump reads one consistent
# snapshot and takes no lock that stops the instances writing.
#
#   deploy/backup/backup.sh [FILE]      default: ${BACKUP_DIR:-backups}/plantracker-<UTC time>.dump
#
# The database settings are the application's: DB_HOST, DB_PORT, DB_NAME, DB_USER, DB_PASSWORD (defaults
# 127.0.0.1, 5432, plantracker, postgres, none). Needs pg_dump of the server's major version or newer
# (Debian: postgresql-client). Prints the file written. See docs/operations/backup.md.
set -euo pipefail

DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-5432}
DB_NAME=${DB_NAME:-plantracker}
DB_USER=${DB_USER:-postgres}

file=${1:-"${BACKUP_DIR:-backups}/plantracker-$(date -u +%Y%m%dT%H%M%SZ).dump"}
mkdir -p "$(dirname "$file")"

if [ -n "${DB_PASSWORD:-}" ]; then export PGPASSWORD="$DB_PASSWORD"; fi

# write to a temporary name first: a file with the final name is always a whole dump
pg_dump --host="$DB_HOST" --port="$DB_PORT" --username="$DB_USER" --no-password \
    --format=custom --compress=6 --no-owner --no-privileges \
    --file="$file.partial" "$DB_NAME"
mv "$file.partial" "$file"
echo "$file"
