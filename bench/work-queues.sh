#!/usr/bin/env bash
# The work queues' figures with 100,000 rows in their tables (issue 13): incident-service's queues, complaint-service's
# queue, sanction-service's measure queues and notification-service's escalation list — the queries' plans and times
# in PostgreSQL (EXPLAIN ANALYZE) where the test prints them, and the p95 through HTTP — printed as FIGURE lines.
# Benchmarks, so not part of the test run (each seeds 100,000 rows or more): they are tagged "bench" and run here.
#   bench/work-queues.sh                 # all four
#   bench/work-queues.sh sanction        # one service: incident | complaint | sanction | notification
set -euo pipefail
cd "$(dirname "$0")/.."
declare -A TESTS=(
  [incident]="incident-service WorkQueueLoadTest"
  [complaint]="complaint-service ComplaintQueueTest#the_queue_answers_within_100_ms_at_the_95th_percentile_with_100000_complaints"
  [sanction]="sanction-service MeasureQueuesTest#each_queue_answers_within_100_ms_p95_beyond_the_constant_endpoint_with_100000_measures_in_the_table"
  [notification]="notification-service EscalationListTest#the_list_answers_quickly_with_100000_escalations_in_the_table"
)
for name in "${@:-incident complaint sanction notification}"; do
  for one in $name; do
    read -r module test <<<"${TESTS[$one]:?unknown queue benchmark: $one}"
    ./mvnw -B -ntp -q -pl "$module" -am verify -Dfrontline.excluded-test-groups=none \
      -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false
    grep -h "FIGURE" "$module"/target/surefire-reports/*"${test%%#*}"-output.txt || true
  done
done
