// CanonicalInputs: the two canonical texts a Data Integrity proof's signature covers, and the
// hash data every suite here signs: SHA-256 of the canonical proof configuration followed by
// SHA-256 of the canonical document (vc-di-eddsa, "Hashing"; Ed25519Signature2020 alike).
//
// Thread-safety: plain values and a free function without shared state.
#pragma once

#include <array>
#include <cstdint>
#include <string>

namespace cairn::vc::data_integrity {

struct CanonicalInputs {
  std::string document;      // the transformed document: canonical N-Quads or JCS text
  std::string proof_config;  // the canonical proof configuration
};

using HashData = std::array<std::uint8_t, 64>;

// Returns SHA-256(inputs.proof_config) || SHA-256(inputs.document). Never fails.
HashData hash_data(const CanonicalInputs& inputs);

}  // namespace cairn::vc::data_integrity
