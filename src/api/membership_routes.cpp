#include "api/membership_routes.h"

#include <boost/json/array.hpp>

#include "api/authentication.h"
#include "api/error_status.h"
#include "app/invitations.h"
#include "app/json_fields.h"
#include "app/memberships.h"
#include "common/date_time.h"
#include "http/responses.h"

namespace cairn::api {
namespace {

boost::json::object invitation_json(const app::InvitationView& invitation) {
  return {{"email", invitation.email},
          {"role", model::role_name(invitation.role)},
          {"invited_by", invitation.invited_by},
          {"expires_at", invitation.expires_at}};
}

boost::json::object member_json(const app::Member& member) {
  return {{"user_id", member.user_id},
          {"email", member.email},
          {"name", member.display_name},
          {"role", model::role_name(member.role)},
          {"since", member.created_at}};
}

struct MemberRequest {
  std::string email;
  model::Role role = model::Role::kViewer;
};

// {"email", "role"}, or {"role"} alone when `with_email` is false.
Result<MemberRequest> member_request_of(const std::string& body, bool with_email) {
  return capture([&] {
    const boost::json::object object = app::parse_request_object(body, 4096, 2);
    app::JsonFields fields(object);
    MemberRequest request;
    if (with_email) request.email = fields.text("email", {254, false});
    const std::string role = fields.text("role", {16, false});
    fields.finish();
    const std::optional<model::Role> named = model::role_named(role);
    if (!named) throw Failure("invalid role", "role must be owner, admin, assessor or viewer");
    request.role = *named;
    return request;
  });
}

http::Response no_content(const http::Request& request) {
  http::Response response{http::Status::no_content, request.version()};
  response.keep_alive(request.keep_alive());
  return response;
}

}  // namespace

void add_membership_routes(http::Router& router, store::Database& database,
                           app::Instance instance) {
  router.add(http::Verb::get, "/api/v1/orgs/{org}/members",
             with_principal(database, [&database](const http::RequestContext& context,
                                                  const app::Principal& principal) {
               Result<std::vector<app::Member>> members =
                   app::list_members(database, principal, context.parameter("org"));
               if (!members) return failure_response(context.request, members.error());
               boost::json::array items;
               for (const app::Member& member : *members) items.push_back(member_json(member));
               return http::json_response(context.request, http::Status::ok,
                                          {{"items", std::move(items)}});
             }));
  router.add(http::Verb::post, "/api/v1/orgs/{org}/members",
             with_principal(database, [&database, instance](const http::RequestContext& context,
                                                            const app::Principal& principal) {
               Result<MemberRequest> request = member_request_of(context.request.body(), true);
               if (!request) return failure_response(context.request, request.error());
               Result<std::variant<app::Member, app::Invited>> added =
                   app::add_member(database, instance, principal, context.parameter("org"),
                                   request->email, request->role, current_time());
               if (!added) return failure_response(context.request, added.error());
               if (const auto* member = std::get_if<app::Member>(&*added)) {
                 return http::json_response(context.request, http::Status::created,
                                            member_json(*member));
               }
               const auto& invited = std::get<app::Invited>(*added);
               return http::json_response(context.request, http::Status::accepted,
                                          {{"invited", invited.email},
                                           {"role", model::role_name(invited.role)},
                                           {"expires_at", invited.expires_at}});
             }));
  router.add(http::Verb::put, "/api/v1/orgs/{org}/members/{user}",
             with_principal(database, [&database](const http::RequestContext& context,
                                                  const app::Principal& principal) {
               Result<MemberRequest> request = member_request_of(context.request.body(), false);
               if (!request) return failure_response(context.request, request.error());
               Result<app::Member> changed =
                   app::change_member_role(database, principal, context.parameter("org"),
                                           context.parameter("user"), request->role);
               if (!changed) return failure_response(context.request, changed.error());
               return http::json_response(context.request, http::Status::ok, member_json(*changed));
             }));
  router.add(http::Verb::delete_, "/api/v1/orgs/{org}/members/{user}",
             with_principal(database, [&database](const http::RequestContext& context,
                                                  const app::Principal& principal) {
               Result<bool> removed = app::remove_member(
                   database, principal, context.parameter("org"), context.parameter("user"));
               if (!removed) return failure_response(context.request, removed.error());
               return no_content(context.request);
             }));
  router.add(http::Verb::get, "/api/v1/orgs/{org}/invitations",
             with_principal(database, [&database](const http::RequestContext& context,
                                                  const app::Principal& principal) {
               Result<std::vector<app::InvitationView>> pending = app::list_invitations(
                   database, principal, context.parameter("org"), current_time());
               if (!pending) return failure_response(context.request, pending.error());
               boost::json::array items;
               for (const app::InvitationView& invitation : *pending) {
                 items.push_back(invitation_json(invitation));
               }
               return http::json_response(context.request, http::Status::ok,
                                          {{"items", std::move(items)}});
             }));
  router.add(http::Verb::delete_, "/api/v1/orgs/{org}/invitations/{email}",
             with_principal(database, [&database](const http::RequestContext& context,
                                                  const app::Principal& principal) {
               Result<bool> withdrawn =
                   app::withdraw_invitation(database, principal, context.parameter("org"),
                                            context.parameter("email"), current_time());
               if (!withdrawn) return failure_response(context.request, withdrawn.error());
               return no_content(context.request);
             }));
}

}  // namespace cairn::api
