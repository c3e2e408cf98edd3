// Dates and numbers as a reader of each language expects them: "29 November 2026",
// "29. November 2026", "29 de noviembre de 2026"; "100,000", "100.000", "100.000". Three
// languages need a few tables, not ICU.
//
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "common/date_time.h"
#include "web/language.h"

namespace cairn::web {

// The calendar day of `instant` (UTC) in `language`'s long form.
std::string format_date(Language language, TimePoint instant);

// format_date of an XML Schema dateTime text (a credential's validFrom, say); the text itself
// when it is not one, so that nothing is hidden.
std::string format_date_text(Language language, std::string_view date_time);

// The month and year of `instant` (UTC): "November 2026", "November 2026", "noviembre de 2026".
std::string format_month_year(Language language, TimePoint instant);

// `count` with `language`'s thousands separator.
std::string format_count(Language language, std::uint64_t count);

}  // namespace cairn::web
