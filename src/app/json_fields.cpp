#include "app/json_fields.h"

#include <cmath>
#include <cstdio>

#include "app/text_field.h"
#include "canon/json/json_parser.h"
#include "common/result.h"

namespace cairn::app {

void refuse_request(const std::string& message) { throw Failure("invalid request", message); }

namespace {

// 0.5, 1000: a bound as people write it.
std::string shortest(double number) {
  char text[32];
  std::snprintf(text, sizeof text, "%g", number);
  return text;
}

}  // namespace

JsonFields::JsonFields(const boost::json::object& object, std::string path)
    : object_(object), path_(std::move(path)) {}

std::string JsonFields::name_of(std::string_view key) const {
  return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

const boost::json::value* JsonFields::member(std::string_view key) {
  read_.emplace(key);
  const boost::json::value* value = object_.if_contains(key);
  return value == nullptr || value->is_null() ? nullptr : value;
}

std::string checked_text(const boost::json::value& value, const std::string& name, TextRule rule) {
  if (!value.is_string()) refuse_request("\"" + name + "\" must be a string");
  Result<std::string> text =
      checked_text_field(value.get_string(), name, rule.max_bytes, rule.multiline);
  if (!text) refuse_request(text.error().message);
  return std::move(*text);
}

std::string JsonFields::text(std::string_view key, TextRule rule) {
  std::optional<std::string> value = optional_text(key, rule);
  if (!value) refuse_request("\"" + name_of(key) + "\" is required");
  return std::move(*value);
}

std::optional<std::string> JsonFields::optional_text(std::string_view key, TextRule rule) {
  const boost::json::value* value = member(key);
  if (value == nullptr) return std::nullopt;
  return checked_text(*value, name_of(key), rule);
}

std::optional<std::string> JsonFields::optional_url(std::string_view key) {
  const boost::json::value* value = member(key);
  if (value == nullptr) return std::nullopt;
  Result<std::string> url = checked_url_field(
      value->is_string() ? std::string_view(value->get_string()) : std::string_view(),
      name_of(key));
  if (!url) refuse_request(url.error().message);
  return std::move(*url);
}

std::optional<std::int64_t> JsonFields::optional_integer(std::string_view key, std::int64_t min,
                                                         std::int64_t max) {
  const boost::json::value* value = member(key);
  if (value == nullptr) return std::nullopt;
  std::optional<std::int64_t> number;
  if (value->is_int64()) number = value->get_int64();
  if (value->is_uint64() && value->get_uint64() <= static_cast<std::uint64_t>(max)) {
    number = static_cast<std::int64_t>(value->get_uint64());
  }
  if (!number || *number < min || *number > max) {
    refuse_request("\"" + name_of(key) + "\" must be a whole number from " + std::to_string(min) +
                   " to " + std::to_string(max));
  }
  return number;
}

std::optional<double> JsonFields::optional_number(std::string_view key, double min, double max) {
  const boost::json::value* value = member(key);
  if (value == nullptr) return std::nullopt;
  if (!value->is_number() || !(value->to_number<double>() >= min) ||
      !(value->to_number<double>() <= max)) {
    refuse_request("\"" + name_of(key) + "\" must be a number from " + shortest(min) + " to " +
                   shortest(max));
  }
  return value->to_number<double>();
}

std::optional<bool> JsonFields::optional_boolean(std::string_view key) {
  const boost::json::value* value = member(key);
  if (value == nullptr) return std::nullopt;
  if (!value->is_bool()) refuse_request("\"" + name_of(key) + "\" must be true or false");
  return value->get_bool();
}

const boost::json::array& JsonFields::array(std::string_view key, std::size_t max_items) {
  static const boost::json::array empty;
  const boost::json::value* value = member(key);
  if (value == nullptr) return empty;
  if (!value->is_array()) refuse_request("\"" + name_of(key) + "\" must be an array");
  if (value->get_array().size() > max_items) {
    refuse_request("\"" + name_of(key) + "\" holds at most " + std::to_string(max_items) +
                   " items");
  }
  return value->get_array();
}

const boost::json::object* JsonFields::optional_object(std::string_view key) {
  const boost::json::value* value = member(key);
  if (value == nullptr) return nullptr;
  if (!value->is_object()) refuse_request("\"" + name_of(key) + "\" must be an object");
  return &value->get_object();
}

void JsonFields::finish() const {
  for (const auto& [key, value] : object_) {
    if (!read_.contains(std::string_view(key))) {
      refuse_request("unknown field \"" + name_of(key) + "\"");
    }
  }
}

boost::json::object parse_request_object(std::string_view text, std::size_t max_bytes,
                                         std::size_t max_depth) {
  canon::json::JsonLimits limits;
  limits.max_bytes = max_bytes;
  limits.max_depth = max_depth;
  Result<boost::json::value> parsed = canon::json::parse_json(text, limits);
  if (!parsed) refuse_request(parsed.error().message);
  if (!parsed->is_object()) refuse_request("the body must be a JSON object");
  return std::move(parsed->as_object());
}

boost::json::value json_number(double number) {
  if (std::trunc(number) == number && std::fabs(number) < 9.0e15) {
    return static_cast<std::int64_t>(number);
  }
  return number;
}

}  // namespace cairn::app
