#include "web/page_renderer.h"

#include <gtest/gtest.h>

#include <vector>

namespace cairn::web {
namespace {

constexpr std::string_view kPragma = "{{%AUTOESCAPE context=\"HTML\"}}";

MessageCatalog catalog() {
  const std::vector<EmbeddedFile> files = {
      {"en.json", R"({"hello": "Hello <{{NAME}}> & \"you\"", "title": "T"})"},
      {"de.json", R"({"hello": "Hallo <{{NAME}}>", "title": "T"})"},
      {"es.json", R"({"hello": "Hola <{{NAME}}>", "title": "T"})"}};
  return MessageCatalog::load(files).value();
}

struct Templates {
  std::string header = std::string(kPragma) + "<html lang=\"{{LANG}}\"><title>{{TITLE}}</title>";
  std::string footer = std::string(kPragma) + "</html>";
  std::string page = std::string(kPragma) +
                     "{{>PAGE_HEADER}}<p>[[hello]]</p><a href=\"{{LINK}}\">x</a>"
                     "<p title=\"{{NAME}}\">{{NAME}}</p>{{>PART}}{{>PAGE_FOOTER}}";
  std::string part = std::string(kPragma) + "<i>{{PART_VALUE}}</i>";

  std::vector<EmbeddedFile> files() const {
    return {{"page_header.tpl", header},
            {"page_footer.tpl", footer},
            {"page.tpl", page},
            {"part.tpl", part}};
  }
};

TEST(PageRenderer, TranslatesAndEscapesEverything) {
  const Templates templates;
  const auto renderer = PageRenderer::create(templates.files(), catalog());
  ASSERT_TRUE(renderer) << renderer.error().to_string();
  ctemplate::TemplateDictionary values("page");
  values.SetValue("NAME", "<script>alert(\"x\")</script>");
  values.SetValue("LINK", "javascript:alert(1)");
  (*renderer)->include(values, "PART", Language::kGerman, "part.tpl")->SetValue("PART_VALUE", "&");
  LayoutValues layout;
  layout.title = "A <b>title</b>";
  const auto html = (*renderer)->render(Language::kGerman, "page.tpl", values, layout);
  ASSERT_TRUE(html) << html.error().to_string();
  EXPECT_NE(html->find("<html lang=\"de\">"), std::string::npos) << *html;
  EXPECT_NE(html->find("<title>A &lt;b&gt;title&lt;/b&gt;</title>"), std::string::npos) << *html;
  // The message is escaped, and its variable too.
  EXPECT_NE(html->find("<p>Hallo &lt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&gt;</p>"),
            std::string::npos)
      << *html;
  EXPECT_EQ(html->find("<script>"), std::string::npos) << *html;
  EXPECT_EQ(html->find("javascript:"), std::string::npos) << *html;
  EXPECT_NE(html->find("<i>&amp;</i>"), std::string::npos) << *html;
}

TEST(PageRenderer, RefusesUnknownMessagesAndTemplatesWithoutEscaping) {
  Templates unknown_key;
  unknown_key.page += "[[no.such.key]]";
  const auto refused = PageRenderer::create(unknown_key.files(), catalog());
  ASSERT_FALSE(refused);
  EXPECT_NE(refused.error().message.find("no.such.key"), std::string::npos);

  Templates no_pragma;
  no_pragma.part = "<i>{{PART_VALUE}}</i>";
  EXPECT_FALSE(PageRenderer::create(no_pragma.files(), catalog()));

  Templates unclosed;
  unclosed.page += "{{#SECTION}}";
  EXPECT_FALSE(PageRenderer::create(unclosed.files(), catalog()));

  const Templates complete;
  std::vector<EmbeddedFile> without_footer = complete.files();
  without_footer.erase(without_footer.begin() + 1);
  EXPECT_FALSE(PageRenderer::create(without_footer, catalog()));
}

TEST(PageRenderer, TextareasKeepTheirLineBreaksAndStillEscape) {
  Templates templates;
  templates.page = std::string(kPragma) +
                   "{{>PAGE_HEADER}}<textarea>{{TEXT:pre_escape}}</textarea><p>{{TEXT}}</p>"
                   "{{>PAGE_FOOTER}}";
  const auto renderer = PageRenderer::create(templates.files(), catalog());
  ASSERT_TRUE(renderer) << renderer.error().to_string();
  ctemplate::TemplateDictionary values("page");
  values.SetValue("TEXT", "a,b\n</textarea><script>");
  const auto html = (*renderer)->render(Language::kEnglish, "page.tpl", values, {});
  ASSERT_TRUE(html);
  EXPECT_NE(html->find("<textarea>a,b\n&lt;/textarea&gt;&lt;script&gt;</textarea>"),
            std::string::npos)
      << *html;
  EXPECT_NE(html->find("<p>a,b &lt;/textarea&gt;"), std::string::npos) << *html;
}

TEST(PageRenderer, AnUnknownPageIsAnError) {
  const Templates templates;
  const auto renderer = PageRenderer::create(templates.files(), catalog());
  ASSERT_TRUE(renderer);
  ctemplate::TemplateDictionary values("page");
  EXPECT_FALSE((*renderer)->render(Language::kEnglish, "nope.tpl", values, {}));
}

TEST(PageRenderer, TheEmbeddedTemplatesTranslateIntoEveryLanguage) {
  const auto renderer =
      PageRenderer::create(page_templates(), MessageCatalog::load(message_catalogs()).value());
  ASSERT_TRUE(renderer) << renderer.error().to_string();
}

}  // namespace
}  // namespace cairn::web
