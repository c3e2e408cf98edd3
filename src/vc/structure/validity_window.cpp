#include "vc/structure/validity_window.h"

#include <string_view>

#include "vc/structure/vc_version.h"

namespace cairn::vc::structure {
namespace {

namespace json = boost::json;

// Reads the date in `field`, if present. VC 2.0 requires a time zone; VC 1.1 does not.
Result<std::optional<TimePoint>> read_date(const json::object& credential, std::string_view field,
                                           bool zone_required) {
  const json::value* value = credential.if_contains(field);
  if (value == nullptr) return std::optional<TimePoint>{};
  const json::string* text = value->if_string();
  if (text == nullptr) {
    return Error{"invalid date-time", "`" + std::string(field) + "` must be a date-time string"};
  }
  if (zone_required) {
    Result<TimePoint> instant = parse_date_time_stamp(*text);
    if (!instant.ok()) {
      return Error{"invalid date-time", "`" + std::string(field) + "`: " + instant.error().message};
    }
    return std::optional<TimePoint>{*instant};
  }
  Result<ParsedDateTime> parsed = parse_date_time(*text);
  if (!parsed.ok()) {
    return Error{"invalid date-time", "`" + std::string(field) + "`: " + parsed.error().message};
  }
  return std::optional<TimePoint>{parsed->instant};
}

}  // namespace

Result<ValidityWindow> read_validity_window(const json::object& credential) {
  const bool vc1 = vc_version_of(credential) == 1;
  const std::string_view from_field = vc1 ? "issuanceDate" : "validFrom";
  const std::string_view until_field = vc1 ? "expirationDate" : "validUntil";
  Result<std::optional<TimePoint>> from = read_date(credential, from_field, !vc1);
  if (!from.ok()) return from.error();
  Result<std::optional<TimePoint>> until = read_date(credential, until_field, !vc1);
  if (!until.ok()) return until.error();
  if (*from && *until && **until < **from) {
    return Error{"invalid validity window",
                 "`" + std::string(until_field) + "` (" + format_date_time(**until) +
                     ") is before `" + std::string(from_field) + "` (" + format_date_time(**from) +
                     "): the credential is never valid"};
  }
  return ValidityWindow{*from, *until};
}

ValidityOutcome check_validity_window(const ValidityWindow& window, TimePoint at) {
  const std::string checked = " (checked at " + format_date_time(at) + ")";
  if (window.valid_from && at < *window.valid_from) {
    return {ValidityStatus::kNotYetValid,
            "not valid until " + format_date_time(*window.valid_from) + checked};
  }
  if (window.valid_until && at >= *window.valid_until) {
    return {ValidityStatus::kExpired,
            "expired at " + format_date_time(*window.valid_until) + checked};
  }
  std::string message = window.valid_from ? "valid from " + format_date_time(*window.valid_from)
                                          : std::string("valid from any time");
  message += window.valid_until ? " until " + format_date_time(*window.valid_until)
                                : std::string(", no expiry");
  return {ValidityStatus::kValid, message + checked};
}

}  // namespace cairn::vc::structure
