#!/usr/bin/env bash
# Takes the screenshots under docs/screenshots/ from a freshly built Polku:
#   docs/screenshots/take.sh            # English, Finnish and Swedish
#   docs/screenshots/take.sh fi         # one language
# Starts the jar on a free port with a new H2 database in a temporary directory and the demo data,
# walks it with headless Chromium as the demo users (src/test/java/fi/polku/screenshots/ScreenshotTour),
# then stops it. Needs a JDK 21+ (JAVA_HOME), Debian's chromium and chromium-driver; PNGs are shrunk
# with optipng when it is installed; POLKU_JAR=path skips the build. Set MVN_OFFLINE= (empty) to let Maven download.
set -euo pipefail

cd "$(dirname "$0")/../.."
LANGUAGES=("${@:-en fi sv}")
read -r -a LANGUAGES <<< "${LANGUAGES[*]}"
OFFLINE=${MVN_OFFLINE--o}
if [[ -z "${JAVA_HOME:-}" && -d /usr/lib/jvm/temurin-25-jdk-amd64 ]]; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi

PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
WORK=$(mktemp -d)
ADMIN_PASSWORD="screenshots-$RANDOM-$RANDOM"
APP_PID=
cleanup() {
    if [[ -n "$APP_PID" ]]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

# POLKU_JAR=target/polku-….jar reuses a jar already built from this checkout.
JAR=${POLKU_JAR:-}
if [[ -z "$JAR" ]]; then
    echo "Building the jar…"
    ./mvnw -B -q $OFFLINE package -DskipTests
    JAR=$(ls target/polku-*.jar | grep -v original | head -1)
fi

echo "Starting Polku on port $PORT (database in $WORK)…"
POLKU_ADMIN_PASSWORD="$ADMIN_PASSWORD" "$JAVA_HOME/bin/java" -jar "$JAR" \
    --server.port="$PORT" \
    --spring.datasource.url="jdbc:h2:file:$WORK/polku" \
    --logging.file.name="$WORK/polku.log" \
    --polku.content.dir="$PWD/content" \
    --polku.base-url="${POLKU_BASE_URL:-https://polku.example.fi/}" \
    --polku.demo.enabled=true > "$WORK/console.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do
    if curl -fs "http://localhost:$PORT/actuator/health" > /dev/null; then break; fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then cat "$WORK/console.log"; exit 1; fi
    sleep 1
done

for lang in "${LANGUAGES[@]}"; do
    echo "Screenshots in $lang…"
    ./mvnw -B -q $OFFLINE test -Dtest=ScreenshotTour -Dsurefire.failIfNoSpecifiedTests=false \
        -Dpolku.screenshots.url="http://localhost:$PORT/" -Dpolku.screenshots.language="$lang" \
        -Dpolku.screenshots.dir="$PWD/docs/screenshots" -Dpolku.screenshots.admin-password="$ADMIN_PASSWORD"
done

if command -v optipng > /dev/null; then
    optipng -quiet -o2 docs/screenshots/*.png docs/screenshots/*/*.png
fi
echo "Done: $(find docs/screenshots -name '*.png' | wc -l) PNGs, $(du -sh docs/screenshots | cut -f1) in docs/screenshots/"
