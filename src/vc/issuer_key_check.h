// The issuer-key check: is the key that made a proof provably the issuer's? See verifier.h for
// what pass, warning and fail mean. A revoked key is judged by the proof's `created` time: a
// proof made before the revocation still passes (old credentials keep verifying), one made at or
// after it fails. (`created` is the signer's word; the transparency log will make it checkable.)
//
// Thread-safety: a free function; safe when the resolver is.
#pragma once

#include <string>
#include <string_view>

#include "did/did_resolver.h"
#include "vc/verification_report.h"

namespace cairn::vc {

struct KeyCheck {
  CheckStatus status = CheckStatus::kFail;
  std::string message;
};

// `issuer_id` is the credential's issuer (empty when it has none), `method_id` the verification
// method that made the proof, `created` the proof's RFC 3339 time (empty when unknown).
KeyCheck check_issuer_key(const did::DidResolver& dids, std::string_view issuer_id,
                          std::string_view method_id, std::string_view created);

}  // namespace cairn::vc
