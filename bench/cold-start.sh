#!/usr/bin/env bash
# Cold start of the production jar: time from process start to /actuator/health UP, and Spring's own
# "Started ... in X seconds", on a fresh H2 database and on a fresh PostgreSQL schema, RUNS times each.
# Builds nothing: run `./mvnw -B package -DskipTests` first. The sample course in ./content is loaded.
# Usage: bench/cold-start.sh [h2|postgres|both]   (env: RUNS=3, JAR=target/polku-*.jar,
#        PG_URL=jdbc:postgresql://127.0.0.1:5432/test, PG_USER=postgres, PG_PASSWORD=)
# AOT=1 starts the jar as docs/DEPLOYMENT.md recommends: extracted, with a JVM AOT cache (JDK 25,
# JEP 483/514/515) made by scripts/aot-cache.sh (one training run: start, health, login page, stop).
# SPRING_AOT=1 adds the jar's Spring AOT code (-Dspring.aot.enabled=true), in training too.
# EXISTING=1 measures restarts on an existing database instead of first starts on an empty one.
set -euo pipefail
cd "$(dirname "$0")/.."
which="${1:-both}"
runs="${RUNS:-3}"
jar="${JAR:-$(ls target/polku-*.jar | head -1)}"
java="${JAVA_HOME:-/usr}/bin/java"
pg_url="${PG_URL:-jdbc:postgresql://127.0.0.1:5432/test}"
pg_user="${PG_USER:-postgres}"

# SPRING_AOT=1 starts with the jar's Spring AOT code (-Dspring.aot.enabled=true; docs/DEPLOYMENT.md).
spring_aot=()
[ -n "${SPRING_AOT:-}" ] && spring_aot=(-Dspring.aot.enabled=true)
jar_args=("${spring_aot[@]}" -jar "$jar")
if [ -n "${AOT:-}" ]; then
  aot_dir="$(mktemp -d /tmp/polku-aot.XXXXXX)"
  start="$(date +%s)"
  scripts/aot-cache.sh "$jar" "$aot_dir/app"
  echo "training run and extraction: $(( $(date +%s) - start )) s"
  jar_args=("${spring_aot[@]}" -XX:AOTCache="$aot_dir/app/polku.aot" -jar "$(ls "$aot_dir"/app/polku-*.jar)")
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now_ms() { date +%s%3N; }

# One start: prints "<ms to health UP> <Spring's started-in seconds>"; stops the server afterwards.
one_run() {
  local port log pid start up started
  port="$(free_port)"
  log="$(mktemp)"
  start="$(now_ms)"
  "$java" "${jar_args[@]}" --server.port="$port" --POLKU_ADMIN_PASSWORD=cold-start-admin-1 \
      --logging.file.name= "$@" >"$log" 2>&1 &
  pid=$!
  up=""
  for _ in $(seq 1 1200); do
    if curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; then
      up="$(( $(now_ms) - start ))"
      break
    fi
    if ! kill -0 "$pid" 2>/dev/null; then break; fi
    sleep 0.05
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  started="$(grep -o 'Started PolkuApplication in [0-9.]* seconds' "$log" | grep -o '[0-9.]* seconds' | cut -d' ' -f1 || true)"
  if [ -z "$up" ]; then
    echo "FAILED (log: $log)" >&2
    tail -20 "$log" >&2
    return 1
  fi
  rm -f "$log"
  echo "$up ${started:-?}"
}

report() {
  local name="$1"; shift
  for i in $(seq 1 "$runs"); do
    read -r ms started < <("$@")
    printf '%-9s run %d: health UP after %5.2f s; Spring "Started ... in %s s"\n' "$name" "$i" \
        "$(echo "$ms / 1000" | bc -l)" "$started"
  done
}

# EXISTING=1: each measured start is a restart, on a database that one unmeasured start before it
# created (migrated, demo data in), as when a server is restarted or a new release deployed.
h2_run() {
  local dir args
  dir="$(mktemp -d)"
  args=(--spring.datasource.url="jdbc:h2:file:$dir/polku;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"
      --polku.attachments.dir="$dir/attachments")
  [ -n "${EXISTING:-}" ] && one_run "${args[@]}" > /dev/null
  one_run "${args[@]}"
  rm -rf "$dir"
}

pg_run() {
  local schema dir
  schema="cold_start_$(date +%s%N | tail -c 10)"
  dir="$(mktemp -d)"
  PGOPTIONS=--client-min-messages=warning psql -q -h 127.0.0.1 -U "$pg_user" -d "${pg_url##*/}" -c "create schema $schema" >/dev/null
  local args=(--spring.profiles.active=postgres --POLKU_DB_URL="$pg_url?currentSchema=$schema"
      --POLKU_DB_USER="$pg_user" --POLKU_DB_PASSWORD="${PG_PASSWORD:-}" --POLKU_DEMO=true
      --polku.attachments.dir="$dir/attachments")
  [ -n "${EXISTING:-}" ] && one_run "${args[@]}" > /dev/null
  one_run "${args[@]}"
  PGOPTIONS=--client-min-messages=warning psql -q -h 127.0.0.1 -U "$pg_user" -d "${pg_url##*/}" -c "drop schema $schema cascade" >/dev/null
  rm -rf "$dir"
}

echo "jar: $jar${AOT:+ (extracted, AOT cache)}${SPRING_AOT:+ (Spring AOT)}${EXISTING:+ (restart on an existing database)}; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
case "$which" in
  h2) report H2 h2_run ;;
  postgres) report Postgres pg_run ;;
  *) report H2 h2_run; report Postgres pg_run ;;
esac
