// The languages the pages speak and how a request chooses one: an explicit choice (the `lang`
// query parameter or the `cairn_lang` cookie the language switch sets) wins, then the best match
// of the Accept-Language header (RFC 9110 section 12.5.4: quality values, "de-AT" matches German),
// then English.
//
// Thread-safety: free functions on values.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace cairn::web {

enum class Language : std::uint8_t { kEnglish, kGerman, kSpanish };

inline constexpr std::array<Language, 3> kLanguages = {Language::kEnglish, Language::kGerman,
                                                       Language::kSpanish};

// "en", "de", "es": the BCP 47 tag of `language`, as the html lang attribute takes it.
std::string_view language_code(Language language);

// The language whose code is `code` (case-insensitive), or nullopt.
std::optional<Language> language_from_code(std::string_view code);

// See the header comment. `explicit_choice` is the query parameter or cookie value, if any; an
// unknown code there is ignored rather than refused.
Language choose_language(std::optional<std::string_view> explicit_choice,
                         std::string_view accept_language);

}  // namespace cairn::web
