#include "vc/status/static_status_list_source.h"

#include <utility>

namespace cairn::vc::status {

void StaticStatusListSource::add(std::string url, boost::json::object document) {
  documents_.insert_or_assign(std::move(url), std::move(document));
}

Result<boost::json::object> StaticStatusListSource::fetch(std::string_view url) const {
  const auto found = documents_.find(url);
  if (found == documents_.end()) {
    return Error{"status list not found", "no status list was given for " + std::string(url)};
  }
  return found->second;
}

}  // namespace cairn::vc::status
