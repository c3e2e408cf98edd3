// Tests of the date-time parser. Expected instants are Unix times
// computed outside this code (GNU date -u -d ... +%s) and written down here.
#include "common/date_time.h"

#include <gtest/gtest.h>

#include <string_view>

namespace cairn {
namespace {

using std::chrono::microseconds;
using std::chrono::seconds;

TimePoint unix_time(long long unix_seconds, long long micros = 0) {
  return TimePoint{seconds{unix_seconds} + microseconds{micros}};
}

long long unix_micros(TimePoint instant) { return instant.time_since_epoch().count(); }

struct Valid {
  std::string_view text;
  long long unix_seconds;
  long long micros;
  bool has_offset;
};

const Valid kValid[] = {
    {"2010-01-01T00:00:00Z", 1262304000, 0, true},
    {"2010-01-01T00:00:00+02:00", 1262296800, 0, true},  // 2009-12-31T22:00:00Z
    {"2009-12-31T22:00:00-00:00", 1262296800, 0, true},
    {"2024-02-29T13:00:45+00:30", 1709209845, 0, true},  // 2024-02-29T12:30:45Z, leap day
    {"2024-02-29T07:30:45-05:00", 1709209845, 0, true},
    {"2024-01-01T05:15:00+11:00", 1704046500, 0, true},  // 2023-12-31T18:15:00Z
    {"2010-01-01T00:00:00.5Z", 1262304000, 500000, true},
    {"2010-01-01T00:00:00.123456Z", 1262304000, 123456, true},
    {"2010-01-01T00:00:00.1234567891Z", 1262304000, 123456, true},  // beyond microseconds
    {"2010-01-01T00:00:00.000001+00:00", 1262304000, 1, true},
    {"2010-01-01T00:00:00", 1262304000, 0, false},  // no zone: read as UTC
    {"2024-02-29T24:00:00Z", 1709251200, 0, true},  // end of day = next midnight
    {"2000-01-01T00:00:00Z", 946684800, 0, true},
    {"0001-01-01T00:00:00Z", -62135596800, 0, true},
    {"9999-12-31T23:59:59Z", 253402300799, 0, true},
    {"2010-01-01T00:00:00+14:00", 1262304000 - 14 * 3600, 0, true},
};

TEST(DateTime, ParsesOffsetsFractionsAndCalendarEdges) {
  for (const Valid& valid : kValid) {
    Result<ParsedDateTime> parsed = parse_date_time(valid.text);
    ASSERT_TRUE(parsed.ok()) << valid.text << ": " << parsed.error().to_string();
    EXPECT_EQ(unix_micros(parsed->instant),
              unix_micros(unix_time(valid.unix_seconds, valid.micros)))
        << valid.text;
    EXPECT_EQ(parsed->has_offset, valid.has_offset) << valid.text;
  }
}

struct Invalid {
  std::string_view text;
  std::string_view reason;  // part of the message
};

const Invalid kInvalid[] = {
    {"", "digits for the year"},
    {"2010-01-01", "'T'"},
    {"2010-01-01t00:00:00Z", "upper-case 'T'"},
    {"2010-01-01 00:00:00Z", "upper-case 'T'"},
    {"2010-01-01T00:00:00z", "expected 'Z'"},
    {"2010-1-01T00:00:00Z", "2 digits for the month"},
    {"10-01-01T00:00:00Z", "4 digits for the year"},
    {"2010-13-01T00:00:00Z", "no such day"},
    {"2010-02-29T00:00:00Z", "no such day"},
    {"1900-02-29T00:00:00Z", "no such day"},
    {"2010-04-31T00:00:00Z", "no such day"},
    {"0000-01-01T00:00:00Z", "0001 or later"},
    {"2010-01-01T25:00:00Z", "hour"},
    {"2010-01-01T24:00:01Z", "hour"},
    {"2010-01-01T00:60:00Z", "minutes"},
    {"2010-01-01T23:59:60Z", "leap seconds"},
    {"2010-01-01T00:00:00.Z", "digits after '.'"},
    {"2010-01-01T00:00:00+0200", "':'"},
    {"2010-01-01T00:00:00+15:00", "14:00"},
    {"2010-01-01T00:00:00+02:60", "14:00"},
    {"2010-01-01T00:00:00Z ", "after the date-time"},
    {"2010-01-01T00:00:00ZZ", "after the date-time"},
    {"+2010-01-01T00:00:00Z", "digits for the year"},
    {"12010-01-01T00:00:00Z", "'-' after the year"},
    {"２０１０-01-01T00:00:00Z", "digits for the year"},
};

TEST(DateTime, RejectsMalformedDatesWithAReason) {
  for (const Invalid& invalid : kInvalid) {
    Result<ParsedDateTime> parsed = parse_date_time(invalid.text);
    ASSERT_FALSE(parsed.ok()) << invalid.text;
    EXPECT_EQ(parsed.error().code, "invalid date-time");
    EXPECT_NE(parsed.error().message.find(invalid.reason), std::string::npos)
        << invalid.text << ": " << parsed.error().message;
  }
}

TEST(DateTime, DateTimeStampRequiresAZone) {
  EXPECT_FALSE(parse_date_time_stamp("2010-01-01T00:00:00").ok());
  Result<TimePoint> stamped = parse_date_time_stamp("2010-01-01T00:00:00+02:00");
  ASSERT_TRUE(stamped.ok());
  EXPECT_EQ(unix_micros(*stamped), unix_micros(unix_time(1262296800)));
}

TEST(DateTime, FormatsInUtcWithFractionWhenPresent) {
  EXPECT_EQ(format_date_time(unix_time(1262296800)), "2009-12-31T22:00:00Z");
  EXPECT_EQ(format_date_time(unix_time(1709209845, 500000)), "2024-02-29T12:30:45.5Z");
  EXPECT_EQ(format_date_time(unix_time(1262304000, 1)), "2010-01-01T00:00:00.000001Z");
  EXPECT_EQ(format_date_time(unix_time(-62135596800)), "0001-01-01T00:00:00Z");
}

}  // namespace
}  // namespace cairn
