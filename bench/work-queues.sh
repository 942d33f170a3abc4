#!/usr/bin/env bash
# Issue 13's figure: every work queue of incident-service with 100,000 rows in its table — the queries' plans and
# times in PostgreSQL (EXPLAIN ANALYZE) and the p95 through HTTP — printed as FIGURE lines. A benchmark, so not part
# of the test run (it seeds 300,000 rows).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q -pl incident-service -am verify -Dfrontline.excluded-test-groups=none \
  -Dtest=WorkQueueLoadTest -Dsurefire.failIfNoSpecifiedTests=false
grep -h "FIGURE" incident-service/target/surefire-reports/*WorkQueueLoadTest-output.txt
