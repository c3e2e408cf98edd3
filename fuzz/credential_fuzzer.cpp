// Fuzzes the verifier's front door: any bytes (JSON, JWT, PNG, SVG or none of them) either fail
// to read with an Error or give a report, within the limits, without crashing. Offline: did:key
// only, bundled contexts only. The seed corpus holds signed credentials so mutations reach the
// proof and status code.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include "contexts/bundled_document_loader.h"
#include "did/did_key_resolver.h"
#include "vc/data_integrity/suite_context.h"
#include "vc/verifier.h"

// NOLINTNEXTLINE(readability-identifier-naming): the name libFuzzer calls
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace cairn;
  static const contexts::BundledDocumentLoader loader;
  static const vc::data_integrity::SuiteContext suites(loader);
  static const did::DidKeyResolver dids;
  static const vc::Verifier verifier({&suites, &dids, nullptr}, {});
  const Result<vc::VerificationReport> report = verifier.verify_input({data, size});
  if (report) (void)report->to_json();
  return 0;
}
