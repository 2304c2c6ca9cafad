#!/bin/sh
# The image's start (Dockerfile): the first start of a container records a class-data-sharing archive with one
# training start that exits once the application context is ready (it applies pending migrations, as any start would);
# every start after that, e.g. a restart by Compose, loads the application's classes from it: about half the CPU of a
# start (docs/performance.md, "Start-up"). Without the archive (training failed) the application starts as before.
set -e
archive=/app/cds/application.jsa
if [ ! -f "$archive" ] && [ "${CDS:-1}" != 0 ]; then
    mkdir -p /app/cds
    echo "Recording the class-data-sharing archive (one training start)"
    java -XX:ArchiveClassesAtExit="$archive" -Dspring.context.exit=onRefresh -jar /app/app.jar --server.port=0 \
        >/app/cds/training.log 2>&1 || { echo "Training start failed; see /app/cds/training.log"; rm -f "$archive"; }
fi
if [ -f "$archive" ]; then
    exec java -XX:SharedArchiveFile="$archive" -jar /app/app.jar "$@"
fi
exec java -jar /app/app.jar "$@"
