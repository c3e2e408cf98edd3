// Unit tests of RFC 8785 canonicalization: member order, string escaping, numbers, errors.
#include "canon/jcs/jcs.h"

#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>

#include "canon/jcs/ecmascript_number.h"
#include "canon/jcs/utf16_order.h"

namespace cairn::canon::jcs {
namespace {

std::string canonical(std::string_view json_text) {
  Result<std::string> result = canonicalize_text(json_text);
  EXPECT_TRUE(result.ok()) << json_text << " -> " << result.error().to_string();
  return result.ok() ? *result : std::string();
}

std::string canonical_value(const boost::json::value& value) {
  Result<std::string> result = canonicalize(value);
  EXPECT_TRUE(result.ok()) << result.error().to_string();
  return result.ok() ? *result : std::string();
}

Error canonicalize_error(const boost::json::value& value, const json::JsonLimits& limits = {}) {
  Result<std::string> result = canonicalize(value, limits);
  EXPECT_FALSE(result.ok()) << "canonicalized to " << *result;
  return result.ok() ? Error{} : result.error();
}

std::string format_bits(std::uint64_t bits) {
  return format_ecmascript_number(std::bit_cast<double>(bits));
}

TEST(Utf16Order, ComparesAsciiAndPrefixes) {
  EXPECT_TRUE(utf16_less("a", "b"));
  EXPECT_TRUE(utf16_less("", "a"));
  EXPECT_TRUE(utf16_less("ab", "abc"));
  EXPECT_FALSE(utf16_less("abc", "ab"));
  EXPECT_FALSE(utf16_less("same", "same"));
  EXPECT_TRUE(utf16_less("B", "a"));  // code units, not case-folded
}

TEST(Utf16Order, PutsSupplementaryCharactersBeforeTheTopOfTheBmp) {
  const std::string u_e000 = "\xEE\x80\x80";       // UTF-16 E000
  const std::string u_ffff = "\xEF\xBF\xBF";       // UTF-16 FFFF
  const std::string u_10000 = "\xF0\x90\x80\x80";  // UTF-16 D800 DC00
  const std::string u_d7ff = "\xED\x9F\xBF";       // UTF-16 D7FF
  EXPECT_TRUE(utf16_less(u_10000, u_e000));
  EXPECT_FALSE(utf16_less(u_e000, u_10000));
  EXPECT_TRUE(utf16_less(u_10000, u_ffff));
  EXPECT_TRUE(utf16_less(u_d7ff, u_10000));
  EXPECT_TRUE(utf16_less("x" + u_10000 + "z", "x" + u_ffff));
  EXPECT_TRUE(utf16_less(u_e000, u_ffff));
}

TEST(Jcs, SortsMemberNamesByUtf16CodeUnits) {
  // In UTF-16: a=0061, é=00E9, U+10000=D800.., U+1F602=D83D.., U+E000, U+FB33, U+FFFF.
  EXPECT_EQ(canonical(R"({"\ufb33":1,"\ud83d\ude02":2,"a":3,"\u00e9":4,"\ue000":5,"\uffff":6,)"
                      R"("\ud800\udc00":7})"),
            "{\"a\":3,\"\xC3\xA9\":4,\"\xF0\x90\x80\x80\":7,\"\xF0\x9F\x98\x82\":2,"
            "\"\xEE\x80\x80\":5,\"\xEF\xAC\xB3\":1,\"\xEF\xBF\xBF\":6}");
}

TEST(Jcs, SortsNestedObjectsAndKeepsArrayOrder) {
  EXPECT_EQ(canonical(R"( { "b" : [ 3 , {"y":1,"x":2} , 1 ] , "a" : { } } )"),
            R"({"a":{},"b":[3,{"x":2,"y":1},1]})");
}

TEST(Jcs, EscapesOnlyQuoteBackslashAndControls) {
  std::string all_controls = "\"";
  for (int c = 0; c < 0x20; ++c)
    all_controls += "\\u" + std::string(c < 0x10 ? "000" : "001") + "0123456789abcdef"[c % 16];
  all_controls += "\"";
  EXPECT_EQ(canonical(all_controls),
            R"("\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f)"
            R"(\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c)"
            R"(\u001d\u001e\u001f")");
  EXPECT_EQ(canonical(R"("\"\\\/")"), R"("\"\\/")");
  // DEL, U+2028, U+2029 and non-ASCII stay raw UTF-8.
  EXPECT_EQ(canonical(R"("\u007f\u2028\u2029\u00e9\ud83d\ude02")"),
            "\"\x7F\xE2\x80\xA8\xE2\x80\xA9\xC3\xA9\xF0\x9F\x98\x82\"");
  EXPECT_EQ(canonical(R"({"\u000A":"\u001F"})"), R"({"\n":"\u001f"})");
}

TEST(Jcs, WritesLiterals) { EXPECT_EQ(canonical("[null,true,false]"), "[null,true,false]"); }

// The number table of RFC 8785, appendix B.
TEST(EcmascriptNumber, MatchesTheRfc8785Table) {
  EXPECT_EQ(format_bits(0x0000000000000000), "0");
  EXPECT_EQ(format_bits(0x8000000000000000), "0");
  EXPECT_EQ(format_bits(0x0000000000000001), "5e-324");
  EXPECT_EQ(format_bits(0x8000000000000001), "-5e-324");
  EXPECT_EQ(format_bits(0x7fefffffffffffff), "1.7976931348623157e+308");
  EXPECT_EQ(format_bits(0xffefffffffffffff), "-1.7976931348623157e+308");
  EXPECT_EQ(format_bits(0x4340000000000000), "9007199254740992");
  EXPECT_EQ(format_bits(0xc340000000000000), "-9007199254740992");
  EXPECT_EQ(format_bits(0x4430000000000000), "295147905179352830000");
  EXPECT_EQ(format_bits(0x44b52d02c7e14af5), "9.999999999999997e+22");
  EXPECT_EQ(format_bits(0x44b52d02c7e14af6), "1e+23");
  EXPECT_EQ(format_bits(0x44b52d02c7e14af7), "1.0000000000000001e+23");
  EXPECT_EQ(format_bits(0x444b1ae4d6e2ef4e), "999999999999999700000");
  EXPECT_EQ(format_bits(0x444b1ae4d6e2ef4f), "999999999999999900000");
  EXPECT_EQ(format_bits(0x444b1ae4d6e2ef50), "1e+21");
  EXPECT_EQ(format_bits(0x3eb0c6f7a0b5ed8c), "9.999999999999997e-7");
  EXPECT_EQ(format_bits(0x3eb0c6f7a0b5ed8d), "0.000001");
  EXPECT_EQ(format_bits(0x41b3de4355555553), "333333333.3333332");
  EXPECT_EQ(format_bits(0x41b3de4355555554), "333333333.33333325");
  EXPECT_EQ(format_bits(0x41b3de4355555555), "333333333.3333333");
  EXPECT_EQ(format_bits(0x41b3de4355555556), "333333333.3333334");
  EXPECT_EQ(format_bits(0x41b3de4355555557), "333333333.33333343");
  EXPECT_EQ(format_bits(0xbecbf647612f3696), "-0.0000033333333333333333");
  EXPECT_EQ(format_bits(0x43143ff3c1cb0959), "1424953923781206.2");
}

TEST(EcmascriptNumber, NamesTheValuesJsonCannotHold) {
  EXPECT_EQ(format_ecmascript_number(std::numeric_limits<double>::quiet_NaN()), "NaN");
  EXPECT_EQ(format_ecmascript_number(std::numeric_limits<double>::infinity()), "Infinity");
  EXPECT_EQ(format_ecmascript_number(-std::numeric_limits<double>::infinity()), "-Infinity");
}

TEST(EcmascriptNumber, SwitchesLayoutAtTheEcmascriptBoundaries) {
  EXPECT_EQ(format_ecmascript_number(1e20), "100000000000000000000");
  EXPECT_EQ(format_ecmascript_number(1e21), "1e+21");
  EXPECT_EQ(format_ecmascript_number(1.5e21), "1.5e+21");
  EXPECT_EQ(format_ecmascript_number(123e-20), "1.23e-18");
  EXPECT_EQ(format_ecmascript_number(1e-6), "0.000001");
  EXPECT_EQ(format_ecmascript_number(1e-7), "1e-7");
  EXPECT_EQ(format_ecmascript_number(1.25e-7), "1.25e-7");
  EXPECT_EQ(format_ecmascript_number(-12.5), "-12.5");
  EXPECT_EQ(format_ecmascript_number(0.1), "0.1");
}

// Found by the Node differential test: a two-digit exponent read after a three-digit one picked
// up the stale third digit.
TEST(EcmascriptNumber, ReadsEachExponentOnItsOwn) {
  EXPECT_EQ(format_ecmascript_number(1.5e-300), "1.5e-300");
  EXPECT_EQ(format_ecmascript_number(1.5e-82), "1.5e-82");
  EXPECT_EQ(format_ecmascript_number(2e+300), "2e+300");
  EXPECT_EQ(format_ecmascript_number(2e+30), "2e+30");
}

TEST(Jcs, WritesNumbersInTheirEcmascriptForm) {
  EXPECT_EQ(canonical("[1.0,-0,-0.0,1E2,4.50,2e-3,1e21,0.000001,1e-7,123456789012345678901]"),
            "[1,0,0,100,4.5,0.002,1e+21,0.000001,1e-7,123456789012345680000]");
}

TEST(Jcs, WritesIntegersAsTheDoubleTheyDenote) {
  EXPECT_EQ(canonical("[9007199254740993,9223372036854775807,18446744073709551615]"),
            "[9007199254740992,9223372036854776000,18446744073709552000]");
  EXPECT_EQ(canonical_value(boost::json::value(std::numeric_limits<std::int64_t>::min())),
            "-9223372036854776000");
  EXPECT_EQ(canonical_value(boost::json::value(std::uint64_t{1} << 63)), "9223372036854776000");
  EXPECT_EQ(canonical_value(boost::json::value(std::int64_t{-42})), "-42");
}

TEST(Jcs, RejectsNumbersJsonCannotHold) {
  EXPECT_EQ(canonicalize_error(std::numeric_limits<double>::quiet_NaN()).code, "invalid JSON");
  EXPECT_EQ(canonicalize_error(boost::json::array{1, std::numeric_limits<double>::infinity()}).code,
            "invalid JSON");
  EXPECT_EQ(canonicalize_error(-std::numeric_limits<double>::infinity()).code, "invalid JSON");
}

TEST(Jcs, RejectsStringsThatAreNotUtf8) {
  EXPECT_EQ(canonicalize_error(boost::json::value("\xED\xA0\x80")).code, "invalid JSON");
  boost::json::object object;
  object["ok\xFF"] = 1;
  EXPECT_EQ(canonicalize_error(object).code, "invalid JSON");
}

TEST(Jcs, LimitsTheDepthOfAValue) {
  boost::json::value nested = boost::json::array();
  for (int i = 0; i < 5; ++i) nested = boost::json::array{std::move(nested)};  // six levels
  json::JsonLimits limits;
  limits.max_depth = 6;
  EXPECT_TRUE(canonicalize(nested, limits).ok());
  limits.max_depth = 5;
  EXPECT_EQ(canonicalize_error(nested, limits).code, "limit exceeded");
}

TEST(Jcs, RejectsTextTheStrictParserRejects) {
  for (const char* text : {R"({"a":1,"a":2})", R"(["\ud800"])", R"({"\udc00":1})", "[1e400]",
                           "\"\xC0\xAF\"", "[1,]"}) {
    const Result<std::string> result = canonicalize_text(text);
    ASSERT_FALSE(result.ok()) << text << " canonicalized to " << *result;
    EXPECT_EQ(result.error().code, "invalid JSON") << text;
  }
}

TEST(Jcs, AppliesTheLimitsToText) {
  json::JsonLimits limits;
  limits.max_bytes = 4;
  const Result<std::string> result = canonicalize_text("[1,2]", limits);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, "limit exceeded");
}

}  // namespace
}  // namespace cairn::canon::jcs
