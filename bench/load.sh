#!/usr/bin/env bash
# The load test, end to end (docs/BENCHMARKS.md): builds the jar, starts it on a free loopback port
# with a fresh H2 database in a temp dir, seeds LEARNERS learners, runs the Gatling simulations of the
# Maven profile `load` against it, stops the app and prints the figures. `all` runs each simulation
# against its own fresh app, so one cannot leave the other its sessions or its garbage.
# Usage: bench/load.sh [verify|learner|all]     (default all)
# Bounds (environment): LEARNERS=10000 USERS=500 RAMP=60 STAY=120 RATE=200 DURATION=30 HEAP=2g
# JFR=1 also records the app with Java Flight Recorder and prints its hottest methods.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
WHAT="${1:-all}"
LEARNERS="${LEARNERS:-10000}"; USERS="${USERS:-500}"; RAMP="${RAMP:-60}"; STAY="${STAY:-120}"
RATE="${RATE:-200}"; DURATION="${DURATION:-30}"; HEAP="${HEAP:-2g}"
(( USERS <= LEARNERS )) || { echo "USERS must not exceed LEARNERS" >&2; exit 2; }
trap '[[ $BASHPID == "$$" ]] && stop_app' EXIT

./mvnw -q -B -o package -DskipTests
# a fresh app with LEARNERS seeded learners; sets H2 (the driver jar) for sql()
fresh_app() {
  [[ -n "${APP:-}" ]] && stop_app
  # The verify page is rate limited per client address; every simulated visitor comes from 127.0.0.1.
  start_app "$HEAP" --polku.verify.per-minute=100000000
  bench/seed.sh "$LEARNERS" "$DB"
  H2="$(tr ':' '\n' < target/bench-classpath.txt | grep '/h2-[0-9.]*\.jar$' | head -1)"
  load_classpath # again each time: the seed compiles the tests without the profile, dropping the simulations
}
sql() {
  "$JAVA_HOME/bin/java" -cp "$H2" org.h2.tools.Shell -url "$DB" -user sa -password '' -sql "$1"
}
# What the learners' actions left in the database (H2 here): lessons done, plan versions, reviews.
counts() {
  sql "select (select count(*) from lesson_progress) as lessons_done, (select count(*) from plan_versions) as plan_versions, \
     (select count(*) from reviews where completed_at is not null and not by_trainer) as reviews_given, \
     (select count(*) from reviews where completed_at is null) as reviews_open"
}
if [[ "$WHAT" == verify || "$WHAT" == all ]]; then
  fresh_app
  CODE="$(sql "select code from certificates where status = 'VALID'" | sed -n 2p | tr -d ' ')"
  # a server that has been up a while has its code compiled: warm the fresh JVM first, unmeasured
  gatling verify-warmup VerifySimulation -Dpolku.load.code="$CODE" -Dpolku.load.rate=$((RATE / 4 + 1)) -Dpolku.load.seconds=20
  echo "== VerifySimulation: $RATE visits/s for $DURATION s, code $CODE (after 20 s at $((RATE / 4 + 1))/s to warm up)"
  gatling verify VerifySimulation -Dpolku.load.code="$CODE" -Dpolku.load.rate="$RATE" -Dpolku.load.seconds="$DURATION"
  summary verify
  profile_app; echo "App log, GC log and Gatling output: $DIR"
fi
if [[ "$WHAT" == learner || "$WHAT" == all ]]; then
  fresh_app
  echo "== LearnerSimulation: $USERS learners over $RAMP s, each staying $STAY s"
  echo "Database before:"; counts
  gatling learner LearnerSimulation -Dpolku.load.password=load-test-pass-1 \
    -Dpolku.load.users="$USERS" -Dpolku.load.ramp="$RAMP" -Dpolku.load.stay="$STAY"
  summary learner
  # per request, and the lesson and login figures per 20 s of the run (the login minute apart)
  python3 bench/gatling-report.py "$(ls -td target/gatling/learnersimulation-* | head -1)" lesson login || true
  echo "Database after:"; counts
  profile_app; echo "App log, GC log and Gatling output: $DIR"
fi
echo "Gatling reports: target/gatling/"
