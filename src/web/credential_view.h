// What a person reads of an Open Badges 3.0 credential, taken from its JSON (or a VC-JWT's
// decoded credential): the achievement's name, description, criteria and image, the issuer, the
// validity dates, the alignments (skills, EQF level, the EU micro-credential elements) and the
// evidence. Any member may be missing or of another shape than expected; what cannot be read is
// left empty, never guessed.
//
// Thread-safety: free functions on values.
#pragma once

#include <boost/json/object.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"

namespace cairn::web {

struct CredentialView {
  std::string achievement_name;
  std::string achievement_description;
  std::string criteria;
  std::string image_url;  // an http(s) or data:image URL; empty otherwise
  std::string issuer_name;
  std::string issuer_url;  // the issuer's url or id when it is http(s)
  std::optional<std::string> valid_from;
  std::optional<std::string> valid_until;
  struct Alignment {
    std::string name;
    std::string url;  // http(s) only
    std::string framework;
  };
  std::vector<Alignment> alignments;
  struct Evidence {
    std::string name;
    std::string narrative;
    std::string url;  // http(s) only
  };
  std::vector<Evidence> evidence;
};

CredentialView credential_view(const boost::json::object& credential);

// The credential of a stored document: JSON text, or a compact VC-JWT whose credential is read
// without checking its signature (the page's verification report does that).
Result<boost::json::object> credential_of_document(std::string_view document);

}  // namespace cairn::web
