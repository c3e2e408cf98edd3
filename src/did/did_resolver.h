// DidResolver: turns a DID into its DID document. One implementation per source of documents
// (did_key_resolver.h, static_did_resolver.h, did_web_resolver.h) and one that tries several in
// turn (chained_did_resolver.h).
//
// resolve_verification_method() is the step a proof check needs: from a verification method id
// (a DID URL with a fragment) to the method and its public key.
//
// Thread-safety: implementations must allow resolve() to be called from many threads at once
// (the verifier checks credentials in parallel).
#pragma once

#include <boost/json/object.hpp>
#include <string_view>

#include "common/result.h"
#include "did/verification_method.h"

namespace cairn::did {

// Error codes resolvers share, so that ChainedDidResolver can tell "not mine" from "broken".
inline constexpr char kUnsupportedDidMethod[] = "unsupported DID method";  // not this resolver's
inline constexpr char kDidNotFound[] = "DID not found";  // this resolver's method, no document

class DidResolver {
 public:
  virtual ~DidResolver() = default;

  // Returns the DID document of `did` (a DID, without fragment), whose "id" equals `did`; or an
  // Error: kUnsupportedDidMethod, kDidNotFound, "invalid DID" (syntax), or another code the
  // implementation documents (a failed download, a malformed document).
  virtual Result<boost::json::object> resolve(std::string_view did) const = 0;
};

// Returns the verification method `method_id` names ("did:web:example.com#key-1"): resolves the
// part before '#' with `resolver` and finds the method in the document. Errors: "invalid DID URL"
// when `method_id` has no fragment or nothing before it, the resolver's errors, and those of
// find_verification_method().
Result<VerificationMethod> resolve_verification_method(const DidResolver& resolver,
                                                       std::string_view method_id);

}  // namespace cairn::did
