// Fuzzes the reader of credentials attached to PDF certificates (media/pdf_attachment.h).
// Checks, beyond "no crash": every error has one of the reader's codes; a credential read back
// lies within the input and within the limit.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "media/pdf_attachment.h"

namespace {

[[noreturn]] void fail(const char* what, const std::string& detail) {
  std::fprintf(stderr, "pdf_credential_fuzzer: %s: %s\n", what, detail.c_str());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  cairn::media::ImageLimits limits;
  limits.max_credential_bytes = 4096;
  const auto carried = cairn::media::credential_in_pdf({data, size}, limits);
  if (!carried) {
    const std::string& code = carried.error().code;
    if (code != "invalid PDF" && code != "no credential" && code != "multiple credentials" &&
        code != "limit exceeded") {
      fail("unexpected error code", code);
    }
    return 0;
  }
  if (carried->size() > limits.max_credential_bytes) fail("over the limit", "");
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  if (input.find(*carried) == std::string_view::npos) fail("not from the input", *carried);
  return 0;
}
