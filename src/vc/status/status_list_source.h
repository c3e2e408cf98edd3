// StatusListSource: where the status checks get the document a credentialStatus entry points to
// (a BitstringStatusListCredential, StatusList2021Credential or 1EdTech revocation list), by URL.
//
// The checks do not fetch anything themselves: the command line gives files
// (StaticStatusListSource), a server fetches over HTTPS with its own cache, limits and timeouts.
// A source only retrieves; it does not verify the document's proof (see check_credential_status.h).
//
// Thread-safety: implementations must allow fetch() from several threads at once (the verifier
// checks credentials in parallel).
#pragma once

#include <boost/json/object.hpp>
#include <string_view>

#include "common/result.h"

namespace cairn::vc::status {

class StatusListSource {
 public:
  virtual ~StatusListSource() = default;

  // Returns the JSON object published at `url`, or an Error saying why it could not be had
  // (unknown URL, network failure, not a JSON object, too large); the checks report that Error's
  // text as a STATUS_RETRIEVAL_ERROR.
  virtual Result<boost::json::object> fetch(std::string_view url) const = 0;
};

}  // namespace cairn::vc::status
