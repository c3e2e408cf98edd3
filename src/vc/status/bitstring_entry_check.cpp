#include "vc/status/bitstring_entry_check.h"

#include <charconv>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "vc/status/bitstring.h"
#include "vc/status/list_document.h"

namespace cairn::vc::status {

namespace {

constexpr std::string_view kEntry = "the credentialStatus entry";

// statusListIndex: "an arbitrary size integer greater than or equal to 0, expressed as a string
// in base 10". Indexes past 64 bits cannot lie inside any list Cairn reads: RANGE_ERROR.
// Issuers in the wild (the 1EdTech validator's fixtures) also write it as a JSON integer; the
// meaning is the same, so that is read too.
std::uint64_t index_of(const boost::json::object& entry) {
  const boost::json::value* member = entry.if_contains("statusListIndex");
  if (member != nullptr && member->is_uint64()) return member->get_uint64();
  if (member != nullptr && member->is_int64() && member->get_int64() >= 0) {
    return static_cast<std::uint64_t>(member->get_int64());
  }
  const std::string_view text = required_string(entry, "statusListIndex", kEntry);
  if (text.empty() || text.find_first_not_of("0123456789") != std::string_view::npos) {
    fail(kMalformedValueError,
         "statusListIndex \"" + std::string(text.substr(0, 40)) + "\" is not a base-10 integer");
  }
  std::uint64_t index = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), index);
  if (error != std::errc() || end != text.data() + text.size()) {
    fail(kRangeError,
         "statusListIndex " + std::string(text.substr(0, 40)) + " is beyond any status list");
  }
  return index;
}

// A positive integer statusSize of `where`, or nullopt when absent.
std::optional<unsigned> status_size_of(const boost::json::object& object, std::string_view where,
                                       const StatusLimits& limits) {
  const boost::json::value* member = object.if_contains("statusSize");
  if (member == nullptr) return std::nullopt;
  const auto* as_int = member->if_int64();
  const auto* as_uint = member->if_uint64();
  const bool positive = (as_int != nullptr && *as_int > 0) || (as_uint != nullptr && *as_uint > 0);
  if (!positive) {
    fail(kMalformedValueError, std::string(where) + "'s statusSize is not an integer > 0");
  }
  const std::uint64_t size = as_int != nullptr ? static_cast<std::uint64_t>(*as_int) : *as_uint;
  if (size > limits.max_status_size || size > Bitstring::kMaxStatusSize) {
    fail(kMalformedValueError, std::string(where) + "'s statusSize " + std::to_string(size) +
                                   " is wider than the " + std::to_string(limits.max_status_size) +
                                   " bits Cairn reads");
  }
  return static_cast<unsigned>(size);
}

// The value of a statusMessage row's `status`: "0x" followed by hexadecimal digits.
std::optional<std::uint64_t> hex_status_value(std::string_view text) {
  if (text.size() <= 2 || (text.substr(0, 2) != "0x" && text.substr(0, 2) != "0X")) {
    return std::nullopt;
  }
  std::uint64_t value = 0;
  const auto [end, error] = std::from_chars(text.data() + 2, text.data() + text.size(), value, 16);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

// The statusMessage table of the entry, by value: `status` "0x..." and `message`. Required when
// statusSize > 1; when present it must have 2^statusSize rows (section 2.1).
std::vector<std::string> status_messages_of(const boost::json::object& entry,
                                            unsigned status_size) {
  const boost::json::value* member = entry.if_contains("statusMessage");
  if (member == nullptr) {
    if (status_size > 1) {
      fail(kMalformedValueError, "statusSize " + std::to_string(status_size) +
                                     " requires a statusMessage array on the entry");
    }
    return {};
  }
  const std::size_t expected = std::size_t{1} << status_size;
  if (!member->is_array() || member->get_array().size() != expected) {
    fail(kMalformedValueError, "statusMessage must be an array of " + std::to_string(expected) +
                                   " objects for statusSize " + std::to_string(status_size));
  }
  std::vector<std::string> messages(expected);
  std::vector<bool> seen(expected, false);
  for (const boost::json::value& row : member->get_array()) {
    if (!row.is_object()) fail(kMalformedValueError, "a statusMessage row is not an object");
    const std::string_view status =
        required_string(row.get_object(), "status", "statusMessage row");
    const std::string_view message =
        required_string(row.get_object(), "message", "statusMessage row");
    const std::optional<std::uint64_t> value = hex_status_value(status);
    if (!value || *value >= expected || seen[*value]) {
      fail(kMalformedValueError, "statusMessage status \"" + std::string(status.substr(0, 40)) +
                                     "\" is not a distinct 0x-hexadecimal value below " +
                                     std::to_string(expected));
    }
    seen[*value] = true;
    messages[*value] = std::string(message);
  }
  return messages;
}

// "0x" and the lower-case hexadecimal digits of `value`, the form statusMessage rows use.
std::string hex_of(std::uint32_t value) {
  char digits[8];
  const auto end = std::to_chars(digits, digits + sizeof digits, value, 16).ptr;
  return "0x" + std::string(digits, end);
}

// True when the subject's statusPurpose (a string or an array of strings) includes `purpose`.
bool purposes_include(const boost::json::object& subject, std::string_view purpose) {
  return type_includes(subject.if_contains("statusPurpose"), purpose);
}

}  // namespace

void check_bitstring_entry(const boost::json::object& entry, const BitstringEntryKind& kind,
                           const StatusListSource& source, TimePoint now,
                           const StatusLimits& limits, StatusCheck& check) {
  check.purpose = std::string(required_string(entry, "statusPurpose", kEntry));
  const std::uint64_t index = index_of(entry);
  const std::string_view url = required_string(entry, "statusListCredential", kEntry);
  if (url.empty()) fail(kMalformedValueError, "statusListCredential is empty");
  if (const boost::json::value* id = entry.if_contains("id");
      id != nullptr && id->is_string() && id->get_string() == url) {
    fail(kMalformedValueError, "the entry's id must not be its statusListCredential URL");
  }
  const unsigned status_size = status_size_of(entry, kEntry, limits).value_or(1);
  const std::vector<std::string> messages = status_messages_of(entry, status_size);

  const boost::json::object& list = fetch_list_document(source, url, check);
  require_within_validity_period(list, now);
  if (!type_includes(list.if_contains("type"), kind.list_type)) {
    fail(kVerificationError,
         "the status list's type does not include " + std::string(kind.list_type));
  }
  const boost::json::value* subject_value = list.if_contains("credentialSubject");
  if (subject_value == nullptr || !subject_value->is_object()) {
    fail(kMalformedValueError, "the status list has no credentialSubject object");
  }
  const boost::json::object& subject = subject_value->get_object();
  if (!type_includes(subject.if_contains("type"), kind.list_subject_type)) {
    fail(kVerificationError,
         "the status list's credentialSubject type is not " + std::string(kind.list_subject_type));
  }
  if (!purposes_include(subject, check.purpose)) {
    fail(kVerificationError, "the status list is not for the purpose \"" + check.purpose + "\"");
  }
  if (const std::optional<unsigned> list_size = status_size_of(subject, "the status list", limits);
      list_size && *list_size != status_size) {
    fail(kVerificationError, "the status list's statusSize " + std::to_string(*list_size) +
                                 " differs from the entry's " + std::to_string(status_size));
  }
  const std::string_view encoded = required_string(subject, "encodedList", "the status list");
  if (kind.multibase_prefix && (encoded.empty() || encoded.front() != 'u')) {
    fail(kMalformedValueError, "encodedList must be multibase base64url (start with 'u')");
  }
  Result<Bitstring> bitstring = Bitstring::decode(encoded, limits);
  if (!bitstring) fail(kMalformedValueError, bitstring.error().to_string());
  const std::uint64_t entries = bitstring->entry_count(status_size);
  if (entries < limits.min_list_entries) {
    fail(kListLengthError, "the status list has " + std::to_string(entries) +
                               " entries, fewer than the minimum of " +
                               std::to_string(limits.min_list_entries));
  }
  Result<std::uint32_t> value = bitstring->status(index, status_size);
  if (!value) fail(kRangeError, value.error().message);

  check.status = *value;
  check.outcome = *value == 0 ? StatusCheck::kClear : StatusCheck::kSet;
  check.message = check.purpose + " status at index " + std::to_string(index) + " of " +
                  std::string(url) + " is " + (*value == 0 ? "clear" : "set");
  if (status_size > 1) check.message += " (" + hex_of(*value) + ")";
  if (!messages.empty()) check.message += ": " + messages[*value];
}

}  // namespace cairn::vc::status
