// The floor under issue 3's signing target: the work signing one eddsa-rdfc-2022 credential
// cannot avoid, whatever the implementation, on the corpus bench/trust_bench.sh signs:
//   - read the credential (the strict JSON parse);
//   - SHA-256 of its canonical N-Quads and of the proof configuration's (both canonical forms
//     are computed beforehand and not timed: no JSON-LD to RDF, no RDFC-1.0 at all);
//   - one Ed25519 signature (libsodium);
//   - write the signed credential (the proof added, JSON serialization).
// Every real signer does all of this and more, so bm_signing_floor's rate bounds any signer's
// rate from above. RawLibsodiumSign runs in the same process, for the ratio the target names
// (half of raw signing).
//
//   signing_floor_bench UNSIGNED.jsonl [--benchmark_* flags]
#include <benchmark/benchmark.h>
#include <sodium.h>

#include <array>
#include <boost/json/serialize.hpp>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "canon/json/json_parser.h"
#include "canon/jsonld/context_cache.h"
#include "canon/jsonld/to_rdf.h"
#include "canon/rdfc/canonicalize.h"
#include "contexts/bundled_document_loader.h"
#include "crypto/digest.h"

namespace {

struct Credential {
  std::string text;    // as the corpus holds it
  std::string nquads;  // its canonical N-Quads
};

std::vector<Credential> g_corpus;
std::string g_proof_nquads;  // a proof configuration's canonical N-Quads

struct Keys {
  std::array<unsigned char, crypto_sign_PUBLICKEYBYTES> public_key{};
  std::array<unsigned char, crypto_sign_SECRETKEYBYTES> secret_key{};
  Keys() { crypto_sign_keypair(public_key.data(), secret_key.data()); }
};

std::string canonical_nquads(const boost::json::value& document,
                             const cairn::canon::jsonld::JsonLdOptions& options) {
  auto dataset = cairn::canon::jsonld::to_rdf(document, options);
  return cairn::canon::rdfc::canonicalize(dataset.value()).value().nquads;
}

// Reads up to 1,000 credentials and canonicalizes each once (untimed).
bool load(const char* path) {
  const cairn::contexts::BundledDocumentLoader loader;
  cairn::canon::jsonld::ContextCache cache;
  cairn::canon::jsonld::JsonLdOptions options;
  options.loader = &loader;
  options.context_cache = &cache;
  std::ifstream in(path);
  for (std::string line; g_corpus.size() < 1000 && std::getline(in, line);) {
    if (line.empty()) continue;
    const boost::json::value document = cairn::canon::json::parse_json(line).value();
    g_corpus.push_back({line, canonical_nquads(document, options)});
  }
  g_proof_nquads = canonical_nquads(
      cairn::canon::json::parse_json(
          R"({"@context": "https://www.w3.org/ns/credentials/v2", "type": "DataIntegrityProof",
              "cryptosuite": "eddsa-rdfc-2022", "created": "2026-11-30T12:00:00Z",
              "verificationMethod": "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK#z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK",
              "proofPurpose": "assertionMethod"})")
          .value(),
      options);
  return !g_corpus.empty();
}

void bm_signing_floor(benchmark::State& state) {
  const Keys keys;
  std::size_t next = 0;
  for (auto _ : state) {
    const Credential& credential = g_corpus[next++ % g_corpus.size()];
    boost::json::value document = cairn::canon::json::parse_json(credential.text).value();
    std::array<unsigned char, 64> hashes{};
    const auto proof_hash = cairn::crypto::sha256(g_proof_nquads);
    const auto document_hash = cairn::crypto::sha256(credential.nquads);
    std::copy(proof_hash.begin(), proof_hash.end(), hashes.begin());
    std::copy(document_hash.begin(), document_hash.end(), hashes.begin() + 32);
    std::array<unsigned char, crypto_sign_BYTES> signature{};
    crypto_sign_detached(signature.data(), nullptr, hashes.data(), hashes.size(),
                         keys.secret_key.data());
    // The proof as written; the signature in hex, cheaper than the real base58btc.
    document.as_object()["proof"] = boost::json::object{
        {"type", "DataIntegrityProof"},
        {"cryptosuite", "eddsa-rdfc-2022"},
        {"created", "2026-11-30T12:00:00Z"},
        {"verificationMethod", "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"},
        {"proofPurpose", "assertionMethod"},
        {"proofValue", cairn::crypto::to_hex(signature)}};
    const std::string signed_text = boost::json::serialize(document);
    benchmark::DoNotOptimize(signed_text);
  }
  state.counters["nquads_bytes_avg"] = 0;
  for (const Credential& credential : g_corpus) {
    state.counters["nquads_bytes_avg"] += static_cast<double>(credential.nquads.size());
  }
  state.counters["nquads_bytes_avg"] /= static_cast<double>(g_corpus.size());
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(bm_signing_floor);

// The floor's parts, each alone.
void bm_floor_parse(benchmark::State& state) {
  std::size_t next = 0;
  for (auto _ : state) {
    auto document = cairn::canon::json::parse_json(g_corpus[next++ % g_corpus.size()].text);
    benchmark::DoNotOptimize(document);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(bm_floor_parse);

void bm_floor_hash_canonical_forms(benchmark::State& state) {
  std::size_t next = 0;
  for (auto _ : state) {
    auto document_hash = cairn::crypto::sha256(g_corpus[next++ % g_corpus.size()].nquads);
    auto proof_hash = cairn::crypto::sha256(g_proof_nquads);
    benchmark::DoNotOptimize(document_hash);
    benchmark::DoNotOptimize(proof_hash);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(bm_floor_hash_canonical_forms);

void RawLibsodiumSign(benchmark::State& state) {
  const Keys keys;
  std::array<unsigned char, 64> message{};
  std::array<unsigned char, crypto_sign_BYTES> signature{};
  for (auto _ : state) {
    crypto_sign_detached(signature.data(), nullptr, message.data(), message.size(),
                         keys.secret_key.data());
    benchmark::DoNotOptimize(signature);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(RawLibsodiumSign);

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || sodium_init() < 0 || !load(argv[1])) {
    std::cerr << "usage: signing_floor_bench UNSIGNED.jsonl [--benchmark_* flags]\n";
    return 2;
  }
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  return 0;
}
