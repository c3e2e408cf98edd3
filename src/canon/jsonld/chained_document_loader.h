// ChainedDocumentLoader: asks several DocumentLoaders in turn and returns the first document
// any of them serves, so a process can combine the bundled contexts with local folders
// (`cairn ... --load-prefix PREFIX=DIR`) without either knowing of the other.
//
// Thread-safety: load() is const and calls only the links' const load(); safe from several
// threads when every link is.
#pragma once

#include <string_view>
#include <vector>

#include "canon/jsonld/document_loader.h"

namespace cairn::canon::jsonld {

class ChainedDocumentLoader final : public DocumentLoader {
 public:
  // `links` are asked in order; they must outlive this loader.
  explicit ChainedDocumentLoader(std::vector<const DocumentLoader*> links)
      : links_(std::move(links)) {}

  // Returns the first link's document for `url`; when no link serves it, the last link's Error
  // (or "loading document failed" for an empty chain).
  Result<RemoteDocument> load(std::string_view url) const override;

 private:
  std::vector<const DocumentLoader*> links_;
};

}  // namespace cairn::canon::jsonld
