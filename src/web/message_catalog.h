// MessageCatalog: every string a person reads on the pages, in each language, from the embedded
// catalogs src/web/messages/LANG.json (flat objects: "verify.title" -> "Verify a credential").
//
// English is the reference: load() refuses a catalog that lacks one of its keys, adds one, or
// uses other values than it ("{{ISSUER}}": ctemplate variables, escaped like every other value
// when the page is expanded); a message may contain no other template syntax.
//
// Thread-safety: immutable after load(); safe from many threads.
#pragma once

#include <array>
#include <map>
#include <span>
#include <string>
#include <string_view>

#include "common/result.h"
#include "web/embedded_files.h"
#include "web/language.h"

namespace cairn::web {

class MessageCatalog {
 public:
  using Messages = std::map<std::string, std::string, std::less<>>;

  // Errors: "invalid message catalog" naming the file, the key and what is wrong.
  static Result<MessageCatalog> load(std::span<const EmbeddedFile> files);

  const Messages& messages(Language language) const {
    return catalogs_[static_cast<std::size_t>(language)];
  }
  // The message for `key`, or nullptr when there is none.
  const std::string* find(Language language, std::string_view key) const;

 private:
  std::array<Messages, kLanguages.size()> catalogs_;
};

}  // namespace cairn::web
