#!/usr/bin/env bash
# Start-up time to ready and idle resident memory of the packaged jar, on a fresh embedded PostgreSQL.
# Usage: ./mvnw -DskipTests package && bench/startup.sh    (prints figures, appends them to target/bench/startup.txt)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$(ls target/polku-*.jar | head -1)
data=$(mktemp -d)
port=${BENCH_PORT:-18089}
start=$(date +%s%N)
POLKU_EMBEDDED_DB_DIR="$data" POLKU_PORT=$port java -jar "$jar" --spring.profiles.active=demo >"$data.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$data" "$data.log"' EXIT
until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; do
  kill -0 $pid 2>/dev/null || { echo "the application stopped; see $data.log"; cat "$data.log" | tail -20; exit 1; }
  sleep 0.2
done
ready=$(( ($(date +%s%N) - start) / 1000000 ))
sleep 20
rss=$(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 ))
pg=$(( $(ps -eo rss=,args= | grep -F "$data" | grep -v grep | awk '{s+=$1} END {print s+0}') / 1024 ))
mkdir -p target/bench
echo "start-up to ready: ${ready} ms; idle resident memory: ${rss} MB (JVM), embedded PostgreSQL processes: ${pg} MB" \
  | tee -a target/bench/startup.txt
