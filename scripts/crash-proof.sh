#!/usr/bin/env bash
# The crash proof: CaseDesk (the built jar, default H2 file database) on a mailbox outside it, killed with SIGKILL
# in the middle of a chunk, started again: every mail must be exactly one case. Needs target/casedesk.jar and the
# compiled tests (./mvnw verify leaves both). Usage: scripts/crash-proof.sh [mails=1000] [fraction before kill=0.3]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f target/casedesk.jar ] || [ ! -d target/test-classes/com/casedesk/crash ]; then
  ./mvnw -B -q -DskipTests package test-compile
fi
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/crash-proof-cp.txt
java -cp "target/test-classes:target/classes:$(cat target/crash-proof-cp.txt)" ${CRASH_PROOF_OPTS:-} \
  com.casedesk.crash.CrashProof target/casedesk.jar "${1:-1000}" "${2:-0.3}"
