// RFC 3339 date-times <-> JWT NumericDate, against values worked out by hand from the calendar.
#include "vc/jwt/numeric_date.h"

#include <gtest/gtest.h>

namespace cairn::vc::jwt {
namespace {

TEST(NumericDate, KnownInstants) {
  EXPECT_EQ(numeric_date_of("1970-01-01T00:00:00Z").value(), 0);
  // 30 years of 365 days plus 7 leap days (1972 ... 1996).
  EXPECT_EQ(numeric_date_of("2000-01-01T00:00:00Z").value(), (30 * 365 + 7) * 86400LL);
  // 2000 is a leap year: January 31 + February 29 days later.
  EXPECT_EQ(numeric_date_of("2000-03-01T00:00:00Z").value(), (30 * 365 + 7 + 60) * 86400LL);
  EXPECT_EQ(numeric_date_of("1969-12-31T23:59:59Z").value(), -1);
  EXPECT_EQ(numeric_date_of("1970-01-02T01:02:03Z").value(), 86400 + 3723);
}

TEST(NumericDate, ZonesFractionsAndLowerCase) {
  EXPECT_EQ(numeric_date_of("1970-01-01T01:00:00+01:00").value(), 0);
  EXPECT_EQ(numeric_date_of("1969-12-31T19:30:00-04:30").value(), 0);
  EXPECT_EQ(numeric_date_of("1970-01-01T00:00:01.999Z").value(), 1);
  EXPECT_EQ(numeric_date_of("1970-01-01t00:00:02z").value(), 2);
}

TEST(NumericDate, RefusesWhatIsNotAnRfc3339DateTimeWithZone) {
  for (const auto text :
       {"", "2010-01-01", "2010-01-01T00:00:00", "2010-01-01 00:00:00Z", "2010-1-01T00:00:00Z",
        "2010-01-01T00:00:00.Z", "2010-01-01T00:00:00+0100", "2010-13-01T00:00:00Z",
        "2023-02-29T00:00:00Z", "1900-02-29T00:00:00Z", "2010-01-01T24:00:00Z",
        "2010-01-01T00:00:00Zjunk", "20100-01-01T00:00:00Z"}) {
    auto seconds = numeric_date_of(text);
    EXPECT_FALSE(seconds.ok()) << text;
    if (!seconds.ok()) {
      EXPECT_EQ(seconds.error().code, "invalid date-time");
    }
  }
  EXPECT_TRUE(numeric_date_of("2024-02-29T00:00:00Z").ok());
  EXPECT_TRUE(numeric_date_of("2000-02-29T00:00:00Z").ok());
}

TEST(NumericDate, DateTimeOfIsTheInverse) {
  EXPECT_EQ(date_time_of(0), "1970-01-01T00:00:00Z");
  EXPECT_EQ(date_time_of(-1), "1969-12-31T23:59:59Z");
  EXPECT_EQ(date_time_of((30 * 365 + 7 + 60) * 86400LL), "2000-03-01T00:00:00Z");
  for (const auto text : {"2010-01-01T00:00:00Z", "2024-02-29T23:59:59Z", "1601-01-01T00:00:00Z",
                          "9999-12-31T23:59:59Z", "0000-01-01T00:00:00Z"}) {
    EXPECT_EQ(date_time_of(numeric_date_of(text).value()), text);
  }
  EXPECT_EQ(date_time_of(INT64_MAX), "9999-12-31T23:59:59Z");
  EXPECT_EQ(date_time_of(INT64_MIN), "0000-01-01T00:00:00Z");
}

}  // namespace
}  // namespace cairn::vc::jwt
