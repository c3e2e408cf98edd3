// The Error codes of cairn_media, so callers (the CLI, the verifier) can tell them apart without
// matching messages. Every Error also has a message for a person saying what was wrong.
#pragma once

#include <string_view>

namespace cairn::media::error_code {

inline constexpr std::string_view kInvalidPng = "invalid PNG";  // not a well-formed PNG
inline constexpr std::string_view kInvalidSvg = "invalid SVG";  // not well-formed XML, not <svg>
inline constexpr std::string_view kDtdRefused = "DTD refused";  // DTD declarations (entities...)
inline constexpr std::string_view kLimitExceeded = "limit exceeded";  // an ImageLimits bound
inline constexpr std::string_view kNoCredential = "no credential";    // nothing baked in
// More than one Open Badges 3.0 credential: the spec allows one, and picking one would let an
// attacker choose which one a verifier sees.
inline constexpr std::string_view kMultipleCredentials = "multiple credentials";
// Only an Open Badges 2.0 (or older) assertion: recognised, but not a 3.0 credential.
inline constexpr std::string_view kLegacyBadge = "legacy badge";
inline constexpr std::string_view kAlreadyBaked = "already baked";  // bake into a baked image
inline constexpr std::string_view kInvalidCredential = "invalid credential";  // bad text to bake

}  // namespace cairn::media::error_code
