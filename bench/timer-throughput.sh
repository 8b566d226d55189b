#!/usr/bin/env bash
# Due dunning timers per second, one node vs two on one PostgreSQL (see TimerThroughputBenchmark.java).
#   bench/timer-throughput.sh [N]
set -euo pipefail
CASEDESK_MVN_OFFLINE=${CASEDESK_MVN_OFFLINE:-}
cd "$(dirname "$0")/.."
bash .ci/postgres.sh
./mvnw -B -q $CASEDESK_MVN_OFFLINE package -DskipTests
./mvnw -B -q $CASEDESK_MVN_OFFLINE dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cluster-proof.cp
exec java -cp "target/test-classes:target/classes:$(cat target/cluster-proof.cp)" bench/TimerThroughputBenchmark.java "$@"
