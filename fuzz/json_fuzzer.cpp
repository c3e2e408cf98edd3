// Fuzzes the strict JSON parser and RFC 8785 canonicalization. Checks, beyond "no crash":
//  - every error has one of the parser's two codes;
//  - a value the parser accepts always has a canonical form;
//  - the canonical form is a fixed point: canonicalizing its text again gives the same bytes.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "canon/jcs/jcs.h"
#include "canon/json/json_parser.h"

namespace {

[[noreturn]] void fail(const char* what, const std::string& detail) {
  std::fprintf(stderr, "json_fuzzer: %s: %s\n", what, detail.c_str());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace canon = cairn::canon;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto value = canon::json::parse_json(text);
  if (!value.ok()) {
    const std::string& code = value.error().code;
    if (code != "invalid JSON" && code != "limit exceeded") fail("unexpected error code", code);
    return 0;
  }
  const auto canonical = canon::jcs::canonicalize(*value);
  if (!canonical.ok()) fail("parsed value has no canonical form", canonical.error().to_string());
  const auto again = canon::jcs::canonicalize_text(*canonical);
  if (!again.ok()) fail("canonical form does not parse", again.error().to_string());
  if (*again != *canonical) fail("canonical form is not a fixed point", *canonical);
  return 0;
}
