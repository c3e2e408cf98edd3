#include "api/image_routes.h"

#include <boost/beast/http/field.hpp>
#include <boost/json/object.hpp>

#include "api/authentication.h"
#include "api/error_status.h"
#include "app/achievement_images.h"
#include "common/date_time.h"
#include "http/responses.h"
#include "media/badge_upload.h"

namespace cairn::api {

void add_image_routes(http::Router& router, store::Database& database, app::Instance instance) {
  router.add(http::Verb::post, "/api/v1/orgs/{org}/images",
             with_principal(database,
                            [&database, instance](const http::RequestContext& context,
                                                  const app::Principal& principal) {
                              const std::string& body = context.request.body();
                              Result<std::string> url = app::store_achievement_image(
                                  database, instance, principal, context.parameter("org"),
                                  {reinterpret_cast<const std::uint8_t*>(body.data()), body.size()},
                                  current_time());
                              if (!url) return failure_response(context.request, url.error());
                              return http::json_response(context.request, http::Status::created,
                                                         boost::json::object{{"url", *url}});
                            }),
             {.max_body_bytes = media::kMaxBadgeUploadBytes});
  router.add(http::Verb::get, "/images/{file}", [&database](const http::RequestContext& context) {
    Result<app::ImageFile> image = app::find_achievement_image(database, context.parameter("file"));
    if (!image) return failure_response(context.request, image.error());
    http::Response response = http::text_response(
        context.request, http::Status::ok, std::string(image->bytes.begin(), image->bytes.end()),
        image->media_type);
    namespace field = boost::beast::http;
    response.set(field::field::cache_control, "public, max-age=31536000, immutable");
    response.set("X-Content-Type-Options", "nosniff");
    response.set("Content-Security-Policy",
                 "default-src 'none'; style-src 'unsafe-inline'; sandbox");
    return response;
  });
}

}  // namespace cairn::api
