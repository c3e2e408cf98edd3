// PageRenderer: turns a page template and its values into HTML in one language.
//
// At creation every template (src/web/templates/*.tpl, ctemplate syntax, each starting with
// {{%AUTOESCAPE context="HTML"}} so that every value is escaped for where it stands) is
// translated once per language: each [[message.key]] becomes the catalog's text, HTML-escaped,
// and the result is cached as "LANG/NAME". A page template starts with {{>PAGE_HEADER}} and ends
// with {{>PAGE_FOOTER}}; render() fills those two (page_header.tpl, page_footer.tpl) from the
// LayoutValues. ctemplate's included templates see only their own dictionary: include() makes one.
//
// Thread-safety: immutable after create(); render() may be called from many threads at once.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/result.h"
#include "web/ctemplate.h"
#include "web/embedded_files.h"
#include "web/language.h"
#include "web/message_catalog.h"

namespace cairn::web {

// What the header and footer around every page show.
struct LayoutValues {
  std::string title;       // already in the page's language
  std::string stylesheet;  // its URL
  std::string user_name;   // the signed-in account's name; empty when nobody is signed in
  std::string csrf_token;  // its session's, for the sign-out form
  struct LanguageLink {
    std::string code;  // "de"
    std::string name;  // "Deutsch", in its own language
    std::string href;  // this page in that language
    bool current = false;
  };
  std::vector<LanguageLink> languages;
  std::vector<std::string> scripts;  // URLs, loaded with defer at the end of the page
  // <meta property content> pairs: Open Graph and Twitter card tags.
  std::vector<std::pair<std::string, std::string>> meta;
};

class PageRenderer {
 public:
  // Errors: "invalid page template" naming the template and the unknown message key, the
  // missing auto-escape pragma, or what ctemplate refused.
  static Result<std::unique_ptr<PageRenderer>> create(std::span<const EmbeddedFile> templates,
                                                      MessageCatalog catalog);

  // The page `name` ("verify.tpl") in `language` with `values`, inside the header and footer
  // made from `layout`. Errors: "page rendering failed" when ctemplate cannot expand it (an
  // unknown page name).
  Result<std::string> render(Language language, std::string_view name,
                             ctemplate::TemplateDictionary& values,
                             const LayoutValues& layout) const;

  // Makes `values` include the template `name` in `language` where it says {{>MARKER}}; returns
  // the included template's dictionary (one more each call: a repeated include).
  ctemplate::TemplateDictionary* include(ctemplate::TemplateDictionary& values,
                                         std::string_view marker, Language language,
                                         std::string_view name) const;

  const MessageCatalog& catalog() const { return catalog_; }
  // The catalog's text of `key` in `language`; the key itself when there is none (a bug that the
  // catalog test catches), so that a page never fails for want of a word.
  std::string_view message(Language language, std::string_view key) const;

 private:
  explicit PageRenderer(MessageCatalog catalog) : catalog_(std::move(catalog)) {}

  MessageCatalog catalog_;
  // Frozen after create(): ctemplate then expands from it without locking.
  mutable ctemplate::TemplateCache cache_;
};

// Adds one `section` dictionary per line of `text`, its LINE the line's text: ctemplate's HTML
// escaping turns line breaks into spaces, so templates write the lines out with
// {{#SECTION_separator}}<br>{{/SECTION_separator}} between them. (Inside a <textarea>, where the
// breaks are the text's own, templates write {{VALUE:pre_escape}}, which keeps them.)
void add_text_lines(ctemplate::TemplateDictionary& values, std::string_view section,
                    std::string_view text);

// Appends `text` with &, <, >, " and ' replaced by their character references.
void append_html_escaped(std::string& out, std::string_view text);

}  // namespace cairn::web
