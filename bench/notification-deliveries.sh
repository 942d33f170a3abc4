#!/usr/bin/env bash
# notification-service under a backlog (issue 15): routine mails per second from 10,000 pending deliveries, and the
# time from a critical event on its topic to its mail accepted by SMTP (GreenMail) while that backlog is pending.
# Usage: bench/notification-deliveries.sh [seconds of the throughput window, default 30]
#        FRONTLINE_BENCH_JFR=/tmp/deliveries.jfr bench/notification-deliveries.sh   (and a flight recording of the service)
# Needs only what the tests need (JDK 17+, Maven Central); starts PostgreSQL, Kafka, Keycloak and GreenMail itself.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"

echo "Packaging notification-service and its test classpath ..."
./mvnw -B -ntp -q -pl notification-service -am package dependency:build-classpath -DskipTests \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test

classpath="notification-service/target/test-classes:notification-service/target/classes:$(cat notification-service/target/bench.classpath)"
# Bounded: at most ten minutes whatever happens; the Java main stops the service on exit, and the servers it
# started (PostgreSQL, Kafka, Keycloak, GreenMail) stop with its JVM.
log=notification-service/target/bench.log
# The servers' shutdown hooks may end the JVM with a non-zero status after the figures are printed: the figures count.
if ! timeout 600 java -Xmx1g -Dfrontline.bench.jfr="${FRONTLINE_BENCH_JFR:-}" -cp "$classpath" \
    io.frontline.notification.bench.DeliveryBench "$PWD" "$seconds" \
    > "$log" 2>&1 && ! grep -q '^Notification delivery benchmark' "$log"; then
  tail -n 40 "$log" >&2
  echo "benchmark failed; the whole output is in $log, the service's log in notification-service/target/bench/" >&2
  exit 1
fi
sed -n '/^Notification delivery benchmark/,$p' "$log"
