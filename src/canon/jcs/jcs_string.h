// The string form of RFC 8785 (section 3.2.2.2), which is ECMAScript's JSON.stringify form.
//
// Only '"', '\\' and the controls U+0000..U+001F are escaped: \b \t \n \f \r by their short
// escapes, the other controls as \u00xx with lower-case hex. Everything else, including U+007F,
// U+2028 and non-ASCII characters, is copied as UTF-8.
//
// Thread-safety: a pure function.
#pragma once

#include <string>
#include <string_view>

namespace cairn::canon::jcs {

// Precondition: `utf8` is well-formed UTF-8. Appends it to `out` as a quoted JSON string.
void append_jcs_string(std::string& out, std::string_view utf8);

}  // namespace cairn::canon::jcs
