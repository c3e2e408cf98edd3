// did_web_of_location: the did:web DID of a host and path ("Create"): the host, with a port's
// colon percent-encoded as %3A, then each path segment after a colon.
//
//   example.com:3000/issuers/42            -> did:web:example.com%3A3000:issuers:42
//
// did_web_document_url: where a did:web DID document lives (did:web method specification,
// "Read (Resolve)"): the method-specific identifier's ':' become '/', a percent-encoded port
// colon ("%3A") is decoded, "/.well-known" is added when there is no path, then "/did.json".
//
//   did:web:w3c-ccg.github.io              -> https://w3c-ccg.github.io/.well-known/did.json
//   did:web:w3c-ccg.github.io:user:alice   -> https://w3c-ccg.github.io/user/alice/did.json
//   did:web:example.com%3A3000:user:alice  -> https://example.com:3000/user/alice/did.json
//
// Thread-safety: a free function without shared state.
#pragma once

#include <string>
#include <string_view>

#include "common/result.h"

namespace cairn::did {

// Returns the https URL of the DID document of `did`; or an Error "invalid DID" (DID syntax),
// kUnsupportedDidMethod (not did:web), or "invalid did:web" when the host is not a domain name
// (the specification forbids IP addresses), the port is not 1-65535, or a path segment is "."
// or ".." (which would make two DIDs name one file).
Result<std::string> did_web_document_url(std::string_view did);

// `host_and_path` is a URL without its scheme ("example.com/issuers/42"); trailing slashes are
// dropped. Error "invalid did:web location" when it is empty or holds a character a did:web
// cannot carry (only letters, digits, '.', '-', '_', '/' and one port ':' are allowed).
Result<std::string> did_web_of_location(std::string_view host_and_path);

}  // namespace cairn::did
