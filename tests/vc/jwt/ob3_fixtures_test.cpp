// The compact JWTs in the 1EdTech validator's test resources (../shared/conformance/
// ob3-validator-fixtures): every file is scanned for compact JWS text (plain .jwt files and the
// tokens baked into PNG and SVG images), each token is decoded, its claims are checked, and
// tokens with an embedded "jwk" are verified with it.
//
// Expectations come from the fixtures' names and the validator's own tests (OB30Tests:
// testSimplePNGJWTValid, testSimpleJsonSVGJWTValid, testSimpleV1...JWT: valid or warnings about
// schemas and contexts only; CLR20Tests.testSimpleJWTValid), not from Cairn's output.
#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "vc/jwt/decode_vc_jwt.h"
#include "vc/jwt/verify_vc_jwt.h"

namespace cairn::vc::jwt {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kFixtures = "conformance/ob3-validator-fixtures";

struct Expectation {
  bool embedded_jwk;     // the header carries the key
  bool has_kid;          // the header names a key instead
  bool signature_valid;  // only meaningful with an embedded jwk
};

// Keyed by the path under the fixtures directory.
const std::map<std::string, Expectation>& expectations() {
  static const std::map<std::string, Expectation> table = {
      {"inspector-vc/src/test/resources/ob30/simple-jwt.png", {true, false, true}},
      {"inspector-vc/src/test/resources/ob30/simple-jwt.svg", {true, false, true}},
      {"inspector-vc/src/test/resources/ob30/simple-jwt_v1.png", {true, false, true}},
      {"inspector-vc/src/test/resources/ob30/simple-jwt_v1.svg", {true, false, true}},
      {"inspector-clr/src/test/resources/clr20/simple.jwt", {true, false, true}},
      // No kid and no jwk: the key must come from elsewhere (the issuer's published keys).
      {"inspector-vc/src/test/resources/ob30/simple.jwt", {false, false, false}},
      // kid is a did:velocity URL: resolvable only on the Velocity network.
      {"inspector-vc/src/test/resources/ob30/velocity.jwt", {false, true, false}},
  };
  return table;
}

std::string file_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

bool is_base64url_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_';
}

// The runs of text shaped like a compact JWS: "eyJ" (base64url of '{"'), then three non-empty
// base64url parts separated by dots. (No std::regex: GCC 12 warns inside it at -O2.)
std::vector<std::string> compact_jwts_in(const std::string& text) {
  std::vector<std::string> tokens;
  for (auto start = text.find("eyJ"); start != std::string::npos; start = text.find("eyJ", start)) {
    std::size_t end = start;
    int parts = 1;
    bool empty_part = false;
    std::size_t part_start = start;
    for (; end < text.size() && (is_base64url_char(text[end]) || text[end] == '.'); ++end) {
      if (text[end] != '.') continue;
      empty_part = empty_part || end == part_start;
      part_start = end + 1;
      ++parts;
    }
    empty_part = empty_part || end == part_start;
    if (parts == 3 && !empty_part) tokens.push_back(text.substr(start, end - start));
    start = end;
  }
  return tokens;
}

// Decodes, checks claims, and verifies with the embedded key; returns the decoded token.
DecodedVcJwt check_token(const std::string& label, const std::string& token,
                         const Expectation& expected) {
  auto decoded = decode_vc_jwt(token);
  EXPECT_TRUE(decoded.ok()) << label << ": " << decoded.error().to_string();
  if (!decoded.ok()) return {};
  EXPECT_EQ(decoded->jwk.has_value(), expected.embedded_jwk) << label;
  EXPECT_EQ(decoded->kid.has_value(), expected.has_kid) << label;
  const auto problems = check_vc_jwt_claims(*decoded);
  EXPECT_TRUE(problems.empty()) << label << ": " << (problems.empty() ? "" : problems.front());
  if (decoded->jwk) {
    auto verification = verify_vc_jwt(*decoded, *decoded->jwk);
    EXPECT_TRUE(verification.ok()) << label << ": " << verification.error().to_string();
    if (verification.ok()) {
      EXPECT_EQ(verification->signature_valid, expected.signature_valid) << label;
    }
  }
  return std::move(decoded).value();
}

TEST(Ob3ValidatorFixtures, EveryCompactJwtDecodesAndEmbeddedKeysVerify) {
  const fs::path root = fs::path(CAIRN_SHARED_DIR) / kFixtures;
  if (!fs::is_directory(root)) {
    GTEST_SKIP() << "skipped: ../shared/" << kFixtures << " not present";
  }
  std::map<std::string, int> found;
  int nested = 0;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file() || entry.file_size() > (8u << 20)) continue;
    const std::string relative = fs::relative(entry.path(), root).generic_string();
    for (const auto& token : compact_jwts_in(file_text(entry.path()))) {
      ++found[relative];
      const auto known = expectations().find(relative);
      if (known == expectations().end()) {
        // A fixture added later: it must at least decode.
        EXPECT_TRUE(decode_vc_jwt(token).ok()) << relative;
        continue;
      }
      const auto decoded = check_token(relative, token, known->second);
      // A CLR holds its achievement credentials as VC-JWTs in credentialSubject; they were
      // signed by the same issuer with the same embedded key.
      const auto* subject = decoded.credential.if_contains("credentialSubject");
      const auto* inner = subject && subject->is_object()
                              ? subject->as_object().if_contains("verifiableCredential")
                              : nullptr;
      if (inner == nullptr || !inner->is_array()) continue;
      for (const auto& credential : inner->as_array()) {
        if (!credential.is_string()) continue;
        ++nested;
        check_token(relative + " (nested)", std::string(credential.as_string()), known->second);
      }
    }
  }
  for (const auto& [path, expectation] : expectations()) {
    EXPECT_EQ(found[path], 1) << path << " should hold one compact JWT";
  }
  EXPECT_EQ(nested, 1) << "the CLR fixture nests one achievement VC-JWT";
}

}  // namespace
}  // namespace cairn::vc::jwt
