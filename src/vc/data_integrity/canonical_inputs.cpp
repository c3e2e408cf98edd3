#include "vc/data_integrity/canonical_inputs.h"

#include <algorithm>

#include "crypto/digest.h"

namespace cairn::vc::data_integrity {

HashData hash_data(const CanonicalInputs& inputs) {
  HashData data;
  const crypto::Sha256Digest config_hash = crypto::sha256(inputs.proof_config);
  const crypto::Sha256Digest document_hash = crypto::sha256(inputs.document);
  std::copy(config_hash.begin(), config_hash.end(), data.begin());
  std::copy(document_hash.begin(), document_hash.end(), data.begin() + config_hash.size());
  return data;
}

}  // namespace cairn::vc::data_integrity
