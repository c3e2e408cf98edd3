#include "vc/data_integrity/cryptosuites.h"

#include "vc/data_integrity/jcs_cryptosuite.h"
#include "vc/data_integrity/rdfc_cryptosuite.h"

namespace cairn::vc::data_integrity {

const Cryptosuite* find_cryptosuite(std::string_view proof_type, std::string_view cryptosuite) {
  for (const Cryptosuite* suite :
       {&eddsa_rdfc_2022(), &eddsa_jcs_2022(), &ed25519_signature_2020()}) {
    if (suite->proof_type() == proof_type && suite->cryptosuite() == cryptosuite) return suite;
  }
  return nullptr;
}

}  // namespace cairn::vc::data_integrity
