// The verifier's endorsements check (see verifier.h): OB 3.0 lets a credential, its issuer
// profile, its achievement and the achievement's creator carry `endorsement` (embedded
// EndorsementCredentials) and `endorsementJwt` (the same as compact JWTs).
#include <array>

#include "vc/verifier.h"

namespace cairn::vc {
namespace {

struct Endorsement {
  std::string where;  // JSON path of the endorsement
  const boost::json::value* value;
};

const boost::json::object* object_member(const boost::json::object* parent, std::string_view name) {
  if (parent == nullptr) return nullptr;
  const boost::json::value* value = parent->if_contains(name);
  return value != nullptr && value->is_object() ? &value->get_object() : nullptr;
}

void collect(const boost::json::object* holder, const std::string& path,
             std::vector<Endorsement>& found) {
  if (holder == nullptr) return;
  for (const char* member : {"endorsement", "endorsementJwt"}) {
    const boost::json::value* list = holder->if_contains(member);
    if (list == nullptr) continue;
    if (!list->is_array()) {
      found.push_back({path + "." + member, list});
      continue;
    }
    for (std::size_t i = 0; i < list->get_array().size(); ++i) {
      found.push_back({path + "." + member + "[" + std::to_string(i) + "]", &list->get_array()[i]});
    }
  }
}

std::string failing_checks(const VerificationReport& report) {
  std::string failing;
  for (const CheckResult& check : report.checks) {
    if (check.status == CheckStatus::kFail) {
      failing += (failing.empty() ? "" : ", ") + check.check + " (" + check.message + ")";
    }
  }
  return failing.empty() ? "a warning in strict mode" : failing;
}

}  // namespace

void Verifier::check_endorsements(const boost::json::object& credential, std::size_t depth,
                                  VerificationReport& report) const {
  std::vector<Endorsement> found;
  const boost::json::object* subject = object_member(&credential, "credentialSubject");
  const boost::json::object* achievement = object_member(subject, "achievement");
  collect(&credential, "$", found);
  collect(object_member(&credential, "issuer"), "$.issuer", found);
  collect(achievement, "$.credentialSubject.achievement", found);
  collect(object_member(achievement, "creator"), "$.credentialSubject.achievement.creator", found);
  if (found.empty()) {
    report.add("endorsements", CheckStatus::kSkipped, "the credential has no endorsements");
    return;
  }
  if (depth >= options_.max_endorsement_depth) {
    report.add("endorsements", CheckStatus::kWarning,
               "endorsements nested deeper than " + std::to_string(options_.max_endorsement_depth) +
                   " levels are not checked");
    return;
  }
  if (found.size() > options_.max_endorsements) {
    report.add("endorsements", CheckStatus::kFail,
               "the credential carries " + std::to_string(found.size()) +
                   " endorsements; at most " + std::to_string(options_.max_endorsements) +
                   " are checked");
    return;
  }
  std::string failures;
  std::size_t warnings = 0;
  for (const Endorsement& endorsement : found) {
    VerificationReport nested;
    if (endorsement.value->is_object()) {
      nested = verify_at_depth(endorsement.value->get_object(), "json", depth + 1);
    } else if (endorsement.value->is_string()) {
      nested = verify_jwt_at_depth(endorsement.value->get_string(), "jwt", depth + 1);
    } else {
      failures += (failures.empty() ? "" : "; ") + endorsement.where +
                  " is neither an EndorsementCredential nor a JWT";
      continue;
    }
    if (!nested.verified()) {
      failures += (failures.empty() ? "" : "; ") + endorsement.where + " by " +
                  (nested.issuer_id.empty() ? "an unknown issuer" : nested.issuer_id) +
                  " does not verify: " + failing_checks(nested);
    } else {
      for (const CheckResult& check : nested.checks) {
        if (check.status == CheckStatus::kWarning) ++warnings;
      }
    }
  }
  if (!failures.empty()) {
    // An endorsement is a third party's claim inside the credential; the credential's own proof
    // already covers its bytes. One that does not verify (expired, unknown suite) is not counted
    // and the person is warned, but it does not make the issuer's credential false.
    report.add("endorsements", CheckStatus::kWarning, "not counted: " + failures);
    return;
  }
  const std::string count = std::to_string(found.size()) + " endorsement(s) verify";
  report.add("endorsements", warnings > 0 ? CheckStatus::kWarning : CheckStatus::kPass,
             warnings > 0 ? count + ", with " + std::to_string(warnings) + " warning(s)" : count);
}

}  // namespace cairn::vc
