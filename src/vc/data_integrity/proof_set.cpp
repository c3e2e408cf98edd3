#include "vc/data_integrity/proof_set.h"

#include <algorithm>
#include <boost/json/array.hpp>
#include <optional>
#include <string>

#include "vc/data_integrity/errors.h"

namespace cairn::vc::data_integrity {
namespace {

// Appends the one proof of `all_proofs` whose id is `id`.
std::optional<Error> add_proof_with_id(const boost::json::string& id, const ProofList& all_proofs,
                                       const char* error_code, ProofList& found) {
  const boost::json::object* match = nullptr;
  for (const boost::json::object* proof : all_proofs) {
    const auto* proof_id = proof->if_contains("id");
    if (proof_id == nullptr || !proof_id->is_string() || proof_id->get_string() != id) continue;
    if (match != nullptr) {
      return Error{error_code, "previousProof \"" + std::string(id) +
                                   "\" is ambiguous: more than one proof has that id"};
    }
    match = proof;
  }
  if (match == nullptr) {
    return Error{error_code,
                 "previousProof \"" + std::string(id) + "\" names no proof of the document"};
  }
  found.push_back(match);
  return std::nullopt;
}

}  // namespace

Result<ProofList> proofs_of(const boost::json::object& document, std::size_t max_proofs) {
  ProofList proofs;
  const auto* proof = document.if_contains("proof");
  if (proof == nullptr) return proofs;
  if (const auto* single = proof->if_object()) {
    proofs.push_back(single);
    return proofs;
  }
  const auto* array = proof->if_array();
  if (array == nullptr) {
    return Error{errors::kParsingError, "\"proof\" must be an object or an array of objects"};
  }
  if (array->size() > max_proofs) {
    return Error{"limit exceeded", "the document has " + std::to_string(array->size()) +
                                       " proofs; at most " + std::to_string(max_proofs) +
                                       " are accepted"};
  }
  for (const boost::json::value& element : *array) {
    const auto* object = element.if_object();
    if (object == nullptr) {
      return Error{errors::kParsingError, "every element of \"proof\" must be an object"};
    }
    proofs.push_back(object);
  }
  return proofs;
}

Result<ProofList> previous_proofs(const boost::json::value& previous_proof,
                                  const ProofList& all_proofs, const char* error_code) {
  ProofList named;
  if (const auto* id = previous_proof.if_string()) {
    if (auto error = add_proof_with_id(*id, all_proofs, error_code, named)) return *error;
    return named;
  }
  const auto* ids = previous_proof.if_array();
  if (ids == nullptr) {
    return Error{error_code, "previousProof must be a string or an array of strings"};
  }
  for (const boost::json::value& id : *ids) {
    if (!id.is_string()) {
      return Error{error_code, "previousProof must be a string or an array of strings"};
    }
    if (auto error = add_proof_with_id(id.get_string(), all_proofs, error_code, named)) {
      return *error;
    }
  }
  // In the order of all_proofs, each proof once, as the algorithms walk allProofs.
  ProofList ordered;
  for (const boost::json::object* proof : all_proofs) {
    if (std::find(named.begin(), named.end(), proof) != named.end()) ordered.push_back(proof);
  }
  return ordered;
}

boost::json::object input_document(const boost::json::object& document,
                                   std::span<const boost::json::object* const> proofs,
                                   boost::json::storage_ptr storage) {
  boost::json::object input(document.size(), storage);
  for (const auto& member : document) {
    if (member.key() != "proof") input.emplace(member.key(), member.value());
  }
  if (!proofs.empty()) {
    boost::json::array& chained =
        input.emplace("proof", boost::json::array()).first->value().as_array();
    for (const boost::json::object* proof : proofs) chained.emplace_back(*proof);
  }
  return input;
}

}  // namespace cairn::vc::data_integrity
