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

bool ValueBuilder::open(bool is_object, error_code& ec) {
  if (!count_value(ec)) return false;
  if (open_.size() >= limits_.max_depth) {
    return fail(ec, "limit exceeded",
                "arrays and objects are nested deeper than the limit of " +
                    std::to_string(limits_.max_depth));
  }
  open_.push_back({is_object, names_.size(), nullptr});
  return true;
}

void ValueBuilder::close() {
  const std::size_t first_name = open_.back().first_name;
  if (first_name < names_.size()) {
    name_bytes_.resize(names_[first_name].offset);
    names_.resize(first_name);
  }
  open_.pop_back();
}

bool ValueBuilder::note_new_name(std::string_view name) {
  OpenContainer& object = open_.back();
  const std::size_t count = names_.size() - object.first_name;
  if (object.many_names) {
    if (!object.many_names->emplace(name).second) return false;
  } else {
    for (std::size_t i = object.first_name; i < names_.size(); ++i) {
      const std::string_view seen(name_bytes_.data() + names_[i].offset, names_[i].size);
      if (seen == name) return false;
    }
    if (count + 1 == kLinearNames) {
      object.many_names = std::make_unique<std::unordered_set<std::string>>();
      for (std::size_t i = object.first_name; i < names_.size(); ++i) {
        object.many_names->emplace(name_bytes_.data() + names_[i].offset, names_[i].size);
      }
      object.many_names->emplace(name);
    }
  }
  if (!object.many_names) {
    names_.push_back({name_bytes_.size(), name.size()});
    name_bytes_.append(name);
  }
  return true;
}

bool ValueBuilder::on_array_begin(error_code& ec) { return open(false, ec); }

bool ValueBuilder::on_array_end(std::size_t size, error_code&) {
  close();
  stack_.push_array(size);
  return true;
}

bool ValueBuilder::on_object_begin(error_code& ec) { return open(true, ec); }

bool ValueBuilder::on_object_end(std::size_t size, error_code&) {
  close();
  stack_.push_object(size);
  return true;
}

bool ValueBuilder::on_string_part(string_view part, std::size_t total_size, error_code& ec) {
  if (!check_string_size(total_size, ec)) return false;
  stack_.push_chars(part);
  return true;
}

bool ValueBuilder::on_string(string_view part, std::size_t total_size, error_code& ec) {
  if (!check_string_size(total_size, ec) || !count_value(ec)) return false;
  stack_.push_string(part);
  return true;
}

bool ValueBuilder::on_key_part(string_view part, std::size_t total_size, error_code& ec) {
  if (!check_string_size(total_size, ec)) return false;
  key_buffer_.append(part.data(), part.size());
  stack_.push_chars(part);
  return true;
}

bool ValueBuilder::on_key(string_view part, std::size_t total_size, error_code& ec) {
  if (!check_string_size(total_size, ec)) return false;
  std::string_view name(part.data(), part.size());
  if (!key_buffer_.empty()) {
    key_buffer_.append(part.data(), part.size());
    name = key_buffer_;
  }
  if (!note_new_name(name)) {
    return fail(ec, "invalid JSON", "duplicate member name " + quote_for_message(name));
  }
  key_buffer_.clear();
  stack_.push_key(part);
  return true;
}

bool ValueBuilder::on_number_part(string_view part, error_code&) {
  number_buffer_.append(part.data(), part.size());
  return true;
}

bool ValueBuilder::on_int64(std::int64_t number, string_view, error_code& ec) {
  number_buffer_.clear();
  if (!count_value(ec)) return false;
  stack_.push_int64(number);
  return true;
}

bool ValueBuilder::on_uint64(std::uint64_t number, string_view, error_code& ec) {
  number_buffer_.clear();
  if (!count_value(ec)) return false;
  stack_.push_uint64(number);
  return true;
}

// Boost calls this for every number with a fraction or exponent and for integers beyond the
// 64-bit range; its `approximation` may be off by an ulp, so the exact text is converted again.
bool ValueBuilder::on_double(double, string_view part, error_code& ec) {
  number_buffer_.append(part.data(), part.size());
  Result<double> number = json_number_to_double(number_buffer_);
  number_buffer_.clear();
  if (!number.ok()) return fail(ec, number.error().code, number.error().message);
  if (!count_value(ec)) return false;
  stack_.push_double(*number);
  return true;
}

bool ValueBuilder::on_bool(bool boolean, error_code& ec) {
  if (!count_value(ec)) return false;
  stack_.push_bool(boolean);
  return true;
}

bool ValueBuilder::on_null(error_code& ec) {
  if (!count_value(ec)) return false;
  stack_.push_null();
  return true;
}

}  // namespace cairn::canon::json
