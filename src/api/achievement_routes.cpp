#include "api/achievement_routes.h"

#include <boost/json/array.hpp>
#include <charconv>

#include "api/authentication.h"
#include "api/error_status.h"
#include "api/public_documents.h"
#include "app/achievement_definition.h"
#include "app/achievements.h"
#include "app/json_fields.h"
#include "app/open_badges_achievement.h"
#include "app/open_badges_context.h"
#include "common/date_time.h"
#include "http/responses.h"

namespace cairn::api {
namespace {

constexpr std::size_t kDefinitionBytes = 256 * 1024;
constexpr std::size_t kDefinitionDepth = 6;

boost::json::object open_badges_json(const model::Achievement& achievement,
                                     const app::Instance& instance) {
  return app::open_badges_achievement(achievement.definition,
                                      app::achievement_version_url(instance, achievement),
                                      achievement.version);
}

boost::json::object achievement_json(const model::Achievement& achievement,
                                     const app::Instance& instance) {
  return {{"id", achievement.id},
          {"organisation", achievement.organisation_id},
          {"version", achievement.version},
          {"url", app::achievement_version_url(instance, achievement)},
          {"created_at", achievement.created_at},
          {"version_created_at", achievement.version_created_at},
          {"definition", app::achievement_definition_json(achievement.definition)},
          {"open_badges", open_badges_json(achievement, instance)}};
}

Result<boost::json::object> body_of(const http::RequestContext& context) {
  return capture([&] {
    return app::parse_request_object(context.request.body(), kDefinitionBytes, kDefinitionDepth);
  });
}

// Version numbers in paths: 1 to 2^53, digits only.
std::optional<std::int64_t> version_number(std::string_view text) {
  std::int64_t number = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (error != std::errc() || end != text.data() + text.size() || number < 1) return std::nullopt;
  return number;
}

// The `limit` query parameter (default 50) as a number; 0 when it is not one.
std::size_t limit_of(const http::RequestContext& context) {
  const std::optional<std::string> text = context.query_parameter("limit");
  if (!text) return 50;
  return static_cast<std::size_t>(version_number(*text).value_or(0));
}

}  // namespace

void add_achievement_routes(http::Router& router, store::Database& database,
                            app::Instance instance) {
  const http::RouteOptions definition_body{kDefinitionBytes};
  router.add(http::Verb::post, "/api/v1/orgs/{org}/achievements",
             with_principal(database,
                            [&database, instance](const http::RequestContext& context,
                                                  const app::Principal& principal) {
                              Result<boost::json::object> body = body_of(context);
                              if (!body) return failure_response(context.request, body.error());
                              Result<model::Achievement> made = app::define_achievement(
                                  database, principal, context.parameter("org"), *body,
                                  current_time());
                              if (!made) return failure_response(context.request, made.error());
                              return http::json_response(context.request, http::Status::created,
                                                         achievement_json(*made, instance));
                            }),
             definition_body);
  router.add(http::Verb::get, "/api/v1/orgs/{org}/achievements",
             with_principal(database, [&database, instance](const http::RequestContext& context,
                                                            const app::Principal& principal) {
               Result<std::vector<model::Achievement>> listed =
                   app::list_achievements(database, principal, context.parameter("org"),
                                          limit_of(context), context.query_parameter("after"));
               if (!listed) return failure_response(context.request, listed.error());
               boost::json::array items;
               for (const model::Achievement& achievement : *listed) {
                 items.emplace_back(achievement_json(achievement, instance));
               }
               boost::json::object page{{"items", std::move(items)}};
               page["next_after"] = listed->empty() ? boost::json::value(nullptr)
                                                    : boost::json::value(listed->back().id);
               return http::json_response(context.request, http::Status::ok, page);
             }));
  router.add(http::Verb::get, "/api/v1/orgs/{org}/achievements/{achievement}",
             with_principal(database, [&database, instance](const http::RequestContext& context,
                                                            const app::Principal& principal) {
               Result<model::Achievement> found = app::read_achievement(
                   database, principal, context.parameter("org"), context.parameter("achievement"));
               if (!found) return failure_response(context.request, found.error());
               return http::json_response(context.request, http::Status::ok,
                                          achievement_json(*found, instance));
             }));
  router.add(http::Verb::put, "/api/v1/orgs/{org}/achievements/{achievement}",
             with_principal(database,
                            [&database, instance](const http::RequestContext& context,
                                                  const app::Principal& principal) {
                              Result<boost::json::object> body = body_of(context);
                              if (!body) return failure_response(context.request, body.error());
                              Result<model::Achievement> revised = app::revise_achievement(
                                  database, principal, context.parameter("org"),
                                  context.parameter("achievement"), *body, current_time());
                              if (!revised)
                                return failure_response(context.request, revised.error());
                              return http::json_response(context.request, http::Status::ok,
                                                         achievement_json(*revised, instance));
                            }),
             definition_body);
  router.add(
      http::Verb::get, "/achievements/{achievement}",
      [&database, instance](const http::RequestContext& context) {
        Result<model::Achievement> found =
            app::published_achievement(database, context.parameter("achievement"), std::nullopt);
        if (!found) return failure_response(context.request, found.error());
        return public_json_ld(context.request,
                              app::with_open_badges_context(open_badges_json(*found, instance)),
                              "application/ld+json", 60);
      });
  router.add(
      http::Verb::get, "/achievements/{achievement}/versions/{version}",
      [&database, instance](const http::RequestContext& context) {
        const std::optional<std::int64_t> version = version_number(context.parameter("version"));
        if (!version) {
          return failure_response(
              context.request, Error{"not found", "versions are numbered from 1: no version " +
                                                      std::string(context.parameter("version"))});
        }
        Result<model::Achievement> found =
            app::published_achievement(database, context.parameter("achievement"), version);
        if (!found) return failure_response(context.request, found.error());
        // A version never changes: caches may keep it for a day.
        return public_json_ld(context.request,
                              app::with_open_badges_context(open_badges_json(*found, instance)),
                              "application/ld+json", 86400);
      });
}

}  // namespace cairn::api
