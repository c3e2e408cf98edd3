// The member-name order of RFC 8785 (section 3.2.3): names compared as arrays of UTF-16 code
// units, which is how ECMAScript sorts strings.
//
// For UTF-8 this is byte order except in one case: a character in U+E000..U+FFFF sorts AFTER one
// above U+FFFF in UTF-16 (whose lead surrogate is D800..DBFF), but before it in UTF-8 bytes.
//
// Thread-safety: a pure function.
#pragma once

#include <string_view>

namespace cairn::canon::jcs {

// Precondition: a and b are well-formed UTF-8. Returns true when a sorts before b in UTF-16 code
// unit order.
bool utf16_less(std::string_view a, std::string_view b);

}  // namespace cairn::canon::jcs
