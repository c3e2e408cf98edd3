#include "canon/json/json_parser.h"

#include <boost/json/basic_parser_impl.hpp>
#include <limits>
#include <optional>
#include <string>

#include "canon/json/surrogate_escape.h"
#include "canon/json/utf8.h"
#include "canon/json/value_builder.h"

namespace cairn::canon::json {

namespace {

std::string at_byte(std::size_t offset) { return " at byte " + std::to_string(offset); }

// Boost.JSON reports ill-formed UTF-8 and most lone surrogates as a plain "syntax error"; when
// one of them lies at or before the place the parser stopped, it is the reason, so say so.
Error explain_parser_error(std::string_view text, std::size_t stop_offset,
                           const boost::json::error_code& ec) {
  if (const auto bad_utf8 = find_invalid_utf8(text); bad_utf8 && *bad_utf8 <= stop_offset) {
    return {"invalid JSON", "invalid UTF-8" + at_byte(*bad_utf8)};
  }
  if (const auto surrogate = find_lone_surrogate_escape(text);
      surrogate && *surrogate <= stop_offset) {
    return {"invalid JSON", "lone UTF-16 surrogate in a \\u escape" + at_byte(*surrogate)};
  }
  return {"invalid JSON", ec.message() + at_byte(stop_offset)};
}

std::size_t saturating_increment(std::size_t n) {
  return n == std::numeric_limits<std::size_t>::max() ? n : n + 1;
}

}  // namespace

Result<boost::json::value> parse_json(std::string_view text, const JsonLimits& limits) {
  if (text.size() > limits.max_bytes) {
    return Error{"limit exceeded", "the JSON text has " + std::to_string(text.size()) +
                                       " bytes, more than the limit of " +
                                       std::to_string(limits.max_bytes)};
  }
  boost::json::parse_options options;
  // One more than ours, so that ValueBuilder reports the depth limit with its own message.
  options.max_depth = saturating_increment(limits.max_depth);
  boost::json::basic_parser<ValueBuilder> parser(options, limits);
  boost::json::error_code ec;
  const std::size_t consumed = parser.write_some(false, text.data(), text.size(), ec);
  if (ec) {
    if (const std::optional<Error>& failure = parser.handler().failure()) {
      return Error{failure->code, failure->message + at_byte(consumed)};
    }
    return explain_parser_error(text, consumed, ec);
  }
  if (consumed != text.size()) {
    return Error{"invalid JSON", "unexpected text after the JSON value" + at_byte(consumed)};
  }
  return parser.handler().take_result();
}

}  // namespace cairn::canon::json
