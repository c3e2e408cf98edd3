#include "common/date_time.h"

#include <cstdint>

namespace cairn {
namespace {

using std::chrono::days;
using std::chrono::hours;
using std::chrono::microseconds;
using std::chrono::minutes;
using std::chrono::seconds;

constexpr const char* kExpectedForm =
    "expected YYYY-MM-DDThh:mm:ss[.fraction] followed by Z or +hh:mm/-hh:mm, e.g. "
    "2010-01-01T00:00:00Z";

// Reads the text left to right; each step either consumes what it expects or records why not.
class DateTimeReader {
 public:
  explicit DateTimeReader(std::string_view text) : text_(text) {}

  Result<ParsedDateTime> read() {
    const int year = digits(4, "the year");
    expect('-', "'-' after the year");
    const int month = digits(2, "the month");
    expect('-', "'-' after the month");
    const int day = digits(2, "the day");
    expect('T', "an upper-case 'T' between the date and the time");
    const int hour = digits(2, "the hour");
    expect(':', "':' after the hour");
    const int minute = digits(2, "the minutes");
    expect(':', "':' after the minutes");
    const int second = digits(2, "the seconds");
    std::int64_t fraction_us = 0;
    if (!failed() && peek('.')) fraction_us = fraction();
    ParsedDateTime parsed;
    int offset_minutes = 0;
    if (!failed() && at_end()) {
      parsed.has_offset = false;
    } else if (!failed() && peek('Z')) {
      parsed.has_offset = true;
    } else if (!failed() && (peek('+') || peek('-'))) {
      const bool negative = text_[position_ - 1] == '-';
      const int offset_hour = digits(2, "the offset hours");
      expect(':', "':' inside the offset (+hh:mm)");
      const int offset_minute = digits(2, "the offset minutes");
      if (!failed() && (offset_minute > 59 || offset_hour * 60 + offset_minute > 14 * 60)) {
        fail("the offset must lie within +/-14:00, with minutes 00-59");
      }
      offset_minutes = (negative ? -1 : 1) * (offset_hour * 60 + offset_minute);
      parsed.has_offset = true;
    } else if (!failed()) {
      fail("expected 'Z', an offset or the end after the seconds");
    }
    if (!failed() && !at_end()) fail("unexpected text after the date-time");
    if (failed()) return error();

    const std::chrono::year_month_day date{std::chrono::year{year},
                                           std::chrono::month{static_cast<unsigned>(month)},
                                           std::chrono::day{static_cast<unsigned>(day)}};
    if (year < 1) return error_because("the year must be 0001 or later");
    if (!date.ok()) return error_because("there is no such day in the calendar");
    const bool end_of_day = hour == 24 && minute == 0 && second == 0 && fraction_us == 0;
    if (hour > 23 && !end_of_day) return error_because("the hour must be 00-23 (or 24:00:00)");
    if (minute > 59) return error_because("the minutes must be 00-59");
    if (second > 59) return error_because("the seconds must be 00-59 (no leap seconds)");

    parsed.instant = std::chrono::sys_days{date} + hours{hour} + minutes{minute} + seconds{second} +
                     microseconds{fraction_us} - minutes{offset_minutes};
    return parsed;
  }

 private:
  bool failed() const { return !reason_.empty(); }
  bool at_end() const { return position_ == text_.size(); }

  void fail(std::string reason) {
    if (!failed()) reason_ = std::move(reason);
  }

  // Consumes `c` when it is next.
  bool peek(char c) {
    if (position_ < text_.size() && text_[position_] == c) {
      ++position_;
      return true;
    }
    return false;
  }

  void expect(char c, const char* what) {
    if (failed()) return;
    if (!peek(c))
      fail(std::string("expected ") + what + " at character " + std::to_string(position_ + 1));
  }

  int digits(int count, const char* what) {
    if (failed()) return 0;
    int value = 0;
    for (int i = 0; i < count; ++i) {
      if (position_ >= text_.size() || text_[position_] < '0' || text_[position_] > '9') {
        fail(std::string("expected ") + std::to_string(count) + " digits for " + what +
             " at character " + std::to_string(position_ + 1));
        return 0;
      }
      value = value * 10 + (text_[position_++] - '0');
    }
    return value;
  }

  // The digits after '.', kept to the microsecond; more digits are read and dropped.
  std::int64_t fraction() {
    std::int64_t value = 0;
    int kept = 0;
    const std::size_t start = position_;
    while (position_ < text_.size() && text_[position_] >= '0' && text_[position_] <= '9') {
      if (kept < 6) {
        value = value * 10 + (text_[position_] - '0');
        ++kept;
      }
      ++position_;
    }
    if (position_ == start) fail("expected digits after '.'");
    for (; kept < 6; ++kept) value *= 10;
    return value;
  }

  Error error() const {
    return Error{"invalid date-time",
                 "\"" + std::string(text_) + "\": " + reason_ + "; " + kExpectedForm};
  }

  Error error_because(std::string reason) {
    reason_ = std::move(reason);
    return error();
  }

  std::string_view text_;
  std::size_t position_ = 0;
  std::string reason_;
};

void append_two_digits(std::string& out, long value) {
  out += static_cast<char>('0' + value / 10);
  out += static_cast<char>('0' + value % 10);
}

}  // namespace

Result<ParsedDateTime> parse_date_time(std::string_view text) {
  return DateTimeReader(text).read();
}

Result<TimePoint> parse_date_time_stamp(std::string_view text) {
  Result<ParsedDateTime> parsed = parse_date_time(text);
  if (!parsed.ok()) return parsed.error();
  if (!parsed->has_offset) {
    return Error{"invalid date-time",
                 "\"" + std::string(text) + "\": the time zone is missing; " + kExpectedForm};
  }
  return parsed->instant;
}

std::string format_date_time(TimePoint instant) {
  const auto day_start = std::chrono::floor<days>(instant);
  const std::chrono::year_month_day date{day_start};
  const std::chrono::hh_mm_ss time{instant - day_start};
  std::string out;
  const int year = static_cast<int>(date.year());
  out += std::to_string(year / 1000);
  out += std::to_string(year / 100 % 10);
  append_two_digits(out, year % 100);
  out += '-';
  append_two_digits(out, static_cast<unsigned>(date.month()));
  out += '-';
  append_two_digits(out, static_cast<unsigned>(date.day()));
  out += 'T';
  append_two_digits(out, time.hours().count());
  out += ':';
  append_two_digits(out, time.minutes().count());
  out += ':';
  append_two_digits(out, time.seconds().count());
  long fraction = static_cast<long>(time.subseconds().count());
  if (fraction != 0) {
    std::string digits = std::to_string(fraction);
    digits.insert(0, 6 - digits.size(), '0');
    while (digits.back() == '0') digits.pop_back();
    out += '.';
    out += digits;
  }
  out += 'Z';
  return out;
}

std::string format_whole_seconds(TimePoint instant) {
  return format_date_time(std::chrono::floor<std::chrono::seconds>(instant));
}

TimePoint current_time() {
  return std::chrono::time_point_cast<std::chrono::microseconds>(std::chrono::system_clock::now());
}

}  // namespace cairn
