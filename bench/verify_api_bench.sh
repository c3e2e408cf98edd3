#!/usr/bin/env bash
# The verification API under load (issue 4's target: 4,000 POST /api/v1/verify per second on 2
# cores), beside `cairn verify --jsonl` on the same credentials and machine in the same run:
#   - signs COUNT generated OB 3.0 credentials (tests/interop/generate_credentials.mjs, seed 7);
#   - `cairn verify --jsonl --threads 2` over them (the engine without HTTP);
#   - `cairn serve` on loopback with the rate limit out of the way, and wrk posting the signed
#     credentials in turn (bench/wrk/post_lines.lua) for DURATION seconds on CONNECTIONS
#     connections; wrk shares the machine's cores with the server.
#
#   bench/verify_api_bench.sh [BUILD_DIR=build/release] [COUNT=2000] [DURATION=15] [CONNECTIONS=32]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
count=${2:-2000}
duration=${3:-15}
connections=${4:-32}
cairn=$build/src/cli/cairn
work=$build/verify-api-bench
source bench/bench_helpers.sh
bench_work "$work"
did=$("$cairn" keygen --out "$work/key.json" | sed -n 's/^did: //p')
node tests/interop/generate_credentials.mjs --count "$count" --seed 7 --issuer "$did" \
  --endorsements no --out "$work/unsigned.jsonl"
"$cairn" sign --jsonl --key "$work/key.json" "$work/unsigned.jsonl" >"$work/signed.jsonl" 2>/dev/null

machine_line
echo "engine: cairn verify --jsonl --threads 2: $("$cairn" verify --offline --jsonl --threads 2 "$work/signed.jsonl" | tail -1)"

port=$(random_port)
start_serve "$cairn" "$work" "http://127.0.0.1:$port" --listen "127.0.0.1:$port" \
  --verify-rate 1e9 --verify-burst 1e9
CAIRN_BENCH_LINES=$work/signed.jsonl wrk -t2 -c"$connections" -d"${duration}s" --latency \
  -s bench/wrk/post_lines.lua "http://127.0.0.1:$port/api/v1/verify" | tee "$work/wrk.txt"
