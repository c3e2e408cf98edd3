#include "vc/data_integrity/proof_options.h"

#include <boost/json/array.hpp>

namespace cairn::vc::data_integrity {
namespace {

void put_if_present(boost::json::object& proof, std::string_view key,
                    const std::optional<std::string>& value) {
  if (value) proof.emplace(key, *value);
}

void put_if_not_empty(boost::json::object& proof, std::string_view key, const std::string& value) {
  if (!value.empty()) proof.emplace(key, value);
}

boost::json::value previous_proof_value(
    const std::variant<std::string, std::vector<std::string>>& previous) {
  if (const auto* id = std::get_if<std::string>(&previous)) return boost::json::string(*id);
  boost::json::array ids;
  for (const std::string& id : std::get<std::vector<std::string>>(previous)) ids.emplace_back(id);
  return ids;
}

}  // namespace

boost::json::object to_json(const ProofOptions& options) {
  boost::json::object proof;
  put_if_not_empty(proof, "type", options.type);
  put_if_present(proof, "id", options.id);
  put_if_not_empty(proof, "cryptosuite", options.cryptosuite);
  put_if_not_empty(proof, "created", options.created);
  put_if_present(proof, "expires", options.expires);
  put_if_not_empty(proof, "verificationMethod", options.verification_method);
  put_if_not_empty(proof, "proofPurpose", options.proof_purpose);
  if (options.previous_proof) {
    proof.emplace("previousProof", previous_proof_value(*options.previous_proof));
  }
  put_if_present(proof, "domain", options.domain);
  put_if_present(proof, "challenge", options.challenge);
  return proof;
}

}  // namespace cairn::vc::data_integrity
