#include "web/page_renderer.h"

#include "web/ctemplate.h"

namespace cairn::web {
namespace {

constexpr std::string_view kAutoEscapePragma = "{{%AUTOESCAPE context=\"HTML\"}}";
constexpr std::string_view kHeader = "page_header.tpl";
constexpr std::string_view kFooter = "page_footer.tpl";
// Blank lines go; other whitespace stays, since joining lines would join words.
constexpr ctemplate::Strip kStrip = ctemplate::STRIP_BLANK_LINES;

Error invalid_template(std::string_view name, std::string message) {
  return Error{"invalid page template", std::string(name) + ": " + std::move(message)};
}

std::string cache_key(Language language, std::string_view name) {
  return std::string(language_code(language)) + "/" + std::string(name);
}

// `source` with every [[key]] replaced by the escaped message of `key`.
Result<std::string> translate(const EmbeddedFile& file, const MessageCatalog& catalog,
                              Language language) {
  std::string out;
  out.reserve(file.content.size() + file.content.size() / 4);
  std::size_t from = 0;
  while (true) {
    const std::size_t open = file.content.find("[[", from);
    out.append(file.content.substr(from, open - from));
    if (open == std::string_view::npos) return out;
    const std::size_t close = file.content.find("]]", open + 2);
    if (close == std::string_view::npos) return invalid_template(file.name, "a [[ is never closed");
    const std::string_view key = file.content.substr(open + 2, close - open - 2);
    const std::string* message = catalog.find(language, key);
    if (message == nullptr) {
      return invalid_template(file.name, "no message \"" + std::string(key) + "\" in " +
                                             std::string(language_code(language)) + ".json");
    }
    append_html_escaped(out, *message);
    from = close + 2;
  }
}

}  // namespace

void add_text_lines(ctemplate::TemplateDictionary& values, std::string_view section,
                    std::string_view text) {
  const std::string name(section);
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    if (line.ends_with('\r')) line.remove_suffix(1);
    values.AddSectionDictionary(name)->SetValue("LINE", std::string(line));
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
}

void append_html_escaped(std::string& out, std::string_view text) {
  for (const char c : text) {
    switch (c) {
      case '&':
        out.append("&amp;");
        break;
      case '<':
        out.append("&lt;");
        break;
      case '>':
        out.append("&gt;");
        break;
      case '"':
        out.append("&quot;");
        break;
      case '\'':
        out.append("&#39;");
        break;
      default:
        out.push_back(c);
    }
  }
}

Result<std::unique_ptr<PageRenderer>> PageRenderer::create(std::span<const EmbeddedFile> templates,
                                                           MessageCatalog catalog) {
  std::unique_ptr<PageRenderer> renderer(new PageRenderer(std::move(catalog)));
  std::size_t layout_parts = 0;
  for (const EmbeddedFile& file : templates) {
    if (!file.content.starts_with(kAutoEscapePragma)) {
      return invalid_template(file.name, "must start with " + std::string(kAutoEscapePragma));
    }
    if (file.name == kHeader || file.name == kFooter) ++layout_parts;
    for (const Language language : kLanguages) {
      Result<std::string> translated = translate(file, renderer->catalog_, language);
      if (!translated) return translated.error();
      const std::string key = cache_key(language, file.name);
      if (!renderer->cache_.StringToTemplateCache(key, *translated, kStrip)) {
        return invalid_template(file.name, "ctemplate refuses it (" + key + ")");
      }
    }
  }
  if (layout_parts != 2)
    return invalid_template(kHeader, "or " + std::string(kFooter) + " is missing");
  renderer->cache_.Freeze();
  return renderer;
}

Result<std::string> PageRenderer::render(Language language, std::string_view name,
                                         ctemplate::TemplateDictionary& values,
                                         const LayoutValues& layout) const {
  ctemplate::TemplateDictionary* header = include(values, "PAGE_HEADER", language, kHeader);
  header->SetValue("LANG", std::string(language_code(language)));
  header->SetValue("TITLE", layout.title);
  header->SetValue("STYLESHEET", layout.stylesheet);
  if (layout.user_name.empty()) {
    header->ShowSection("SIGNED_OUT");
  } else {
    ctemplate::TemplateDictionary* signed_in = header->AddSectionDictionary("SIGNED_IN");
    signed_in->SetValue("USER_NAME", layout.user_name);
    signed_in->SetValue("CSRF_TOKEN", layout.csrf_token);
  }
  for (const auto& [property, content] : layout.meta) {
    ctemplate::TemplateDictionary* meta = header->AddSectionDictionary("META");
    meta->SetValue("PROPERTY", property);
    meta->SetValue("CONTENT", content);
  }
  ctemplate::TemplateDictionary* footer = include(values, "PAGE_FOOTER", language, kFooter);
  for (const LayoutValues::LanguageLink& link : layout.languages) {
    ctemplate::TemplateDictionary* choice = footer->AddSectionDictionary("LANGUAGE_CHOICE");
    choice->SetValue("CODE", link.code);
    choice->SetValue("NAME", link.name);
    choice->SetValue("HREF", link.href);
    choice->ShowSection(link.current ? "CURRENT" : "OTHER");
  }
  for (const std::string& script : layout.scripts) {
    footer->AddSectionDictionary("SCRIPTS")->SetValue("SRC", script);
  }
  std::string html;
  ctemplate::StringEmitter emitter(&html);
  if (!cache_.ExpandWithData(cache_key(language, name), kStrip, &values, nullptr, &emitter)) {
    return Error{"page rendering failed", "the page " + std::string(name) + " cannot be expanded"};
  }
  return html;
}

ctemplate::TemplateDictionary* PageRenderer::include(ctemplate::TemplateDictionary& values,
                                                     std::string_view marker, Language language,
                                                     std::string_view name) const {
  ctemplate::TemplateDictionary* included = values.AddIncludeDictionary(std::string(marker));
  included->SetFilename(cache_key(language, name));
  return included;
}

std::string_view PageRenderer::message(Language language, std::string_view key) const {
  const std::string* text = catalog_.find(language, key);
  return text ? std::string_view(*text) : key;
}

}  // namespace cairn::web
