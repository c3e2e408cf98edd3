#include "vc/status/list_document.h"

#include <optional>
#include <utility>

#include "common/date_time.h"
#include "common/result.h"

namespace cairn::vc::status {

namespace {

struct Bound {
  std::string text;
  TimePoint instant;
};

// The validity bound `name` of `document`, else `vc11_name` (the VC 1.1 spelling), if present.
std::optional<Bound> bound_of(const boost::json::object& document, std::string_view name,
                              std::string_view vc11_name) {
  for (const std::string_view candidate : {name, vc11_name}) {
    const boost::json::value* member = document.if_contains(candidate);
    if (member == nullptr) continue;
    if (!member->is_string()) {
      fail(kMalformedValueError,
           "the status list's " + std::string(candidate) + " is not a date-time string");
    }
    std::string text(member->get_string());
    Result<TimePoint> instant = parse_date_time_stamp(text);
    if (!instant) {
      fail(kMalformedValueError, "the status list's " + std::string(candidate) +
                                     " is invalid: " + instant.error().message);
    }
    return Bound{std::move(text), *instant};
  }
  return std::nullopt;
}

}  // namespace

void fail(std::string_view code, const std::string& message) {
  throw Failure(std::string(code), message);
}

std::string_view required_string(const boost::json::object& object, std::string_view name,
                                 std::string_view where) {
  const boost::json::value* member = object.if_contains(name);
  if (member == nullptr || !member->is_string()) {
    fail(kMalformedValueError, std::string(where) + " has no string \"" + std::string(name) + "\"");
  }
  return member->get_string();
}

bool type_includes(const boost::json::value* type, std::string_view name) {
  if (type == nullptr) return false;
  if (type->is_string()) return type->get_string() == name;
  if (!type->is_array()) return false;
  for (const boost::json::value& item : type->get_array()) {
    if (item.is_string() && item.get_string() == name) return true;
  }
  return false;
}

const boost::json::object& fetch_list_document(const StatusListSource& source, std::string_view url,
                                               StatusCheck& check) {
  check.list_url = std::string(url);
  Result<boost::json::object> document = source.fetch(url);
  if (!document) {
    fail(kRetrievalError, "could not retrieve the status list " + std::string(url) + ": " +
                              document.error().to_string());
  }
  check.list_document = std::move(*document);
  return *check.list_document;
}

void require_within_validity_period(const boost::json::object& document, TimePoint now) {
  const TimePoint at = now;
  if (const std::optional<Bound> from = bound_of(document, "validFrom", "issuanceDate");
      from && at < from->instant) {
    fail(kVerificationError, "the status list is not valid yet (valid from " + from->text + ")");
  }
  if (const std::optional<Bound> until = bound_of(document, "validUntil", "expirationDate");
      until && at > until->instant) {
    fail(kVerificationError, "the status list has expired (valid until " + until->text + ")");
  }
}

}  // namespace cairn::vc::status
