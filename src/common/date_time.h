// XML Schema dateTime / RFC 3339 date-times: parsing into a UTC time point and writing one back.
//
// VC Data Model 2.0 types validFrom and validUntil as xsd:dateTimeStamp (a dateTime that must
// carry a time zone); VC 1.1's issuanceDate and OB 3.0's DateTime fields are xsd:dateTime, whose
// time zone is optional. The parser is written here, without the C library's locale- and
// TZ-dependent functions, so that "2010-01-01T00:00:00+02:00" means the same instant on every
// machine.
//
// Accepted form: YYYY-MM-DD "T" hh:mm:ss [ "." fraction ] [ "Z" | ("+"|"-") hh:mm ], with a
// four-digit year 0001-9999, a real calendar day (leap years included), 24:00:00 as the end of
// the day, any number of fraction digits (kept to the microsecond) and offsets up to 14:00.
// Rejected: lower-case "t"/"z", a space for "T", leap seconds (":60"), offsets without a colon.
//
// Thread-safety: free functions without shared state.
#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include "common/result.h"

namespace cairn {

// A UTC instant with microsecond precision; its range covers the years 0001-9999.
using TimePoint = std::chrono::sys_time<std::chrono::microseconds>;

struct ParsedDateTime {
  TimePoint instant;        // UTC; when the text had no time zone, the wall time read as UTC
  bool has_offset = false;  // the text ended with "Z" or a numeric offset
};

// Returns the parsed date-time, or an Error with code "invalid date-time" whose message quotes
// the text and says which part is wrong and what form is expected.
Result<ParsedDateTime> parse_date_time(std::string_view text);

// As parse_date_time, and also an Error (same code) when the text has no time zone: the
// xsd:dateTimeStamp form VC 2.0 requires.
Result<TimePoint> parse_date_time_stamp(std::string_view text);

// "YYYY-MM-DDThh:mm:ssZ", with ".ffffff" (trailing zeros dropped) when the instant has a
// fraction of a second. Precondition: the instant lies in the years 0001-9999.
std::string format_date_time(TimePoint instant);

// format_date_time of `instant` cut to whole seconds: "YYYY-MM-DDThh:mm:ssZ", the form Cairn
// writes into credentials, key files and database rows.
std::string format_whole_seconds(TimePoint instant);

// Now, from the system clock, as a TimePoint.
TimePoint current_time();

}  // namespace cairn
