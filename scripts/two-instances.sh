#!/usr/bin/env bash
# Two Polku instances behind nginx with sticky sessions, on loopback; learners save plan versions
# through nginx; one instance is killed mid-run; the summary says what its users went through and
# whether every plan version they saw saved is in PostgreSQL. See docs/DEPLOYMENT.md, "Several
# instances". Not part of ./mvnw verify.
# Exit status 0 only if every session of the killed instance got a new one on the other and no
# plan version a learner saw saved is missing from the database.
#
# Builds nothing. Needs: target/polku-*.jar and the test classpath's Selenium
# (./mvnw package -DskipTests), Debian's nginx (apt-get install nginx; no service needed),
# chromium + chromedriver, psql, and PostgreSQL on 127.0.0.1:5432 (database `test`, user postgres,
# trust auth; override with PGHOST/PGPORT/PGDATABASE/PGUSER). Took 4.5-6.5 minutes on
# 2 cores busy with a CI run (load 11-24), a third to a half of it starting the two instances.
#
#   scripts/two-instances.sh [learners=20] [max-drive-seconds=240] [browser-threads=4]
#
# The driver is a command: DRIVER="my-driver" is run as
#   $DRIVER <base-url> <learners-file> <password> <seconds> <threads> <log-file>
# and must write the lines described in scripts/scale/LearnerDriver.java, and stop once a file
# <log-file>.stop exists.
set -euo pipefail

LEARNERS=${1:-20}
SECONDS_TO_DRIVE=${2:-240}
THREADS=${3:-4}
cd "$(dirname "$0")/.."
ROOT=$PWD
JAR=$(ls target/polku-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)
[ -n "$JAR" ] || { echo "No target/polku-*.jar: run ./mvnw package -DskipTests first" >&2; exit 2; }
command -v nginx >/dev/null || { echo "nginx is missing: apt-get install -y nginx" >&2; exit 2; }
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGDATABASE=${PGDATABASE:-test} PGUSER=${PGUSER:-postgres}
export PGOPTIONS="-c client_min_messages=warning"

WORK=$(mktemp -d /tmp/polku-two.XXXXXX)
SCHEMA="polku_scale_$(date +%s)_$$"
PASSWORD="scale-learner-pass-1"
PIDS=()
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
psql_q() { psql -v ON_ERROR_STOP=1 -qAt -c "$1"; }

cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    [ -f "$WORK/nginx/nginx.pid" ] && kill "$(cat "$WORK/nginx/nginx.pid")" 2>/dev/null || true
    wait 2>/dev/null || true
    psql_q "drop schema if exists $SCHEMA cascade" || true
    echo "Cleaned up: schema $SCHEMA dropped; logs kept in $WORK"
}
trap cleanup EXIT

PORT_A=$(free_port); PORT_B=$(free_port); PORT_NGINX=$(free_port)
mkdir -p "$WORK/attachments" "$WORK/nginx/logs" "$WORK/nginx/temp"
chmod -R a+rwx "$WORK/nginx"        # nginx's workers drop root for nobody
psql_q "create schema $SCHEMA"

start_instance() {   # name port
    SPRING_PROFILES_ACTIVE=postgres \
    POLKU_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE?currentSchema=$SCHEMA" \
    POLKU_DB_USER=$PGUSER POLKU_DB_PASSWORD="" POLKU_ADMIN_PASSWORD="scale-admin-pass-1" \
    "$JAVA" -Xmx512m -jar "$JAR" --server.port="$2" --polku.attachments.dir="$WORK/attachments" \
        --server.forward-headers-strategy=native --logging.file.name="$WORK/$1.json.log" \
        >"$WORK/$1.log" 2>&1 &
    PIDS+=($!)
    echo $! >"$WORK/$1.pid"
}
await_health() {   # port
    for _ in $(seq 1 180); do
        curl -fs "http://127.0.0.1:$1/actuator/health" >/dev/null 2>&1 && return 0
        sleep 1
    done
    echo "Instance on port $1 did not start; see $WORK" >&2; exit 1
}

T0=$(date +%s)
echo "Starting instance a on $PORT_A (Flyway creates schema $SCHEMA), then b on $PORT_B"
start_instance a "$PORT_A"; await_health "$PORT_A"
start_instance b "$PORT_B"; await_health "$PORT_B"
STARTUP=$(( $(date +%s) - T0 ))
echo "Both up after $STARTUP s"

# Learners enrolled in a cohort of their own. The password is stored with the {noop} encoding so
# that no bcrypt tool is needed; fine for a throwaway schema, never for real accounts.
psql -v ON_ERROR_STOP=1 -q <<SQL
set search_path to $SCHEMA;
insert into cohorts (id, course_id, name, starts_on, ends_on, created_at, version)
values ('00000000-0000-0000-0000-00000000c0c0', 'innovative-teachers', 'Scale-out', current_date - 1, current_date + 60, now(), 0);
insert into users (id, email, display_name, password_hash, language, created_at, version, invited)
select ('00000000-0000-0000-0000-' || lpad(n::text, 12, '0'))::uuid, 'learner' || n || '@scale.polku',
       'Oppija ' || n, '{noop}$PASSWORD', 'en', now(), 0, false from generate_series(1, $LEARNERS) n;
insert into user_roles (user_id, role) select id, 'LEARNER' from users where email like '%@scale.polku';
insert into enrolments (id, cohort_id, course_id, user_id, enrolled_at, last_activity_at, version)
select gen_random_uuid(), '00000000-0000-0000-0000-00000000c0c0', 'innovative-teachers', id, now(), now(), 0
from users where email like '%@scale.polku';
SQL
psql_q "set search_path to $SCHEMA; select email from users where email like '%@scale.polku' order by email" >"$WORK/learners.txt"

sed -e "s/:8081/:$PORT_A/g" -e "s/:8082/:$PORT_B/g" -e "s/127\.0\.0\.1:8080/127.0.0.1:$PORT_NGINX/" \
    deploy/nginx/polku.conf >"$WORK/nginx/polku.conf"
nginx -c "$WORK/nginx/polku.conf" -p "$WORK/nginx/"
echo "nginx on $PORT_NGINX"

if [ -z "${DRIVER:-}" ]; then
    ./mvnw -B -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
    DRIVER="$JAVA -cp $(cat "$WORK/cp.txt") $ROOT/scripts/scale/LearnerDriver.java"
fi
: >"$WORK/driver.log"
echo "Driving $LEARNERS learners through nginx for $SECONDS_TO_DRIVE s"
$DRIVER "http://127.0.0.1:$PORT_NGINX/" "$WORK/learners.txt" "$PASSWORD" "$SECONDS_TO_DRIVE" "$THREADS" \
    "$WORK/driver.log" >"$WORK/driver.out" 2>"$WORK/driver.err" &
DRIVER_PID=$!
PIDS+=($DRIVER_PID)

# Kill once every learner has saved a version (so each has a session somewhere), or two thirds
# into the time at the latest; then let the driver go on until every learner has saved again
# after the kill (or the time is up), and tell it to stop.
DRIVE_T0=$(date +%s)
saved_by_all_since() {   # epoch millis -> true when every learner has a "saved" line after it
    [ "$(awk -v k="$1" '$1=="saved" && $2>=k {print $3}' "$WORK/driver.log" | sort -u | wc -l)" -ge "$LEARNERS" ]
}
until saved_by_all_since 0 || [ $(( $(date +%s) - DRIVE_T0 )) -ge $(( SECONDS_TO_DRIVE * 2 / 3 )) ]; do sleep 2; done
# The users of a, by the route cookie their last response carried.
awk '{last[$3]=$4} END {for (e in last) if (last[e]=="a") print e}' "$WORK/driver.log" | sort >"$WORK/on-a.txt"
KILL_AT=$(date +%s%3N)
{ kill -9 "$(cat "$WORK/a.pid")"; wait "$(cat "$WORK/a.pid")"; } 2>/dev/null || true
echo "Killed instance a (kill -9) after $(( $(date +%s) - DRIVE_T0 )) s of driving, with $(wc -l <"$WORK/on-a.txt") learners' sessions on it"
until saved_by_all_since "$KILL_AT" || ! kill -0 "$DRIVER_PID" 2>/dev/null; do sleep 2; done
touch "$WORK/driver.log.stop"
wait "$DRIVER_PID" || true

# ---- judging ----
psql_q "set search_path to $SCHEMA;
  select u.email || ' ' || v.version_no || ' ' || f.field_value
  from plan_versions v join enrolments e on e.id = v.enrolment_id join users u on u.id = e.user_id
  join plan_fields f on f.plan_version_id = v.id and f.field_id = 'goal'" \
  | sed 's/Pupils test prototypes, //' | sort >"$WORK/db.txt"
awk '$1=="saved" {print $3, $5, $6}' "$WORK/driver.log" | sort >"$WORK/saved.txt"
MISSING=$(comm -23 "$WORK/saved.txt" "$WORK/db.txt" | wc -l)
SAVED_BEFORE=$(awk -v k="$KILL_AT" '$1=="saved" && $2<k' "$WORK/driver.log" | wc -l)
SAVED_AFTER=$(awk -v k="$KILL_AT" '$1=="saved" && $2>=k' "$WORK/driver.log" | wc -l)
ON_A=$(wc -l <"$WORK/on-a.txt")
RELOGGED=$(awk -v k="$KILL_AT" '$1=="relogin" && $2>=k {print $3}' "$WORK/driver.log" | sort -u >"$WORK/relogged.txt"; wc -l <"$WORK/relogged.txt")
RELOGGED_ON_B=$(awk -v k="$KILL_AT" '$1=="relogin" && $2>=k && $4=="b" {print $3}' "$WORK/driver.log" | sort -u | comm -12 - "$WORK/on-a.txt" | wc -l)
SAVED_AGAIN=$(awk -v k="$KILL_AT" '$1=="saved" && $2>=k && $4=="b" {print $3}' "$WORK/driver.log" | sort -u | comm -12 - "$WORK/on-a.txt" | wc -l)
UNSAVED=$(awk '$1=="unsaved"' "$WORK/driver.log" | wc -l)
B_USERS_RELOGGED=$(comm -23 "$WORK/relogged.txt" "$WORK/on-a.txt" | wc -l)
# What nginx answered itself: 502/504 would be users facing a dead instance instead of the other.
PROXY_ERRORS=$(awk '$9 ~ /^50[24]$/' "$WORK/nginx/logs/access.log" | wc -l)
REQUESTS=$(wc -l <"$WORK/nginx/logs/access.log")
# An upload over client_max_body_size is refused by nginx before it reaches an instance.
head -c $(( 31 * 1024 * 1024 )) /dev/zero >"$WORK/too-big.bin"
TOO_BIG=$(curl -s -o /dev/null -w '%{http_code}' --data-binary @"$WORK/too-big.bin" "http://127.0.0.1:$PORT_NGINX/" || true)
rm -f "$WORK/too-big.bin"

cat <<EOF | tee "$WORK/summary.txt"

==== Two instances behind nginx: summary ====
learners                                  $LEARNERS (browser threads $THREADS, at most $SECONDS_TO_DRIVE s)
sessions on a when it was killed          $ON_A
  of them, logged in again, now on b      $RELOGGED_ON_B
  of them, saved a plan again on b        $SAVED_AGAIN
sessions on b that had to log in again    $B_USERS_RELOGGED
plan versions seen saved before the kill  $SAVED_BEFORE
plan versions seen saved after the kill   $SAVED_AFTER
saves typed but not confirmed (lost)      $UNSAVED
plan versions seen saved, missing in DB   $MISSING  (compared by learner, version and content)
plan versions in the database             $(wc -l <"$WORK/db.txt")
requests through nginx                    $REQUESTS, of them 502/504 from nginx: $PROXY_ERRORS
31 MB upload through nginx answered       $TOO_BIG (client_max_body_size 30m)
driver errors (see driver.err)            $(grep -c '@scale.polku: ' "$WORK/driver.err" || true)
elapsed                                   $(( $(date +%s) - T0 )) s (of which starting both instances $STARTUP s)
EOF
[ "$MISSING" -eq 0 ] && [ "$ON_A" -eq "$RELOGGED_ON_B" ] && [ "$TOO_BIG" = 413 ] || { echo "FAILED: see $WORK" >&2; exit 1; }
echo "OK"
