// The JSON-LD 1.1 keywords, and the test for strings that merely look like one.
//
// Thread-safety: pure functions.
#pragma once

#include <string_view>

namespace cairn::canon::jsonld {

// True when `value` is one of the JSON-LD 1.1 keywords (@base, @container, ..., @vocab).
// Framing keywords are not included: Cairn does not frame.
bool is_keyword(std::string_view value);

// True when `value` has the form of a keyword, "@" followed by one or more ASCII letters
// (RFC 5234 "@"1*ALPHA). Such strings are reserved: the algorithms ignore them unless they are
// keywords.
bool has_keyword_form(std::string_view value);

}  // namespace cairn::canon::jsonld
