// parse_did: checks the syntax of a DID (DID Core 1.0 section 3.1) and splits it into its method
// and method-specific identifier.
//
//   did                = "did:" method-name ":" method-specific-id
//   method-name        = 1*( %x61-7A / DIGIT )
//   method-specific-id = *( *idchar ":" ) 1*idchar
//   idchar             = ALPHA / DIGIT / "." / "-" / "_" / pct-encoded
//
// A DID URL (path, query or fragment) is not a DID; callers split the fragment off first.
//
// Thread-safety: a free function without shared state.
#pragma once

#include <cstddef>
#include <string_view>

#include "common/result.h"

namespace cairn::did {

// A DID can name a document on the web; anything longer than this is refused before any work.
inline constexpr std::size_t kMaxDidBytes = 2048;

// Views into the text given to parse_did(); valid while that text is.
struct ParsedDid {
  std::string_view method;              // "web" in "did:web:example.com"
  std::string_view method_specific_id;  // "example.com"
};

// Returns the parts of `did`, or an Error with code "invalid DID" whose message quotes the DID
// and says what is wrong (prefix, method name, character, empty identifier, length).
Result<ParsedDid> parse_did(std::string_view did);

}  // namespace cairn::did
