# Shared by bench/load.sh and bench/memory.sh (source it): the production jar on a free loopback port
# with a fresh H2 database in a temp dir, and Gatling run straight from the compiled simulations.
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
# Stopped by a signal, a script still runs its EXIT trap, which stops the app it started.
trap 'exit 130' INT
trap 'exit 143' TERM

# start_app HEAP [app arguments…]: builds nothing; sets DIR, DB, URL and APP and waits for health UP.
# JFR=1 in the environment records a flight recording of the app (see profile_app).
start_app() {
  local heap="$1"; shift
  DIR="$(mktemp -d /tmp/polku-bench.XXXXXX)"
  local port
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  # application.properties' URL settings (durable commits, statement cache) but DB_CLOSE_ON_EXIT, which
  # H2 refuses with AUTO_SERVER; AUTO_SERVER lets the seed and the before/after counts open the
  # database the app has open.
  DB="jdbc:h2:file:$DIR/polku;AUTO_SERVER=TRUE;WRITE_DELAY=0;QUERY_CACHE_SIZE=128"
  URL="http://127.0.0.1:$port"
  local jfr=()
  [[ -n "${JFR:-}" ]] && jfr=(-XX:StartFlightRecording=name=bench,settings=profile,filename="$DIR/app.jfr")
  # APP_OPTS: more JVM options, APP_ARGS: more app arguments (both split on spaces)
  # shellcheck disable=SC2086
  "$JAVA_HOME/bin/java" -Xmx"$heap" -Xlog:gc:file="$DIR/gc.log" "${jfr[@]}" ${APP_OPTS:-} -jar target/polku-*.jar \
    --server.address=127.0.0.1 --server.port="$port" --spring.datasource.url="$DB" \
    --logging.file.name="$DIR/polku.log" --polku.content.dir="$PWD/content" \
    --POLKU_ADMIN_PASSWORD="$(head -c 18 /dev/urandom | base64)" "$@" ${APP_ARGS:-} > "$DIR/app.out" 2>&1 &
  APP=$!
  for _ in $(seq 1 180); do
    curl -sf "$URL/actuator/health" > /dev/null && return 0
    kill -0 "$APP" 2>/dev/null || { tail -30 "$DIR/app.out" >&2; exit 1; }
    sleep 1
  done
  echo "app did not come up; see $DIR/app.out" >&2; exit 1
}

# Compiles the simulations (profile load) and writes their classpath; after seeding, which compiles without it.
load_classpath() {
  ./mvnw -q -B -o -Pload test-compile dependency:build-classpath -Dmdep.outputFile=target/load-classpath.txt \
    -Dmdep.includeScope=test
}

# gatling LOG SIMULATION [-Dpolku.load.x=y …]: one Gatling run against $URL, its console output in $DIR/LOG.log
gatling() {
  local log="$1" simulation="$2"; shift 2
  "$JAVA_HOME/bin/java" -Xmx1g --add-opens=java.base/java.lang=ALL-UNNAMED \
    -cp "target/test-classes:$(cat target/load-classpath.txt)" -Dpolku.load.url="$URL" "$@" \
    io.gatling.app.Gatling --simulation "fi.polku.load.$simulation" --results-folder target/gatling \
    > "$DIR/$log.log" 2>&1 || true
}

# The summary of a Gatling run: global figures, errors, and the assertions with what was measured.
summary() {
  sed -n '/---- Global Information/,/^====/p' "$DIR/$1.log"
  sed -n '/^---- Errors/,/^====/p' "$DIR/$1.log" | tail -n +2
  grep -E ' : (true|false) \(actual : ' "$DIR/$1.log" || true
}

# With JFR=1: where the app spent its CPU, from the recording so far.
profile_app() {
  [[ -n "${JFR:-}" ]] || return 0
  "$JAVA_HOME/bin/jcmd" "$APP" JFR.dump name=bench filename="$DIR/app.jfr" > /dev/null
  "$JAVA_HOME/bin/jfr" view --width 200 hot-methods "$DIR/app.jfr" | head -45
  echo "Recording: $DIR/app.jfr (jfr view … $DIR/app.jfr)"
}

stop_app() {
  kill "$APP" 2>/dev/null; wait "$APP" 2>/dev/null || true
}
