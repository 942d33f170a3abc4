#!/usr/bin/env bash
# Loads sanction-service's ban check (GET /api/bans/check) and its constant endpoint (GET /api/bans/ping)
# with wrk on loopback, for the same duration each, and prints requests/s and p50/p99 latency.
# Usage: bench/ban-check.sh [seconds per endpoint, default 15] [connections, default 32]
# Needs only what the tests need (JDK 17+, Maven Central); starts PostgreSQL, Kafka and Keycloak itself.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-15}"
connections="${2:-32}"

if ! command -v wrk >/dev/null 2>&1; then
  echo "Installing wrk ..."
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && apt-get install -y -qq wrk; else sudo apt-get update -qq && sudo apt-get install -y -qq wrk; fi
fi

echo "Packaging sanction-service and its test classpath ..."
./mvnw -B -ntp -q -pl sanction-service -am package dependency:build-classpath -DskipTests \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test

classpath="sanction-service/target/test-classes:sanction-service/target/classes:$(cat sanction-service/target/bench.classpath)"
# Bounded: at most ten minutes whatever happens; the Java main stops the service on exit, and the servers it
# started (PostgreSQL, Kafka, Keycloak) stop with its JVM.
log=sanction-service/target/bench.log
if ! timeout 600 java -Xmx1g -cp "$classpath" io.frontline.sanction.bench.BanCheckBench "$PWD" "$seconds" "$connections" \
    > "$log" 2>&1; then
  tail -n 40 "$log" >&2
  echo "benchmark failed; the whole output is in $log, the service's log in sanction-service/target/bench/" >&2
  exit 1
fi
sed -n '/^Ban check benchmark/,$p' "$log"
