#include "canon/jcs/jcs.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "canon/jcs/ecmascript_number.h"
#include "canon/jcs/jcs_string.h"
#include "canon/jcs/utf16_order.h"
#include "canon/json/utf8.h"

namespace cairn::canon::jcs {

namespace {

class CanonicalWriter {
 public:
  explicit CanonicalWriter(std::size_t max_depth) : max_depth_(max_depth) {}

  std::string take_output() { return std::move(out_); }

  void write(const boost::json::value& value, std::size_t depth) {
    switch (value.kind()) {
      case boost::json::kind::null:
        out_ += "null";
        return;
      case boost::json::kind::bool_:
        out_ += value.get_bool() ? "true" : "false";
        return;
      case boost::json::kind::int64:
        write_number(static_cast<double>(value.get_int64()));
        return;
      case boost::json::kind::uint64:
        write_number(static_cast<double>(value.get_uint64()));
        return;
      case boost::json::kind::double_:
        write_number(value.get_double());
        return;
      case boost::json::kind::string:
        write_string(value.get_string());
        return;
      case boost::json::kind::array:
        write_array(value.get_array(), depth + 1);
        return;
      case boost::json::kind::object:
        write_object(value.get_object(), depth + 1);
        return;
    }
  }

 private:
  void write_number(double number) {
    if (!std::isfinite(number)) {
      throw Failure("invalid JSON", "a number is NaN or infinite, which JSON cannot represent");
    }
    out_ += format_ecmascript_number(number);
  }

  void write_string(std::string_view text) {
    if (const auto bad = json::find_invalid_utf8(text)) {
      throw Failure("invalid JSON", "a string or member name is not well-formed UTF-8 (byte " +
                                        std::to_string(*bad) + " of it)");
    }
    append_jcs_string(out_, text);
  }

  void check_depth(std::size_t depth) const {
    if (depth > max_depth_) {
      throw Failure("limit exceeded", "arrays and objects are nested deeper than the limit of " +
                                          std::to_string(max_depth_));
    }
  }

  void write_array(const boost::json::array& array, std::size_t depth) {
    check_depth(depth);
    out_ += '[';
    for (std::size_t i = 0; i < array.size(); ++i) {
      if (i > 0) out_ += ',';
      write(array[i], depth);
    }
    out_ += ']';
  }

  void write_object(const boost::json::object& object, std::size_t depth) {
    check_depth(depth);
    std::vector<const boost::json::key_value_pair*> members;
    members.reserve(object.size());
    for (const boost::json::key_value_pair& member : object) members.push_back(&member);
    std::sort(members.begin(), members.end(),
              [](const auto* a, const auto* b) { return utf16_less(a->key(), b->key()); });
    out_ += '{';
    for (std::size_t i = 0; i < members.size(); ++i) {
      if (i > 0) out_ += ',';
      write_string(members[i]->key());
      out_ += ':';
      write(members[i]->value(), depth);
    }
    out_ += '}';
  }

  std::size_t max_depth_;
  std::string out_;
};

}  // namespace

Result<std::string> canonicalize(const boost::json::value& value, const json::JsonLimits& limits) {
  return capture([&] {
    CanonicalWriter writer(limits.max_depth);
    writer.write(value, 0);
    return writer.take_output();
  });
}

Result<std::string> canonicalize_text(std::string_view json_text, const json::JsonLimits& limits) {
  Result<boost::json::value> value = json::parse_json(json_text, limits);
  if (!value.ok()) return value.error();
  return canonicalize(*value, limits);
}

}  // namespace cairn::canon::jcs
