#include "did/static_did_resolver.h"

#include "did/parse_did.h"

namespace cairn::did {

Result<StaticDidResolver> StaticDidResolver::create(std::vector<boost::json::object> documents) {
  StaticDidResolver resolver;
  for (std::size_t i = 0; i < documents.size(); ++i) {
    const std::string position = "DID document " + std::to_string(i + 1);
    const boost::json::value* id = documents[i].if_contains("id");
    if (id == nullptr || !id->is_string()) {
      return Error{"invalid DID document", position + " has no \"id\" string"};
    }
    std::string did(id->get_string());
    if (Result<ParsedDid> parsed = parse_did(did); !parsed) {
      return Error{"invalid DID document", position + ": " + parsed.error().message};
    }
    if (resolver.documents_.contains(did)) {
      return Error{"duplicate DID document",
                   position + " has the id " + did + ", as an earlier one does"};
    }
    resolver.documents_.emplace(std::move(did), std::move(documents[i]));
  }
  return resolver;
}

Result<boost::json::object> StaticDidResolver::resolve(std::string_view did) const {
  const auto found = documents_.find(did);
  if (found == documents_.end()) {
    return Error{kDidNotFound, "no DID document was given for " + std::string(did)};
  }
  return found->second;
}

}  // namespace cairn::did
