// Issuer organisations and the roles people hold in them.
//
// An organisation issues under its own did:web, `did:web:<instance host and path>:issuers:<id>`,
// whose document the instance serves at `/issuers/<id>/did.json`; its signing keys live in a key
// file sealed under the instance's master key (crypto/key_file.h).
//
// Thread-safety: plain values.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "model/enum_names.h"

namespace cairn::model {

struct Organisation {
  std::string id;  // random hex, as for accounts
  std::string name;
  std::optional<std::string> url;
  std::optional<std::string> email;
  std::optional<std::string> description;
  std::optional<std::string> country;  // ISO 3166-1 alpha-2 code, upper case
  std::string did;
  std::string created_at;
};

// Roles in an organisation, from most to least power: an owner manages members and keys; an
// admin edits the profile and achievements and issues; an assessor issues; a viewer reads.
enum class Role { kOwner, kAdmin, kAssessor, kViewer };
inline constexpr std::array<std::string_view, 4> kRoleNames = {"owner", "admin", "assessor",
                                                               "viewer"};

inline std::string_view role_name(Role role) { return kRoleNames[static_cast<int>(role)]; }

inline std::optional<Role> role_named(std::string_view name) {
  return enum_named<Role>(kRoleNames, name);
}

// True when `held` is `needed` or a more powerful role.
inline bool role_at_least(Role held, Role needed) {
  return static_cast<int>(held) <= static_cast<int>(needed);
}

}  // namespace cairn::model
