#include "media/single_credential.h"

#include <string>

#include "common/result.h"
#include "media/media_errors.h"

namespace cairn::media {

void require_single_credential(std::size_t credential_count, std::string_view legacy_form,
                               std::string_view expected_form) {
  if (credential_count == 1) return;
  if (credential_count > 1) {
    throw Failure(
        std::string(error_code::kMultipleCredentials),
        "image carries " + std::to_string(credential_count) + " credentials; expected one");
  }
  if (!legacy_form.empty()) {
    throw Failure(std::string(error_code::kLegacyBadge),
                  "image carries an Open Badges 2.0 baked assertion (" + std::string(legacy_form) +
                      "), not an Open Badges 3.0 credential");
  }
  throw Failure(
      std::string(error_code::kNoCredential),
      "image carries no Open Badges 3.0 credential (no " + std::string(expected_form) + ")");
}

}  // namespace cairn::media
