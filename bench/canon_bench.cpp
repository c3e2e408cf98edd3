// Canonicalization throughput on one core: JSON-LD -> RDF -> RDFC-1.0, and RFC 8785 JCS, on one
// credential (by default the Open Badges 3.0 spec test-vector credential; see bench/README.md).
//
//   canon_bench CREDENTIAL.json [--benchmark_* flags]
//
// A warm context cache is used, as in a long-running verifier: contexts are processed once per
// process. libsodium's SHA-256 of the canonical bytes is measured alongside as a fixed baseline
// that makes figures from a shared, noisy machine comparable across runs.
#include <benchmark/benchmark.h>
#include <sodium.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include "canon/jcs/jcs.h"
#include "canon/json/json_parser.h"
#include "canon/jsonld/context_cache.h"
#include "canon/jsonld/direct_to_rdf.h"
#include "canon/jsonld/to_rdf.h"
#include "canon/rdfc/canonicalize.h"
#include "contexts/bundled_document_loader.h"

namespace {

std::string g_credential_text;

// What a long-running verifier keeps between documents: the loader and a warm context cache.
struct WarmJsonLd {
  WarmJsonLd() {
    options.loader = &loader;
    options.context_cache = &cache;
  }
  const cairn::contexts::BundledDocumentLoader loader;
  cairn::canon::jsonld::ContextCache cache;
  cairn::canon::jsonld::JsonLdOptions options;
};

void bm_rdfc_canonicalize(benchmark::State& state) {
  WarmJsonLd jsonld;
  const boost::json::value document = cairn::canon::json::parse_json(g_credential_text).value();
  std::size_t bytes = 0;
  for (auto _ : state) {
    auto dataset = cairn::canon::jsonld::to_rdf(document, jsonld.options);
    auto canonical = cairn::canon::rdfc::canonicalize(dataset.value());
    bytes = canonical.value().nquads.size();
    benchmark::DoNotOptimize(canonical);
  }
  state.counters["canonical_bytes"] = static_cast<double>(bytes);
  state.SetItemsProcessed(state.iterations());
}

void bm_rdfc_from_text(benchmark::State& state) {
  WarmJsonLd jsonld;
  for (auto _ : state) {
    auto document = cairn::canon::json::parse_json(g_credential_text);
    auto dataset = cairn::canon::jsonld::to_rdf(document.value(), jsonld.options);
    auto canonical = cairn::canon::rdfc::canonicalize(dataset.value());
    benchmark::DoNotOptimize(canonical);
  }
  state.SetItemsProcessed(state.iterations());
}

// What the eddsa-rdfc-2022 suite runs on a credential without its proof: the direct
// JSON-LD -> RDF walk (no expanded form), then RDFC-1.0. Skipped when the walk declines the
// document (the general path above then applies).
void bm_direct_rdfc_canonicalize(benchmark::State& state) {
  WarmJsonLd jsonld;
  const boost::json::value document = cairn::canon::json::parse_json(g_credential_text).value();
  if (!cairn::canon::jsonld::direct_to_rdf(document, jsonld.options)) {
    state.SkipWithError("the direct walk declines this document");
    return;
  }
  for (auto _ : state) {
    auto dataset = cairn::canon::jsonld::direct_to_rdf(document, jsonld.options);
    auto canonical = cairn::canon::rdfc::canonicalize(*dataset);
    benchmark::DoNotOptimize(canonical);
  }
  state.SetItemsProcessed(state.iterations());
}

void bm_direct_to_rdf(benchmark::State& state) {
  WarmJsonLd jsonld;
  const boost::json::value document = cairn::canon::json::parse_json(g_credential_text).value();
  for (auto _ : state) {
    auto dataset = cairn::canon::jsonld::direct_to_rdf(document, jsonld.options);
    if (!dataset) {
      state.SkipWithError("the direct walk declines this document");
      return;
    }
    benchmark::DoNotOptimize(dataset);
  }
  state.SetItemsProcessed(state.iterations());
}

void bm_jcs_from_text(benchmark::State& state) {
  for (auto _ : state) {
    auto canonical = cairn::canon::jcs::canonicalize_text(g_credential_text);
    benchmark::DoNotOptimize(canonical);
  }
  state.SetItemsProcessed(state.iterations());
}

void bm_libsodium_sha256_baseline(benchmark::State& state) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  for (auto _ : state) {
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(g_credential_text.data()),
                       g_credential_text.size());
    benchmark::DoNotOptimize(digest);
  }
  state.SetItemsProcessed(state.iterations());
}

BENCHMARK(bm_rdfc_canonicalize);
BENCHMARK(bm_rdfc_from_text);
BENCHMARK(bm_direct_rdfc_canonicalize);
BENCHMARK(bm_direct_to_rdf);
BENCHMARK(bm_jcs_from_text);
BENCHMARK(bm_libsodium_sha256_baseline);

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (argc != 2) {
    std::cerr << "usage: canon_bench CREDENTIAL.json [--benchmark_* flags]\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  g_credential_text.assign(std::istreambuf_iterator<char>(in), {});
  if (!in || g_credential_text.empty() || sodium_init() < 0) {
    std::cerr << "canon_bench: cannot read " << argv[1] << "\n";
    return 2;
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
