// The yardstick for `cairn sign --jsonl` and `cairn verify --jsonl`: raw libsodium Ed25519
// signing and verification of a message the size of a Data Integrity hash pair (64 bytes), on
// one thread. Issue 3's targets are at least half of these rates.
//
//   build/release/bench/ed25519_bench --benchmark_min_time=2
#include <benchmark/benchmark.h>
#include <sodium.h>

#include <array>
#include <cstdint>

namespace {

struct Keys {
  std::array<unsigned char, crypto_sign_PUBLICKEYBYTES> public_key{};
  std::array<unsigned char, crypto_sign_SECRETKEYBYTES> secret_key{};
  std::array<unsigned char, 64> message{};
  std::array<unsigned char, crypto_sign_BYTES> signature{};
  Keys() {
    if (sodium_init() < 0) std::abort();
    crypto_sign_keypair(public_key.data(), secret_key.data());
    randombytes_buf(message.data(), message.size());
    crypto_sign_detached(signature.data(), nullptr, message.data(), message.size(),
                         secret_key.data());
  }
};

void RawLibsodiumSign(benchmark::State& state) {
  Keys keys;
  for (auto _ : state) {
    crypto_sign_detached(keys.signature.data(), nullptr, keys.message.data(), keys.message.size(),
                         keys.secret_key.data());
    benchmark::DoNotOptimize(keys.signature);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(RawLibsodiumSign);

void RawLibsodiumVerify(benchmark::State& state) {
  Keys keys;
  for (auto _ : state) {
    const int result = crypto_sign_verify_detached(keys.signature.data(), keys.message.data(),
                                                   keys.message.size(), keys.public_key.data());
    if (result != 0) state.SkipWithError("a valid signature did not verify");
    benchmark::DoNotOptimize(result);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(RawLibsodiumVerify);

}  // namespace

BENCHMARK_MAIN();
