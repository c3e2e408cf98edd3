// The earner's wallet: credentials an account holds, claimed from this instance or imported
// from anywhere (verified first), each private or shared through a public link.
//
// Thread-safety: plain values.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "model/enum_names.h"

namespace cairn::model {

enum class WalletSource { kClaimed, kImported };
inline constexpr std::array<std::string_view, 2> kWalletSourceNames = {"claimed", "imported"};

enum class Visibility { kPrivate, kPublic };
inline constexpr std::array<std::string_view, 2> kVisibilityNames = {"private", "public"};

inline std::string_view wallet_source_name(WalletSource source) {
  return kWalletSourceNames[static_cast<int>(source)];
}
inline std::optional<WalletSource> wallet_source_named(std::string_view name) {
  return enum_named<WalletSource>(kWalletSourceNames, name);
}
inline std::string_view visibility_name(Visibility visibility) {
  return kVisibilityNames[static_cast<int>(visibility)];
}
inline std::optional<Visibility> visibility_named(std::string_view name) {
  return enum_named<Visibility>(kVisibilityNames, name);
}

struct WalletEntry {
  std::string id;  // random hex
  std::string user_id;
  std::optional<std::string> credential_id;  // when issued by this instance
  std::string credential_key;                // the credential's own id, or a hash of it
  WalletSource source = WalletSource::kClaimed;
  std::string format;    // "json" (a JSON-LD credential) or "jwt" (compact VC-JWT)
  std::string document;  // the credential as held
  std::string name;      // the achievement's name
  std::string issuer;    // the issuer's name, or its id when it has none
  std::optional<std::string> issued_at;
  std::optional<std::string> valid_until;
  Visibility visibility = Visibility::kPrivate;
  std::optional<std::string> share_token;  // while public: the secret part of the public link
  std::string added_at;
};

}  // namespace cairn::model
