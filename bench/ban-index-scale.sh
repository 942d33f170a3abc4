#!/usr/bin/env bash
# The ban index at a chain's scale: heap kept and lookup time with 1 million and 10 million bans in force
# (sanction-service's BanIndex in one JVM, one thread, no HTTP). Figures for deploy/README.md's scale note.
# Usage: bench/ban-index-scale.sh [number of bans ...]   (default: 1000000 10000000; needs about 8 GB of heap)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q -pl sanction-service -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
classpath="sanction-service/target/test-classes:sanction-service/target/classes:$(cat sanction-service/target/bench.classpath)"
if [ "$#" -eq 0 ]; then set -- 1000000 10000000; fi
timeout 900 java -Xmx8g -XX:+UseParallelGC -cp "$classpath" io.frontline.sanction.bench.BanIndexScale "$@"
