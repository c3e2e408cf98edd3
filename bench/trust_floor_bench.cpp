// The floor under issue 3's benchmark targets: the work that signing or verifying one
// eddsa-rdfc-2022 credential cannot avoid, whatever the implementation, on the corpus
// bench/trust_bench.sh signs. Each part is work the specifications require of every signer and
// verifier:
//   - SHA-256 of the credential's canonical N-Quads and of the proof configuration's (the
//     cryptosuite's hashing step);
//   - SHA-256 of each blank node's quads (RDFC-1.0's Hash First Degree Quads: the canonical labels
//     follow the order of these hashes, so no canonicalizer can skip them when a credential has
//     two blank nodes or more);
//   - one Ed25519 signature, or one verification (libsodium).
// The canonical forms and the first-degree hash inputs are computed beforehand and not timed: no
// JSON parsing, no JSON-LD to RDF, no sorting, no writing. Every real signer does all of this and
// more, so bm_sign_floor's rate bounds any signer's rate from above, and bm_verify_floor any
// verifier's. RawLibsodiumSign and RawLibsodiumVerify run in the same process, for the ratios the
// target names (half of raw). bm_parse shows what the strict JSON parser alone adds, beside
// bm_parse_stock, Boost.JSON's own parser (no limits, no duplicate check, approximate doubles).
//
//   trust_floor_bench UNSIGNED.jsonl [--benchmark_* flags]
#include <benchmark/benchmark.h>
#include <sodium.h>

#include <algorithm>
#include <array>
#include <boost/json/parse.hpp>
#include <fstream>
#include <iostream>
#include <set>
#include <string>
#include <vector>

#include "canon/json/json_parser.h"
#include "canon/jsonld/context_cache.h"
#include "canon/jsonld/to_rdf.h"
#include "canon/rdf/nquads_parser.h"
#include "canon/rdf/nquads_serializer.h"
#include "canon/rdfc/canonicalize.h"
#include "contexts/bundled_document_loader.h"
#include "crypto/digest.h"

namespace {

using cairn::canon::rdf::Quad;
using cairn::canon::rdf::Term;
using cairn::canon::rdf::TermKind;

struct Credential {
  std::string text;                             // as the corpus holds it
  std::string nquads;                           // its canonical N-Quads
  std::vector<std::string> first_degree_input;  // what Hash First Degree Quads hashes, per node
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

// The input of Hash First Degree Quads (RDFC-1.0 section 4.6) for every blank node of a canonical
// dataset: the quads that mention the node, the node itself labelled "a" and every other blank
// node "z", as sorted N-Quads lines.
std::vector<std::string> first_degree_inputs(const std::string& canonical) {
  const cairn::canon::rdf::Dataset dataset = cairn::canon::rdf::parse_nquads(canonical).value();
  std::set<std::string> labels;
  for (const Quad& quad : dataset) {
    for (const Term* term : {&quad.subject, &quad.object, &quad.graph}) {
      if (term->kind == TermKind::kBlankNode) labels.insert(term->value);
    }
  }
  std::vector<std::string> inputs;
  for (const std::string& label : labels) {
    std::vector<std::string> lines;
    for (Quad quad : dataset) {
      bool mentions = false;
      for (Term* term : {&quad.subject, &quad.object, &quad.graph}) {
        if (term->kind != TermKind::kBlankNode) continue;
        mentions = mentions || term->value == label;
        term->value = term->value == label ? "a" : "z";
      }
      if (mentions) lines.push_back(cairn::canon::rdf::to_nquad_line(quad));
    }
    std::sort(lines.begin(), lines.end());
    std::string joined;
    for (const std::string& line : lines) joined += line;
    inputs.push_back(std::move(joined));
  }
  return inputs;
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
    std::string nquads = canonical_nquads(document, options);
    std::vector<std::string> inputs = first_degree_inputs(nquads);
    g_corpus.push_back({line, std::move(nquads), std::move(inputs)});
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

// The hashing every eddsa-rdfc-2022 signer and verifier does for `credential`; returns the
// 64 bytes that are signed (the proof configuration's hash, then the document's).
std::array<unsigned char, 64> mandatory_hashes(const Credential& credential,
                                               cairn::crypto::Hasher& hasher) {
  std::string hex;
  for (const std::string& input : credential.first_degree_input) {
    hex.clear();
    hasher.append_hex_digest(hex, input);
  }
  benchmark::DoNotOptimize(hex);
  std::array<unsigned char, 64> hashes{};
  const auto proof_hash = cairn::crypto::sha256(g_proof_nquads);
  const auto document_hash = cairn::crypto::sha256(credential.nquads);
  std::copy(proof_hash.begin(), proof_hash.end(), hashes.begin());
  std::copy(document_hash.begin(), document_hash.end(), hashes.begin() + 32);
  return hashes;
}

void add_corpus_counters(benchmark::State& state) {
  double nquads_bytes = 0;
  double first_degree_bytes = 0;
  double blank_nodes = 0;
  for (const Credential& credential : g_corpus) {
    nquads_bytes += static_cast<double>(credential.nquads.size());
    blank_nodes += static_cast<double>(credential.first_degree_input.size());
    for (const std::string& input : credential.first_degree_input) {
      first_degree_bytes += static_cast<double>(input.size());
    }
  }
  const auto count = static_cast<double>(g_corpus.size());
  state.counters["nquads_bytes"] = nquads_bytes / count;
  state.counters["blank_nodes"] = blank_nodes / count;
  state.counters["first_degree_bytes"] = first_degree_bytes / count;
  state.SetItemsProcessed(state.iterations());
}

void bm_hashes_floor(benchmark::State& state) {
  cairn::crypto::Hasher hasher(cairn::crypto::DigestAlgorithm::kSha256);
  std::size_t next = 0;
  for (auto _ : state) {
    auto hashes = mandatory_hashes(g_corpus[next++ % g_corpus.size()], hasher);
    benchmark::DoNotOptimize(hashes);
  }
  add_corpus_counters(state);
}
BENCHMARK(bm_hashes_floor);

void bm_sign_floor(benchmark::State& state) {
  const Keys keys;
  cairn::crypto::Hasher hasher(cairn::crypto::DigestAlgorithm::kSha256);
  std::array<unsigned char, crypto_sign_BYTES> signature{};
  std::size_t next = 0;
  for (auto _ : state) {
    const auto hashes = mandatory_hashes(g_corpus[next++ % g_corpus.size()], hasher);
    crypto_sign_detached(signature.data(), nullptr, hashes.data(), hashes.size(),
                         keys.secret_key.data());
    benchmark::DoNotOptimize(signature);
  }
  add_corpus_counters(state);
}
BENCHMARK(bm_sign_floor);

void bm_verify_floor(benchmark::State& state) {
  const Keys keys;
  cairn::crypto::Hasher hasher(cairn::crypto::DigestAlgorithm::kSha256);
  std::vector<std::array<unsigned char, crypto_sign_BYTES>> signatures(g_corpus.size());
  for (std::size_t i = 0; i < g_corpus.size(); ++i) {
    const auto hashes = mandatory_hashes(g_corpus[i], hasher);
    crypto_sign_detached(signatures[i].data(), nullptr, hashes.data(), hashes.size(),
                         keys.secret_key.data());
  }
  std::size_t next = 0;
  for (auto _ : state) {
    const std::size_t i = next++ % g_corpus.size();
    const auto hashes = mandatory_hashes(g_corpus[i], hasher);
    if (crypto_sign_verify_detached(signatures[i].data(), hashes.data(), hashes.size(),
                                    keys.public_key.data()) != 0) {
      state.SkipWithError("a signature did not verify");
      break;
    }
  }
  add_corpus_counters(state);
}
BENCHMARK(bm_verify_floor);

void bm_parse(benchmark::State& state) {
  std::size_t next = 0;
  for (auto _ : state) {
    auto document = cairn::canon::json::parse_json(g_corpus[next++ % g_corpus.size()].text);
    benchmark::DoNotOptimize(document);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(bm_parse);

void bm_parse_stock(benchmark::State& state) {
  std::size_t next = 0;
  for (auto _ : state) {
    auto document = boost::json::parse(g_corpus[next++ % g_corpus.size()].text);
    benchmark::DoNotOptimize(document);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(bm_parse_stock);

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

void RawLibsodiumVerify(benchmark::State& state) {
  const Keys keys;
  std::array<unsigned char, 64> message{};
  std::array<unsigned char, crypto_sign_BYTES> signature{};
  crypto_sign_detached(signature.data(), nullptr, message.data(), message.size(),
                       keys.secret_key.data());
  for (auto _ : state) {
    const int rc = crypto_sign_verify_detached(signature.data(), message.data(), message.size(),
                                               keys.public_key.data());
    benchmark::DoNotOptimize(rc);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(RawLibsodiumVerify);

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || sodium_init() < 0 || !load(argv[1])) {
    std::cerr << "usage: trust_floor_bench UNSIGNED.jsonl [--benchmark_* flags]\n";
    return 2;
  }
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  return 0;
}
