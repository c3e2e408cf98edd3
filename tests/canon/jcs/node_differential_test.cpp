// Differential tests against Node.js: RFC 8785 defines its number and string forms by ECMAScript's
// JSON.stringify, so V8 is the reference. Seeded, so a failure reproduces; set
// CAIRN_DIFFERENTIAL_SEED to explore other inputs.
#include <gtest/gtest.h>

#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "canon/jcs/ecmascript_number.h"
#include "canon/jcs/jcs.h"
#include "node_script.h"

namespace cairn::canon::jcs {
namespace {

constexpr std::size_t kMaxReportedMismatches = 20;

std::uint64_t seed() {
  const char* text = std::getenv("CAIRN_DIFFERENTIAL_SEED");
  return text ? std::strtoull(text, nullptr, 0) : 20240601;
}

double from_decimal(const std::string& text) {
  double value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

// Doubles chosen to reach every branch of Number::toString: all exponents, both signs, integers,
// subnormals, few-digit decimals, and the neighbourhoods of the layout boundaries.
class DoubleSampler {
 public:
  explicit DoubleSampler(std::uint64_t seed) : random_(seed) {}

  std::vector<double> sample() {
    add_with_neighbours(0.0, 1);
    for (const double boundary :
         {1e21, 1e-7, 1e-6, 1e-5, 1.0, 9007199254740992.0, 9223372036854775808.0,
          18446744073709551616.0, std::numeric_limits<double>::max(),
          std::numeric_limits<double>::min(), std::numeric_limits<double>::denorm_min()}) {
      add_with_neighbours(boundary, 20);
    }
    for (int exponent = -324; exponent <= 308; ++exponent) {
      add_with_neighbours(from_decimal("1e" + std::to_string(exponent)), 3);
    }
    for (int i = 0; i < 600'000; ++i) add(std::bit_cast<double>(random_()));
    for (int i = 0; i < 50'000; ++i) add(static_cast<double>(uniform(-(1LL << 53), 1LL << 53)));
    for (int i = 0; i < 50'000; ++i) add(static_cast<double>(static_cast<std::int64_t>(random_())));
    constexpr std::uint64_t kSignAndMantissa = 0x800F'FFFF'FFFF'FFFF;
    for (int i = 0; i < 100'000; ++i) add(std::bit_cast<double>(random_() & kSignAndMantissa));
    for (int i = 0; i < 100'000; ++i) add(short_decimal(-30, 30));
    for (int i = 0; i < 100'000; ++i) add(short_decimal(-340, 308));
    return std::move(values_);
  }

 private:
  std::int64_t uniform(std::int64_t low, std::int64_t high) {
    return std::uniform_int_distribution<std::int64_t>(low, high)(random_);
  }

  void add(double value) { values_.push_back(value); }

  // The value, both signs, and `count` doubles on each side of each.
  void add_with_neighbours(double value, int count) {
    for (const double signed_value : {value, -value}) {
      double below = signed_value;
      double above = signed_value;
      add(signed_value);
      for (int i = 0; i < count; ++i) {
        below = std::nextafter(below, -std::numeric_limits<double>::infinity());
        above = std::nextafter(above, std::numeric_limits<double>::infinity());
        add(below);
        add(above);
      }
    }
  }

  // A decimal with 1 to 17 significant digits, as a reader would write it.
  double short_decimal(int min_exponent, int max_exponent) {
    std::string text = random_() % 2 ? "-" : "";
    const int digits = static_cast<int>(uniform(1, 17));
    for (int i = 0; i < digits; ++i) text += static_cast<char>('0' + uniform(i == 0 ? 1 : 0, 9));
    text += "e" + std::to_string(uniform(min_exponent, max_exponent));
    return from_decimal(text);
  }

  std::mt19937_64 random_;
  std::vector<double> values_;
};

std::string hex_bits(double value) {
  char buffer[17];
  const auto end = std::to_chars(buffer, buffer + 16, std::bit_cast<std::uint64_t>(value), 16).ptr;
  return std::string(buffer, end);
}

TEST(NodeDifferential, EcmascriptNumberFormatMatchesNode) {
  const std::vector<double> values = DoubleSampler(seed()).sample();
  ASSERT_GE(values.size(), 1'000'000u);
  std::vector<std::string> bit_patterns;
  bit_patterns.reserve(values.size());
  for (const double value : values) bit_patterns.push_back(hex_bits(value));

  const testing::NodeScriptRun node =
      testing::run_node_script("ecmascript_number.js", bit_patterns);
  ASSERT_TRUE(node.error.empty()) << node.error;
  ASSERT_EQ(node.output.size(), values.size());
  std::size_t mismatches = 0;
  for (std::size_t i = 0; i < values.size(); ++i) {
    const std::string ours = format_ecmascript_number(values[i]);
    if (ours == node.output[i]) continue;
    if (++mismatches <= kMaxReportedMismatches) {
      ADD_FAILURE() << "bits " << bit_patterns[i] << ": ours " << ours << ", node "
                    << node.output[i];
    }
  }
  EXPECT_EQ(mismatches, 0u) << "of " << values.size() << " doubles (seed " << seed() << ")";
  std::printf("compared %zu doubles with node, %zu mismatches\n", values.size(), mismatches);
}

// Random JSON documents built to stress what JCS decides: member order across the UTF-16 /
// UTF-8 difference, escapes of controls, surrogate-pair escapes, and number forms.
class DocumentSampler {
 public:
  explicit DocumentSampler(std::uint64_t seed) : random_(seed) {}

  std::string document() {
    std::string text;
    write_value(text, 0);
    return text;
  }

 private:
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(random_() % n); }

  void write_value(std::string& out, int depth) {
    switch (below(depth < 4 ? 7 : 5)) {
      case 0:
        out += std::vector<const char*>{"null", "true", "false"}[below(3)];
        return;
      case 1:
      case 2:
        write_number(out);
        return;
      case 3:
      case 4:
        write_string(out);
        return;
      case 5:
        write_array(out, depth + 1);
        return;
      default:
        write_object(out, depth + 1);
        return;
    }
  }

  void write_number(std::string& out) {
    if (below(2)) out += '-';
    const std::size_t integer_digits = 1 + below(below(4) == 0 ? 25 : 6);
    for (std::size_t i = 0; i < integer_digits; ++i) {
      out += static_cast<char>('0' + (i == 0 && integer_digits > 1 ? 1 + below(9) : below(10)));
    }
    if (below(2)) {
      out += '.';
      for (std::size_t i = 1 + below(18); i > 0; --i) out += static_cast<char>('0' + below(10));
    }
    if (below(3) == 0) {
      out += std::vector<const char*>{"e", "E", "e+", "e-", "E-"}[below(5)];
      out += std::to_string(below(280));  // with at most 25 integer digits: below 1e306
    }
  }

  // Code points on both sides of every boundary that matters to escaping or ordering.
  char32_t code_point() {
    static constexpr char32_t kInteresting[] = {
        0x00,   0x08,   0x09,   0x0A,   0x0C,   0x0D,   0x1F,    0x20,    '"',
        '\\',   '/',    0x7F,   0x80,   0xE9,   0x7FF,  0x800,   0x2028,  0x2029,
        0xD7FF, 0xE000, 0xFB33, 0xFEFF, 0xFFFD, 0xFFFF, 0x10000, 0x1F602, 0x10FFFF};
    if (below(3) == 0) return static_cast<char32_t>('a' + below(4));
    return kInteresting[below(std::size(kInteresting))];
  }

  static void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0x800) {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (c >> 18));
      out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }

  static void append_u_escape(std::string& out, char32_t unit) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    out += "\\u";
    for (int shift = 12; shift >= 0; shift -= 4) out += kHex[(unit >> shift) & 0xF];
  }

  // The text of a JSON string (with quotes): each character raw when JSON allows it, or escaped.
  std::string string_literal() {
    std::string out = "\"";
    for (std::size_t length = below(5); length > 0; --length) {
      const char32_t c = code_point();
      const bool must_escape = c < 0x20 || c == '"' || c == '\\';
      if (!must_escape && below(2)) {
        append_utf8(out, c);
      } else if (c >= 0x10000) {
        append_u_escape(out, 0xD800 + ((c - 0x10000) >> 10));
        append_u_escape(out, 0xDC00 + ((c - 0x10000) & 0x3FF));
      } else {
        append_u_escape(out, c);
      }
    }
    return out + "\"";
  }

  void write_string(std::string& out) { out += string_literal(); }

  void write_array(std::string& out, int depth) {
    out += '[';
    for (std::size_t i = below(5); i > 0; --i) {
      write_value(out, depth);
      if (i > 1) out += ',';
    }
    out += ']';
  }

  void write_object(std::string& out, int depth) {
    out += '{';
    std::vector<std::string> names;
    for (std::size_t i = below(7); i > 0; --i) {
      const std::string name = string_literal();
      // Unique by decoded value: both parsers would reject or merge duplicates differently.
      const Result<std::string> decoded = canonicalize_text(name);
      if (!decoded.ok() || std::find(names.begin(), names.end(), *decoded) != names.end()) {
        continue;
      }
      names.push_back(*decoded);
      if (names.size() > 1) out += ',';
      out += name + ':';
      write_value(out, depth);
    }
    out += '}';
  }

  std::mt19937_64 random_;
};

TEST(NodeDifferential, CanonicalFormMatchesNode) {
  constexpr int kDocuments = 20'000;
  DocumentSampler sampler(seed());
  std::vector<std::string> documents;
  for (int i = 0; i < kDocuments; ++i) documents.push_back(sampler.document());

  const testing::NodeScriptRun node = testing::run_node_script("jcs_reference.js", documents);
  ASSERT_TRUE(node.error.empty()) << node.error;
  ASSERT_EQ(node.output.size(), documents.size());
  std::size_t mismatches = 0;
  for (std::size_t i = 0; i < documents.size(); ++i) {
    const Result<std::string> ours = canonicalize_text(documents[i]);
    const std::string ours_text = ours.ok() ? *ours : "error: " + ours.error().to_string();
    if (ours_text == node.output[i]) continue;
    if (++mismatches <= kMaxReportedMismatches) {
      ADD_FAILURE() << "document " << documents[i] << "\nours " << ours_text << "\nnode "
                    << node.output[i];
    }
  }
  EXPECT_EQ(mismatches, 0u) << "of " << documents.size() << " documents (seed " << seed() << ")";
  std::printf("compared %zu documents with node, %zu mismatches\n", documents.size(), mismatches);
}

}  // namespace
}  // namespace cairn::canon::jcs
