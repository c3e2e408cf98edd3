#include "vc/verifier.h"

#include <boost/json/array.hpp>
#include <chrono>
#include <utility>
#include <vector>

#include "crypto/jose/jwk.h"
#include "did/verification_method.h"
#include "vc/credential_fields.h"
#include "vc/data_integrity/cryptosuites.h"
#include "vc/data_integrity/verify_proofs.h"
#include "vc/ed25519_key_lookup.h"
#include "vc/issuer_key_check.h"
#include "vc/jwt/decode_vc_jwt.h"
#include "vc/jwt/verify_vc_jwt.h"
#include "vc/status/check_credential_status.h"
#include "vc/structure/credential_structure.h"
#include "vc/structure/recipient_check.h"
#include "vc/structure/validity_window.h"

namespace cairn::vc {
namespace {

constexpr std::size_t kIssuesShown = 5;

// The worst of several check outcomes: fail over warning over pass.
class CheckTally {
 public:
  void add(CheckStatus status, std::string message) {
    if (status == CheckStatus::kFail || (status == CheckStatus::kWarning && worst_ != kFail)) {
      worst_ = status == CheckStatus::kFail ? kFail : kWarning;
    }
    if (!messages_.empty()) messages_ += "; ";
    messages_ += std::move(message);
  }
  void report(std::string check, VerificationReport& report) const {
    const CheckStatus status = worst_ == kFail      ? CheckStatus::kFail
                               : worst_ == kWarning ? CheckStatus::kWarning
                                                    : CheckStatus::kPass;
    report.add(std::move(check), status, messages_);
  }

 private:
  enum { kPass, kWarning, kFail } worst_ = kPass;
  std::string messages_;
};

void check_structure(const boost::json::object& credential, VerificationReport& report) {
  const structure::StructureReport result = structure::validate_credential_structure(credential);
  std::string kind = std::string(structure::to_string(result.kind)) + " (VC " +
                     (result.vc_version == 1 ? "1.1" : "2.0") + ")";
  if (!result.ok() || result.count(structure::Severity::kWarning) > 0) {
    const structure::Severity shown =
        result.ok() ? structure::Severity::kWarning : structure::Severity::kError;
    std::string message = kind + ": " + std::to_string(result.count(shown)) +
                          (shown == structure::Severity::kError ? " error(s)" : " warning(s)");
    std::size_t listed = 0;
    for (const structure::StructureIssue& issue : result.issues) {
      if (issue.severity != shown || listed++ == kIssuesShown) continue;
      message += (listed == 1 ? ": " : "; ") + issue.path + ": " + issue.message;
    }
    report.add("structure", result.ok() ? CheckStatus::kWarning : CheckStatus::kFail, message);
    return;
  }
  report.add("structure", CheckStatus::kPass,
             kind + ": every required field is present and well formed");
}

// When a VC-JWT says it was signed: "iat", else "nbf" (NumericDate seconds), as RFC 3339.
std::string jwt_issued_at(const jwt::DecodedVcJwt& decoded) {
  for (const char* claim : {"iat", "nbf"}) {
    const boost::json::value* value = decoded.claims.if_contains(claim);
    if (value == nullptr || !(value->is_int64() || value->is_uint64())) continue;
    const auto seconds = std::chrono::seconds(value->to_number<std::int64_t>());
    return format_date_time(TimePoint(seconds));
  }
  return {};
}

TimePoint now() {
  return std::chrono::time_point_cast<std::chrono::microseconds>(std::chrono::system_clock::now());
}

}  // namespace

Verifier::Verifier(VerifierServices services, VerifierOptions options)
    : services_(services), options_(std::move(options)) {}

Result<VerificationReport> Verifier::verify_input(std::span<const std::uint8_t> bytes) const {
  Result<CredentialInput> input = read_credential_input(bytes, options_.input);
  if (!input) return input.error();
  if (auto* credential = std::get_if<boost::json::object>(&input->content)) {
    return verify_credential(*credential, input->format);
  }
  return verify_jwt(std::get<std::string>(input->content), input->format);
}

VerificationReport Verifier::verify_credential(const boost::json::object& credential,
                                               std::string format) const {
  return verify_at_depth(credential, std::move(format), 0);
}

VerificationReport Verifier::verify_jwt(std::string_view token, std::string format) const {
  return verify_jwt_at_depth(token, std::move(format), 0);
}

VerificationReport Verifier::verify_at_depth(const boost::json::object& credential,
                                             std::string format, std::size_t depth) const {
  VerificationReport report;
  report.format = std::move(format);
  report.strict = options_.strict;
  report.credential_id = string_member(credential, "id");
  report.issuer_id = issuer_id_of(credential);
  check_structure(credential, report);

  Result<std::vector<data_integrity::ProofVerification>> proofs = data_integrity::verify_proofs(
      credential, ed25519_key_lookup(*services_.dids), *services_.suites);
  if (!proofs) {
    report.add("proof", CheckStatus::kFail, proofs.error().message);
    report.add("issuer-key", CheckStatus::kSkipped, "there is no proof, so no signing key");
  } else {
    CheckTally proof_tally;
    CheckTally key_tally;
    bool any_valid = false;
    std::size_t unsupported = 0;
    for (const data_integrity::ProofVerification& proof : *proofs) {
      const std::string suite = proof.cryptosuite.empty() ? proof.type : proof.cryptosuite;
      if (!proof.valid &&
          data_integrity::find_cryptosuite(proof.type, proof.cryptosuite) == nullptr) {
        ++unsupported;
        continue;
      }
      if (!proof.valid) {
        proof_tally.add(CheckStatus::kFail, suite + " proof by " + proof.verification_method +
                                                " does not verify: " + proof.message);
        continue;
      }
      any_valid = true;
      proof_tally.add(CheckStatus::kPass,
                      suite + " proof by " + proof.verification_method + " verifies");
      const KeyCheck key = check_issuer_key(*services_.dids, report.issuer_id,
                                            proof.verification_method, proof.created);
      key_tally.add(key.status, key.message);
    }
    if (unsupported > 0) {
      // A proof set may hold proofs of suites this verifier does not know; they are not counted
      // for or against the credential, but the person is told, and one known proof must verify.
      proof_tally.add(any_valid ? CheckStatus::kWarning : CheckStatus::kFail,
                      std::to_string(unsupported) +
                          " proof(s) of a type Cairn does not check were not considered");
    }
    proof_tally.report("proof", report);
    if (any_valid) {
      key_tally.report("issuer-key", report);
    } else {
      report.add("issuer-key", CheckStatus::kSkipped, "no proof verifies, so no key to check");
    }
  }
  check_common(credential, depth, report);
  return report;
}

VerificationReport Verifier::verify_jwt_at_depth(std::string_view token, std::string format,
                                                 std::size_t depth) const {
  VerificationReport report;
  report.format = std::move(format);
  report.strict = options_.strict;
  Result<jwt::DecodedVcJwt> decoded = jwt::decode_vc_jwt(token);
  if (!decoded) {
    report.add("structure", CheckStatus::kFail,
               "not a readable VC-JWT: " + decoded.error().message);
    report.add("proof", CheckStatus::kFail,
               "the JWT cannot be read, so its signature cannot be checked");
    return report;
  }
  const boost::json::object& credential = decoded->credential;
  report.credential_id = string_member(credential, "id");
  report.issuer_id = issuer_id_of(credential);
  check_structure(credential, report);

  // The key: a DID URL in "kid" is resolved; a "jwk" in the header is taken as it is.
  std::optional<crypto::jose::PublicJwk> key;
  std::string key_problem;
  if (decoded->kid) {
    Result<did::VerificationMethod> method =
        did::resolve_verification_method(*services_.dids, *decoded->kid);
    if (!method) {
      key_problem = "the key " + *decoded->kid + " cannot be resolved: " + method.error().message;
    } else if (const auto* ed25519 = std::get_if<crypto::Ed25519PublicKey>(&method->key)) {
      key = crypto::jose::jwk_of_ed25519(*ed25519);
    } else {
      key = std::get<crypto::jose::PublicJwk>(method->key);
    }
  }
  if (!key && decoded->jwk) key = *decoded->jwk;
  if (!key) {
    report.add(
        "proof", CheckStatus::kFail,
        key_problem.empty() ? "the JWT header names no key (neither kid nor jwk)" : key_problem);
    report.add("issuer-key", CheckStatus::kSkipped, "no key to check");
  } else {
    Result<jwt::VcJwtVerification> verified = jwt::verify_vc_jwt(*decoded, *key);
    if (!verified) {
      report.add("proof", CheckStatus::kFail, verified.error().message);
    } else if (!verified->signature_valid) {
      report.add("proof", CheckStatus::kFail, "the JWT signature does not verify");
    } else if (!verified->claim_problems.empty()) {
      std::string message = "the signature verifies but the claims disagree with the credential";
      for (const std::string& problem : verified->claim_problems) message += ": " + problem;
      report.add("proof", CheckStatus::kFail, message);
    } else {
      report.add("proof", CheckStatus::kPass,
                 "VC-JWT " + string_member(decoded->jws.header, "alg") + " signature verifies");
    }
    if (report.status_of("proof") != CheckStatus::kPass) {
      report.add("issuer-key", CheckStatus::kSkipped, "the signature does not verify");
    } else if (decoded->kid && key_problem.empty()) {
      const KeyCheck key_check = check_issuer_key(*services_.dids, report.issuer_id, *decoded->kid,
                                                  jwt_issued_at(*decoded));
      report.add("issuer-key", key_check.status, key_check.message);
    } else {
      report.add("issuer-key", CheckStatus::kWarning,
                 "the key is only given inside the JWT header (jwk), so nothing shows it is the "
                 "issuer's");
    }
  }
  check_common(credential, depth, report);
  return report;
}

void Verifier::check_common(const boost::json::object& credential, std::size_t depth,
                            VerificationReport& report) const {
  const TimePoint at = options_.at.value_or(now());

  Result<structure::ValidityWindow> window = structure::read_validity_window(credential);
  if (!window) {
    report.add("validity-window", CheckStatus::kFail, window.error().message);
  } else {
    const structure::ValidityOutcome outcome = structure::check_validity_window(*window, at);
    const bool valid = outcome.status == structure::ValidityStatus::kValid;
    report.add("validity-window", valid ? CheckStatus::kPass : CheckStatus::kFail, outcome.message,
               valid                                                   ? ""
               : outcome.status == structure::ValidityStatus::kExpired ? "expired"
                                                                       : "not-yet-valid");
  }

  check_status(credential, at, report);
  check_endorsements(credential, depth, report);

  if (!options_.recipient) {
    report.add("recipient", CheckStatus::kSkipped, "no recipient was given to match");
  } else {
    const structure::RecipientOutcome outcome =
        structure::check_recipient(credential, *options_.recipient);
    report.add("recipient",
               outcome.match == structure::RecipientMatch::kMatched ? CheckStatus::kPass
                                                                    : CheckStatus::kFail,
               outcome.message);
  }
}

}  // namespace cairn::vc
