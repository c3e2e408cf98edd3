#include "vc/data_integrity/proof_configuration.h"

#include <string>

#include "common/date_time.h"
#include "vc/data_integrity/errors.h"

namespace cairn::vc::data_integrity {
namespace {

std::string_view string_or_empty(const boost::json::object& object, std::string_view key) {
  const auto* value = object.if_contains(key);
  if (value == nullptr || !value->is_string()) return {};
  return value->get_string();
}

}  // namespace

std::optional<Error> check_proof_configuration(const boost::json::object& proof_options,
                                               std::string_view type,
                                               std::string_view cryptosuite) {
  if (string_or_empty(proof_options, "type") != type) {
    return errors::proof_generation_error("the proof type must be \"" + std::string(type) + "\"");
  }
  const auto* suite = proof_options.if_contains("cryptosuite");
  if (cryptosuite.empty() ? suite != nullptr
                          : string_or_empty(proof_options, "cryptosuite") != cryptosuite) {
    return errors::proof_generation_error(
        cryptosuite.empty() ? "a " + std::string(type) + " proof has no cryptosuite"
                            : "the cryptosuite must be \"" + std::string(cryptosuite) + "\"");
  }
  for (const char* member : {"created", "expires"}) {
    const auto* value = proof_options.if_contains(member);
    if (value != nullptr && !(value->is_string() && parse_date_time(value->get_string()).ok())) {
      return errors::proof_generation_error(std::string("the proof's \"") + member +
                                            "\" is not an XML Schema dateTime");
    }
  }
  return std::nullopt;
}

}  // namespace cairn::vc::data_integrity
