// Compact JWS (RFC 7515 section 7.1): signing, parsing with limits, and signature verification,
// for the algorithms of jws_algorithm.h (EdDSA, RS256, ES256) and the keys of jwk.h.
//
// What is refused, and where:
//   parse_compact_jws: anything but three base64url parts; a token, header or payload over the
//     limits; a header that is not a strict JSON object; no "alg", or "alg" none / HS* / unknown;
//     a "crit" member (no extension is understood, so RFC 7515 section 4.1.11 requires refusal);
//     "b64" other than true (RFC 7797's unencoded payloads); an empty signature.
//   verify_jws_signature: "alg" that does not fit the key's kty/crv (an RSA key never verifies
//     an EdDSA or HS256 token), or a key "alg" member that differs from the header's.
//
// Thread-safety: free functions without shared state.
#pragma once

#include <boost/json/object.hpp>
#include <cstddef>
#include <string>
#include <string_view>

#include "canon/json/json_parser.h"
#include "common/result.h"
#include "crypto/bytes.h"
#include "crypto/jose/jwk.h"
#include "crypto/jose/jws_algorithm.h"
#include "crypto/jose/jws_signing_key.h"

namespace cairn::crypto::jose {

// Returns header.payload.signature, the header being `header` with "alg" set to the key's
// algorithm (first, replacing any "alg" given). Errors: "invalid jws header" when `header` has
// "crit" or "b64" (this library would refuse the token), or the key's "signing failed".
Result<std::string> sign_compact_jws(const boost::json::object& header, std::string_view payload,
                                     const JwsSigningKey& key);

struct JwsLimits {
  std::size_t max_token_bytes = 4u << 20;    // the whole compact serialization
  std::size_t max_header_bytes = 16u << 10;  // the decoded protected header
  canon::json::JsonLimits header_json{.max_bytes = 16u << 10, .max_depth = 8};
};

struct ParsedJws {
  boost::json::object header;  // the protected header
  std::string payload;         // decoded payload bytes
  std::string signing_input;   // ASCII(BASE64URL(header) || '.' || BASE64URL(payload))
  Bytes signature;             // decoded signature
  JwsAlgorithm algorithm = JwsAlgorithm::kEdDsa;  // from the header's "alg"
};

// Returns the parts of `token`, or an Error: "invalid jws" (structure, base64url, header JSON,
// "crit", "b64", empty signature), "unsupported jws algorithm" ("alg" none, HS*, unknown), or
// "limit exceeded". The signature is not checked here.
Result<ParsedJws> parse_compact_jws(std::string_view token, const JwsLimits& limits = {});

// Returns true when `jws.signature` is a valid signature of `jws.signing_input` by `key` under the
// header's "alg", false when it is not (including a signature of the wrong length). Errors, for a
// token that cannot be checked with this key at all: "unsupported jws algorithm" (header "alg"
// missing, none, HS*, unknown), "jws algorithm mismatch" ("alg" does not fit the key type or the
// key's own "alg"), "invalid jwk" (the key does not pass parse_public_jwk's checks).
Result<bool> verify_jws_signature(const ParsedJws& jws, const PublicJwk& key);

}  // namespace cairn::crypto::jose
