#!/usr/bin/env bash
# Prepares a faster start of the application (docs/performance.md, "Start-up"): extracts the jar (a plain class path
# starts faster than Boot's nested jar) and records an application class-data-sharing archive (AppCDS) with one
# training run that starts the application against the configured database and exits once the context is ready.
# A start with the archive loads the application's classes already parsed and verified: on the 2-core machine, half
# the CPU of a start.
#
#   deploy/cds/prepare.sh JAR DIR     then start with: java -XX:SharedArchiveFile=DIR/application.jsa -jar DIR/<jar name>
#
# Does nothing when DIR already holds the archive of this very jar. The training run reads the same settings as the
# application (DB_HOST, DB_NAME, ... and SPRING_PROFILES_ACTIVE), applies pending migrations as any start would and
# listens on a random port; it needs the database to be reachable.
set -euo pipefail

jar=${1:?usage: prepare.sh JAR DIR}
dir=${2:?usage: prepare.sh JAR DIR}
name=$(basename "$jar")
sum=$(sha256sum "$jar" | cut -d' ' -f1)

if [ -f "$dir/application.jsa" ] && [ "$(cat "$dir/jar.sha256" 2>/dev/null)" = "$sum" ]; then
    exit 0
fi
rm -rf "$dir"
mkdir -p "$dir"
java -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null
echo "Recording the class-data-sharing archive in $dir (one training start of the application)"
# JVM options of the real start that change which classes load (none today) would belong here too
if ! java -XX:ArchiveClassesAtExit="$dir/application.jsa" -Dspring.context.exit=onRefresh \
        -jar "$dir/$name" --server.port=0 >"$dir/training.log" 2>&1 || [ ! -f "$dir/application.jsa" ]; then
    echo "The training start failed (see $dir/training.log); starting without the archive is slower but works" >&2
    tail -n 20 "$dir/training.log" >&2
    rm -f "$dir/application.jsa"
    exit 1
fi
echo "$sum" >"$dir/jar.sha256"
