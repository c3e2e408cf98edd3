// Checks of single string values against the lexical forms the tables name. Internal to
// cairn_vc_structure.
//
// Thread-safety: free functions without shared state.
#pragma once

#include <string_view>

namespace cairn::vc::structure {

// A URI with a scheme (RFC 3986: a letter, then letters, digits, "+", "-", "."; then ":") and
// something after it, without spaces or control characters. Accepts https:, did:, urn: ...
bool is_uri(std::string_view text);

// A compact JWS: three base64url segments joined by "."; the payload may be empty.
bool is_compact_jws(std::string_view text);

// An "ext:" term of an extensible enumeration: "ext:" then letters, digits, ".", "-", "_".
bool is_extension_term(std::string_view text);

// An xsd:date, YYYY-MM-DD, naming a real day.
bool is_date(std::string_view text);

// True when `text` is one of the @context entries OB 3.0 / CLR 2.0 accept for their context:
// https://purl.imsglobal.org/spec/ob/v3p0/context.json or .../context-3.D.D.json (and
// .../clr/v2p0/context.json or .../context-2.D.D.json).
bool is_ob3_context(std::string_view text);
bool is_clr2_context(std::string_view text);

}  // namespace cairn::vc::structure
