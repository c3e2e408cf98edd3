// Unit tests of parse_json: each rule of the strict parser and each limit, with its boundary.
#include "canon/json/json_parser.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <string>

namespace cairn::canon::json {
namespace {

boost::json::value parse_ok(std::string_view text, const JsonLimits& limits = {}) {
  Result<boost::json::value> result = parse_json(text, limits);
  EXPECT_TRUE(result.ok()) << text << " -> " << (result.ok() ? "" : result.error().to_string());
  return result.ok() ? std::move(result).value() : boost::json::value();
}

Error parse_error(std::string_view text, const JsonLimits& limits = {}) {
  Result<boost::json::value> result = parse_json(text, limits);
  EXPECT_FALSE(result.ok()) << text << " was accepted";
  return result.ok() ? Error{} : result.error();
}

void expect_invalid(std::string_view text, std::string_view message_part) {
  const Error error = parse_error(text);
  EXPECT_EQ(error.code, "invalid JSON") << text;
  EXPECT_NE(error.message.find(message_part), std::string::npos)
      << text << ": message \"" << error.message << "\" lacks \"" << message_part << "\"";
}

void expect_limit(std::string_view text, const JsonLimits& limits, std::string_view message_part) {
  const Error error = parse_error(text, limits);
  EXPECT_EQ(error.code, "limit exceeded") << text;
  EXPECT_NE(error.message.find(message_part), std::string::npos)
      << text << ": message \"" << error.message << "\" lacks \"" << message_part << "\"";
}

std::string nested_arrays(std::size_t depth) {
  return std::string(depth, '[') + std::string(depth, ']');
}

TEST(JsonParser, ParsesEveryKindOfValue) {
  const boost::json::value value =
      parse_ok(R"({"s":"x\n\u00e9","i":-3,"u":18446744073709551615,"d":2.5,"t":true,)"
               R"("f":false,"n":null,"a":[1,[]],"o":{}})");
  const boost::json::object& object = value.as_object();
  EXPECT_EQ(object.at("s").as_string(), "x\n\xC3\xA9");
  EXPECT_EQ(object.at("i").as_int64(), -3);
  EXPECT_EQ(object.at("u").as_uint64(), std::numeric_limits<std::uint64_t>::max());
  EXPECT_EQ(object.at("d").as_double(), 2.5);
  EXPECT_EQ(object.at("t").as_bool(), true);
  EXPECT_EQ(object.at("f").as_bool(), false);
  EXPECT_TRUE(object.at("n").is_null());
  EXPECT_EQ(object.at("a").as_array().size(), 2u);
  EXPECT_TRUE(object.at("o").as_object().empty());
}

TEST(JsonParser, KeepsMemberOrderAsWritten) {
  const boost::json::value value = parse_ok(R"({"zeta":1,"alpha":2,"mid":{"b":1,"a":2}})");
  std::string order;
  for (const auto& member : value.as_object()) order += std::string(member.key()) + ",";
  for (const auto& member : value.at("mid").as_object()) order += std::string(member.key()) + ",";
  EXPECT_EQ(order, "zeta,alpha,mid,b,a,");
}

TEST(JsonParser, AcceptsWhitespaceAroundTheValue) {
  EXPECT_EQ(parse_ok(" \t\r\n 7 \n").as_int64(), 7);
}

TEST(JsonParser, RejectsDuplicateMemberNames) {
  expect_invalid(R"({"a":1,"a":2})", "duplicate member name \"a\"");
  expect_invalid(R"({"x":{"b":1,"c":2,"b":3}})", "duplicate member name \"b\"");
  // Names are compared after unescaping.
  expect_invalid(R"({"a":1,"\u0061":2})", "duplicate member name \"a\"");
  // The offset is that of the closing quote of the second name.
  expect_invalid(R"({"a":1,"a":1})", "at byte 9");
  expect_invalid(R"({"\n\"":1,"\n\"":2})", R"(duplicate member name "\n\"")");
  const std::string long_name(100, 'n');
  expect_invalid("{\"" + long_name + "\":1,\"" + long_name + "\":2}",
                 "\"" + std::string(60, 'n') + "\"...");
}

// Objects with many members are checked through a hash set, small ones name by name; the two
// must agree, and names nested objects held must not count for their parent.
TEST(JsonParser, RejectsDuplicatesInObjectsWithManyMembers) {
  for (const std::size_t members : {15, 16, 17, 40, 3000}) {
    std::string text = "{";
    for (std::size_t i = 0; i < members; ++i) {
      text += "\"m" + std::to_string(i) + "\":{\"m" + std::to_string(i + 1) + "\":1},";
    }
    const boost::json::value value = parse_ok(text.substr(0, text.size() - 1) + "}");
    ASSERT_EQ(value.as_object().size(), members);
    EXPECT_EQ(value.as_object().begin()->key(), "m0") << "member order as written";
    for (const std::size_t repeated : {std::size_t{0}, members / 2, members - 1}) {
      expect_invalid(text + "\"m" + std::to_string(repeated) + "\":2}",
                     "duplicate member name \"m" + std::to_string(repeated) + "\"");
    }
  }
}

TEST(JsonParser, AcceptsTheSameNameInDifferentObjects) {
  const boost::json::value value = parse_ok(R"({"a":{"a":1},"b":[{"a":2},{"a":3}]})");
  EXPECT_EQ(value.at("b").as_array()[1].at("a").as_int64(), 3);
}

TEST(JsonParser, DecodesSurrogatePairs) {
  EXPECT_EQ(parse_ok(R"("\ud83d\ude02")").as_string(), "\xF0\x9F\x98\x82");
  EXPECT_EQ(parse_ok(R"("\uDBFF\uDFFF")").as_string(), "\xF4\x8F\xBF\xBF");
}

TEST(JsonParser, RejectsLoneSurrogates) {
  // Short strings take Boost's slow path, long ones its fast path; both must be rejected.
  const std::string padding(40, 'x');
  for (const std::string escape :
       {R"(\ud800)", R"(\udbff)", R"(\udc00)", R"(\udfff)", R"(\ud800\u0041)", R"(\ud800\ud800)",
        R"(\udc00\ud800)", R"(\ud800\n)", R"(\ud800x)"}) {
    expect_invalid("\"" + escape + "\"", "surrogate");
    expect_invalid("[\"" + escape + padding + "\"]", "surrogate");
    expect_invalid("{\"" + escape + "\":1}", "surrogate");
  }
}

TEST(JsonParser, ReportsTheOffsetOfALoneSurrogate) {
  expect_invalid(R"(["ok","\ud800"])", "surrogate in a \\u escape at byte 7");
}

TEST(JsonParser, ReadsAnEscapedBackslashBeforeUAsText) {
  EXPECT_EQ(parse_ok(R"("\\ud800")").as_string(), "\\ud800");
}

TEST(JsonParser, RejectsInvalidUtf8) {
  const std::string cases[] = {
      "\"\xC0\x80\"",          // overlong NUL
      "\"\xE0\x80\xAF\"",      // overlong '/'
      "\"\xED\xA0\x80\"",      // encoded surrogate U+D800
      "\"\xF4\x90\x80\x80\"",  // above U+10FFFF
      "\"\xE2\x82\"",          // truncated
      "\"\x80\"",              // lone continuation byte
      "\"\xFF\"",              // never valid
  };
  for (const std::string& text : cases) expect_invalid(text, "invalid UTF-8 at byte 1");
  expect_invalid("{\"\xC3\":1}", "invalid UTF-8 at byte 2");
}

TEST(JsonParser, AcceptsTheExtremesOfWellFormedUtf8) {
  EXPECT_EQ(parse_ok("\"\xF4\x8F\xBF\xBF\xEF\xBF\xBF\xED\x9F\xBF\"").as_string().size(), 10u);
}

TEST(JsonParser, KeepsIntegersThatFitIn64Bits) {
  EXPECT_EQ(parse_ok("9223372036854775807").as_int64(), std::numeric_limits<std::int64_t>::max());
  EXPECT_EQ(parse_ok("-9223372036854775808").as_int64(), std::numeric_limits<std::int64_t>::min());
  EXPECT_EQ(parse_ok("9223372036854775808").as_uint64(), std::uint64_t{1} << 63);
  EXPECT_EQ(parse_ok("18446744073709551615").as_uint64(),
            std::numeric_limits<std::uint64_t>::max());
  EXPECT_TRUE(parse_ok("-0").is_int64());
}

TEST(JsonParser, TurnsLargerIntegersIntoDoubles) {
  EXPECT_EQ(parse_ok("18446744073709551616").as_double(), 18446744073709551616.0);
  EXPECT_EQ(parse_ok("-9223372036854775809").as_double(), -9223372036854775809.0);
  // 2^64 + 2^12 + 1 is just above the midpoint between two doubles: must round up.
  EXPECT_EQ(parse_ok("18446744073709555713").as_double(), 18446744073709555713.0);
  EXPECT_EQ(parse_ok("123456789012345678901234567890").as_double(),
            123456789012345678901234567890.0);
}

TEST(JsonParser, MakesDoublesOfFractionsAndExponents) {
  EXPECT_TRUE(parse_ok("1.0").is_double());
  EXPECT_TRUE(parse_ok("1e2").is_double());
  EXPECT_EQ(parse_ok("1E+2").as_double(), 100.0);
  EXPECT_EQ(parse_ok("-2.5e-3").as_double(), -2.5e-3);
  const double negative_zero = parse_ok("-0.0").as_double();
  EXPECT_EQ(negative_zero, 0.0);
  EXPECT_TRUE(std::signbit(negative_zero));
}

// Boost.JSON 1.81's own conversion gets each of these wrong by an ulp; the compiler's reading of
// the same literal is correctly rounded.
TEST(JsonParser, RoundsDoublesCorrectly) {
  EXPECT_EQ(parse_ok("0.98779781796933792e-117").as_double(), 0.98779781796933792e-117);
  EXPECT_EQ(parse_ok("0.73328550242741047e-220").as_double(), 0.73328550242741047e-220);
  EXPECT_EQ(parse_ok("0.76215456824698586e190").as_double(), 0.76215456824698586e190);
  EXPECT_EQ(parse_ok("0.07764758542919262e-41").as_double(), 0.07764758542919262e-41);
  EXPECT_EQ(parse_ok("0.42639716160795567e-165").as_double(), 0.42639716160795567e-165);
  // Exactly halfway between 1 and the next double: ties to even.
  EXPECT_EQ(parse_ok("1.00000000000000011102230246251565404236316680908203125").as_double(), 1.0);
  EXPECT_EQ(parse_ok("1.00000000000000011102230246251565404236316680908203126").as_double(),
            1.0000000000000002);
}

TEST(JsonParser, AcceptsTheFiniteExtremes) {
  EXPECT_EQ(parse_ok("1.7976931348623157e308").as_double(), std::numeric_limits<double>::max());
  EXPECT_EQ(parse_ok("5e-324").as_double(), std::numeric_limits<double>::denorm_min());
  EXPECT_EQ(parse_ok("2.4703282292062328e-324").as_double(),
            std::numeric_limits<double>::denorm_min());
}

TEST(JsonParser, RejectsNumbersBeyondTheFiniteDoubles) {
  expect_invalid("1e400", "beyond the largest finite double");
  expect_invalid("-1e400", "beyond the largest finite double");
  expect_invalid("[1.7976931348623159e308]", "at byte ");
  expect_invalid("1000000000000000000000000000000000000000e300", "beyond the largest");
}

TEST(JsonParser, RoundsNumbersBelowTheSmallestSubnormalToZero) {
  const double tiny = parse_ok("1e-400").as_double();
  EXPECT_EQ(tiny, 0.0);
  EXPECT_FALSE(std::signbit(tiny));
  const double negative_tiny = parse_ok("-0.000001e-320").as_double();
  EXPECT_EQ(negative_tiny, 0.0);
  EXPECT_TRUE(std::signbit(negative_tiny));
  EXPECT_EQ(parse_ok("2.4703282292062327e-324").as_double(), 0.0);
}

TEST(JsonParser, RejectsSyntaxErrorsWithTheirOffset) {
  expect_invalid("", "at byte 0");
  expect_invalid("[1,]", "at byte 3");
  expect_invalid("{\"a\":1,}", "at byte ");
  expect_invalid("[1] x", "unexpected text after the JSON value at byte 4");
  expect_invalid("1 2", "unexpected text after the JSON value at byte 2");
  expect_invalid("// c\n1", "at byte 0");
  expect_invalid("NaN", "at byte 0");
  expect_invalid("Infinity", "at byte 0");
  expect_invalid("01", "at byte ");
  expect_invalid("+1", "at byte 0");
  expect_invalid(".5", "at byte 0");
  expect_invalid("1.", "at byte ");
  expect_invalid("\"tab\there\"", "at byte 4");
  expect_invalid("'single'", "at byte 0");
  expect_invalid("{a:1}", "at byte 1");
  expect_invalid("[1", "at byte ");
}

TEST(JsonParser, LimitsTheTextSize) {
  JsonLimits limits;
  limits.max_bytes = 5;
  parse_ok("[1,2]", limits);
  expect_limit("[1,22]", limits, "6 bytes");
}

TEST(JsonParser, LimitsTheDepth) {
  JsonLimits limits;
  limits.max_depth = 3;
  parse_ok(nested_arrays(3), limits);
  parse_ok(R"({"a":{"b":[1]}})", limits);
  expect_limit(nested_arrays(4), limits, "deeper than the limit of 3 at byte 3");
  expect_limit(R"({"a":{"b":[{}]}})", limits, "deeper");
}

TEST(JsonParser, DefaultDepthLimitStopsDeepNesting) {
  const JsonLimits defaults;
  parse_ok(nested_arrays(defaults.max_depth));
  expect_limit(nested_arrays(100000), defaults, "deeper");
}

TEST(JsonParser, LimitsStringAndMemberNameBytes) {
  JsonLimits limits;
  limits.max_string_bytes = 4;
  parse_ok(R"(["abcd","\u00e9\u00e9"])", limits);
  expect_limit(R"(["abcde"])", limits, "longer than the limit of 4 bytes");
  // The limit counts decoded UTF-8 bytes: three two-byte characters.
  expect_limit(R"("\u00e9\u00e9\u00e9")", limits, "longer");
  expect_limit(R"({"abcde":1})", limits, "longer");
}

TEST(JsonParser, LimitsTheNumberOfValues) {
  JsonLimits limits;
  limits.max_members = 4;  // the array, then three values: [1,{"a":2}] has four
  parse_ok(R"([1,{"a":2}])", limits);
  expect_limit(R"([1,{"a":2},3])", limits, "more than the limit of 4 values");
  expect_limit(R"([1,{"a":2,"b":[]}])", limits, "more than");
}

}  // namespace
}  // namespace cairn::canon::json
