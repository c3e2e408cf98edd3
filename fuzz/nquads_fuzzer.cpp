// Fuzzes N-Quads reading and RDFC-1.0: any bytes either fail to parse with an Error, or parse to
// a dataset whose canonical form parses again and canonicalizes to the very same bytes. The one
// exception RDFC-1.0 allows: when the run reports ties that input order broke
// (CanonicalForm::input_order_ties), the second form may label blank nodes differently, but
// must be the same once blank node labels are blanked out, and must report ties too. Also checks
// that writing a parsed dataset as N-Quads reads back to the same document.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "canon/rdf/nquads_parser.h"
#include "canon/rdf/nquads_serializer.h"
#include "canon/rdfc/canonicalize.h"

namespace {

using namespace cairn::canon;

[[noreturn]] void fail(const char* what, std::string_view detail) {
  std::fprintf(stderr, "%s\n%.*s\n", what, static_cast<int>(detail.size()), detail.data());
  std::abort();
}

bool is_work_limit(const cairn::Error& error) { return error.code == "rdfc work limit exceeded"; }

// Canonical N-Quads with every blank node label replaced by "_:", lines sorted again: equal for
// isomorphic datasets whatever their labels (a necessary condition, not a sufficient one).
std::string without_blank_labels(const std::string& canonical_nquads) {
  // (No std::regex: GCC 12 warns inside it at -O2 with sanitizers.)
  constexpr std::string_view kPrefix = "_:c14n";
  std::string blanked;
  for (std::size_t at = 0; at < canonical_nquads.size();) {
    if (canonical_nquads.compare(at, kPrefix.size(), kPrefix) == 0) {
      blanked.append("_:");
      at += kPrefix.size();
      while (at < canonical_nquads.size() && canonical_nquads[at] >= '0' &&
             canonical_nquads[at] <= '9') {
        ++at;
      }
    } else {
      blanked.push_back(canonical_nquads[at++]);
    }
  }
  std::vector<std::string_view> lines;
  for (std::size_t begin = 0; begin < blanked.size();) {
    const std::size_t end = blanked.find('\n', begin) + 1;
    lines.emplace_back(blanked.data() + begin, end - begin);
    begin = end;
  }
  std::sort(lines.begin(), lines.end());
  std::string joined;
  for (const std::string_view line : lines) joined.append(line);
  return joined;
}

}  // namespace

// NOLINTNEXTLINE(readability-identifier-naming): the name libFuzzer calls
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  rdf::NQuadsLimits limits;
  limits.max_bytes = 1u << 16;
  const cairn::Result<rdf::Dataset> dataset = rdf::parse_nquads(text, limits);
  if (!dataset) return 0;

  const std::string written = rdf::to_nquads(*dataset);
  const cairn::Result<rdf::Dataset> rewritten = rdf::parse_nquads(written);
  if (!rewritten) fail("to_nquads wrote what parse_nquads rejects", rewritten.error().to_string());
  if (rdf::to_nquads(*rewritten) != written) fail("to_nquads is not stable", written);

  // Small budgets keep each input fast; poison-like inputs must stop with the work limit.
  rdfc::RdfcOptions options;
  options.max_work = 2'000;
  options.max_recursion_depth = 32;
  const cairn::Result<rdfc::CanonicalForm> first = rdfc::canonicalize(*dataset, options);
  if (!first) {
    if (!is_work_limit(first.error())) fail("canonicalize failed", first.error().to_string());
    return 0;
  }
  const cairn::Result<rdf::Dataset> reparsed = rdf::parse_nquads(first->nquads);
  if (!reparsed) fail("the canonical form does not parse", reparsed.error().to_string());
  // The same dataset under other labels and in another order may take a different amount of
  // work, within reason.
  options.max_work *= 4;
  const cairn::Result<rdfc::CanonicalForm> second = rdfc::canonicalize(*reparsed, options);
  if (!second) {
    if (!is_work_limit(second.error())) fail("canonicalize failed", second.error().to_string());
    return 0;
  }
  if (second->nquads == first->nquads) return 0;
  if (first->input_order_ties == 0) fail("canonicalization is not idempotent", first->nquads);
  if (second->input_order_ties == 0) fail("ties on one labelling only", first->nquads);
  if (without_blank_labels(second->nquads) != without_blank_labels(first->nquads)) {
    fail("the canonical form of the canonical form is another dataset", first->nquads);
  }
  return 0;
}
