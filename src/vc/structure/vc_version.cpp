#include "vc/structure/vc_version.h"

namespace cairn::vc::structure {

int vc_version_of(const boost::json::object& credential) {
  const boost::json::value* context = credential.if_contains("@context");
  const boost::json::value* first = context;
  if (context != nullptr && context->is_array()) {
    first = context->as_array().empty() ? nullptr : &context->as_array().front();
  }
  if (first != nullptr && first->is_string()) {
    if (first->as_string() == "https://www.w3.org/ns/credentials/v2") return 2;
    if (first->as_string() == "https://www.w3.org/2018/credentials/v1") return 1;
  }
  return credential.contains("issuanceDate") && !credential.contains("validFrom") ? 1 : 2;
}

}  // namespace cairn::vc::structure
