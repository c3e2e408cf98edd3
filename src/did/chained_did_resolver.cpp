#include "did/chained_did_resolver.h"

#include <string>

namespace cairn::did {

ChainedDidResolver::ChainedDidResolver(std::vector<std::unique_ptr<const DidResolver>> resolvers)
    : resolvers_(std::move(resolvers)) {}

Result<boost::json::object> ChainedDidResolver::resolve(std::string_view did) const {
  bool method_known = false;
  std::string messages;
  for (const auto& resolver : resolvers_) {
    Result<boost::json::object> document = resolver->resolve(did);
    if (document) return document;
    const Error& error = document.error();
    if (error.code != kUnsupportedDidMethod && error.code != kDidNotFound) return error;
    method_known |= error.code == kDidNotFound;
    messages += (messages.empty() ? "" : "; ") + error.message;
  }
  if (resolvers_.empty()) messages = "no resolver is configured for " + std::string(did);
  return Error{method_known ? kDidNotFound : kUnsupportedDidMethod, messages};
}

}  // namespace cairn::did
