#!/usr/bin/env bash
# Seeds N load-test learners (fi.polku.bench.LoadSeed) into a database whose schema the app made.
# Usage: bench/seed.sh N [JDBC_URL [USER [PASSWORD [PER_COHORT]]]]
#   bench/seed.sh 10000 'jdbc:h2:file:./data/polku;AUTO_SERVER=TRUE'        (H2; the app may be running)
#   bench/seed.sh 10000 jdbc:postgresql://127.0.0.1:5432/polku polku secret   (PostgreSQL)
# Never run by the app or the build; learners log in as peer000000@bench.polku.local … with load-test-pass-1.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:?usage: bench/seed.sh N [JDBC_URL [USER [PASSWORD [PER_COHORT]]]]}"
URL="${2:-jdbc:h2:file:./data/polku;AUTO_SERVER=TRUE}"
./mvnw -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec "${JAVA_HOME:-/usr}/bin/java" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  fi.polku.bench.LoadSeed "$N" "$URL" "${3:-sa}" "${4:-}" "${5:-$N}"
