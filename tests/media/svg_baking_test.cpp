// Tests of bake_svg and unbake_svg: the exact text baking produces (written out by hand from OB
// 3.0 5.3.2), round trips, the legacy form, and hostile documents (DTDs, entities, depth, size).
#include "media/svg_baking.h"

#include <gtest/gtest.h>

#include <string>

#include "media/media_errors.h"

namespace cairn::media {
namespace {

constexpr std::string_view kJson = R"({"type":["VerifiableCredential","OpenBadgeCredential"]})";
constexpr std::string_view kJwt = "eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJkaWQ6ZXhhbXBsZSJ9.c2lnbmF0dXJl";
constexpr std::string_view kSvg =
    R"(<?xml version="1.0"?>)"
    "\n"
    R"(<svg xmlns="http://www.w3.org/2000/svg" width="10"><rect width="1" height="1"/></svg>)"
    "\n";
constexpr std::string_view kNamespaceDeclaration =
    R"( xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0")";

std::string bake_ok(std::string_view svg, std::string_view credential) {
  Result<std::string> result = bake_svg(svg, credential);
  EXPECT_TRUE(result.ok()) << result.error().to_string();
  return result.ok() ? std::move(result).value() : std::string();
}

std::string unbake_ok(std::string_view svg, const UnbakeLimits& limits = {}) {
  Result<std::string> result = unbake_svg(svg, limits);
  EXPECT_TRUE(result.ok()) << result.error().to_string();
  return result.ok() ? std::move(result).value() : std::string();
}

void expect_error(const Error& error, std::string_view code, std::string_view message_part) {
  EXPECT_EQ(error.code, code) << error.to_string();
  EXPECT_NE(error.message.find(message_part), std::string::npos)
      << "message \"" << error.message << "\" lacks \"" << message_part << "\"";
}

void expect_unbake_error(std::string_view svg, std::string_view code, std::string_view message_part,
                         const UnbakeLimits& limits = {}) {
  const Result<std::string> result = unbake_svg(svg, limits);
  ASSERT_FALSE(result.ok()) << "unbaked: " << *result;
  expect_error(result.error(), code, message_part);
}

void expect_bake_error(std::string_view svg, std::string_view credential, std::string_view code,
                       std::string_view message_part) {
  const Result<std::string> result = bake_svg(svg, credential);
  ASSERT_FALSE(result.ok()) << "baked: " << *result;
  expect_error(result.error(), code, message_part);
}

std::string svg_with(std::string_view root_content, std::string_view prolog = "") {
  return std::string(prolog) +
         R"(<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0">)" +
         std::string(root_content) + "</svg>";
}

TEST(SvgBaking, BakesJsonInCdataRightAfterTheRootTagAndAddsTheNamespace) {
  const std::string expected =
      std::string(R"(<?xml version="1.0"?>)") + "\n" +
      R"(<svg xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0" xmlns="http://www.w3.org/2000/svg" width="10">)" +
      R"(<openbadges:credential><![CDATA[)" + std::string(kJson) +
      R"(]]></openbadges:credential><rect width="1" height="1"/></svg>)" + "\n";
  EXPECT_EQ(bake_ok(kSvg, kJson), expected);
}

TEST(SvgBaking, BakesAJwtInTheVerifyAttribute) {
  const std::string expected =
      std::string(R"(<?xml version="1.0"?>)") + "\n" + "<svg" + std::string(kNamespaceDeclaration) +
      R"( xmlns="http://www.w3.org/2000/svg" width="10"><openbadges:credential verify=")" +
      std::string(kJwt) + R"("></openbadges:credential><rect width="1" height="1"/></svg>)" + "\n";
  EXPECT_EQ(bake_ok(kSvg, kJwt), expected);
}

TEST(SvgBaking, JsonAndJwtRoundTrip) {
  EXPECT_EQ(unbake_ok(bake_ok(kSvg, kJson)), kJson);
  EXPECT_EQ(unbake_ok(bake_ok(kSvg, kJwt)), kJwt);
}

TEST(SvgBaking, KeepsAnExistingNamespaceDeclaration) {
  const std::string svg = svg_with("<g/>");
  const std::string baked = bake_ok(svg, kJwt);
  EXPECT_EQ(baked, svg_with("<openbadges:credential verify=\"" + std::string(kJwt) +
                            "\"></openbadges:credential><g/>"));
}

TEST(SvgBaking, SelfClosingRootGetsAnEndTag) {
  EXPECT_EQ(bake_ok(R"(<svg xmlns="http://www.w3.org/2000/svg" />)", kJwt),
            "<svg" + std::string(kNamespaceDeclaration) +
                R"( xmlns="http://www.w3.org/2000/svg" ><openbadges:credential verify=")" +
                std::string(kJwt) + R"("></openbadges:credential></svg>)");
}

TEST(SvgBaking, PrefixedRootAndGreaterThanInsideAnAttribute) {
  const std::string svg =
      R"(<!-- a <svg> comment --><s:svg xmlns:s="http://www.w3.org/2000/svg" data-x="a>b"><s:g/></s:svg>)";
  const std::string baked = bake_ok(svg, kJwt);
  EXPECT_EQ(
      baked,
      R"(<!-- a <svg> comment --><s:svg)" + std::string(kNamespaceDeclaration) +
          R"( xmlns:s="http://www.w3.org/2000/svg" data-x="a>b"><openbadges:credential verify=")" +
          std::string(kJwt) + R"("></openbadges:credential><s:g/></s:svg>)");
  EXPECT_EQ(unbake_ok(baked), kJwt);
}

TEST(SvgBaking, JsonContainingTheCdataEndIsSplitAndReadsBackUnchanged) {
  const std::string json = R"({"name":"a]]>b]]>","x":"]]]>"})";
  const std::string baked = bake_ok(kSvg, json);
  EXPECT_NE(baked.find("<![CDATA[{\"name\":\"a]]]]><![CDATA[>b]]]]><![CDATA[>\""),
            std::string::npos)
      << baked;
  EXPECT_EQ(unbake_ok(baked), json);
}

TEST(SvgBaking, ReadsACredentialUnderAnyPrefixAndTrimsWhitespace) {
  const std::string svg =
      R"(<svg xmlns="http://www.w3.org/2000/svg"><g><ob:credential xmlns:ob="https://purl.imsglobal.org/ob/v3p0">
    <![CDATA[
    {"a": 1}
    ]]>
  </ob:credential></g></svg>)";
  EXPECT_EQ(unbake_ok(svg), R"({"a": 1})");
}

TEST(SvgBaking, TwoCredentialsAreAnError) {
  const std::string credential = "<openbadges:credential verify=\"" + std::string(kJwt) + "\"/>";
  expect_unbake_error(svg_with(credential + "<g>" + credential + "</g>"),
                      error_code::kMultipleCredentials,
                      "image carries 2 credentials; expected one");
}

TEST(SvgBaking, RefusesToBakeABakedImage) {
  expect_bake_error(bake_ok(kSvg, kJson), kJwt, error_code::kAlreadyBaked,
                    "Open Badges 3.0 credential");
}

TEST(SvgBaking, ReportsAnOpenBadges2AssertionAsALegacyBadge) {
  const std::string legacy =
      R"(<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="http://openbadges.org">)"
      R"(<openbadges:assertion verify="https://example.org/assertion.json"/></svg>)";
  expect_unbake_error(legacy, error_code::kLegacyBadge, "<openbadges:assertion>");
  expect_bake_error(legacy, kJwt, error_code::kAlreadyBaked, "Open Badges 2.0");
}

TEST(SvgBaking, RefusesToBakeWhenTheOpenbadgesPrefixMeansSomethingElse) {
  expect_bake_error(R"(<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="urn:other"/>)",
                    kJwt, error_code::kInvalidSvg, "binds the prefix \"openbadges\"");
}

TEST(SvgBaking, AnImageWithoutCredentialSaysSo) {
  expect_unbake_error(kSvg, error_code::kNoCredential, "<openbadges:credential>");
  expect_unbake_error(svg_with("<openbadges:credential> </openbadges:credential>"),
                      error_code::kNoCredential, "empty");
}

TEST(SvgBaking, MalformedCredentialElements) {
  expect_unbake_error(
      svg_with("<openbadges:credential verify=\"a.b.c\">{}</openbadges:credential>"),
      error_code::kInvalidSvg, "both a verify attribute and content");
  expect_unbake_error(svg_with("<openbadges:credential><g/></openbadges:credential>"),
                      error_code::kInvalidSvg, "contains the element <g>");
}

TEST(SvgBaking, RefusesAnInternalSubsetWithEntities) {
  const std::string billion_laughs = R"(<?xml version="1.0"?>
<!DOCTYPE svg [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0">
<openbadges:credential>&lol9;</openbadges:credential></svg>)";
  expect_unbake_error(billion_laughs, error_code::kDtdRefused, "SVG with a DTD is refused");
  expect_bake_error(billion_laughs, kJwt, error_code::kDtdRefused, "SVG with a DTD is refused");
}

TEST(SvgBaking, RefusesExternalEntitiesAndParameterEntities) {
  expect_unbake_error(svg_with("<openbadges:credential>&xxe;</openbadges:credential>",
                               R"(<!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>)"),
                      error_code::kDtdRefused, "SVG with a DTD is refused");
  expect_unbake_error(
      svg_with("", R"(<!DOCTYPE svg [<!ENTITY % p SYSTEM "http://127.0.0.1:9/x.dtd"> %p;]>)"),
      error_code::kDtdRefused, "SVG with a DTD is refused");
  expect_unbake_error(svg_with("", "<!DOCTYPE svg [ %p; ]>"), error_code::kDtdRefused,
                      "internal subset");
  expect_unbake_error(svg_with("", "<!DOCTYPE svg []>"), error_code::kDtdRefused,
                      "internal subset");
}

TEST(SvgBaking, AcceptsADoctypeThatOnlyNamesAnExternalDtd) {
  const std::string prolog =
      R"(<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://127.0.0.1:9/svg11.dtd">)";
  EXPECT_EQ(unbake_ok(svg_with("<openbadges:credential verify=\"" + std::string(kJwt) +
                                   "\"></openbadges:credential>",
                               prolog)),
            kJwt);
  // Without the DTD an entity stays an unexpanded reference, which is no credential text.
  expect_unbake_error(svg_with("<openbadges:credential>&e;</openbadges:credential>", prolog),
                      error_code::kInvalidSvg, "entity reference &e;");
}

TEST(SvgBaking, NestingDepthLimit) {
  // The root is level 1, so the innermost <g> is at level `depth`.
  const auto nested = [](std::size_t depth) {
    std::string groups;
    for (std::size_t i = 1; i < depth; ++i) groups += "<g>";
    for (std::size_t i = 1; i < depth; ++i) groups += "</g>";
    return svg_with(groups + "<openbadges:credential verify=\"a.b.c\"/>");
  };
  UnbakeLimits limits;
  limits.max_svg_depth = 50;
  EXPECT_EQ(unbake_ok(nested(50), limits), "a.b.c");
  expect_unbake_error(nested(51), error_code::kLimitExceeded, "deeper than the limit of 50",
                      limits);
  expect_unbake_error(nested(100000), error_code::kLimitExceeded, "deeper than the limit of 128");
}

TEST(SvgBaking, SizeLimits) {
  UnbakeLimits limits;
  limits.max_image_bytes = kSvg.size() - 1;
  expect_unbake_error(kSvg, error_code::kLimitExceeded, "more than the limit", limits);
  limits = {};
  limits.max_credential_bytes = 4;
  expect_unbake_error(svg_with("<openbadges:credential verify=\"a.b.c\"/>"),
                      error_code::kLimitExceeded, "5 bytes", limits);
}

TEST(SvgBaking, AnUnboundPrefixIsAnError) {
  // Found by the fuzzer: baking would bind "openbadges" and make these elements credentials.
  const std::string svg =
      R"(<svg xmlns="http://www.w3.org/2000/svg"><openbadges:credential verify="a.b.c"/></svg>)";
  expect_unbake_error(svg, error_code::kInvalidSvg, "openbadges");
  expect_bake_error(svg, kJwt, error_code::kInvalidSvg, "openbadges");
}

TEST(SvgBaking, NotWellFormedOrNotSvg) {
  expect_unbake_error("<svg><g></svg>", error_code::kInvalidSvg, "line 1");
  expect_unbake_error("<html/>", error_code::kInvalidSvg, "not <svg>");
  expect_unbake_error("", error_code::kInvalidSvg, "empty");
  expect_bake_error("<html/>", kJwt, error_code::kInvalidSvg, "not <svg>");
}

TEST(SvgBaking, EncodingsOtherThanUtf8AreReadButNotBaked) {
  const std::string latin1 =
      "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><svg xmlns=\"http://www.w3.org/2000/svg\">"
      "<desc>caf\xE9</desc><openbadges:credential xmlns:openbadges="
      "\"https://purl.imsglobal.org/ob/v3p0\" verify=\"a.b.c\"/></svg>";
  EXPECT_EQ(unbake_ok(latin1), "a.b.c");
  expect_bake_error("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><svg/>", kJwt,
                    error_code::kInvalidSvg, "needs a UTF-8 SVG; this one is ISO-8859-1");
  const std::string utf16le("\xFF\xFE<\0s\0v\0g\0/\0>\0", 14);
  expect_unbake_error(utf16le, error_code::kNoCredential, "no <openbadges:credential>");
  expect_bake_error(utf16le, kJwt, error_code::kInvalidSvg, "needs a UTF-8 SVG; this one is not");
}

TEST(SvgBaking, CarriageReturnsInJsonBecomeLineFeedsAsXmlRequires) {
  EXPECT_EQ(unbake_ok(bake_ok(kSvg, "{\r\n\"a\": 1\r}")), "{\n\"a\": 1\n}");
}

TEST(SvgBaking, RefusesToBakeWhatIsNeitherJsonNorAJwt) {
  expect_bake_error(kSvg, "<script/>", error_code::kInvalidCredential, "neither");
  expect_bake_error(kSvg, "a.b.c\"", error_code::kInvalidCredential, "neither");
  expect_bake_error(kSvg, "{\x01}", error_code::kInvalidCredential, "control character 1");
}

}  // namespace
}  // namespace cairn::media
