#!/usr/bin/env bash
# Memory per idle logged-in session (docs/BENCHMARKS.md): builds the jar, starts it on loopback with a
# fresh H2 database and a HEAP-sized heap, seeds N2 learners, logs in N1 idle learners (Gatling,
# SessionsSimulation: login, home, course, then a heartbeat a minute), takes the live heap after a
# full GC (jcmd GC.class_histogram), logs in N2 - N1 more and measures again. The slope between the
# two points is the cost of one session; at the end every learner opens a lesson, so a run with 0
# failed requests also shows that N2 learners were served in HEAP. SETTLE is long enough for two
# heartbeats (50-70 s apart), after which an idle tab no longer keeps its last answer (decision 021).
# Usage: bench/memory.sh          Bounds (environment): HEAP=512m N1=1000 N2=2000 RAMP=90 SETTLE=150
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
HEAP="${HEAP:-512m}"; N1="${N1:-1000}"; N2="${N2:-2000}"; RAMP="${RAMP:-90}"; SETTLE="${SETTLE:-150}"
(( N1 < N2 )) || { echo "N1 must be below N2" >&2; exit 2; }
PIDS=()
# only the script itself cleans up, not the subshells it starts
# (kill fails for groups that have ended; under set -e that must not skip stop_app)
trap '[[ $BASHPID == "$$" ]] && { kill "${PIDS[@]}" 2>/dev/null || true; stop_app; }' EXIT

./mvnw -q -B -o package -DskipTests
start_app "$HEAP"
bench/seed.sh "$N2" "$DB" > "$DIR/seed.out"
load_classpath

# live heap after a full GC, in bytes, and how many Vaadin sessions and UIs it holds
measure() {
  "$JAVA_HOME/bin/jcmd" "$APP" GC.class_histogram > "$DIR/histogram-$1.txt"
  local total sessions uis
  total="$(awk '$1 == "Total" {print $3}' "$DIR/histogram-$1.txt")"
  sessions="$(awk '$4 ~ /^com\.vaadin\.flow\.(spring\.Spring|server\.)VaadinSession$/ {n += $2} END {print n + 0}' "$DIR/histogram-$1.txt")"
  uis="$(awk '$4 == "com.vaadin.flow.component.UI" || $4 ~ /^fi\.polku\..*UI$/ {n += $2} END {print n + 0}' "$DIR/histogram-$1.txt")"
  echo "$total $sessions $uis"
}
# waits until all of a group have opened the course (Gatling's console counts OK answers every 5 s)
arrived() { # log users
  for _ in $(seq 1 $(( (RAMP + 600) / 5 ))); do
    local ok
    ok="$( (grep -E '^> course ' "$DIR/$1.log" 2>/dev/null || true) | tail -1 | awk -F'|' '{gsub(/[ ,]/, "", $3); print $3 + 0}')"
    (( ${ok:-0} >= $2 )) && return 0
    sleep 5
  done
  echo "not all $2 learners of the $1 group arrived: see $DIR/$1.log" >&2; tail -20 "$DIR/$1.log" >&2; exit 1
}
group() { # name first users stay
  gatling "$1" SessionsSimulation -Dpolku.load.password=load-test-pass-1 -Dpolku.load.first="$2" \
    -Dpolku.load.users="$3" -Dpolku.load.ramp="$RAMP" -Dpolku.load.stay="$4"
}

measure 0 > "$DIR/measure-0"; read -r B0 S0 U0 < "$DIR/measure-0"
echo "== 0 learners: live heap $((B0 / 1024)) KB ($S0 Vaadin sessions, $U0 UIs)"
# the first group stays until the second has arrived and settled; the second a little longer
STAY2=$((RAMP + SETTLE + 120))
STAY1=$((2 * (RAMP + SETTLE) + 240))
group first 0 "$N1" "$STAY1" & PIDS+=($!)
arrived first "$N1"; sleep "$SETTLE"
measure 1 > "$DIR/measure-1"; read -r B1 S1 U1 < "$DIR/measure-1"
echo "== $N1 learners: live heap $((B1 / 1024)) KB ($S1 Vaadin sessions, $U1 UIs)"
group second "$N1" $((N2 - N1)) "$STAY2" & PIDS+=($!)
arrived second $((N2 - N1)); sleep "$SETTLE"
measure 2 > "$DIR/measure-2"; read -r B2 S2 U2 < "$DIR/measure-2"
echo "== $N2 learners: live heap $((B2 / 1024)) KB ($S2 Vaadin sessions, $U2 UIs)"
echo "== slope: $(( (B2 - B1) / (N2 - N1) / 1024 )) KB per learner ($(( (B2 - B1) / (S2 - S1 > 0 ? S2 - S1 : 1) / 1024 )) KB per Vaadin session counted)"
echo "== what grew most between the two points (bytes, class):"
join -1 2 -2 2 <(awk 'NR > 3 && $4 != "" {print $3, $4}' "$DIR/histogram-1.txt" | sort -k2,2) \
  <(awk 'NR > 3 && $4 != "" {print $3, $4}' "$DIR/histogram-2.txt" | sort -k2,2) \
  | awk '{print $3 - $2, $1}' | sort -rn | head -12 || true
wait "${PIDS[@]}" || true
for run in first second; do
  echo "== Gatling, $run group"
  summary "$run"
done
echo "== heap $HEAP: full GCs $( (grep 'Pause Full' "$DIR/gc.log" || true) | (grep -vc 'Heap Inspection' || true)) besides the histograms' own," \
  "OutOfMemoryError in logs: $(cat "$DIR/app.out" "$DIR/polku.log" | grep -c OutOfMemoryError || true)"
grep -E 'Pause Young' "$DIR/gc.log" | tail -1 || true
echo "Histograms, GC log, app log and Gatling output: $DIR"
