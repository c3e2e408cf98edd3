# Shared by the benchmark scripts (issuing_bench.sh, verify_api_bench.sh, page_bench.sh,
# trust_bench.sh); sourced, not run.

# bench_work DIR: a fresh work folder with a master key of its own (CAIRN_MASTER_KEY_FILE).
bench_work() {
  rm -rf "$1" && mkdir -p "$1"
  export CAIRN_MASTER_KEY_FILE=$1/master.key
  node -e "process.stdout.write(require('crypto').randomBytes(32).toString('base64url'))" \
    >"$CAIRN_MASTER_KEY_FILE"
}

# The line every benchmark starts its report with.
machine_line() {
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
}

# A loopback port for the server under test.
random_port() { echo $((20000 + RANDOM % 20000)); }

# start_serve CAIRN WORK BASE_URL ARGS...: `cairn serve ARGS` in the background (output in WORK),
# stopped when the script exits; returns once BASE_URL/readyz answers.
start_serve() {
  local cairn=$1 work=$2 base=$3
  shift 3
  "$cairn" serve "$@" >"$work/serve.out" 2>"$work/serve.log" &
  server=$!
  trap 'kill -TERM $server 2>/dev/null || true' EXIT
  for _ in $(seq 100); do
    curl -sf "$base/readyz" >/dev/null 2>&1 && return
    sleep 0.1
  done
  echo "cairn serve did not start; see $work/serve.log" >&2
  return 1
}
