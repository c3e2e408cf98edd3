// sign_credential: the one place where Cairn turns a credential into a signed one, whichever the
// suite (Data Integrity eddsa-rdfc-2022 / eddsa-jcs-2022, or VC-JWT with RS256, ES256 or EdDSA).
// Everything that issues (the CLI, later the server's award use case and the transparency log
// hook) goes through here.
//
// Before signing it refuses what would give a credential nobody should accept: an issuer that is
// not the key file's controller, and a credential whose structure has errors.
//
// Thread-safety: safe to call from several threads with the same SuiteContext and key file.
#pragma once

#include <array>
#include <boost/json/object.hpp>
#include <string>
#include <string_view>

#include "common/result.h"
#include "crypto/key_file.h"
#include "vc/data_integrity/suite_context.h"

namespace cairn::vc {

enum class SigningSuite { kEddsaRdfc2022, kEddsaJcs2022, kVcJwtRs256, kVcJwtEs256, kVcJwtEddsa };
inline constexpr std::array<std::string_view, 5> kSigningSuiteNames = {
    "eddsa-rdfc-2022", "eddsa-jcs-2022", "vc-jwt-rs256", "vc-jwt-es256", "vc-jwt-eddsa"};

// The suite's name, as signing_suite_named reads it.
std::string_view signing_suite_name(SigningSuite suite);

// The suite named "eddsa-rdfc-2022", "eddsa-jcs-2022", "vc-jwt-rs256", "vc-jwt-es256" or
// "vc-jwt-eddsa"; Error "invalid option" otherwise.
Result<SigningSuite> signing_suite_named(std::string_view name);

// Returns the signed credential: JSON text for Data Integrity suites, the compact JWT for VC-JWT.
// `created` (RFC 3339) is the proof's time. Errors: "issuer mismatch" (the credential's issuer is
// not keys.controller), "invalid credential" (structure errors, listed), "no signing key" (no
// unrevoked key of the suite's algorithm), "invalid key file" (a secret that is not a key), or the
// suite's own error (canonicalization, JWT encoding).
// The credential is taken by value: pass one you no longer need with std::move.
Result<std::string> sign_credential(boost::json::object credential, const crypto::KeyFile& keys,
                                    SigningSuite suite, std::string_view created,
                                    const data_integrity::SuiteContext& context);

}  // namespace cairn::vc
