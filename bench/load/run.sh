#!/usr/bin/env bash
# Load test of the web app over a generated house (issue 4, performance): builds what is missing,
# generates a house of COUNT profiles, loads it into a temporary data directory, starts the app on
# 127.0.0.1:PORT and runs wrk against the profile pages (16 connections) and, when the app has it, the
# search API (8 connections). Prints requests/s and p99 per scenario; the full wrk output goes to OUT.
#   bench/load/run.sh                 defaults: COUNT=2000 DURATION=20s PORT=18080
#   COUNT=500 DURATION=10s bench/load/run.sh
#   KEEP=1 bench/load/run.sh          keep the generated house and its data directory (else removed)
#   JAVA_OPTS=-Dfunctiehuis.response-cache.max-entries=0 bench/load/run.sh   extra JVM options for the server
#                                     (here: no response cache, to measure what rendering itself costs)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
export JAVA_HOME=${FUNCTIEHUIS_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH="$JAVA_HOME/bin:$PATH"
count=${COUNT:-2000}
duration=${DURATION:-20s}
warmup=${WARMUP:-15s}
port=${PORT:-18080}
work=$(mktemp -d /tmp/functiehuis-load.XXXXXX)
out=${OUT:-$work/results}
mkdir -p "$out"
base="http://127.0.0.1:$port"
server=""

cleanup() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
    kill "$server"; wait "$server" 2>/dev/null || true
  fi
  [ -n "${KEEP:-}" ] || rm -rf "$work/data" "$work/house.json" "$work/house.json.codes"   # KEEP=1 keeps the house
}
trap cleanup EXIT

if ! command -v wrk >/dev/null; then
  echo "wrk ontbreekt: installeren (Debian-pakket wrk)" >&2
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y wrk; else sudo apt-get install -y wrk; fi
fi

bench_jar="$root/bench/target/benchmarks.jar"
if [ ! -f "$bench_jar" ] || [ -n "$(find "$root/core/src/main" "$root/bench/src/main" -newer "$bench_jar" -type f -print -quit)" ]; then
  (cd "$root" && mvn -q -B -Pbench -pl core,importer,bench install -DskipTests)
fi

echo "== huis genereren ($count profielen)"
java -cp "$bench_jar" nl.functiehuis.bench.GeneratedHouse "$work/house.json" "$count"
echo "== laden"
"$root/functiehuis" load "$work/house.json" --data "$work/data"

echo "== server starten op $base"
# shellcheck disable=SC2086
java -Xmx1g ${JAVA_OPTS:-} -jar "$root/app/target/functiehuis.jar" serve --no-demo --port "$port" --data "$work/data" \
  >"$out/server.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do
  curl -fs "$base/api/health" >/dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || { echo "server gestopt, zie $out/server.log" >&2; exit 1; }
  sleep 1
done
curl -fs "$base/api/health" >/dev/null

first=$(head -n 1 "$work/house.json.codes")
status=$(curl -s -o /dev/null -w '%{http_code}' "$base/profielen/$first")
[ "$status" = 200 ] || { echo "profielpagina /profielen/$first gaf $status" >&2; exit 1; }

cpu_ticks() { # user + system CPU time the server used so far, in clock ticks
  awk '{print $14 + $15}' "/proc/$server/stat"
}

summary() { # name, file: requests/s and p99 from wrk --latency output, server CPU per request
  local rps p99 errors requests cpu
  rps=$(awk '/^Requests\/sec/ {print $2}' "$2")
  p99=$(awk '$1 == "99%" {print $2}' "$2")
  requests=$(awk '/requests in/ {print $1}' "$2")
  cpu=$(awk -v t="$(cat "$2.cpu")" -v n="$requests" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.2f", t * 1000 / hz / n}')
  errors=$(grep -E 'Non-2xx|Socket errors' "$2" | tr -s ' ' || true)
  printf '%-10s %10s req/s   p99 %8s   server-CPU %s ms/req   %s\n' "$1" "$rps" "$p99" "$cpu" "${errors:-geen fouten}"
}

run() { # name, connections, lua script
  echo "== $1: opwarmen $warmup, meten $duration, $2 verbindingen"
  CODES="$work/house.json.codes" wrk -t2 -c"$2" -d"$warmup" -s "$3" "$base" >/dev/null
  local before
  before=$(cpu_ticks)
  CODES="$work/house.json.codes" wrk -t2 -c"$2" -d"$duration" --latency -s "$3" "$base" | tee "$out/$1.txt"
  echo $(($(cpu_ticks) - before)) >"$out/$1.txt.cpu"
}

# The first search waits until the search index is open (built at the first start), so that building it
# does not take CPU from the measured runs.
search_status=$(curl -s -o /dev/null -w '%{http_code}' "$base/api/search?q=adviseur")
run profiles 16 "$here/profiles.lua"
if [ "$search_status" = 200 ]; then
  run search 8 "$here/search.lua"
else
  echo "== zoeken overgeslagen: /api/search gaf $search_status"
fi

echo "== resultaten ($count profielen, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
summary profiles "$out/profiles.txt"
[ -f "$out/search.txt" ] && summary search "$out/search.txt"
echo "volledige uitvoer: $out"
