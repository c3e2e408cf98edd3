// Verifier: runs every check on a credential and returns the VerificationReport, in this order:
//   structure        the OB 3.0 / VC tables (vc/structure);
//   proof            every Data Integrity proof (vc/data_integrity), or the VC-JWT signature and
//                    claims (vc/jwt);
//   issuer-key       whether the signing key is provably the issuer's: pass when the key is the
//                    issuer's did:key or listed by the issuer's DID document for assertionMethod
//                    and was not revoked before the proof was made; warning when the key is only
//                    named inside the credential (a JWT header jwk, a did:key that is not the
//                    issuer, an issuer that is not a DID); fail when the issuer's document does
//                    not list the key or it was revoked before signing;
//   validity-window  validFrom/validUntil (issuanceDate/expirationDate in VC 1.1) at `at`;
//   status           each credentialStatus entry against its status list, whose own proof must
//                    verify; a list that cannot be had is a warning, a revoked or suspended
//                    credential fails;
//   endorsements     every embedded EndorsementCredential, verified the same way (bounded depth);
//                    one that does not verify is a warning: the credential's own proof covers it,
//                    the endorser's claim is just not counted;
//   recipient        when a recipient identifier is given, the credential's identity objects.
// A check with nothing to look at is "skipped" with the reason.
//
// Thread-safety: verify_* are const and may run on many threads at once, as long as the services
// (resolver, status lists, SuiteContext) may be used so, which Cairn's all are.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>

#include "common/date_time.h"
#include "common/result.h"
#include "did/did_resolver.h"
#include "vc/credential_input.h"
#include "vc/data_integrity/suite_context.h"
#include "vc/status/status_limits.h"
#include "vc/status/status_list_source.h"
#include "vc/verification_report.h"

namespace cairn::vc {

struct VerifierOptions {
  std::optional<TimePoint> at;            // when to judge the validity window; unset: now
  bool strict = false;                    // warnings fail the verdict
  std::optional<std::string> recipient;   // e.g. an e-mail address the credential must name
  std::size_t max_endorsement_depth = 2;  // endorsements of endorsements ...
  std::size_t max_endorsements = 32;      // endorsements checked in one credential
  CredentialInputLimits input;
  // Status list limits; min_list_entries is the spec's 131,072 unless an ecosystem sets a lower
  // bound (DCC's lists hold 100,000).
  status::StatusLimits status;
};

struct VerifierServices {
  const data_integrity::SuiteContext* suites = nullptr;    // required
  const did::DidResolver* dids = nullptr;                  // required
  const status::StatusListSource* status_lists = nullptr;  // optional
};

class Verifier {
 public:
  // The services must outlive the verifier.
  Verifier(VerifierServices services, VerifierOptions options);

  // Reads `bytes` (JSON, JWT, PNG, SVG) and verifies what they carry. Returns an Error only when
  // they cannot be read as any of those (read_credential_input's errors); a readable credential
  // that is wrong in any way gives a report that is not verified.
  Result<VerificationReport> verify_input(std::span<const std::uint8_t> bytes) const;

  // Verifies a credential secured with Data Integrity proofs.
  VerificationReport verify_credential(const boost::json::object& credential,
                                       std::string format = "json") const;

  // Verifies a compact VC-JWT.
  VerificationReport verify_jwt(std::string_view token, std::string format = "jwt") const;

 private:
  VerificationReport verify_at_depth(const boost::json::object& credential, std::string format,
                                     std::size_t depth) const;
  VerificationReport verify_jwt_at_depth(std::string_view token, std::string format,
                                         std::size_t depth) const;
  void check_common(const boost::json::object& credential, std::size_t depth,
                    VerificationReport& report) const;
  // verifier_status.cpp
  void check_status(const boost::json::object& credential, TimePoint at,
                    VerificationReport& report) const;
  // verifier_endorsements.cpp
  void check_endorsements(const boost::json::object& credential, std::size_t depth,
                          VerificationReport& report) const;

  VerifierServices services_;
  VerifierOptions options_;
};

}  // namespace cairn::vc
