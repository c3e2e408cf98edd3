#include "web/locale_format.h"

#include <array>
#include <chrono>
#include <string_view>

namespace cairn::web {
namespace {

using MonthNames = std::array<std::string_view, 12>;

constexpr MonthNames kEnglishMonths = {"January",   "February", "March",    "April",
                                       "May",       "June",     "July",     "August",
                                       "September", "October",  "November", "December"};
constexpr MonthNames kGermanMonths = {"Januar",    "Februar", "März",     "April",
                                      "Mai",       "Juni",    "Juli",     "August",
                                      "September", "Oktober", "November", "Dezember"};
constexpr MonthNames kSpanishMonths = {"enero",      "febrero", "marzo",     "abril",
                                       "mayo",       "junio",   "julio",     "agosto",
                                       "septiembre", "octubre", "noviembre", "diciembre"};

const MonthNames& months_of(Language language) {
  switch (language) {
    case Language::kGerman:
      return kGermanMonths;
    case Language::kSpanish:
      return kSpanishMonths;
    case Language::kEnglish:
      break;
  }
  return kEnglishMonths;
}

std::chrono::year_month_day day_of(TimePoint instant) {
  return std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(instant));
}

}  // namespace

std::string format_date(Language language, TimePoint instant) {
  const std::chrono::year_month_day day = day_of(instant);
  const std::string day_number = std::to_string(static_cast<unsigned>(day.day()));
  const std::string_view month = months_of(language)[static_cast<unsigned>(day.month()) - 1];
  const std::string year = std::to_string(static_cast<int>(day.year()));
  switch (language) {
    case Language::kGerman:
      return day_number + ". " + std::string(month) + " " + year;
    case Language::kSpanish:
      return day_number + " de " + std::string(month) + " de " + year;
    case Language::kEnglish:
      break;
  }
  return day_number + " " + std::string(month) + " " + year;
}

std::string format_date_text(Language language, std::string_view date_time) {
  const Result<ParsedDateTime> parsed = parse_date_time(date_time);
  return parsed ? format_date(language, parsed->instant) : std::string(date_time);
}

std::string format_month_year(Language language, TimePoint instant) {
  const std::chrono::year_month_day day = day_of(instant);
  const std::string_view month = months_of(language)[static_cast<unsigned>(day.month()) - 1];
  const std::string year = std::to_string(static_cast<int>(day.year()));
  return std::string(month) + (language == Language::kSpanish ? " de " : " ") + year;
}

std::string format_count(Language language, std::uint64_t count) {
  const char separator = language == Language::kEnglish ? ',' : '.';
  const std::string digits = std::to_string(count);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(separator);
    out.push_back(digits[i]);
  }
  return out;
}

}  // namespace cairn::web
