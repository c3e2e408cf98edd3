// Credentials an organisation issued, as the platform keeps them: the signed document exactly as
// issued, and beside it what changes afterwards (revocation, suspension, the earner's answer to
// the claim).
//
// Thread-safety: plain values.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "model/enum_names.h"

namespace cairn::model {

// Who receives a credential: an e-mail address (the credential carries only its salted SHA-256
// hash), a DID (the credentialSubject id), or a URL (likewise).
enum class RecipientType { kEmail, kDid, kUrl };
inline constexpr std::array<std::string_view, 3> kRecipientTypeNames = {"email", "did", "url"};

inline std::string_view recipient_type_name(RecipientType type) {
  return kRecipientTypeNames[static_cast<int>(type)];
}

inline std::optional<RecipientType> recipient_type_named(std::string_view name) {
  return enum_named<RecipientType>(kRecipientTypeNames, name);
}

struct Recipient {
  RecipientType type = RecipientType::kEmail;
  std::string identifier;           // normalized e-mail address, DID or URL
  std::optional<std::string> name;  // as the issuer knows the person; not put in the credential
};

// A credential's entry in a status list: the same index in the list's revocation and
// suspension bitstrings.
struct StatusSlot {
  std::string list_id;
  std::int64_t index = 0;
};

enum class ClaimState { kPending, kAccepted, kDeclined };
inline constexpr std::array<std::string_view, 3> kClaimStateNames = {"pending", "accepted",
                                                                     "declined"};

inline std::string_view claim_state_name(ClaimState state) {
  return kClaimStateNames[static_cast<int>(state)];
}

inline std::optional<ClaimState> claim_state_named(std::string_view name) {
  return enum_named<ClaimState>(kClaimStateNames, name);
}

struct IssuedCredential {
  std::string id;  // random hex; the credential's id is <base URL>/credentials/<id>
  std::string organisation_id;
  std::string achievement_id;
  std::int64_t achievement_version = 0;
  Recipient recipient;
  StatusSlot status;
  std::string format;    // the signing suite's name, e.g. "eddsa-rdfc-2022", "vc-jwt-eddsa"
  std::string document;  // the signed credential: JSON text, or a compact JWT
  std::string issued_at;
  std::optional<std::string> valid_until;
  std::string issued_by;  // user id
  std::optional<std::string> revoked_at;
  std::optional<std::string> revocation_reason;
  std::optional<std::string> suspended_at;
  std::optional<std::string> suspension_reason;
  ClaimState claim = ClaimState::kPending;
};

}  // namespace cairn::model
