#!/usr/bin/env bash
# Runs the nobody-waits simulation (issue 12) and prints its table for docs/BENCHMARKS.md.
# Usage: bench/simulate.sh [runs for 12 and 20 learners, default 5] [cohort sizes, default 12,20,200]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec "${JAVA_HOME:-/usr}/bin/java" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  fi.polku.peerreview.internal.WaitingSimulationMain "$@"
