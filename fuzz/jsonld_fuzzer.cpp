// Fuzzes the JSON-LD path end to end: JSON text -> expansion -> toRdf -> RDFC-1.0, with the
// bundled contexts as the only loader. Any input may be rejected; none may crash, leak or hang.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "canon/json/json_parser.h"
#include "canon/jsonld/context_cache.h"
#include "canon/jsonld/to_rdf.h"
#include "canon/rdfc/canonicalize.h"
#include "contexts/bundled_document_loader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const cairn::contexts::BundledDocumentLoader loader;
  static cairn::canon::jsonld::ContextCache cache;

  const std::string_view text(reinterpret_cast<const char*>(data), size);
  cairn::Result<boost::json::value> document = cairn::canon::json::parse_json(text);
  if (!document) return 0;

  cairn::canon::jsonld::JsonLdOptions options;
  options.base = "https://fuzz.example/doc";
  options.loader = &loader;
  options.context_cache = &cache;
  options.limits.max_output_values = 1u << 14;
  cairn::Result<cairn::canon::rdf::Dataset> dataset =
      cairn::canon::jsonld::to_rdf(*document, options);
  if (!dataset) return 0;

  cairn::canon::rdfc::RdfcOptions rdfc;
  rdfc.max_work = 10'000;
  (void)cairn::canon::rdfc::canonicalize(*dataset, rdfc);
  return 0;
}
