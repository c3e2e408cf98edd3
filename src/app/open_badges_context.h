// The @context of every Open Badges 3.0 document the instance makes (credentials, issuer
// profiles, achievements): the VC 2.0 context, then OB 3.0.3's. Both are bundled
// (src/contexts/), so verifying what Cairn issues never fetches a context.
//
// Thread-safety: a free function.
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

namespace cairn::app {

inline boost::json::array open_badges_context() {
  return {"https://www.w3.org/ns/credentials/v2",
          "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"};
}

// `object` as a JSON-LD document: @context first, then its members.
inline boost::json::object with_open_badges_context(const boost::json::object& object) {
  boost::json::object document{{"@context", open_badges_context()}};
  for (const auto& [key, value] : object) document[key] = value;
  return document;
}

}  // namespace cairn::app
