#include "canon/json/value_builder.h"

#include <boost/json/serialize.hpp>
#include <utility>

#include "canon/json/json_number.h"

namespace cairn::canon::json {

namespace {

constexpr std::size_t kQuotedNameLimit = 60;

// A member name as a message shows it: as a JSON string (so controls are escaped), long names cut
// at a UTF-8 character boundary and marked with "...".
std::string quote_for_message(std::string_view name) {
  if (name.size() <= kQuotedNameLimit) return boost::json::serialize(name);
  std::size_t cut = kQuotedNameLimit;
  while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) --cut;
  return boost::json::serialize(name.substr(0, cut)) + "...";
}

}  // namespace

bool ValueBuilder::fail(error_code& ec, std::string code, std::string message) {
  failure_ = Error{std::move(code), std::move(message)};
  ec = boost::json::make_error_code(boost::json::error::syntax);
  return false;
}

bool ValueBuilder::check_string_size(std::size_t total_size, error_code& ec) {
  if (total_size <= limits_.max_string_bytes) return true;
  return fail(ec, "limit exceeded",
              "a string is longer than the limit of " + std::to_string(limits_.max_string_bytes) +
                  " bytes");
}

bool ValueBuilder::count_value(error_code& ec) {
  if (++value_count_ <= limits_.max_members) return true;
  return fail(
      ec, "limit exceeded",
      "the document has more than the limit of " + std::to_string(limits_.max_members) + " values");
}

bool ValueBuilder::add(boost::json::value value, error_code& ec) {
  if (!count_value(ec)) return false;
  if (open_.empty()) {
    result_ = std::move(value);
    return true;
  }
  OpenContainer& parent = open_.back();
  if (parent.container.is_array()) {
    parent.container.get_array().push_back(std::move(value));
  } else {
    parent.container.get_object().emplace(parent.pending_key, std::move(value));
  }
  return true;
}

bool ValueBuilder::open(boost::json::value container, error_code& ec) {
  if (!count_value(ec)) return false;
  if (open_.size() >= limits_.max_depth) {
    return fail(ec, "limit exceeded",
                "arrays and objects are nested deeper than the limit of " +
                    std::to_string(limits_.max_depth));
  }
  open_.push_back({std::move(container), {}});
  return true;
}

bool ValueBuilder::close(error_code& ec) {
  boost::json::value container = std::move(open_.back().container);
  open_.pop_back();
  // open() counted the container already.
  --value_count_;
  return add(std::move(container), ec);
}

bool ValueBuilder::on_array_begin(error_code& ec) { return open(boost::json::array(), ec); }

bool ValueBuilder::on_array_end(std::size_t, error_code& ec) { return close(ec); }

bool ValueBuilder::on_object_begin(error_code& ec) { return open(boost::json::object(), ec); }

bool ValueBuilder::on_object_end(std::size_t, error_code& ec) { return close(ec); }

bool ValueBuilder::on_string_part(string_view part, std::size_t total_size, error_code& ec) {
  if (!check_string_size(total_size, ec)) return false;
  text_buffer_.append(part.data(), part.size());
  return true;
}

bool ValueBuilder::on_string(string_view part, std::size_t total_size, error_code& ec) {
  if (!on_string_part(part, total_size, ec)) return false;
  boost::json::value value(boost::json::string_kind);
  value.get_string().assign(text_buffer_.data(), text_buffer_.size());
  text_buffer_.clear();
  return add(std::move(value), ec);
}

bool ValueBuilder::on_key_part(string_view part, std::size_t total_size, error_code& ec) {
  return on_string_part(part, total_size, ec);
}

bool ValueBuilder::on_key(string_view part, std::size_t total_size, error_code& ec) {
  if (!on_key_part(part, total_size, ec)) return false;
  OpenContainer& object = open_.back();
  if (object.container.get_object().contains(text_buffer_)) {
    return fail(ec, "invalid JSON", "duplicate member name " + quote_for_message(text_buffer_));
  }
  object.pending_key.swap(text_buffer_);
  text_buffer_.clear();
  return true;
}

bool ValueBuilder::on_number_part(string_view part, error_code&) {
  number_buffer_.append(part.data(), part.size());
  return true;
}

bool ValueBuilder::on_int64(std::int64_t number, string_view, error_code& ec) {
  number_buffer_.clear();
  return add(number, ec);
}

bool ValueBuilder::on_uint64(std::uint64_t number, string_view, error_code& ec) {
  number_buffer_.clear();
  return add(number, ec);
}

// Boost calls this for every number with a fraction or exponent and for integers beyond the
// 64-bit range; its `approximation` may be off by an ulp, so the exact text is converted again.
bool ValueBuilder::on_double(double, string_view part, error_code& ec) {
  number_buffer_.append(part.data(), part.size());
  Result<double> number = json_number_to_double(number_buffer_);
  number_buffer_.clear();
  if (!number.ok()) return fail(ec, number.error().code, number.error().message);
  return add(*number, ec);
}

bool ValueBuilder::on_bool(bool boolean, error_code& ec) { return add(boolean, ec); }

bool ValueBuilder::on_null(error_code& ec) { return add(nullptr, ec); }

}  // namespace cairn::canon::json
