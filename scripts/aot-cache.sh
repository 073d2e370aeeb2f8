#!/usr/bin/env bash
# Makes Polku's JVM AOT cache (JDK 25, JEP 483/514/515; docs/DEPLOYMENT.md, "Start-up"): extracts the
# jar into DEST and runs it once on a throwaway H2 database as a training run: it starts, answers the
# health check and the login page, and stops with SIGTERM; on exit the JVM writes DEST/polku.aot with
# the classes it loaded and linked and the profiles of the methods it ran. Start it afterwards with
#   java [-Dspring.aot.enabled=true] -XX:AOTCache=DEST/polku.aot -jar DEST/polku-*.jar
# The cache fits only the same JDK and the same jar at the same path.
# Usage: scripts/aot-cache.sh [JAR] [DEST]     (defaults: target/polku-*.jar, ./app)
# SPRING_AOT=1 trains with the jar's Spring AOT code (-Dspring.aot.enabled=true): start it that way too.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
jar="${1:-$(ls "$repo"/target/polku-*.jar | head -1)}"
dest="$(mkdir -p "${2:-app}" && cd "${2:-app}" && pwd)"
java="${JAVA_HOME:-/usr}/bin/java"
flags=()
[ -n "${SPRING_AOT:-}" ] && flags+=(-Dspring.aot.enabled=true)

"$java" -Djarmode=tools -jar "$jar" extract --force --destination "$dest" > /dev/null
app_jar="$(ls "$dest"/polku-*.jar | head -1)"
training="$(mktemp -d)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
rm -f "$dest/polku.aot"
"$java" "${flags[@]}" -XX:AOTCacheOutput="$dest/polku.aot" -jar "$app_jar" --server.port="$port" \
    --spring.datasource.url="jdbc:h2:file:$training/polku" --polku.attachments.dir="$training/attachments" \
    --polku.content.dir="${POLKU_CONTENT_DIR:-$repo/content}" --POLKU_ADMIN_PASSWORD=aot-training-only \
    --logging.file.name= > "$training/training.log" 2>&1 &
pid=$!
for _ in $(seq 1 1200); do
  curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"' && break
  kill -0 "$pid" 2>/dev/null || { echo "the training run stopped; see $training/training.log" >&2; exit 1; }
  sleep 0.1
done
curl -fs -o /dev/null "http://127.0.0.1:$port/login"
kill -TERM "$pid"
wait "$pid" || true
[ -s "$dest/polku.aot" ] || { echo "no AOT cache made; see $training/training.log" >&2; exit 1; }
rm -rf "$training"
echo "AOT cache $dest/polku.aot ($(du -h "$dest/polku.aot" | cut -f1)) for $app_jar${SPRING_AOT:+ (Spring AOT)}"
