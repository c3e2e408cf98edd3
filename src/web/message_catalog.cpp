#include "web/message_catalog.h"

#include <boost/json/object.hpp>
#include <set>

#include "canon/json/json_parser.h"

namespace cairn::web {
namespace {

Error invalid_catalog(std::string_view file, std::string message) {
  return Error{"invalid message catalog", std::string(file) + ": " + std::move(message)};
}

bool is_variable_name(std::string_view name) {
  if (name.empty()) return false;
  for (const char c : name) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return true;
}

// The {{NAME}} variables `message` uses; nullopt when it holds other template syntax.
std::optional<std::set<std::string, std::less<>>> variables_of(std::string_view message) {
  std::set<std::string, std::less<>> variables;
  if (message.find("[[") != std::string_view::npos ||
      message.find("]]") != std::string_view::npos) {
    return std::nullopt;
  }
  std::size_t from = 0;
  while (true) {
    const std::size_t open = message.find("{{", from);
    const std::size_t stray_close = message.find("}}", from);
    if (open == std::string_view::npos) {
      if (stray_close != std::string_view::npos) return std::nullopt;
      return variables;
    }
    const std::size_t close = message.find("}}", open + 2);
    if (close == std::string_view::npos || stray_close < open) return std::nullopt;
    const std::string_view name = message.substr(open + 2, close - open - 2);
    if (!is_variable_name(name)) return std::nullopt;
    variables.emplace(name);
    from = close + 2;
  }
}

Result<MessageCatalog::Messages> parse_catalog(const EmbeddedFile& file) {
  const Result<boost::json::value> parsed = canon::json::parse_json(file.content);
  if (!parsed) return invalid_catalog(file.name, parsed.error().to_string());
  const boost::json::object* object = parsed->if_object();
  if (object == nullptr) return invalid_catalog(file.name, "must be a JSON object of strings");
  MessageCatalog::Messages messages;
  for (const auto& [key, value] : *object) {
    if (!value.is_string())
      return invalid_catalog(file.name, "\"" + std::string(key) + "\" is no string");
    if (!variables_of(value.get_string())) {
      return invalid_catalog(
          file.name,
          "\"" + std::string(key) + "\" holds template syntax other than {{NAME}} variables");
    }
    messages.emplace(std::string(key), std::string(value.get_string()));
  }
  return messages;
}

}  // namespace

Result<MessageCatalog> MessageCatalog::load(std::span<const EmbeddedFile> files) {
  MessageCatalog catalog;
  std::array<bool, kLanguages.size()> loaded{};
  for (const EmbeddedFile& file : files) {
    const std::string_view stem = file.name.substr(0, file.name.find('.'));
    const std::optional<Language> language = language_from_code(stem);
    if (!language || file.name != std::string(stem) + ".json") {
      return invalid_catalog(file.name, "is not named LANG.json for a language the pages speak");
    }
    Result<Messages> messages = parse_catalog(file);
    if (!messages) return messages.error();
    catalog.catalogs_[static_cast<std::size_t>(*language)] = std::move(*messages);
    loaded[static_cast<std::size_t>(*language)] = true;
  }
  const Messages& english = catalog.messages(Language::kEnglish);
  for (const Language language : kLanguages) {
    const std::string file = std::string(language_code(language)) + ".json";
    if (!loaded[static_cast<std::size_t>(language)]) return invalid_catalog(file, "is missing");
    const Messages& messages = catalog.messages(language);
    for (const auto& [key, text] : english) {
      const auto found = messages.find(key);
      if (found == messages.end()) return invalid_catalog(file, "lacks \"" + key + "\"");
      if (variables_of(found->second) != variables_of(text)) {
        return invalid_catalog(file, "\"" + key + "\" uses other {{VARIABLES}} than en.json");
      }
    }
    for (const auto& [key, text] : messages) {
      if (!english.contains(key))
        return invalid_catalog(file, "has \"" + key + "\", which en.json lacks");
    }
  }
  return catalog;
}

const std::string* MessageCatalog::find(Language language, std::string_view key) const {
  const Messages& messages = this->messages(language);
  const auto found = messages.find(key);
  return found == messages.end() ? nullptr : &found->second;
}

}  // namespace cairn::web
