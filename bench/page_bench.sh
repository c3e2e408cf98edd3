#!/usr/bin/env bash
# The public credential page (issue 5's target: under 50 ms p99 at 200 requests per second on
# loopback), and what else a person's browser costs:
#   - the page paced at RATE requests per second by wrk (CONNECTIONS connections, each pausing
#     CONNECTIONS/RATE s less two milliseconds between an answer and its next request, so the
#     rate lands just above RATE): p50/p99;
#   - the same page unpaced (8 connections): the most the service gives, for comparison;
#   - GET /healthz unpaced: the HTTP server's own ceiling in the same run;
#   - the weight of each public page: HTML plus the stylesheet and scripts it loads.
# Steps: a fresh SQLite instance with the demo data (cairn admin seed-demo), `cairn serve` on
# loopback, wrk over the five demo credentials' pages in turn (each view verifies the credential).
#
#   bench/page_bench.sh [BUILD_DIR=build/release] [RATE=200] [DURATION=15] [CONNECTIONS=4]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
rate=${2:-200}
duration=${3:-15}
connections=${4:-4}
cairn=$build/src/cli/cairn
work=$build/page-bench
source bench/bench_helpers.sh
bench_work "$work"
port=$(random_port)
base=http://127.0.0.1:$port
db=sqlite:$work/cairn.db
"$cairn" admin create-user --db "$db" --email admin@bench.example --name Bench --platform-admin \
  >/dev/null 2>&1
"$cairn" admin seed-demo --db "$db" --email admin@bench.example --base-url "$base" >"$work/demo.json"
node -e 'const d = JSON.parse(require("fs").readFileSync(process.argv[1]));
  for (const url of d.credentials) console.log(new URL(url).pathname);' "$work/demo.json" \
  >"$work/paths.txt"

start_serve "$cairn" "$work" "$base" --db "$db" --listen "127.0.0.1:$port" --base-url "$base"

machine_line
pause=$(awk -v c="$connections" -v r="$rate" 'BEGIN { printf "%d", c * 1000 / r - 2 }')
echo "the credential page at about $rate requests/s ($connections connections, ${pause} ms pause each):"
CAIRN_BENCH_PATHS=$work/paths.txt CAIRN_BENCH_ACCEPT=text/html CAIRN_BENCH_DELAY_MS=$pause \
  wrk -t2 -c"$connections" -d"${duration}s" --latency -s bench/wrk/get_paths.lua "$base" |
  grep -E '^ +(50|99)%|Requests/sec|answers'
echo "the credential page unpaced (8 connections):"
CAIRN_BENCH_PATHS=$work/paths.txt CAIRN_BENCH_ACCEPT=text/html \
  wrk -t2 -c8 -d"${duration}s" --latency -s bench/wrk/get_paths.lua "$base" |
  grep -E '^ +(50|99)%|Requests/sec|answers'
echo "GET /healthz unpaced (8 connections, the server's ceiling):"
wrk -t2 -c8 -d"${duration}s" --latency "$base/healthz" | grep -E '^ +99%|Requests/sec'

echo "page weight (HTML + the stylesheet and scripts it loads):"
first=$(head -1 "$work/paths.txt")
for page in / /verify /sign-in "$first"; do
  html=$(curl -s -H 'Accept: text/html' "$base$page")
  assets=0
  for asset in $(grep -o '/static/[^"]*' <<<"$html" | sort -u); do
    assets=$((assets + $(curl -s "$base$asset" | wc -c)))
  done
  echo "  $page: $(wc -c <<<"$html") + $assets bytes"
done
