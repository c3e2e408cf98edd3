// require_single_credential: the one rule PNG and SVG unbaking share (internal to cairn_media).
//
// OB 3.0 allows one baked credential per image. With two, a verifier that picked one would let
// whoever added the second choose what gets verified, so two is an error, not a choice.
//
// Thread-safety: a pure function.
#pragma once

#include <cstddef>
#include <string_view>

namespace cairn::media {

// Returns when credential_count is 1. Otherwise throws cairn::Failure: "multiple credentials"
// ("image carries 2 credentials; expected one"); "legacy badge" when there is none but
// legacy_form (e.g. `PNG iTXt "openbadges"`) names an Open Badges 2.0 assertion that was found;
// "no credential" naming expected_form (where a 3.0 credential would have been) otherwise.
void require_single_credential(std::size_t credential_count, std::string_view legacy_form,
                               std::string_view expected_form);

}  // namespace cairn::media
