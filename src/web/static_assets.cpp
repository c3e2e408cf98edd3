#include "web/static_assets.h"

#include <boost/beast/http/field.hpp>

#include "crypto/digest.h"
#include "http/responses.h"

namespace cairn::web {
namespace {

std::string_view content_type_of(std::string_view name) {
  if (name.ends_with(".css")) return "text/css; charset=utf-8";
  if (name.ends_with(".js")) return "text/javascript; charset=utf-8";
  if (name.ends_with(".svg")) return "image/svg+xml";
  return "application/octet-stream";
}

}  // namespace

StaticAssets::StaticAssets() {
  for (const EmbeddedFile& file : static_assets()) {
    const std::string version = crypto::to_hex(crypto::sha256(file.content)).substr(0, 16);
    assets_.emplace(std::string(file.name),
                    Asset{file.content, content_type_of(file.name), version});
  }
}

std::string StaticAssets::url(std::string_view name) const {
  const auto found = assets_.find(name);
  if (found == assets_.end()) return {};
  return "/static/" + std::string(name) + "?v=" + found->second.version;
}

void StaticAssets::add_routes(http::Router& router) const {
  router.add(http::Verb::get, "/static/{name}", [this](const http::RequestContext& context) {
    namespace beast = boost::beast::http;
    const auto found = assets_.find(context.parameter("name"));
    if (found == assets_.end()) {
      return http::error_response(context.request, http::Status::not_found, "not found",
                                  "no such file");
    }
    const Asset& asset = found->second;
    const std::string etag = "\"" + asset.version + "\"";
    const bool unchanged = context.request[beast::field::if_none_match] == etag;
    http::Response response = http::text_response(
        context.request, unchanged ? http::Status::not_modified : http::Status::ok,
        unchanged ? std::string() : std::string(asset.content), asset.content_type);
    response.set(beast::field::etag, etag);
    response.set(beast::field::cache_control, "public, max-age=31536000, immutable");
    response.set("X-Content-Type-Options", "nosniff");
    return response;
  });
}

}  // namespace cairn::web
