// Fuzzes PNG unbaking (chunk walking, CRCs, iTXt parsing, capped inflate). Checks, beyond "no
// crash, no leak, no undefined behaviour":
//  - every error has one of the codes unbake_png documents;
//  - an unbaked credential is non-empty and within the limit;
//  - a PNG that reads as valid but carries no credential bakes, and unbakes to what was baked.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <span>
#include <string>
#include <string_view>

#include "media/media_errors.h"
#include "media/png_baking.h"

namespace {

[[noreturn]] void fail(const char* what, const std::string& detail) {
  std::fprintf(stderr, "png_unbake_fuzzer: %s: %s\n", what, detail.c_str());
  std::abort();
}

constexpr std::string_view kJwt = "eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJkaWQ6ZXhhbXBsZSJ9.c2ln";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace media = cairn::media;
  namespace code = cairn::media::error_code;
  static const std::set<std::string_view> kUnbakeCodes = {
      code::kInvalidPng, code::kLimitExceeded, code::kNoCredential, code::kMultipleCredentials,
      code::kLegacyBadge};
  const std::span<const std::uint8_t> png(data, size);
  media::UnbakeLimits limits;
  limits.max_credential_bytes = 4096;  // small, so the fuzzer can reach the cap with zlib
  const auto unbaked = media::unbake_png(png, limits);
  if (unbaked.ok()) {
    if (unbaked->empty() || unbaked->size() > limits.max_credential_bytes) {
      fail("credential size out of bounds", std::to_string(unbaked->size()));
    }
    return 0;
  }
  if (!kUnbakeCodes.count(unbaked.error().code)) {
    fail("unexpected error code", unbaked.error().to_string());
  }
  if (unbaked.error().code != code::kNoCredential) return 0;
  const auto baked = media::bake_png(png, kJwt, limits);
  if (!baked.ok()) fail("a valid PNG without credential does not bake", baked.error().to_string());
  const auto again = media::unbake_png(*baked, limits);
  if (!again.ok()) fail("a baked PNG does not unbake", again.error().to_string());
  if (*again != kJwt) fail("a baked PNG unbakes to something else", *again);
  return 0;
}
