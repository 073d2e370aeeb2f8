#!/usr/bin/env bash
# The load test, end to end (docs/BENCHMARKS.md): builds the jar, starts it on a free loopback port
# with a fresh H2 database in a temp dir, seeds LEARNERS learners, runs the Gatling simulations of the
# Maven profile `load` against it, stops the app and prints the figures.
# Usage: bench/load.sh [verify|learner|all]     (default all)
# Bounds (environment): LEARNERS=10000 USERS=500 RAMP=60 STAY=120 RATE=200 DURATION=30
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
WHAT="${1:-all}"
LEARNERS="${LEARNERS:-10000}"; USERS="${USERS:-500}"; RAMP="${RAMP:-60}"; STAY="${STAY:-120}"
RATE="${RATE:-200}"; DURATION="${DURATION:-30}"
(( USERS <= LEARNERS )) || { echo "USERS must not exceed LEARNERS" >&2; exit 2; }

./mvnw -q -B -o package -DskipTests
DIR="$(mktemp -d /tmp/polku-load.XXXXXX)"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
DB="jdbc:h2:file:$DIR/polku;AUTO_SERVER=TRUE"
URL="http://127.0.0.1:$PORT"
# The verify page is rate limited per client address; every simulated visitor comes from 127.0.0.1.
"$JAVA_HOME/bin/java" -Xmx2g -jar target/polku-*.jar --server.address=127.0.0.1 --server.port="$PORT" \
  --spring.datasource.url="$DB" --logging.file.name="$DIR/polku.log" --polku.content.dir="$PWD/content" \
  --polku.verify.per-minute=100000000 --POLKU_ADMIN_PASSWORD="$(head -c 18 /dev/urandom | base64)" \
  > "$DIR/app.out" 2>&1 &
APP=$!
trap 'kill "$APP" 2>/dev/null; wait "$APP" 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  curl -sf "$URL/actuator/health" > /dev/null && break
  kill -0 "$APP" 2>/dev/null || { tail -30 "$DIR/app.out"; exit 1; }
  sleep 1
done
curl -sf "$URL/actuator/health" > /dev/null || { echo "app did not come up; see $DIR/app.out" >&2; exit 1; }

bench/seed.sh "$LEARNERS" "$DB"
H2="$(tr ':' '\n' < target/bench-classpath.txt | grep '/h2-[0-9.]*\.jar$' | head -1)"
CODE="$("$JAVA_HOME/bin/java" -cp "$H2" org.h2.tools.Shell -url "$DB" -user sa -password '' \
  -sql "select code from certificates where status = 'VALID'" | sed -n 2p | tr -d ' ')"

run() {
  local log="$DIR/$1.log"; shift
  ./mvnw -B -o -Pload gatling:test -Dpolku.load.url="$URL" "$@" > "$log" 2>&1 || true
  sed -n '/---- Global Information/,/^====/p' "$log"
  sed -n '/^---- Errors/,/^====/p' "$log" | tail -n +2
  grep -E '^(Global|lesson|verify|mark done|plan save|review send|certificate pdf)[^:]*:' "$log" || true
}
# What the learners' actions left in the database (H2 here): lessons done, plan versions, reviews.
counts() {
  "$JAVA_HOME/bin/java" -cp "$H2" org.h2.tools.Shell -url "$DB" -user sa -password '' -sql \
    "select (select count(*) from lesson_progress) as lessons_done, (select count(*) from plan_versions) as plan_versions, \
     (select count(*) from reviews where completed_at is not null and not by_trainer) as reviews_given, \
     (select count(*) from reviews where completed_at is null) as reviews_open"
}
if [[ "$WHAT" == verify || "$WHAT" == all ]]; then
  echo "== VerifySimulation: $RATE visits/s for $DURATION s, code $CODE"
  run verify -Dgatling.simulationClass=fi.polku.load.VerifySimulation -Dpolku.load.code="$CODE" \
    -Dpolku.load.rate="$RATE" -Dpolku.load.seconds="$DURATION"
fi
if [[ "$WHAT" == learner || "$WHAT" == all ]]; then
  echo "== LearnerSimulation: $USERS learners over $RAMP s, each staying $STAY s"
  echo "Database before:"; counts
  run learner -Dgatling.simulationClass=fi.polku.load.LearnerSimulation -Dpolku.load.password=load-test-pass-1 \
    -Dpolku.load.users="$USERS" -Dpolku.load.ramp="$RAMP" -Dpolku.load.stay="$STAY"
  echo "Database after:"; counts
fi
echo "Reports: target/gatling/   App log and Gatling output: $DIR"
