#!/usr/bin/env bash
# Issue 3's benchmark, all in one run on one machine so the figures compare:
#   - raw libsodium Ed25519 sign and verify per second (bench/ed25519_bench);
#   - `cairn sign --jsonl` of COUNT generated Open Badges 3.0 credentials (eddsa-rdfc-2022), one
#     thread, for two corpora: without and with embedded endorsements;
#   - `cairn verify --jsonl` of the signed ones at 1 and 2 threads (offline: did:key only);
#   - @digitalbazaar/vc signing and verifying the same credentials (bench/js/*_bench.mjs).
#
#   bench/trust_bench.sh [BUILD_DIR=build/release] [COUNT=10000] [CORPORA="plain endorsed"]
# Prints one line per measurement; the work files go to BUILD_DIR/trust-bench/.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
count=${2:-10000}
corpora=${3:-plain endorsed}
cairn=$build/src/cli/cairn
work=$build/trust-bench
source bench/bench_helpers.sh
bench_work "$work"

did=$("$cairn" keygen --out "$work/key.json" | sed -n 's/^did: //p')

machine_line
"$build/bench/ed25519_bench" --benchmark_min_time=2 2>/dev/null |
  awk '/^RawLibsodium/ {print "raw libsodium " $1 ": " $NF}'

# Two corpora: "plain" credentials carry the issuer's proof only; "endorsed" ones may also embed
# EndorsementCredentials with proofs of their own (about 1.9 proofs per credential).
for corpus in $corpora; do
  endorsements=$([ "$corpus" = endorsed ] && echo yes || echo no)
  node tests/interop/generate_credentials.mjs --count "$count" --seed 7 --issuer "$did" \
    --endorsements "$endorsements" --out "$work/$corpus-unsigned.jsonl"
  echo "$corpus corpus: $count credentials, $(($(wc -c <"$work/$corpus-unsigned.jsonl") / count)) bytes each on average (unsigned)"
  "$cairn" sign --jsonl --key "$work/key.json" "$work/$corpus-unsigned.jsonl" \
    >"$work/$corpus-signed.jsonl" 2>"$work/$corpus-sign-summary.json"
  echo "  cairn sign --jsonl (1 thread): $(cat "$work/$corpus-sign-summary.json")"
  for threads in 1 2; do
    summary=$("$cairn" verify --offline --jsonl --threads "$threads" "$work/$corpus-signed.jsonl" | tail -1)
    echo "  cairn verify --jsonl --threads $threads: $summary"
  done
  node bench/js/sign_bench.mjs "$work/$corpus-unsigned.jsonl" --limit 500 --rounds 1 | tail -1 |
    sed 's/^/  @digitalbazaar\/vc sign: /'
  node bench/js/verify_bench.mjs "$work/$corpus-signed.jsonl" --limit 500 --rounds 1 | tail -1 |
    sed 's/^/  @digitalbazaar\/vc verify: /'
done
