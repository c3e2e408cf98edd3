#include "app/award_request.h"

#include "app/email_address.h"
#include "app/json_fields.h"
#include "app/text_field.h"
#include "common/date_time.h"
#include "did/parse_did.h"

namespace cairn::app {
namespace {

Evidence read_evidence(const boost::json::value& value, const std::string& path) {
  if (!value.is_object()) refuse_request("\"" + path + "\" must be an object");
  JsonFields fields(value.get_object(), path);
  Evidence evidence;
  evidence.url = fields.optional_url("url");
  evidence.name = fields.optional_text("name", {200, false});
  evidence.narrative = fields.optional_text("narrative", {4000, true});
  fields.finish();
  if (!evidence.url && !evidence.narrative) {
    refuse_request("\"" + path + "\" needs a \"url\" or a \"narrative\"");
  }
  return evidence;
}

AwardRequest read(const boost::json::object& json, const std::string& path) {
  JsonFields fields(json, path);
  AwardRequest request;
  const std::string recipient = fields.text("recipient", {2048, false});
  Result<model::Recipient> read = read_recipient(recipient, fields.name_of("recipient"));
  if (!read) throw Failure(read.error().code, read.error().message);
  request.recipient = std::move(*read);
  request.recipient.name = fields.optional_text("recipient_name", {200, false});
  const boost::json::array& evidence = fields.array("evidence", 20);
  for (std::size_t i = 0; i < evidence.size(); ++i) {
    request.evidence.push_back(
        read_evidence(evidence[i], fields.name_of("evidence") + "[" + std::to_string(i) + "]"));
  }
  request.valid_until = fields.optional_text("valid_until", {64, false});
  if (request.valid_until) {
    Result<TimePoint> until = parse_date_time_stamp(*request.valid_until);
    if (!until) {
      refuse_request("\"" + fields.name_of("valid_until") +
                     "\" must be a date-time with a time zone, such as 2028-11-29T00:00:00Z");
    }
    request.valid_until = format_whole_seconds(*until);
  }
  if (std::optional<std::string> format = fields.optional_text("format", {32, false})) {
    Result<vc::SigningSuite> suite = vc::signing_suite_named(*format);
    if (!suite || *suite == vc::SigningSuite::kVcJwtRs256 ||
        *suite == vc::SigningSuite::kVcJwtEs256) {
      refuse_request(
          "\"" + fields.name_of("format") +
          "\" must be eddsa-rdfc-2022, eddsa-jcs-2022 or vc-jwt-eddsa (the organisation's "
          "keys are Ed25519)");
    }
    request.format = *suite;
  }
  fields.finish();
  return request;
}

}  // namespace

Result<model::Recipient> read_recipient(std::string_view text, const std::string& field) {
  model::Recipient recipient;
  if (text.starts_with("did:")) {
    if (!did::parse_did(text)) {
      return Error{"invalid request", "\"" + field + "\" is not a valid DID"};
    }
    recipient.type = model::RecipientType::kDid;
    recipient.identifier = std::string(text);
  } else if (text.starts_with("https://") || text.starts_with("http://")) {
    Result<std::string> url = checked_url_field(text, field);
    if (!url) return Error{"invalid request", url.error().message};
    recipient.type = model::RecipientType::kUrl;
    recipient.identifier = std::move(*url);
  } else {
    Result<std::string> email = normalize_email(text);
    if (!email) {
      return Error{"invalid request", "\"" + field +
                                          "\" must be an e-mail address, a DID or an https URL: " +
                                          email.error().message};
    }
    recipient.type = model::RecipientType::kEmail;
    recipient.identifier = std::move(*email);
  }
  return recipient;
}

Result<AwardRequest> read_award_request(const boost::json::object& json, const std::string& path) {
  return capture([&] { return read(json, path); });
}

}  // namespace cairn::app
