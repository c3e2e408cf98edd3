// How a credential's members and the JWT claims of VC-JWT correspond (Open Badges 3.0 section
// 8.2.2; VC Data Model 1.1 section 6.3.1; VC Data Model 2.0 names):
//
//   iss <-> issuer (a string) or issuer.id     jti <-> id
//   sub <-> credentialSubject.id               nbf <-> validFrom (2.0) / issuanceDate (1.1)
//   exp <-> validUntil (2.0) / expirationDate (1.1)
//
// Which date names apply is decided by the credential's first @context. Internal to
// cairn_vc_jwt.
//
// Thread-safety: free functions and constants.
#pragma once

#include <boost/json/object.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace cairn::vc::jwt {

inline constexpr std::string_view kVc1Context = "https://www.w3.org/2018/credentials/v1";

// The credential members that hold the validity dates, per data model version.
struct ValidityMemberNames {
  std::string_view valid_from;   // "validFrom" or "issuanceDate"
  std::string_view valid_until;  // "validUntil" or "expirationDate"
};

// True when the credential's first @context is the VC 1.1 context.
bool is_vc1_credential(const boost::json::object& credential);

ValidityMemberNames validity_member_names_of(const boost::json::object& credential);

// The issuer's id: `issuer` when it is a string, `issuer.id` when it is an object with a string
// id; nothing otherwise.
std::optional<std::string> issuer_id_of(const boost::json::object& credential);

// credentialSubject.id when credentialSubject is one object (or an array of one) with a string
// id; nothing otherwise.
std::optional<std::string> subject_id_of(const boost::json::object& credential);

// The string member `name` of `object`, if present and a string.
std::optional<std::string> string_member_of(const boost::json::object& object,
                                            std::string_view name);

}  // namespace cairn::vc::jwt
