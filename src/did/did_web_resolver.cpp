#include "did/did_web_resolver.h"

#include <algorithm>
#include <boost/json/serialize.hpp>
#include <string>

#include "did/did_web_url.h"

namespace cairn::did {

DidWebResolver::DidWebResolver(std::shared_ptr<const HttpsFetcher> fetcher, DidWebOptions options)
    : fetcher_(std::move(fetcher)),
      options_(std::move(options)),
      cache_(options_.cache_time_to_live, options_.cache_max_entries) {
  options_.json.max_bytes = std::min(options_.json.max_bytes, options_.fetch.max_body_bytes);
}

Result<boost::json::object> DidWebResolver::resolve(std::string_view did) const {
  Result<std::string> url = did_web_document_url(did);
  if (!url) return url.error();
  if (std::optional<boost::json::object> cached = cache_.find(did, options_.clock())) {
    return std::move(*cached);
  }
  Result<std::string> body = fetcher_->get(*url, options_.fetch);
  if (!body) {
    return Error{"DID resolution failed", "could not download the document of " + std::string(did) +
                                              ": " + body.error().to_string()};
  }
  const std::string from = "the document of " + std::string(did) + " from " + *url;
  Result<boost::json::value> parsed = canon::json::parse_json(*body, options_.json);
  if (!parsed) {
    return Error{"invalid DID document", from + " is not JSON: " + parsed.error().to_string()};
  }
  boost::json::object* document = parsed->if_object();
  if (document != nullptr && !document->contains("id")) {
    if (boost::json::value* wrapped = document->if_contains("didDocument")) {
      document = wrapped->if_object();
    }
  }
  if (document == nullptr) {
    return Error{"invalid DID document", from + " is not a JSON object"};
  }
  const boost::json::value* id = document->if_contains("id");
  if (id == nullptr || !id->is_string() || id->get_string() != did) {
    return Error{"invalid DID document",
                 from + " has the id " +
                     (id != nullptr ? boost::json::serialize(*id) : std::string("(none)")) +
                     ", not " + std::string(did)};
  }
  boost::json::object result = std::move(*document);
  cache_.insert(std::string(did), result, options_.clock());
  return result;
}

}  // namespace cairn::did
