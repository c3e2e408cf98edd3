#include "vc/verification_report.h"

#include <algorithm>
#include <utility>

namespace cairn::vc {

std::string_view to_string(CheckStatus status) {
  switch (status) {
    case CheckStatus::kPass:
      return "pass";
    case CheckStatus::kFail:
      return "fail";
    case CheckStatus::kWarning:
      return "warning";
    case CheckStatus::kSkipped:
      return "skipped";
  }
  return "skipped";
}

void VerificationReport::add(std::string check, CheckStatus status, std::string message,
                             std::string reason) {
  checks.push_back({std::move(check), status, std::move(message), std::move(reason)});
}

CheckStatus VerificationReport::status_of(std::string_view check) const {
  const auto found = std::find_if(checks.begin(), checks.end(),
                                  [&](const CheckResult& result) { return result.check == check; });
  return found == checks.end() ? CheckStatus::kSkipped : found->status;
}

bool VerificationReport::verified() const {
  const CheckStatus proof = status_of("proof");
  if (proof != CheckStatus::kPass && proof != CheckStatus::kWarning) return false;
  return std::none_of(checks.begin(), checks.end(), [&](const CheckResult& result) {
    return result.status == CheckStatus::kFail ||
           (strict && result.status == CheckStatus::kWarning);
  });
}

boost::json::object VerificationReport::to_json() const {
  boost::json::object json;
  json["verified"] = verified();
  json["format"] = format;
  if (!credential_id.empty()) json["id"] = credential_id;
  if (!issuer_id.empty()) json["issuer"] = issuer_id;
  json["strict"] = strict;
  boost::json::array lines;
  for (const CheckResult& result : checks) {
    boost::json::object line{
        {"check", result.check}, {"status", to_string(result.status)}, {"message", result.message}};
    if (!result.reason.empty()) line["reason"] = result.reason;
    lines.push_back(std::move(line));
  }
  json["checks"] = std::move(lines);
  return json;
}

}  // namespace cairn::vc
