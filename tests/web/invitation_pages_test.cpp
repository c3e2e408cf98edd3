// Invitations to join an organisation, through the whole service on SQLite and on PostgreSQL: an
// address without an account is invited by mail; the link shows the invitation and makes the
// account and the membership, once; a newer invitation replaces an older one, a withdrawn one
// stops working; someone signed in joins only with the invited address; an invitation whose
// sender lost the right, or that has expired, no longer works.
#include <gtest/gtest.h>

#include <boost/beast/http/field.hpp>
#include <boost/json.hpp>
#include <chrono>
#include <map>
#include <set>

#include "app/invitations.h"
#include "common/date_time.h"
#include "service_under_test.h"
#include "store/repositories/account_repository.h"
#include "store/repositories/outbox_repository.h"

namespace cairn::web {
namespace {

using http::Status;
using http::Verb;
namespace field = boost::beast::http;

constexpr std::string_view kPassword = "a long enough password";

class InvitationPagesTest : public ::testing::TestWithParam<store::testing::Backend> {
 protected:
  void SetUp() override {
    if (!service_.available()) GTEST_SKIP() << store::testing::kNoPostgres;
    owner_ = service_.database().account_with_token("owner@example.org", {"read", "write"}, false,
                                                    std::string(kPassword));
    admin_ = service_.database().account_with_token("admin@example.org", {"read", "write"}, false,
                                                    std::string(kPassword));
    service_.server().start();
    organisation_ =
        testing::id_of(service_.call(owner_, Verb::post, "/api/v1/orgs", R"({"name": "Team"})"));
  }

  http::Response invite(const std::string& token, const std::string& email,
                        const std::string& role) {
    return service_.call(token, Verb::post, "/api/v1/orgs/" + organisation_ + "/members",
                         R"({"email": ")" + email + R"(", "role": ")" + role + "\"}");
  }

  // The tokens of the invitation links mailed to `email`, in no particular order (mails queued
  // in the same second have no order).
  std::set<std::string> link_tokens(const std::string& email) {
    const std::string far_ahead = format_whole_seconds(current_time() + std::chrono::hours(24));
    const auto mail = service_.database()
                          .get()
                          .read([&](store::Connection& connection) {
                            return store::due_mail(connection, far_ahead, 100);
                          })
                          .value();
    std::set<std::string> tokens;
    const std::string prefix = service_.instance().base_url + "/invitations/";
    for (const store::OutboxMail& message : mail) {
      const std::size_t at = message.body.find(prefix);
      if (message.recipient != email || at == std::string::npos) continue;
      const std::size_t begin = at + prefix.size();
      tokens.insert(message.body.substr(begin, message.body.find('\n', begin) - begin));
    }
    return tokens;
  }

  // The token of the one invitation link mailed to `email`.
  std::string link_token(const std::string& email) {
    const std::set<std::string> tokens = link_tokens(email);
    EXPECT_EQ(tokens.size(), 1u) << email;
    return tokens.empty() ? std::string() : *tokens.begin();
  }

  // Each member's role, by e-mail address.
  std::map<std::string, std::string> roles() {
    const http::Response listed =
        service_.call(owner_, Verb::get, "/api/v1/orgs/" + organisation_ + "/members");
    const boost::json::value members = testing::json_of(listed);
    std::map<std::string, std::string> roles;
    for (const boost::json::value& member : members.at("items").as_array()) {
      roles[std::string(member.at("email").as_string())] = member.at("role").as_string();
    }
    return roles;
  }

  testing::ServiceUnderTest service_{GetParam()};
  std::string owner_;
  std::string admin_;
  std::string organisation_;
};

TEST_P(InvitationPagesTest, TheLinkMakesTheAccountAndTheMembershipOnce) {
  const http::Response invited = invite(owner_, "New.Comer@Example.org", "assessor");
  ASSERT_EQ(invited.result(), Status::accepted) << invited.body();
  EXPECT_EQ(testing::json_of(invited).at("invited"), "new.comer@example.org");
  EXPECT_EQ(testing::json_of(invited).at("role"), "assessor");
  const std::string token = link_token("new.comer@example.org");
  ASSERT_EQ(token.size(), 43u) << "256 bits, base64url";

  const http::Response shown = service_.browse(Verb::get, "/invitations/" + token);
  ASSERT_EQ(shown.result(), Status::ok);
  EXPECT_NE(shown.body().find("Team"), std::string::npos);
  EXPECT_NE(shown.body().find("new.comer@example.org"), std::string::npos);
  EXPECT_NE(shown.body().find("owner@example.org"), std::string::npos) << "who invited";
  EXPECT_EQ(service_.browse(Verb::get, "/invitations/" + std::string(43, 'A')).result(),
            Status::not_found);

  const http::Response weak =
      service_.browse(Verb::post, "/invitations/" + token, "", "name=Nina&password=short");
  EXPECT_EQ(weak.result(), Status::bad_request);
  EXPECT_NE(weak.body().find("value=\"Nina\""), std::string::npos) << "what was typed comes back";
  EXPECT_FALSE(roles().contains("new.comer@example.org")) << "a refused form makes nothing";

  const http::Response accepted = service_.browse(
      Verb::post, "/invitations/" + token, "", "name=Nina+Comer&password=a+long+enough+password");
  ASSERT_EQ(accepted.result(), Status::see_other) << accepted.body();
  EXPECT_EQ(accepted[field::field::location], "/console/" + organisation_);
  EXPECT_NE(accepted[field::field::set_cookie].find("cairn_session="), std::string::npos)
      << "signed in at once";
  EXPECT_EQ(roles()["new.comer@example.org"], "assessor");
  EXPECT_EQ(service_.sign_in("new.comer@example.org", std::string(kPassword)).cookie.empty(),
            false);

  EXPECT_EQ(service_
                .browse(Verb::post, "/invitations/" + token, "",
                        "name=Again&password=a+long+enough+password")
                .result(),
            Status::not_found)
      << "a used link";
  EXPECT_EQ(service_.browse(Verb::get, "/invitations/" + token).result(), Status::not_found);
}

TEST_P(InvitationPagesTest, ANewerInvitationReplacesTheOlderAndTheTeamPageListsIt) {
  ASSERT_EQ(invite(owner_, "twice@example.org", "viewer").result(), Status::accepted);
  const std::string first = link_token("twice@example.org");
  ASSERT_EQ(invite(owner_, "twice@example.org", "admin").result(), Status::accepted);
  std::set<std::string> tokens = link_tokens("twice@example.org");
  ASSERT_EQ(tokens.size(), 2u);
  tokens.erase(first);
  const std::string second = *tokens.begin();
  EXPECT_EQ(service_.browse(Verb::get, "/invitations/" + first).result(), Status::not_found);
  EXPECT_EQ(service_.browse(Verb::get, "/invitations/" + second).result(), Status::ok);

  const auto session = service_.sign_in("owner@example.org", std::string(kPassword));
  const http::Response team =
      service_.browse(Verb::get, "/console/" + organisation_ + "/members", session.cookie);
  ASSERT_EQ(team.result(), Status::ok);
  const std::string row = "<th scope=\"row\">twice@example.org</th>";
  const std::size_t listed = team.body().find(row);
  ASSERT_NE(listed, std::string::npos);
  EXPECT_EQ(team.body().find(row, listed + 1), std::string::npos)
      << "one pending invitation per address";
}

TEST_P(InvitationPagesTest, AWithdrawnInvitationsLinkStopsWorking) {
  ASSERT_EQ(invite(owner_, "admin@example.org", "admin").result(), Status::created);
  ASSERT_EQ(invite(owner_, "boss@example.org", "owner").result(), Status::accepted);
  ASSERT_EQ(invite(owner_, "mistake@example.org", "viewer").result(), Status::accepted);
  const std::string token = link_token("mistake@example.org");
  const std::string invitations = "/api/v1/orgs/" + organisation_ + "/invitations";
  const boost::json::value pending =
      testing::json_of(service_.call(admin_, Verb::get, invitations));
  ASSERT_EQ(pending.at("items").as_array().size(), 2u);

  EXPECT_EQ(service_.call(admin_, Verb::delete_, invitations + "/boss@example.org").result(),
            Status::forbidden)
      << "an admin does not withdraw an invitation to a role above theirs";
  const auto session = service_.sign_in("admin@example.org", std::string(kPassword));
  const http::Response withdrawn = service_.browse(
      Verb::post, "/console/" + organisation_ + "/members", session.cookie,
      "csrf_token=" + session.csrf_token + "&action=withdraw&email=mistake%40example.org");
  ASSERT_EQ(withdrawn.result(), Status::see_other) << withdrawn.body();
  EXPECT_EQ(service_.browse(Verb::get, "/invitations/" + token).result(), Status::not_found);
  EXPECT_EQ(service_.call(admin_, Verb::delete_, invitations + "/mistake@example.org").result(),
            Status::not_found);
  EXPECT_EQ(service_.call(owner_, Verb::delete_, invitations + "/boss@example.org").result(),
            Status::no_content);
  EXPECT_TRUE(testing::json_of(service_.call(owner_, Verb::get, invitations))
                  .at("items")
                  .as_array()
                  .empty());
}

TEST_P(InvitationPagesTest, SomeoneSignedInJoinsOnlyWithTheInvitedAddress) {
  ASSERT_EQ(invite(owner_, "later@example.org", "viewer").result(), Status::accepted);
  const std::string token = link_token("later@example.org");
  // Both make accounts after the invitation went out.
  service_.database().account_with_token("later@example.org", {"read"}, false,
                                         std::string(kPassword));
  service_.database().account_with_token("other@example.org", {"read"}, false,
                                         std::string(kPassword));
  const auto other = service_.sign_in("other@example.org", std::string(kPassword));
  const http::Response wrong = service_.browse(Verb::get, "/invitations/" + token, other.cookie);
  ASSERT_EQ(wrong.result(), Status::ok);
  EXPECT_NE(wrong.body().find("other@example.org"), std::string::npos);
  EXPECT_EQ(wrong.body().find("action=\"/invitations/"), std::string::npos) << "no Join button";
  const http::Response refused = service_.browse(Verb::post, "/invitations/" + token, other.cookie,
                                                 "csrf_token=" + other.csrf_token);
  EXPECT_EQ(refused.result(), Status::forbidden);
  EXPECT_NE(refused.body().find("another e-mail address than the invited one"), std::string::npos);
  EXPECT_EQ(refused.body().find("may no longer add members"), std::string::npos)
      << "not the refusal for an inviter who lost the right";

  const auto later = service_.sign_in("later@example.org", std::string(kPassword));
  EXPECT_EQ(service_.browse(Verb::post, "/invitations/" + token, later.cookie).result(),
            Status::forbidden)
      << "the CSRF token is required";
  const http::Response joined = service_.browse(Verb::post, "/invitations/" + token, later.cookie,
                                                "csrf_token=" + later.csrf_token);
  ASSERT_EQ(joined.result(), Status::see_other) << joined.body();
  EXPECT_EQ(roles()["later@example.org"], "viewer");
  EXPECT_FALSE(roles().contains("other@example.org"));
}

TEST_P(InvitationPagesTest, AnInvitationWhoseSenderLostTheRightOrThatExpiredDoesNotWork) {
  ASSERT_EQ(invite(owner_, "admin@example.org", "admin").result(), Status::created)
      << "an address with an account is added at once";
  ASSERT_EQ(invite(admin_, "protege@example.org", "admin").result(), Status::accepted);
  const std::string token = link_token("protege@example.org");
  ASSERT_EQ(invite(admin_, "slow@example.org", "viewer").result(), Status::accepted);
  const std::string slow = link_token("slow@example.org");

  const boost::json::value members = testing::json_of(
      service_.call(owner_, Verb::get, "/api/v1/orgs/" + organisation_ + "/members"));
  std::string admin_id;
  for (const boost::json::value& member : members.at("items").as_array()) {
    if (member.at("email") == "admin@example.org") admin_id = member.at("user_id").as_string();
  }
  ASSERT_EQ(service_
                .call(owner_, Verb::put, "/api/v1/orgs/" + organisation_ + "/members/" + admin_id,
                      R"({"role": "viewer"})")
                .result(),
            Status::ok);
  const http::Response refused = service_.browse(Verb::post, "/invitations/" + token, "",
                                                 "name=Pat&password=a+long+enough+password");
  EXPECT_EQ(refused.result(), Status::forbidden);
  EXPECT_NE(refused.body().find("may no longer add members in this role"), std::string::npos);
  EXPECT_FALSE(roles().contains("protege@example.org"));
  EXPECT_FALSE(
      service_.database()
          .get()
          .read([](store::Connection& connection) {
            return store::find_user_by_email(connection, "protege@example.org").has_value();
          })
          .value())
      << "no account is left behind";

  EXPECT_TRUE(app::read_invitation(service_.database().get(), slow, current_time()).ok());
  EXPECT_EQ(app::read_invitation(service_.database().get(), slow,
                                 current_time() + app::kInvitationLifetime + std::chrono::hours(1))
                .error()
                .code,
            "not found");
}

INSTANTIATE_BACKEND_TESTS(InvitationPagesTest);

}  // namespace
}  // namespace cairn::web
