#!/usr/bin/env bash
# Start-up time to ready and idle resident memory of the packaged jar, on a fresh embedded PostgreSQL,
# started as the README says: java @jvm.options -jar target/polku-*.jar
# Usage: ./mvnw -DskipTests package && bench/startup.sh    (prints figures, appends them to target/bench/startup.txt)
#   POLKU_JVM_OPTIONS='-XX:+UseG1GC -Xms64m' bench/startup.sh   other JVM options instead of @jvm.options
#   POLKU_JVM_OPTIONS= bench/startup.sh                         the JVM's own defaults
#   BENCH_NMT=1 bench/startup.sh                                also where the JVM's memory goes (native memory tracking)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$(ls target/polku-*.jar | head -1)
options=${POLKU_JVM_OPTIONS-@jvm.options}
nmt=()
if [ "${BENCH_NMT:-}" = 1 ]; then nmt=(-XX:NativeMemoryTracking=summary); fi
data=$(mktemp -d)
port=${BENCH_PORT:-18089}
start=$(date +%s%N)
# shellcheck disable=SC2086 # the options are words
POLKU_EMBEDDED_DB_DIR="$data" POLKU_PORT=$port java $options "${nmt[@]}" -jar "$jar" --spring.profiles.active=demo \
  >"$data.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$data" "$data.log"' EXIT
until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; do
  kill -0 $pid 2>/dev/null || { echo "the application stopped; see $data.log"; tail -20 "$data.log"; exit 1; }
  sleep 0.2
done
ready=$(( ($(date +%s%N) - start) / 1000000 ))
sleep 20
rss=$(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 ))
pg=$(( $(ps -eo rss=,args= | grep -F "$data" | grep -v grep | awk '{s+=$1} END {print s+0}') / 1024 ))
mkdir -p target/bench
echo "$(date -u +%FT%TZ) options '${options}': start-up to ready: ${ready} ms; idle resident memory: ${rss} MB (JVM)," \
  "embedded PostgreSQL processes: ${pg} MB; load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a target/bench/startup.txt
if [ ${#nmt[@]} -gt 0 ]; then
  # committed memory by category, MB
  jcmd $pid VM.native_memory summary | awk -F'[=K]' '/^-/ && /committed=/ {
      split($0, name, "("); gsub(/^- +| +$/, "", name[1]); printf "  %-26s %6.0f MB\n", name[1], $4 / 1024 }'
fi
