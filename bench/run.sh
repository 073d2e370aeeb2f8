#!/usr/bin/env bash
# Runs the JMH benchmarks under src/bench/java/fi/polku/bench (Maven profile bench) and prints their figures.
# Usage: bench/run.sh [JMH options, e.g. MarkdownRenderBenchmark -f 1]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -Pbench test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec "${JAVA_HOME:-/usr}/bin/java" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.openjdk.jmh.Main "${@:-fi.polku.bench}"
