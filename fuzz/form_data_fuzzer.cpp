// Fuzzes the form body parser of the pages (http/form_data.h). The first byte picks the content
// type (urlencoded, or multipart with the boundary "B"); the rest is the body. Checks, beyond "no
// crash": every error is "invalid form"; every field's value lies within the body (a multipart
// field's bytes are a substring of it); no more fields than the limit.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "http/form_data.h"

namespace {

[[noreturn]] void fail(const char* what, const std::string& detail) {
  std::fprintf(stderr, "form_data_fuzzer: %s: %s\n", what, detail.c_str());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const bool multipart = (data[0] & 1) != 0;
  const std::string_view body(reinterpret_cast<const char*>(data) + 1, size - 1);
  const cairn::http::FormLimits limits{.max_fields = 16, .max_part_header_bytes = 256};
  const auto fields = cairn::http::parse_form(
      multipart ? "multipart/form-data; boundary=B" : "application/x-www-form-urlencoded", body,
      limits);
  if (!fields) {
    if (fields.error().code != "invalid form") fail("unexpected error code", fields.error().code);
    return 0;
  }
  if (fields->size() > limits.max_fields) fail("more fields than the limit", "");
  for (const cairn::http::FormField& field : *fields) {
    if (field.value.size() > body.size()) fail("a value longer than the body", field.name);
    if (multipart && body.find(field.value) == std::string_view::npos) {
      fail("a part's bytes are not in the body", field.name);
    }
  }
  return 0;
}
