#include "web/locale_format.h"

#include <gtest/gtest.h>

namespace cairn::web {
namespace {

TimePoint at(std::string_view text) { return parse_date_time_stamp(text).value(); }

TEST(LocaleFormat, DatesInEachLanguage) {
  const TimePoint day = at("2026-03-07T23:30:00Z");
  EXPECT_EQ(format_date(Language::kEnglish, day), "7 March 2026");
  EXPECT_EQ(format_date(Language::kGerman, day), "7. März 2026");
  EXPECT_EQ(format_date(Language::kSpanish, day), "7 de marzo de 2026");
  EXPECT_EQ(format_month_year(Language::kSpanish, day), "marzo de 2026");
  EXPECT_EQ(format_month_year(Language::kEnglish, at("2026-12-31T00:00:00Z")), "December 2026");
}

TEST(LocaleFormat, TheDayIsTheUtcDay) {
  EXPECT_EQ(format_date(Language::kEnglish, at("2026-03-07T23:30:00-02:00")), "8 March 2026");
}

TEST(LocaleFormat, CountsWithThousandsSeparators) {
  EXPECT_EQ(format_count(Language::kEnglish, 0), "0");
  EXPECT_EQ(format_count(Language::kEnglish, 999), "999");
  EXPECT_EQ(format_count(Language::kEnglish, 100000), "100,000");
  EXPECT_EQ(format_count(Language::kGerman, 1234567), "1.234.567");
  EXPECT_EQ(format_count(Language::kSpanish, 1000), "1.000");
}

}  // namespace
}  // namespace cairn::web
