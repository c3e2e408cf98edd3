// The checks every suite's Proof Configuration algorithm makes of proof options before it signs
// them (vc-di-eddsa, "Proof Configuration"): the type and cryptosuite are the suite's, and a
// `created` or `expires` is an XML Schema dateTime.
//
// Thread-safety: a pure function.
#pragma once

#include <boost/json/object.hpp>
#include <optional>
#include <string_view>

#include "common/result.h"

namespace cairn::vc::data_integrity {

// Returns nullopt when `proof_options` fit the suite, else an Error "proof generation error"
// saying which member is wrong. An empty `cryptosuite` means the proof must have none.
std::optional<Error> check_proof_configuration(const boost::json::object& proof_options,
                                               std::string_view type, std::string_view cryptosuite);

}  // namespace cairn::vc::data_integrity
