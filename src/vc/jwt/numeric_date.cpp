#include "vc/jwt/numeric_date.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace cairn::vc::jwt {
namespace {

constexpr std::int64_t kSecondsPerDay = 86400;

// Days since 1970-01-01 of a proleptic Gregorian date (the era-based algorithm of H. Hinnant's
// "chrono-compatible low-level date algorithms").
std::int64_t days_from_civil(std::int64_t year, unsigned month, unsigned day) {
  year -= month <= 2;
  const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
  const auto year_of_era = static_cast<unsigned>(year - era * 400);
  const unsigned day_of_year = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  const unsigned day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + static_cast<std::int64_t>(day_of_era) - 719468;
}

bool is_leap(std::int64_t year) { return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0); }

unsigned days_in_month(std::int64_t year, unsigned month) {
  static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

class Reader {
 public:
  explicit Reader(std::string_view text) : text_(text) {}

  // Reads exactly `count` digits; false when they are not there.
  bool digits(std::size_t count, unsigned& value) {
    if (position_ + count > text_.size()) return false;
    value = 0;
    for (std::size_t i = 0; i < count; ++i) {
      const char c = text_[position_ + i];
      if (c < '0' || c > '9') return false;
      value = value * 10 + static_cast<unsigned>(c - '0');
    }
    position_ += count;
    return true;
  }
  bool literal(char expected) {
    if (position_ >= text_.size() || text_[position_] != expected) return false;
    ++position_;
    return true;
  }
  bool one_of(std::string_view choices, char& found) {
    if (position_ >= text_.size() || choices.find(text_[position_]) == std::string_view::npos) {
      return false;
    }
    found = text_[position_++];
    return true;
  }
  void skip_fraction_digits() {
    while (position_ < text_.size() && text_[position_] >= '0' && text_[position_] <= '9') {
      ++position_;
    }
  }
  bool at_end() const { return position_ == text_.size(); }

 private:
  std::string_view text_;
  std::size_t position_ = 0;
};

}  // namespace

Result<std::int64_t> numeric_date_of(std::string_view date_time) {
  const Error invalid{"invalid date-time",
                      "\"" + std::string(date_time) + "\" is not an RFC 3339 date-time with zone"};
  Reader reader(date_time);
  unsigned year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  char separator = 0;
  if (!reader.digits(4, year) || !reader.literal('-') || !reader.digits(2, month) ||
      !reader.literal('-') || !reader.digits(2, day) || !reader.one_of("Tt", separator) ||
      !reader.digits(2, hour) || !reader.literal(':') || !reader.digits(2, minute) ||
      !reader.literal(':') || !reader.digits(2, second)) {
    return invalid;
  }
  if (reader.literal('.')) {
    unsigned first_digit = 0;
    if (!reader.digits(1, first_digit)) return invalid;
    reader.skip_fraction_digits();
  }
  std::int64_t offset_seconds = 0;
  char zone = 0;
  if (!reader.one_of("Zz+-", zone)) return invalid;
  if (zone == '+' || zone == '-') {
    unsigned offset_hours = 0, offset_minutes = 0;
    if (!reader.digits(2, offset_hours) || !reader.literal(':') ||
        !reader.digits(2, offset_minutes) || offset_hours > 23 || offset_minutes > 59) {
      return invalid;
    }
    offset_seconds = (zone == '+' ? 1 : -1) *
                     static_cast<std::int64_t>(offset_hours * 3600 + offset_minutes * 60);
  }
  // A leap second (":60") is accepted as RFC 3339 allows; it counts as the next second.
  if (!reader.at_end() || month < 1 || month > 12 || day < 1 || day > days_in_month(year, month) ||
      hour > 23 || minute > 59 || second > 60) {
    return invalid;
  }
  return days_from_civil(year, month, day) * kSecondsPerDay + hour * 3600 + minute * 60 + second -
         offset_seconds;
}

std::int64_t whole_seconds_of(double numeric_date) {
  constexpr double kLimit = 1e15;
  if (std::isnan(numeric_date)) return 0;
  return static_cast<std::int64_t>(std::clamp(std::floor(numeric_date), -kLimit, kLimit));
}

std::string date_time_of(std::int64_t seconds) {
  constexpr std::int64_t kFirst = -62167219200;  // 0000-01-01T00:00:00Z
  constexpr std::int64_t kLast = 253402300799;   // 9999-12-31T23:59:59Z
  seconds = std::clamp(seconds, kFirst, kLast);
  std::int64_t days = seconds / kSecondsPerDay;
  std::int64_t second_of_day = seconds % kSecondsPerDay;
  if (second_of_day < 0) {
    second_of_day += kSecondsPerDay;
    --days;
  }
  // The inverse of days_from_civil.
  days += 719468;
  const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const auto day_of_era = static_cast<unsigned>(days - era * 146097);
  const unsigned year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const unsigned day_of_year =
      day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const unsigned month_index = (5 * day_of_year + 2) / 153;
  const unsigned day = day_of_year - (153 * month_index + 2) / 5 + 1;
  const unsigned month = month_index < 10 ? month_index + 3 : month_index - 9;
  const std::int64_t year = static_cast<std::int64_t>(year_of_era) + era * 400 + (month <= 2);
  char text[64];
  std::snprintf(text, sizeof text, "%04u-%02u-%02uT%02u:%02u:%02uZ", static_cast<unsigned>(year),
                month, day, static_cast<unsigned>(second_of_day / 3600),
                static_cast<unsigned>(second_of_day / 60 % 60),
                static_cast<unsigned>(second_of_day % 60));
  return text;
}

}  // namespace cairn::vc::jwt
