#!/usr/bin/env bash
# Two CaseDesk nodes (separate JVMs) on one PostgreSQL and one shared mail server, one of them killed with SIGKILL
# half-way through N due dunning timers and M customer mails; then every job and mail is counted.
#   scripts/cluster-proof.sh [--timers N] [--mails M]     (defaults: 1000 timers, 100 mails; a few minutes on 2 cores)
# Uses (and wipes) the database casedesk_ci of .ci/postgres.sh; ports 18161-18162 (nodes), 13625-13626 (mail).
# Node logs: target/cluster-proof/node-*.log. CASEDESK_MVN_OFFLINE=-o builds offline.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/postgres.sh
mvn_offline=${CASEDESK_MVN_OFFLINE:-}
echo "cluster-proof: building the jar once"
./mvnw -B -q $mvn_offline package -DskipTests
./mvnw -B -q $mvn_offline dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cluster-proof.cp
exec java -cp "target/test-classes:target/classes:$(cat target/cluster-proof.cp)" \
  com.casedesk.cluster.proof.ClusterProof "$@"
