// StaticStatusListSource: status list documents held in memory, looked up by exact URL; what the
// command line builds from the files it is given, and what tests use.
//
// Thread-safety: add() must not run concurrently with anything; after the last add(), fetch()
// may be called from any number of threads.
#pragma once

#include <boost/json/object.hpp>
#include <map>
#include <string>
#include <string_view>

#include "vc/status/status_list_source.h"

namespace cairn::vc::status {

class StaticStatusListSource final : public StatusListSource {
 public:
  // Serves `document` for `url`, replacing any document given for it before.
  void add(std::string url, boost::json::object document);

  // Returns a copy of the document added for `url`, or Error "status list not found" naming it.
  Result<boost::json::object> fetch(std::string_view url) const override;

 private:
  std::map<std::string, boost::json::object, std::less<>> documents_;
};

}  // namespace cairn::vc::status
