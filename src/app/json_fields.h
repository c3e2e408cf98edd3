// JsonFields: reads the members of a request's JSON object one by one, checking each one's type
// and limits, and refuses members it was never asked about (a misspelt field name is an error
// the caller sees, not a setting silently ignored).
//
//   JsonFields fields(body);
//   std::string name = fields.text("name", {.max_bytes = 200});
//   std::optional<int> days = fields.optional_integer("validity_days", 1, 36500);
//   fields.finish();  // throws on any member not read
//
// Every reader throws cairn::Failure with code "invalid request" and a message naming the field
// (prefixed by `path`, e.g. "skills[2].uri"), for use inside capture().
//
// Thread-safety: one object per request.
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace cairn::app {

// Throws cairn::Failure "invalid request" with `message`: how every request reader refuses.
[[noreturn]] void refuse_request(const std::string& message);

struct TextRule {
  std::size_t max_bytes = 1000;
  bool multiline = false;
};

class JsonFields {
 public:
  // `path` prefixes field names in messages ("" for the top level).
  explicit JsonFields(const boost::json::object& object, std::string path = "");

  // A non-empty string without control characters (newlines and tabs allowed when multiline).
  std::string text(std::string_view key, TextRule rule = {});
  std::optional<std::string> optional_text(std::string_view key, TextRule rule = {});
  // An absolute http(s) URL, at most 2048 bytes.
  std::optional<std::string> optional_url(std::string_view key);
  std::optional<std::int64_t> optional_integer(std::string_view key, std::int64_t min,
                                               std::int64_t max);
  // A number (integer or not) in [min, max].
  std::optional<double> optional_number(std::string_view key, double min, double max);
  std::optional<bool> optional_boolean(std::string_view key);
  // An array of at most `max_items` elements; absent reads as empty.
  const boost::json::array& array(std::string_view key, std::size_t max_items);
  // An object member; nullptr when absent.
  const boost::json::object* optional_object(std::string_view key);

  // The name of `key` in messages: path + key.
  std::string name_of(std::string_view key) const;

  // Throws when the object has a member none of the readers asked for.
  void finish() const;

 private:
  const boost::json::value* member(std::string_view key);

  const boost::json::object& object_;
  std::string path_;
  std::set<std::string, std::less<>> read_;
};

// Reads `text` as a JSON object within `max_bytes` and `max_depth`; throws "invalid request" when
// it is not JSON or not an object.
boost::json::object parse_request_object(std::string_view text, std::size_t max_bytes,
                                         std::size_t max_depth);

// Checks one string: not empty, at most rule.max_bytes, no control characters; throws
// "invalid request" naming `name`.
std::string checked_text(const boost::json::value& value, const std::string& name, TextRule rule);

// `number` as JSON: an integer when it has no fractional part (2, not 2E0), else a double.
boost::json::value json_number(double number);

}  // namespace cairn::app
