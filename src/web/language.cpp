#include "web/language.h"

#include <cstdlib>
#include <string>

#include "common/ascii.h"

namespace cairn::web {
namespace {

constexpr std::array<std::string_view, kLanguages.size()> kCodes = {"en", "de", "es"};

// The quality of one Accept-Language entry's parameters ("q=0.8"), 1 when absent, 0 when
// malformed (such an entry is ignored).
double quality_of(std::string_view parameters) {
  while (!parameters.empty()) {
    const std::size_t semicolon = parameters.find(';');
    std::string_view parameter = trim_ascii(parameters.substr(0, semicolon));
    parameters =
        semicolon == std::string_view::npos ? std::string_view{} : parameters.substr(semicolon + 1);
    if (parameter.size() < 2 || (parameter[0] != 'q' && parameter[0] != 'Q') ||
        parameter[1] != '=') {
      continue;
    }
    const std::string value(parameter.substr(2));
    char* end = nullptr;
    const double q = std::strtod(value.c_str(), &end);
    if (end != value.c_str() + value.size() || !(q >= 0 && q <= 1)) return 0;
    return q;
  }
  return 1;
}

}  // namespace

std::string_view language_code(Language language) {
  return kCodes[static_cast<std::size_t>(language)];
}

std::optional<Language> language_from_code(std::string_view code) {
  for (const Language language : kLanguages) {
    if (equals_ignoring_ascii_case(code, language_code(language))) return language;
  }
  return std::nullopt;
}

Language choose_language(std::optional<std::string_view> explicit_choice,
                         std::string_view accept_language) {
  if (explicit_choice) {
    if (const auto chosen = language_from_code(*explicit_choice)) return *chosen;
  }
  // The first entry of the highest quality that names one of ours (by its primary subtag).
  std::optional<Language> best;
  double best_quality = 0;
  constexpr std::size_t kMaxEntries = 32;  // a longer header is read no further
  std::size_t entries = 0;
  while (!accept_language.empty() && entries++ < kMaxEntries) {
    const std::size_t comma = accept_language.find(',');
    const std::string_view entry = accept_language.substr(0, comma);
    accept_language =
        comma == std::string_view::npos ? std::string_view{} : accept_language.substr(comma + 1);
    const std::size_t semicolon = entry.find(';');
    const std::string_view range = trim_ascii(entry.substr(0, semicolon));
    const double quality =
        semicolon == std::string_view::npos ? 1 : quality_of(entry.substr(semicolon + 1));
    const std::optional<Language> language = language_from_code(range.substr(0, range.find('-')));
    if (language && quality > best_quality) {
      best = language;
      best_quality = quality;
    }
  }
  return best.value_or(Language::kEnglish);
}

}  // namespace cairn::web
