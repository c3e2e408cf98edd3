// The closed vocabularies of Open Badges 3.0 (section B.2 "Enumerated value sets"): what
// `achievementType`, `identifierType`, Alignment `targetType` and ResultDescription
// `resultType` may hold. Each also admits extension terms "ext:<name>" (value_checks.h).
// Used by the structure tables and by whatever builds OB 3.0 objects (achievement definitions).
//
// Thread-safety: each list is built once, on first use, and never changes.
#pragma once

#include <string>
#include <vector>

namespace cairn::vc::structure {

const std::vector<std::string>& achievement_types();
const std::vector<std::string>& identifier_types();
const std::vector<std::string>& alignment_target_types();
const std::vector<std::string>& result_types();

}  // namespace cairn::vc::structure
