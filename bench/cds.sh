#!/usr/bin/env bash
# Builds a class-data-sharing archive (static AppCDS) for a Spring Boot jar: extracts it (Spring Boot's jarmode
# tools), starts it once with -XX:DumpLoadedClassList and stops it when the context has refreshed, then dumps the
# listed classes (lambda proxies left out, see below) into DEST/application.jsa.
#   bench/cds.sh JAR DEST [application arguments for the training start...]
# Then run:  java -XX:SharedArchiveFile=DEST/application.jsa -jar DEST/<jar name> ...
# The archive fits only that jar and that JDK: rebuild it after every build of the jar.
set -euo pipefail
jar=$1; dest=$2; shift 2
rm -rf "$dest"
java -Djarmode=tools -jar "$jar" extract --destination "$dest"
app="$dest/$(basename "$jar")"
training=$(mktemp -d)
java -XX:DumpLoadedClassList="$dest/classes.lst" -Dspring.context.exit=onRefresh -jar "$app" \
    --casedesk.data-dir="$training" --bench.data-dir="$training" "$@" > "$dest/training.log" 2>&1 \
    || { tail -20 "$dest/training.log"; exit 1; }
rm -rf "$training"
# without the pre-generated lambda proxies: JDK 17.0.15 crashes dumping CaseDesk's
# (SystemDictionaryShared::adjust_lambda_proxy_class_dictionary), with -XX:ArchiveClassesAtExit as well
grep -v '^@lambda' "$dest/classes.lst" > "$dest/classes-without-lambdas.lst"
java -Xshare:dump -XX:SharedClassListFile="$dest/classes-without-lambdas.lst" -XX:SharedArchiveFile="$dest/application.jsa" \
    -cp "$app" > "$dest/dump.log" 2>&1 || { tail -20 "$dest/dump.log"; exit 1; }
ls -la "$dest/application.jsa"
