// Which VC Data Model version a credential is written for. Internal to cairn_vc_structure.
//
// Thread-safety: a free function without shared state.
#pragma once

#include <boost/json/object.hpp>

namespace cairn::vc::structure {

// 2 when the first @context entry is https://www.w3.org/ns/credentials/v2, 1 when it is
// https://www.w3.org/2018/credentials/v1. When it names neither, the dates decide (issuanceDate
// without validFrom: 1, otherwise 2), so that a report about a broken context points at the
// context instead of also listing every field of the other version as missing.
int vc_version_of(const boost::json::object& credential);

}  // namespace cairn::vc::structure
