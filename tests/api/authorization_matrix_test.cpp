// The authorization matrix: every route of the service (add_service_routes) against every kind
// of caller, from one table. A route added without a row here fails
// EveryRouteHasARowInTheMatrix, so none can be forgotten.
#include <gtest/gtest.h>

#include <boost/beast/http/field.hpp>
#include <boost/json.hpp>
#include <map>
#include <set>

#include "model/organisation.h"
#include "service_under_test.h"

namespace cairn::api {
namespace {

// Who calls: nobody; an account that is no member of the organisation; its members in each role
// (tokens with every scope but admin); the owner with a token holding only the read scope, and
// only the write scope (so that scopes are proved to matter as well as roles); a platform admin
// with every scope, who is no member; the owner signed in by a browser session (cookie and CSRF
// token, signed in afresh for each call), who has the owner's rights.
enum class Caller {
  kAnonymous,
  kOutsider,
  kViewer,
  kAssessor,
  kAdmin,
  kOwner,
  kOwnerReadOnly,
  kOwnerWriteOnly,
  kPlatformAdmin,
  kOwnerSession
};
constexpr std::array kCallers = {
    Caller::kAnonymous,     Caller::kOutsider,    Caller::kViewer,        Caller::kAssessor,
    Caller::kAdmin,         Caller::kOwner,       Caller::kOwnerReadOnly, Caller::kOwnerWriteOnly,
    Caller::kPlatformAdmin, Caller::kOwnerSession};

std::string caller_name(Caller caller) {
  static const std::map<Caller, std::string> names = {{Caller::kAnonymous, "anonymous"},
                                                      {Caller::kOutsider, "outsider"},
                                                      {Caller::kViewer, "viewer"},
                                                      {Caller::kAssessor, "assessor"},
                                                      {Caller::kAdmin, "admin"},
                                                      {Caller::kOwner, "owner"},
                                                      {Caller::kOwnerReadOnly, "owner-read-only"},
                                                      {Caller::kOwnerWriteOnly, "owner-write-only"},
                                                      {Caller::kPlatformAdmin, "platform-admin"},
                                                      {Caller::kOwnerSession, "owner-session"}};
  return names.at(caller);
}

using Expected = std::map<Caller, unsigned>;

struct Row {
  http::Verb method;
  std::string pattern;  // as routed; {org}, {achievement}, {version}, {list}, {purpose}, {job}
                        // become existing ones (in the body too); {id} a credential issued for
                        // the call; {entry} a new entry in the owner's wallet; {key} a key just
                        // added; {user} a new viewer; {newcomer} a new account's e-mail address;
                        // {email} an address just invited
  std::string body;     // {unique} becomes a text no other call has used
  // The status every caller gets, unless `overrides` says otherwise for that caller; the owner's
  // session gets what the owner's token gets unless named.
  unsigned status;
  Expected overrides;
};

// Every member with a token that reads get `status`; anonymous callers 401.
Expected members_who_read(unsigned status) {
  return {{Caller::kAnonymous, 401}, {Caller::kViewer, status}, {Caller::kAssessor, status},
          {Caller::kAdmin, status},  {Caller::kOwner, status},  {Caller::kOwnerReadOnly, status}};
}

// Admins and owners with a token that writes get `status`; anonymous callers 401.
Expected editors(unsigned status) {
  return {{Caller::kAnonymous, 401},
          {Caller::kAdmin, status},
          {Caller::kOwner, status},
          {Caller::kOwnerWriteOnly, status}};
}

// Assessors, admins and owners with a token that issues get `status`; anonymous callers 401.
Expected issuers(unsigned status) {
  return {{Caller::kAnonymous, 401},
          {Caller::kAssessor, status},
          {Caller::kAdmin, status},
          {Caller::kOwner, status}};
}

// Admins and owners with a token that revokes get `status`; anonymous callers 401.
Expected revokers(unsigned status) {
  return {{Caller::kAnonymous, 401}, {Caller::kAdmin, status}, {Caller::kOwner, status}};
}

// The owner with a token that reads gets `status` for its own wallet entry; anonymous 401.
Expected own_entry_readers(unsigned status) {
  return {{Caller::kAnonymous, 401},
          {Caller::kOwner, status},
          {Caller::kOwnerReadOnly, status},
          {Caller::kOwnerWriteOnly, 403}};
}

// The owner with a token that writes gets `status` for its own wallet entry; anonymous 401.
Expected own_entry_writers(unsigned status) {
  return {{Caller::kAnonymous, 401},
          {Caller::kOwner, status},
          {Caller::kOwnerWriteOnly, status},
          {Caller::kOwnerReadOnly, 403}};
}

constexpr std::string_view kBadge =
    R"({"name": "Matrix badge", "description": "For the matrix.", "achievement_type": "Badge"})";
constexpr std::string_view kOwnerPassword = "the owner's password";

// One row per route. Bodies are valid where the route needs one, so that a refusal can only come
// from who is calling.
const std::vector<Row>& matrix() {
  static const std::vector<Row> rows = {
      {http::Verb::get, "/healthz", "", 200, {}},
      {http::Verb::get, "/readyz", "", 200, {}},
      {http::Verb::get, "/metrics", "", 200, {}},
      {http::Verb::get, "/api/openapi.json", "", 200, {}},
      {http::Verb::post, "/api/v1/verify", "not a credential", 400, {}},
      {http::Verb::post, "/api/v1/verify/bulk", R"({"credentials": []})", 200, {}},
      // The pages (web/site.h) answer to session cookies only: an API token is nobody there, and
      // is sent to /sign-in (303). The matrix's JSON body is no form: a signed-in browser's
      // POST lacks the form's CSRF token (403); tests/web/earner_pages_test.cpp sends it.
      {http::Verb::get, "/", "", 200, {}},
      {http::Verb::get, "/verify", "", 200, {}},
      {http::Verb::post, "/verify", "{}", 400, {}},
      {http::Verb::get, "/static/{name}", "", 200, {}},
      {http::Verb::get, "/sign-in", "", 200, {}},
      {http::Verb::post, "/sign-in", "{}", 401, {}},
      {http::Verb::get, "/sign-up", "", 200, {}},
      {http::Verb::post, "/sign-up", "{}", 400, {}},
      {http::Verb::post, "/sign-out", "{}", 303, {{Caller::kOwnerSession, 403}}},
      {http::Verb::get, "/wallet", "", 303, {{Caller::kOwnerSession, 200}}},
      {http::Verb::post, "/wallet/import", "{}", 303, {{Caller::kOwnerSession, 403}}},
      {http::Verb::get, "/wallet/{entry}", "", 303, {{Caller::kOwnerSession, 200}}},
      {http::Verb::get, "/wallet/{entry}/certificate.pdf", "", 303, {{Caller::kOwnerSession, 200}}},
      {http::Verb::post, "/wallet/{entry}/visibility", "{}", 303, {{Caller::kOwnerSession, 403}}},
      {http::Verb::post, "/wallet/{entry}/remove", "{}", 303, {{Caller::kOwnerSession, 403}}},
      {http::Verb::get, "/console", "", 303, {{Caller::kOwnerSession, 200}}},
      {http::Verb::get, "/console/{org}", "", 303, {{Caller::kOwnerSession, 200}}},
      {http::Verb::get, "/console/{org}/achievements/new", "", 303, {{Caller::kOwnerSession, 200}}},
      {http::Verb::post, "/console/{org}/achievements", "{}", 303, {{Caller::kOwnerSession, 403}}},
      {http::Verb::get,
       "/console/{org}/achievements/{achievement}/edit",
       "",
       303,
       {{Caller::kOwnerSession, 200}}},
      {http::Verb::post,
       "/console/{org}/achievements/{achievement}",
       "{}",
       303,
       {{Caller::kOwnerSession, 403}}},
      {http::Verb::get, "/console/{org}/awards/bulk", "", 303, {{Caller::kOwnerSession, 200}}},
      {http::Verb::post, "/console/{org}/awards/bulk", "{}", 303, {{Caller::kOwnerSession, 403}}},
      {http::Verb::get, "/console/{org}/jobs/{job}", "", 303, {{Caller::kOwnerSession, 200}}},
      {http::Verb::get, "/console/{org}/credentials", "", 303, {{Caller::kOwnerSession, 200}}},
      {http::Verb::get,
       "/console/{org}/achievements/{achievement}/analytics",
       "",
       303,
       {{Caller::kOwnerSession, 200}}},
      {http::Verb::get, "/console/{org}/awards/new", "", 303, {{Caller::kOwnerSession, 200}}},
      {http::Verb::post, "/console/{org}/awards", "{}", 303, {{Caller::kOwnerSession, 403}}},
      {http::Verb::get, "/console/{org}/members", "", 303, {{Caller::kOwnerSession, 200}}},
      {http::Verb::get, "/console/{org}/settings", "", 303, {{Caller::kOwnerSession, 200}}},
      {http::Verb::post, "/console/{org}/profile", "{}", 303, {{Caller::kOwnerSession, 403}}},
      {http::Verb::post, "/console/{org}/keys", "{}", 303, {{Caller::kOwnerSession, 403}}},
      {http::Verb::post, "/console/{org}/members", "{}", 303, {{Caller::kOwnerSession, 403}}},
      {http::Verb::post,
       "/console/{org}/credentials/{id}/status",
       "{}",
       303,
       {{Caller::kOwnerSession, 403}}},
      {http::Verb::get, "/claim/{token}", "", 404, {}},
      {http::Verb::post, "/claim/{token}", "{}", 400, {{Caller::kOwnerSession, 403}}},
      // An invitation's link is the only credential its page needs: an unknown one is 404 for
      // everyone; a signed-in browser's POST still needs the form's CSRF token.
      {http::Verb::get, "/invitations/{token}", "", 404, {}},
      {http::Verb::post, "/invitations/{token}", "{}", 404, {{Caller::kOwnerSession, 403}}},
      {http::Verb::get, "/api/v1/me", "", 200, {{Caller::kAnonymous, 401}}},
      // Sign-up and sign-in are open to anyone; the session routes are about a cookie session.
      {http::Verb::post,
       "/api/v1/accounts",
       R"({"email": "{unique}@example.org", "name": "New", "password": "a new password"})",
       201,
       {}},
      {http::Verb::post,
       "/api/v1/session",
       R"({"email": "owner@example.org", "password": ")" + std::string(kOwnerPassword) + "\"}",
       200,
       {}},
      {http::Verb::get, "/api/v1/session", "", 401, {{Caller::kOwnerSession, 200}}},
      {http::Verb::delete_, "/api/v1/session", "", 401, {{Caller::kOwnerSession, 204}}},
      {http::Verb::post,
       "/api/v1/orgs",
       R"({"name": "Matrix"})",
       201,
       {{Caller::kAnonymous, 401}, {Caller::kOwnerReadOnly, 403}}},
      {http::Verb::get, "/api/v1/orgs/{org}", "", 403,
       [] {
         Expected expected = members_who_read(200);
         expected[Caller::kPlatformAdmin] = 200;
         return expected;
       }()},
      {http::Verb::put, "/api/v1/orgs/{org}", R"({"name": "Matrix organisation", "country": "DE"})",
       403, editors(200)},
      {http::Verb::post, "/api/v1/orgs/{org}/images",
       R"(<svg xmlns="http://www.w3.org/2000/svg"><title>{unique}</title></svg>)", 403,
       editors(201)},
      {http::Verb::get, "/images/{file}", "", 404, {}},  // public: no caller is refused
      {http::Verb::get, "/issuers/{org}", "", 200, {}},
      {http::Verb::get, "/issuers/{org}/did.json", "", 200, {}},
      {http::Verb::get, "/api/v1/orgs/{org}/members", "", 403, members_who_read(200)},
      {http::Verb::post, "/api/v1/orgs/{org}/members",
       R"({"email": "{newcomer}", "role": "viewer"})", 403, editors(201)},
      {http::Verb::put, "/api/v1/orgs/{org}/members/{user}", R"({"role": "assessor"})", 403,
       editors(200)},
      {http::Verb::delete_, "/api/v1/orgs/{org}/members/{user}", "", 403, editors(204)},
      {http::Verb::get, "/api/v1/orgs/{org}/invitations", "", 403, members_who_read(200)},
      {http::Verb::delete_, "/api/v1/orgs/{org}/invitations/{email}", "", 403, editors(204)},
      {http::Verb::get, "/api/v1/orgs/{org}/keys", "", 403, members_who_read(200)},
      {http::Verb::post, "/api/v1/orgs/{org}/keys", "", 403, editors(201)},
      {http::Verb::post, "/api/v1/orgs/{org}/keys/{key}/revoke", "", 403, editors(200)},
      {http::Verb::post, "/api/v1/orgs/{org}/achievements", std::string(kBadge), 403, editors(201)},
      {http::Verb::get, "/api/v1/orgs/{org}/achievements", "", 403, members_who_read(200)},
      {http::Verb::get, "/api/v1/orgs/{org}/achievements/{achievement}", "", 403,
       members_who_read(200)},
      {http::Verb::put, "/api/v1/orgs/{org}/achievements/{achievement}", std::string(kBadge), 403,
       editors(200)},
      {http::Verb::get, "/achievements/{achievement}", "", 200, {}},
      {http::Verb::get, "/achievements/{achievement}/versions/{version}", "", 200, {}},
      {http::Verb::post, "/api/v1/orgs/{org}/achievements/{achievement}/awards",
       R"({"recipient": "someone@example.org"})", 403, issuers(201)},
      {http::Verb::get, "/credentials/{id}", "", 200, {}},
      {http::Verb::get, "/status/{list}/{purpose}", "", 200, {}},
      {http::Verb::post, "/api/v1/credentials/{id}/revoke", R"({"reason": "x"})", 403,
       revokers(200)},
      {http::Verb::post, "/api/v1/credentials/{id}/suspend", R"({"reason": "x"})", 403,
       revokers(200)},
      {http::Verb::post, "/api/v1/orgs/{org}/awards/bulk",
       "achievement,recipient\n{achievement},bulk@example.org\n", 403, issuers(202)},
      {http::Verb::get, "/api/v1/jobs/{job}", "", 403, members_who_read(200)},
      // Claims need no account: the token is the capability; an unknown one is 404 for all.
      {http::Verb::get, "/api/v1/claims/{token}", "", 404, {}},
      {http::Verb::post, "/api/v1/claims/{token}/accept", "", 404, {}},
      {http::Verb::post, "/api/v1/claims/{token}/decline", "", 404, {}},
      // The wallet is the caller's own: {entry} is the owner's (a fresh one per call), so others
      // get 404 as for an unknown entry; the scope is checked first.
      {http::Verb::get,
       "/api/v1/wallet",
       "",
       200,
       {{Caller::kAnonymous, 401}, {Caller::kOwnerWriteOnly, 403}}},
      {http::Verb::post,
       "/api/v1/wallet/import",
       "not a credential",
       400,
       {{Caller::kAnonymous, 401}, {Caller::kOwnerReadOnly, 403}}},
      {http::Verb::get, "/api/v1/wallet/{entry}", "", 404, own_entry_readers(200)},
      {http::Verb::get, "/api/v1/wallet/{entry}/export", "", 404, own_entry_readers(200)},
      {http::Verb::put, "/api/v1/wallet/{entry}", R"({"visibility": "public"})", 404,
       own_entry_writers(200)},
      {http::Verb::delete_, "/api/v1/wallet/{entry}", "", 404, own_entry_writers(204)},
      {http::Verb::get, "/shared/{token}", "", 404, {}},
      // The credential is not suspended: those allowed get as far as the conflict.
      {http::Verb::post, "/api/v1/credentials/{id}/unsuspend", "", 403, revokers(409)},
  };
  return rows;
}

class AuthorizationMatrixTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::vector<std::string> all = {"read", "write", "issue", "revoke"};
    tokens_[Caller::kOwner] =
        database_.account_with_token("owner@example.org", all, false, std::string(kOwnerPassword));
    tokens_[Caller::kOwnerReadOnly] = database_.another_token("owner@example.org", {"read"});
    tokens_[Caller::kOwnerWriteOnly] = database_.another_token("owner@example.org", {"write"});
    tokens_[Caller::kOutsider] = database_.account_with_token("outsider@example.org", all);
    tokens_[Caller::kPlatformAdmin] = database_.account_with_token(
        "platform@example.org", {"read", "write", "issue", "revoke", "admin"}, true);
    server_.start();
    organisation_ =
        id_of(call(Caller::kOwner, http::Verb::post, "/api/v1/orgs", R"({"name": "Existing"})"));
    for (auto [caller, role] : {std::pair{Caller::kViewer, model::Role::kViewer},
                                std::pair{Caller::kAssessor, model::Role::kAssessor},
                                std::pair{Caller::kAdmin, model::Role::kAdmin}}) {
      const std::string email = caller_name(caller) + "@example.org";
      tokens_[caller] = database_.account_with_token(email, all);
      database_.add_member(organisation_, email, role);
    }
    achievement_ =
        id_of(call(Caller::kOwner, http::Verb::post,
                   "/api/v1/orgs/" + organisation_ + "/achievements", std::string(kBadge)));
    list_ = std::string(award().at("status").at("list").as_string());
    job_ = id_of(call(Caller::kOwner, http::Verb::post,
                      "/api/v1/orgs/" + organisation_ + "/awards/bulk",
                      "achievement,recipient\n" + achievement_ + ",job@example.org\n"));
  }

  // A new credential, issued by the owner.
  boost::json::value award() {
    const http::Response response =
        call(Caller::kOwner, http::Verb::post,
             "/api/v1/orgs/" + organisation_ + "/achievements/" + achievement_ + "/awards",
             R"({"recipient": "earner@example.org"})");
    EXPECT_EQ(response.result_int(), 201u) << response.body();
    return boost::json::parse(response.body());
  }

  // The e-mail address of a new account, no member of anything.
  std::string newcomer() {
    const std::string email = "newcomer" + std::to_string(++unique_) + "@example.org";
    database_.account_with_token(email, {"read"});
    return email;
  }

  // The user id of a new account the owner has just added as a viewer.
  std::string new_viewer() {
    const http::Response added =
        call(Caller::kOwner, http::Verb::post, "/api/v1/orgs/" + organisation_ + "/members",
             R"({"email": ")" + newcomer() + R"(", "role": "viewer"})");
    return std::string(boost::json::parse(added.body()).at("user_id").as_string());
  }

  // An address without an account that the owner has just invited as a viewer.
  std::string new_invitation() {
    const std::string email = "invited" + std::to_string(++unique_) + "@example.org";
    const http::Response invited =
        call(Caller::kOwner, http::Verb::post, "/api/v1/orgs/" + organisation_ + "/members",
             R"({"email": ")" + email + R"(", "role": "viewer"})");
    EXPECT_EQ(invited.result_int(), 202u) << invited.body();
    return email;
  }

  // The fragment ("key-<n>") of a key the owner has just added by rotation.
  std::string new_signing_key() {
    const http::Response rotated =
        call(Caller::kOwner, http::Verb::post, "/api/v1/orgs/" + organisation_ + "/keys", "");
    const std::string id(
        boost::json::parse(rotated.body()).at("items").as_array().back().at("id").as_string());
    return id.substr(id.rfind('#') + 1);
  }

  // A new entry in the owner's wallet: a credential just issued, imported.
  std::string owner_wallet_entry() {
    const std::string id(award().at("id").as_string());
    const std::string credential =
        call(Caller::kAnonymous, http::Verb::get, "/credentials/" + id, "").body();
    return id_of(call(Caller::kOwner, http::Verb::post, "/api/v1/wallet/import", credential));
  }

  static std::string id_of(const http::Response& response) {
    return std::string(boost::json::parse(response.body()).at("id").as_string());
  }

  std::string target_of(std::string pattern) const {
    for (const auto& [name, value] : {std::pair<std::string, std::string>{"{org}", organisation_},
                                      {"{achievement}", achievement_},
                                      {"{version}", "1"},
                                      {"{list}", list_},
                                      {"{job}", job_},
                                      {"{token}", "not-a-claim-token"},
                                      {"{purpose}", "revocation"},
                                      {"{name}", "cairn.css"}}) {
      if (const std::size_t at = pattern.find(name); at != std::string::npos) {
        pattern.replace(at, name.size(), value);
      }
    }
    return pattern;
  }

  http::Response call(Caller caller, http::Verb method, const std::string& target,
                      const std::string& body) {
    if (caller == Caller::kOwnerSession) {
      return service_.call_in_session(
          service_.sign_in("owner@example.org", std::string(kOwnerPassword)), method, target, body);
    }
    http::testing::TestClient client(server_.port());
    return client.call(method, target, caller == Caller::kAnonymous ? "" : tokens_.at(caller),
                       body);
  }

  testing::ServiceUnderTest service_;
  testing::ServiceDatabase& database_ = service_.database();
  http::testing::TestServer& server_ = service_.server();
  std::map<Caller, std::string> tokens_;
  std::string organisation_;
  std::string achievement_;
  std::string list_;
  std::string job_;
  int unique_ = 0;
};

TEST_F(AuthorizationMatrixTest, EveryRouteHasARowInTheMatrix) {
  std::set<std::pair<http::Verb, std::string>> rows;
  for (const Row& row : matrix()) rows.emplace(row.method, row.pattern);
  for (const auto& route : server_.router().routes()) {
    EXPECT_TRUE(rows.contains({route->method, route->pattern}))
        << boost::beast::http::to_string(route->method) << " " << route->pattern
        << " has no row in the authorization matrix";
  }
  EXPECT_EQ(rows.size(), server_.router().routes().size()) << "a row names a route that is gone";
}

TEST_F(AuthorizationMatrixTest, EveryCallerGetsTheExpectedStatusOnEveryRoute) {
  for (const Row& row : matrix()) {
    for (Caller caller : kCallers) {
      // Status changes get a credential of their own each, so one caller's revocation does
      // not decide what the next one meets.
      std::string target = target_of(row.pattern);
      if (const std::size_t at = target.find("{id}"); at != std::string::npos) {
        target.replace(at, 4, std::string(award().at("id").as_string()));
      }
      if (const std::size_t at = target.find("{key}"); at != std::string::npos) {
        target.replace(at, 5, new_signing_key());
      }
      if (const std::size_t at = target.find("{entry}"); at != std::string::npos) {
        target.replace(at, 7, owner_wallet_entry());
      }
      auto override_status = row.overrides.find(caller);
      if (override_status == row.overrides.end() && caller == Caller::kOwnerSession) {
        override_status = row.overrides.find(Caller::kOwner);
      }
      const unsigned expected =
          override_status == row.overrides.end() ? row.status : override_status->second;
      std::string body = target_of(row.body);
      if (const std::size_t at = body.find("{unique}"); at != std::string::npos) {
        body.replace(at, 8, "new" + std::to_string(++unique_));
      }
      if (const std::size_t at = body.find("{newcomer}"); at != std::string::npos) {
        body.replace(at, 10, newcomer());
      }
      if (const std::size_t at = target.find("{user}"); at != std::string::npos) {
        target.replace(at, 6, new_viewer());
      }
      if (const std::size_t at = target.find("{email}"); at != std::string::npos) {
        target.replace(at, 7, new_invitation());
      }
      const http::Response response = call(caller, row.method, target, body);
      EXPECT_EQ(response.result_int(), expected)
          << boost::beast::http::to_string(row.method) << " " << row.pattern << " as "
          << caller_name(caller) << ": " << response.body();
    }
  }
}

}  // namespace
}  // namespace cairn::api
