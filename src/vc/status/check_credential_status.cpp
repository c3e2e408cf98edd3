#include "vc/status/check_credential_status.h"

#include <boost/json/serialize.hpp>
#include <string>

#include "common/result.h"
#include "vc/status/bitstring_entry_check.h"
#include "vc/status/list_document.h"
#include "vc/status/revocation_list_entry_check.h"

namespace cairn::vc::status {

namespace {

constexpr std::string_view kUnsupportedType = "UNSUPPORTED_STATUS_TYPE";

StatusCheck error_check(std::string_view code, std::string message) {
  StatusCheck check;
  check.outcome = StatusCheck::kError;
  check.error_code = std::string(code);
  check.message = std::move(message);
  return check;
}

// The entry type Cairn reads among `type` (a string, or an array naming one of them).
std::string_view known_type_of(const boost::json::value* type) {
  for (const std::string_view known : {kBitstringStatusListEntry.entry_type,
                                       kStatusList2021Entry.entry_type, kRevocationListEntryType}) {
    if (type_includes(type, known)) return known;
  }
  return {};
}

std::string type_text(const boost::json::value* type) {
  if (type == nullptr) return "(none)";
  if (type->is_string()) return std::string(type->get_string());
  return boost::json::serialize(*type).substr(0, 80);
}

StatusCheck check_entry(const boost::json::object& credential,
                        const boost::json::value& entry_value, const StatusListSource& source,
                        TimePoint now, const StatusLimits& limits) {
  if (!entry_value.is_object()) {
    return error_check(kMalformedValueError, "a credentialStatus entry is not an object");
  }
  const boost::json::object& entry = entry_value.get_object();
  const boost::json::value* type = entry.if_contains("type");
  StatusCheck check;
  check.entry_type = std::string(known_type_of(type));
  if (check.entry_type.empty()) {
    StatusCheck unsupported = error_check(
        kUnsupportedType, "Cairn cannot check a credentialStatus of type " + type_text(type));
    unsupported.entry_type = type != nullptr && type->is_string() ? type_text(type) : "";
    return unsupported;
  }
  try {
    if (check.entry_type == kBitstringStatusListEntry.entry_type) {
      check_bitstring_entry(entry, kBitstringStatusListEntry, source, now, limits, check);
    } else if (check.entry_type == kStatusList2021Entry.entry_type) {
      check_bitstring_entry(entry, kStatusList2021Entry, source, now, limits, check);
    } else {
      check_revocation_list_entry(credential, entry, source, now, check);
    }
  } catch (const Failure& failure) {
    check.outcome = StatusCheck::kError;
    check.error_code = failure.error().code;
    check.message = failure.error().message;
  }
  return check;
}

}  // namespace

std::vector<StatusCheck> check_credential_status(const boost::json::object& credential,
                                                 const StatusListSource& source, TimePoint now,
                                                 const StatusLimits& limits) {
  const boost::json::value* status = credential.if_contains("credentialStatus");
  if (status == nullptr) return {};
  if (status->is_object()) return {check_entry(credential, *status, source, now, limits)};
  if (!status->is_array()) {
    return {
        error_check(kMalformedValueError, "credentialStatus is neither an object nor an array")};
  }
  const boost::json::array& entries = status->get_array();
  if (entries.size() > limits.max_status_entries) {
    return {error_check(kMalformedValueError, "credentialStatus has " +
                                                  std::to_string(entries.size()) +
                                                  " entries, more than the limit of " +
                                                  std::to_string(limits.max_status_entries))};
  }
  std::vector<StatusCheck> checks;
  checks.reserve(entries.size());
  for (const boost::json::value& entry : entries) {
    checks.push_back(check_entry(credential, entry, source, now, limits));
  }
  return checks;
}

}  // namespace cairn::vc::status
