#!/usr/bin/env bash
# Start-up to healthy on a restart: CaseDesk vs a bare Camunda Spring Boot starter (see StartupBenchmark.java).
#   bench/startup.sh [rounds]
set -euo pipefail
CASEDESK_MVN_OFFLINE=${CASEDESK_MVN_OFFLINE:-}
cd "$(dirname "$0")/.."
./mvnw -B -q $CASEDESK_MVN_OFFLINE package -DskipTests
./mvnw -B -q $CASEDESK_MVN_OFFLINE -f bench/bare-camunda/pom.xml package
exec java bench/StartupBenchmark.java "$@"
