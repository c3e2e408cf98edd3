#include "did/did_resolver.h"

#include <string>

namespace cairn::did {

Result<VerificationMethod> resolve_verification_method(const DidResolver& resolver,
                                                       std::string_view method_id) {
  const std::size_t hash = method_id.find('#');
  if (hash == std::string_view::npos || hash == 0 || hash + 1 == method_id.size()) {
    return Error{"invalid DID URL",
                 "\"" + std::string(method_id.substr(0, 200)) +
                     "\" is not a verification method id: it needs a DID followed by #fragment"};
  }
  Result<boost::json::object> document = resolver.resolve(method_id.substr(0, hash));
  if (!document) return document.error();
  return find_verification_method(*document, method_id);
}

}  // namespace cairn::did
