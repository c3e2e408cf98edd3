#include "crypto/jose/jws_algorithm.h"

#include <string>

namespace cairn::crypto::jose {

std::string_view jws_algorithm_name(JwsAlgorithm algorithm) {
  switch (algorithm) {
    case JwsAlgorithm::kEdDsa:
      return "EdDSA";
    case JwsAlgorithm::kRs256:
      return "RS256";
    case JwsAlgorithm::kEs256:
      return "ES256";
  }
  return {};
}

std::string_view jws_key_type_of(JwsAlgorithm algorithm) {
  switch (algorithm) {
    case JwsAlgorithm::kEdDsa:
      return "OKP";
    case JwsAlgorithm::kRs256:
      return "RSA";
    case JwsAlgorithm::kEs256:
      return "EC";
  }
  return {};
}

Result<JwsAlgorithm> jws_algorithm_of(std::string_view alg) {
  for (const auto algorithm : {JwsAlgorithm::kEdDsa, JwsAlgorithm::kRs256, JwsAlgorithm::kEs256}) {
    if (alg == jws_algorithm_name(algorithm)) return algorithm;
  }
  const std::string quoted = "\"" + std::string(alg) + "\"";
  if (alg == "none") {
    return Error{"unsupported jws algorithm", "alg " + quoted + " (an unsecured JWS) is refused"};
  }
  if (alg.starts_with("HS")) {
    return Error{"unsupported jws algorithm",
                 "alg " + quoted + " is a symmetric MAC; only EdDSA, RS256 and ES256 are accepted"};
  }
  return Error{"unsupported jws algorithm",
               "alg " + quoted + " is not supported; only EdDSA, RS256 and ES256 are"};
}

}  // namespace cairn::crypto::jose
