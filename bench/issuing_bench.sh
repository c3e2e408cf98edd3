#!/usr/bin/env bash
# Issuing through the service (issue 4's targets on 2 cores: a 100,000-row bulk award at 5,000
# credentials per second or more; GET /credentials/{id} at 10,000 requests per second with p99
# under 20 ms), beside baselines from the same run and machine:
#   - `cairn sign --jsonl --threads 2` on 2,000 credentials: the signing engine without HTTP or
#     database, the ceiling for issuing;
#   - GET /healthz under the same wrk load: the HTTP server's own ceiling.
# Steps: a fresh database (SQLite in the work folder, or the PostgreSQL that
# scripts/with-test-postgres starts: DB=postgresql), an owner account and token, `cairn serve`
# on loopback, an organisation and a badge; then the bulk upload of ROWS rows timed from upload
# to the job's end; then 1,000 credentials awarded directly and fetched by wrk.
#
#   bench/issuing_bench.sh [BUILD_DIR=build/release] [ROWS=100000] [DB=sqlite] [DURATION=15]
#   scripts/with-test-postgres build/pg-bench bench/issuing_bench.sh build/release 100000 postgresql
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
rows=${2:-100000}
backend=${3:-sqlite}
duration=${4:-15}
cairn=$(realpath "$build/src/cli/cairn")
work=$build/issuing-bench-$backend
source bench/bench_helpers.sh
bench_work "$work"
if [[ $backend == postgresql ]]; then
  db=${CAIRN_TEST_POSTGRES_URL:?run under scripts/with-test-postgres for DB=postgresql}
else
  db=sqlite:$work/cairn.db
fi

now() { date +%s.%N; }
# a / b, to the nearest whole number
divide() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f", a / b }'; }
since() { awk -v a="$(now)" -v b="$1" 'BEGIN { printf "%.2f", a - b }'; }

machine_line
did=$("$cairn" keygen --out "$work/key.json" | sed -n 's/^did: //p')
node tests/interop/generate_credentials.mjs --count 2000 --seed 7 --issuer "$did" \
  --endorsements no --out "$work/unsigned.jsonl"
start=$(now)
"$cairn" sign --jsonl --threads 2 --key "$work/key.json" "$work/unsigned.jsonl" >/dev/null 2>&1
echo "baseline: cairn sign --jsonl --threads 2: $(divide 2000 "$(since "$start")") credentials/s"

"$cairn" admin create-user --db "$db" --email bench@example.org --name Bench >/dev/null 2>&1
token=$("$cairn" admin create-token --db "$db" --email bench@example.org --name bench \
  --scopes "read write issue" 2>/dev/null | sed -n 's/^token: //p')
port=$(random_port)
base=http://127.0.0.1:$port
start_serve "$cairn" "$work" "$base" --db "$db" --listen "127.0.0.1:$port" --base-url "$base"
api() { curl -sf -H "Authorization: Bearer $token" "$@"; }
field() { node -p "JSON.parse(require('fs').readFileSync(0, 'utf8')).$1"; }
org=$(api -d '{"name": "Bench"}' "$base/api/v1/orgs" | field id)
badge=$(api -d '{"name": "Bench badge", "description": "Benchmark.", "achievement_type": "Badge"}' \
  "$base/api/v1/orgs/$org/achievements" | field id)

awk -v a="$badge" -v n="$rows" 'BEGIN { print "achievement,recipient"; for (i = 0; i < n; i++) printf "%s,p%d@example.org\n", a, i }' >"$work/awards.csv"
start=$(now)
job=$(api -H "Content-Type: text/csv" --data-binary @"$work/awards.csv" "$base/api/v1/orgs/$org/awards/bulk" | field id)
# Polled with grep, not node: starting node twice a second would take CPU from the server.
until api "$base/api/v1/jobs/$job" | grep -q '"state":"done"'; do sleep 0.2; done
seconds=$(since "$start")
api "$base/api/v1/jobs/$job" >"$work/job.json"
echo "bulk award ($backend): $rows rows in $seconds s, upload to done: $(divide "$rows" "$seconds") credentials/s; issued $(field issued <"$work/job.json"), failed $(field failed <"$work/job.json")"

node -e '
  const awards = Array.from({length: 1000}, (_, i) => ({recipient: `get${i}@example.org`}));
  process.stdout.write(JSON.stringify(awards));' >"$work/direct.json"
api -H "Content-Type: application/json" --data-binary @"$work/direct.json" \
  "$base/api/v1/orgs/$org/achievements/$badge/awards" |
  node -e 'for (const c of JSON.parse(require("fs").readFileSync(0, "utf8")).items) console.log(`/credentials/${c.id}`)' \
    >"$work/paths.txt"
echo "/healthz" >"$work/health.txt"
echo "GET /healthz (the server's ceiling):"
CAIRN_BENCH_PATHS=$work/health.txt wrk -t2 -c32 -d"${duration}s" --latency -s bench/wrk/get_paths.lua "$base" | grep -E "Requests/sec|99%|answers"
echo "GET /credentials/{id}, 1,000 credentials in turn:"
CAIRN_BENCH_PATHS=$work/paths.txt wrk -t2 -c32 -d"${duration}s" --latency -s bench/wrk/get_paths.lua "$base" | tee "$work/wrk.txt" | grep -E "Requests/sec|50%|99%|answers"
