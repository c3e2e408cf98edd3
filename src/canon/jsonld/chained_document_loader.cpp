#include "canon/jsonld/chained_document_loader.h"

#include <string>

namespace cairn::canon::jsonld {

Result<RemoteDocument> ChainedDocumentLoader::load(std::string_view url) const {
  Error last{"loading document failed", "no loader serves " + std::string(url)};
  for (const DocumentLoader* link : links_) {
    Result<RemoteDocument> document = link->load(url);
    if (document.ok()) return document;
    last = document.error();
  }
  return last;
}

}  // namespace cairn::canon::jsonld
