// The stylesheet and scripts of the pages (src/web/static), served at /static/NAME with an ETag
// and a long cache lifetime: pages link them as /static/NAME?v=VERSION, VERSION being the first
// bytes of the file's SHA-256, so a new build's files are fetched anew.
//
// Thread-safety: immutable after construction; safe from many threads.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "http/router.h"
#include "web/embedded_files.h"

namespace cairn::web {

class StaticAssets {
 public:
  StaticAssets();

  // "/static/NAME?v=VERSION"; "" for a name that is not embedded.
  std::string url(std::string_view name) const;
  // GET /static/{name}.
  void add_routes(http::Router& router) const;

 private:
  struct Asset {
    std::string_view content;
    std::string_view content_type;
    std::string version;  // 16 hex digits of the SHA-256
  };
  std::map<std::string, Asset, std::less<>> assets_;
};

}  // namespace cairn::web
