// open_badges_achievement: an achievement definition as the Open Badges 3.0 Achievement its
// credentials carry, with the EU micro-credential elements OB 3.0 has no field for written as
// alignments (docs/issue-4-platform.md, "Achievements and the EU micro-credential elements"):
//   - criteria.narrative: the criteria text, then the learning outcomes as a Markdown list
//     (criteria.id = the achievement's URL when there is neither);
//   - creditsAvailable: the ECTS credits; inLanguage, tag, image, version as named;
//   - skills: Alignments with targetType "ceasn:Competency" to their framework URIs;
//   - EQF level: an Alignment to http://data.europa.eu/snb/eqf/<n> (the EU's own vocabulary);
//   - workload, assessment, participation, quality assurance: Alignments with targetType
//     "ext:EUMicroCredentialElement", targetCode naming the element, the value in targetName,
//     and targetUrl the achievement's own URL with the element as fragment.
// Only terms of the OB 3.0 context are used, so verifiers need no other context.
//
// Thread-safety: a free function.
#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
#include <string_view>

#include "model/achievement.h"

namespace cairn::app {

// `id` is the version's URL (<base URL>/achievements/<id>/versions/<n>).
boost::json::object open_badges_achievement(const model::AchievementDefinition& definition,
                                            std::string_view id, std::int64_t version);

}  // namespace cairn::app
