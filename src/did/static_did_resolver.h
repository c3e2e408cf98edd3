// StaticDidResolver: DID documents given up front, such as the files `cairn verify --did-doc FILE`
// reads, keyed by their "id". It lets a verifier work offline, or pin the document of a did:web
// issuer instead of downloading it.
//
// Thread-safety: immutable after create(); resolve() may be called from any thread.
#pragma once

#include <boost/json/object.hpp>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "did/did_resolver.h"

namespace cairn::did {

class StaticDidResolver final : public DidResolver {
 public:
  // Returns a resolver holding `documents`; or an Error "invalid DID document" when one has no
  // "id" string or its id is not a DID (the message gives its position and the DID syntax
  // error), or "duplicate DID document" when two share an id.
  static Result<StaticDidResolver> create(std::vector<boost::json::object> documents);

  // Returns the document whose id is `did`, whatever its method; or an Error kDidNotFound.
  Result<boost::json::object> resolve(std::string_view did) const override;

 private:
  StaticDidResolver() = default;

  std::map<std::string, boost::json::object, std::less<>> documents_;
};

}  // namespace cairn::did
