// DocumentLoader: where JSON-LD processing gets remote contexts and documents from.
//
// Cairn never fetches from the network while processing JSON-LD: a verifier that fetches
// contexts can be attacked. Every loader serves documents from memory or a local directory, and
// anything else is the JSON-LD error "loading remote context failed" / "loading document failed".
//
// Thread-safety: load() is const and must be safe to call from several threads at once.
#pragma once

#include <boost/json/value.hpp>
#include <string>
#include <string_view>

#include "common/result.h"

namespace cairn::canon::jsonld {

struct RemoteDocument {
  std::string document_url;  // the URL after any redirect; the base IRI for the document
  std::string context_url;   // from an HTTP Link header, when a test fixture names one
  std::string content_type;  // "application/ld+json" unless the source says otherwise
  boost::json::value document;
};

class DocumentLoader {
 public:
  virtual ~DocumentLoader() = default;

  // Returns the parsed document at `url`, or an Error whose code is "loading document failed"
  // when this loader does not serve it or it cannot be read or parsed.
  virtual Result<RemoteDocument> load(std::string_view url) const = 0;
};

}  // namespace cairn::canon::jsonld
