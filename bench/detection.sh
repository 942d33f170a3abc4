#!/usr/bin/env bash
# Detection cost per segment: incident-service's live detection (phrase lexicons over Lucene's tokenisers —
# Kuromoji for Japanese, Snowball stemmers for Dutch and English) screens every utterance of the labelled
# corpus many times on one thread and prints p50/p99/max per segment against the 5 ms limit.
# Usage: bench/detection.sh [rounds over the corpus, default 50]
# Needs only a JDK 17+ and Maven Central; starts no server.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-50}"

echo "Compiling incident-service and its test classpath ..."
./mvnw -B -ntp -q -pl incident-service -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test

classpath="incident-service/target/test-classes:incident-service/target/classes:$(cat incident-service/target/bench.classpath)"
timeout 600 java -Xmx512m -cp "$classpath" io.frontline.incident.adapter.out.detection.DetectionBench "$rounds"
