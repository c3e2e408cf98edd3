// Fuzzes SVG unbaking (libxml2 locked down, DTD refusal, depth guard, credential extraction) and
// the text scanner baking relies on. Checks, beyond "no crash, no leak, no undefined behaviour":
//  - every error has one of the codes unbake_svg documents;
//  - an unbaked credential is non-empty and within the limit;
//  - an SVG that parses but carries no credential bakes (or is refused for a documented reason:
//    an encoding other than UTF-8, the openbadges prefix bound elsewhere), and bake_svg's own
//    read-back check never fails, which would mean its scanner and libxml2 disagree on the text.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <string_view>

#include "media/media_errors.h"
#include "media/svg_baking.h"

namespace {

[[noreturn]] void fail(const char* what, const std::string& detail) {
  std::fprintf(stderr, "svg_unbake_fuzzer: %s: %s\n", what, detail.c_str());
  std::abort();
}

bool contains(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace media = cairn::media;
  namespace code = cairn::media::error_code;
  static const std::set<std::string_view> kUnbakeCodes = {
      code::kInvalidSvg,   code::kDtdRefused,          code::kLimitExceeded,
      code::kNoCredential, code::kMultipleCredentials, code::kLegacyBadge};
  const std::string_view svg(reinterpret_cast<const char*>(data), size);
  media::UnbakeLimits limits;
  limits.max_svg_depth = 64;
  const auto unbaked = media::unbake_svg(svg, limits);
  if (unbaked.ok()) {
    if (unbaked->empty() || unbaked->size() > limits.max_credential_bytes) {
      fail("credential size out of bounds", std::to_string(unbaked->size()));
    }
    return 0;
  }
  if (!kUnbakeCodes.count(unbaked.error().code)) {
    fail("unexpected error code", unbaked.error().to_string());
  }
  // Only a document that parsed and has no credential element at all is a clean bake input.
  if (unbaked.error().code != code::kNoCredential || contains(unbaked.error().message, "empty")) {
    return 0;
  }
  const auto baked = media::bake_svg(svg, R"({"fuzz":"]]>"})", limits);
  if (baked.ok()) return 0;
  const std::string& message = baked.error().message;
  const bool documented_refusal =
      baked.error().code == code::kInvalidSvg &&
      (contains(message, "needs a UTF-8 SVG") || contains(message, "binds the prefix"));
  if (!documented_refusal) fail("a parsed SVG without credential does not bake", message);
  return 0;
}
