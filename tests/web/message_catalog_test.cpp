#include "web/message_catalog.h"

#include <gtest/gtest.h>

#include <vector>

namespace cairn::web {
namespace {

Result<MessageCatalog> load(std::string_view en, std::string_view de, std::string_view es) {
  const std::vector<EmbeddedFile> files = {{"en.json", en}, {"de.json", de}, {"es.json", es}};
  return MessageCatalog::load(files);
}

TEST(MessageCatalog, LoadsCatalogsWithTheSameKeysAndVariables) {
  const auto catalog = load(R"({"a": "Issued by {{ISSUER}}", "b": "x"})",
                            R"({"b": "y", "a": "Ausgestellt von {{ISSUER}}"})",
                            R"({"a": "Emitida por {{ISSUER}}", "b": "z"})");
  ASSERT_TRUE(catalog) << catalog.error().to_string();
  EXPECT_EQ(*catalog->find(Language::kGerman, "a"), "Ausgestellt von {{ISSUER}}");
  EXPECT_EQ(catalog->find(Language::kSpanish, "c"), nullptr);
}

TEST(MessageCatalog, RefusesAMissingOrExtraKey) {
  const auto missing = load(R"({"a": "1", "b": "2"})", R"({"a": "1"})", R"({"a": "1", "b": "2"})");
  ASSERT_FALSE(missing);
  EXPECT_NE(missing.error().message.find("de.json: lacks \"b\""), std::string::npos)
      << missing.error().message;
  const auto extra = load(R"({"a": "1"})", R"({"a": "1"})", R"({"a": "1", "c": "3"})");
  ASSERT_FALSE(extra);
  EXPECT_NE(extra.error().message.find("\"c\""), std::string::npos);
}

TEST(MessageCatalog, RefusesOtherVariablesOrTemplateSyntax) {
  EXPECT_FALSE(load(R"({"a": "{{X}}"})", R"({"a": "{{Y}}"})", R"({"a": "{{X}}"})"));
  EXPECT_FALSE(load(R"({"a": "{{#S}}x{{/S}}"})", R"({"a": "x"})", R"({"a": "x"})"));
  EXPECT_FALSE(load(R"({"a": "[[b]]"})", R"({"a": "x"})", R"({"a": "x"})"));
  EXPECT_FALSE(load(R"({"a": "x}}"})", R"({"a": "x"})", R"({"a": "x"})"));
  EXPECT_FALSE(load(R"({"a": 1})", R"({"a": "x"})", R"({"a": "x"})"));
}

TEST(MessageCatalog, NeedsEveryLanguage) {
  const std::vector<EmbeddedFile> two = {{"en.json", "{}"}, {"de.json", "{}"}};
  EXPECT_FALSE(MessageCatalog::load(two));
  const std::vector<EmbeddedFile> unknown = {
      {"en.json", "{}"}, {"de.json", "{}"}, {"es.json", "{}"}, {"fr.json", "{}"}};
  EXPECT_FALSE(MessageCatalog::load(unknown));
}

TEST(MessageCatalog, TheEmbeddedCatalogsLoad) {
  const auto catalog = MessageCatalog::load(message_catalogs());
  ASSERT_TRUE(catalog) << catalog.error().to_string();
  EXPECT_GE(catalog->messages(Language::kEnglish).size(), 50u);
  for (const Language language : {Language::kGerman, Language::kSpanish}) {
    std::size_t same_as_english = 0;
    for (const auto& [key, text] : catalog->messages(language)) {
      if (text == *catalog->find(Language::kEnglish, key)) ++same_as_english;
    }
    // A few words are the same in two languages ("Status", "Team"); at most one in twenty may
    // be, so a forgotten translation shows.
    EXPECT_LE(same_as_english * 20, catalog->messages(language).size()) << language_code(language);
  }
}

}  // namespace
}  // namespace cairn::web
