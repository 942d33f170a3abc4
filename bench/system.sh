#!/usr/bin/env bash
# The system's figures in one run (issue 15): starts the whole stack as `bin/frontline up` does (a temporary data
# folder, free ports, reached on loopback), prints each headline figure beside its limit, stops the stack, adds
# detection's cost per segment, and writes everything to bench/results/system-<date>.txt.
# Usage: bench/system.sh [seconds per load run, default 8] [figures, e.g. 2,3; default all and detection]
# Needs a JDK 17+ and Maven Central; wrk (installed when missing, as bench/ban-check.sh does) and pgbench (when
# missing, the database's floor is left out and the file says so). Bounded to ten minutes after the build.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-8}"
figures="${2:-}"
result="bench/results/system-$(date -u +%Y-%m-%d).txt"

if ! command -v wrk >/dev/null 2>&1; then
  echo "Installing wrk ..."
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && apt-get install -y -qq wrk; else sudo apt-get update -qq && sudo apt-get install -y -qq wrk; fi
fi

# Package only what is older than its sources (as bin/frontline does), and always the benchmark's class path.
stale=()
for module in complaint-service incident-service sanction-service notification-service prevention-service web; do
  jar="$module/target/quarkus-app/quarkus-run.jar"
  if [ ! -f "$jar" ] || [ -n "$(find "$module/src/main" "$module/pom.xml" platform/core/src/main pom.xml \
      -newer "$jar" -type f -print -quit 2>/dev/null)" ]; then
    stale+=("$module")
  fi
done
modules="$(IFS=,; echo "local-stack${stale[*]:+,${stale[*]}}")"
echo "Building $modules ..."
begin=$SECONDS
./mvnw -B -ntp -q -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test -pl "$modules" -am
echo "Built in $((SECONDS - begin)) s."

# Absolute: the launcher starts PostgreSQL's keeper and the broker with this class path, in other folders.
classpath="$PWD/local-stack/target/test-classes:$PWD/local-stack/target/classes:$(cat local-stack/target/bench.classpath)"
log=local-stack/target/system-bench.log
mkdir -p "$(dirname "$result")"
begin=$SECONDS
# The Java main stops the stack (and every process of it) on its way out, also after a failure.
if ! timeout 540 java -Xmx512m -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
    -cp "$classpath" io.frontline.localstack.bench.SystemBench "$PWD" "$PWD/$result" "$seconds" "$figures" > "$log" 2>&1; then
  tail -n 60 "$log" >&2
  echo "benchmark failed; the whole output is in $log" >&2
  exit 1
fi
echo "Stack figures measured in $((SECONDS - begin)) s (stack start and stop included)."
if [ -n "$figures" ] && [[ ",$figures," != *",6,"* ]]; then
  cat "$result"
  echo "Written to $result"
  exit 0
fi

# Detection's cost per segment, in-process (no server): the corpus screened 20 times on one thread.
detection="$(bench/detection.sh 20)"
cpu="$(echo "$detection" | sed -n 's/^ *CPU time per segment[^:]*: \(p50 [^,]*, p99 [^,]*\),.*/\1/p')"
wall="$(echo "$detection" | sed -n 's/^ *wall clock per segment: \(p50 [^,]*, p99 [^,]*\),.*/\1/p')"
p99="$(echo "$cpu" | sed -n 's/.*p99 \([0-9.]*\) ms.*/\1/p')"
verdict="$(awk -v v="$p99" 'BEGIN { print (v != "" && v < 5) ? "met" : "MISSED" }')"
{
  printf '%-66s %-72s %-26s %s\n' "6. detection cost per segment, CPU time" "$cpu (wall clock $wall)" "p99 < 5 ms" "$verdict"
  echo "- detection: bench/detection.sh 20 after the stack stopped (the corpus screened 20 times, one thread, in-process)"
} > "$result.detection"
# The detection row belongs with the others in the table; its note at the end.
awk -v row="$(head -n 1 "$result.detection")" '
  /^$/ && table && !done { print row; done = 1 }
  /^figure / { table = 1 }
  { print }' "$result" > "$result.tmp"
tail -n +2 "$result.detection" >> "$result.tmp"
mv "$result.tmp" "$result"
rm -f "$result.detection"
echo
cat "$result"
echo
echo "Written to $result"
