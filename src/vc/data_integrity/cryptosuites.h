// The registry of the cryptosuites Cairn implements, looked up by the names a proof carries.
//
// Thread-safety: a pure function over immutable singletons.
#pragma once

#include <string_view>

#include "vc/data_integrity/cryptosuite.h"

namespace cairn::vc::data_integrity {

// Returns the suite whose proof type is `proof_type` and whose cryptosuite is `cryptosuite`
// (empty for a type that names its suite alone, as Ed25519Signature2020 does), or nullptr when
// Cairn implements no such suite.
const Cryptosuite* find_cryptosuite(std::string_view proof_type, std::string_view cryptosuite);

}  // namespace cairn::vc::data_integrity
