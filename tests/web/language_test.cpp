#include "web/language.h"

#include <gtest/gtest.h>

namespace cairn::web {
namespace {

TEST(Language, CodesRoundTrip) {
  for (const Language language : kLanguages) {
    EXPECT_EQ(language_from_code(language_code(language)), language);
  }
  EXPECT_EQ(language_from_code("DE"), Language::kGerman);
  EXPECT_EQ(language_from_code("fr"), std::nullopt);
  EXPECT_EQ(language_from_code(""), std::nullopt);
}

TEST(Language, AnExplicitChoiceWins) {
  EXPECT_EQ(choose_language("es", "de-DE,de;q=0.9"), Language::kSpanish);
  EXPECT_EQ(choose_language("xx", "de-DE,de;q=0.9"), Language::kGerman);  // unknown: ignored
}

TEST(Language, TheBestAcceptedLanguageWins) {
  EXPECT_EQ(choose_language(std::nullopt, "fr-CH, fr;q=0.9, de;q=0.8, en;q=0.7"),
            Language::kGerman);
  EXPECT_EQ(choose_language(std::nullopt, "en;q=0.5, es-MX;q=0.6"), Language::kSpanish);
  EXPECT_EQ(choose_language(std::nullopt, "de-AT"), Language::kGerman);
  EXPECT_EQ(choose_language(std::nullopt, "es;q=0, en;q=0.1"), Language::kEnglish);
  EXPECT_EQ(choose_language(std::nullopt, "es;q=abc"), Language::kEnglish);  // malformed: ignored
}

TEST(Language, EnglishWhenNothingMatches) {
  EXPECT_EQ(choose_language(std::nullopt, ""), Language::kEnglish);
  EXPECT_EQ(choose_language(std::nullopt, "fr, ja"), Language::kEnglish);
  EXPECT_EQ(choose_language(std::nullopt, std::string(10000, ',')), Language::kEnglish);
}

}  // namespace
}  // namespace cairn::web
