// Organisation membership through the HTTP API, on SQLite and on PostgreSQL: members act in the
// role they were given, nobody gives or changes a role above their own, the last owner stays, and
// a new member gets a mail saying so.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "common/date_time.h"
#include "http/responses.h"
#include "service_under_test.h"
#include "store/repositories/outbox_repository.h"

namespace cairn::api {
namespace {

using http::Status;
using http::Verb;
using testing::id_of;
using testing::json_of;

class MembershipRoutesTest : public ::testing::TestWithParam<store::testing::Backend> {
 protected:
  void SetUp() override {
    if (!service_.available()) GTEST_SKIP() << store::testing::kNoPostgres;
    const std::vector<std::string> all = {"read", "write", "issue", "revoke"};
    for (const char* name : {"owner", "admin", "assessor", "viewer", "stranger"}) {
      tokens_[name] =
          service_.database().account_with_token(std::string(name) + "@example.org", all);
    }
    service_.server().start();
    organisation_ =
        id_of(service_.call(tokens_["owner"], Verb::post, "/api/v1/orgs", R"({"name": "Team"})"));
    members_ = "/api/v1/orgs/" + organisation_ + "/members";
  }

  http::Response add(const std::string& as, const std::string& who, const std::string& role) {
    return service_.call(tokens_[as], Verb::post, members_,
                         R"({"email": ")" + who + R"(@example.org", "role": ")" + role + "\"}");
  }

  std::string user_id(const std::string& name) {
    return std::string(
        json_of(service_.call(tokens_[name], Verb::get, "/api/v1/me")).at("id").as_string());
  }

  // The mail waiting in the outbox.
  std::vector<store::OutboxMail> queued_mail() {
    const std::string far_ahead = format_whole_seconds(current_time() + std::chrono::hours(24));
    return service_.database()
        .get()
        .read([&](store::Connection& connection) {
          return store::due_mail(connection, far_ahead, 100);
        })
        .value();
  }

  testing::ServiceUnderTest service_{GetParam()};
  std::map<std::string, std::string> tokens_;
  std::string organisation_;
  std::string members_;
};

TEST_P(MembershipRoutesTest, MembersActInTheRoleTheyWereGiven) {
  const http::Response added = add("owner", "assessor", "assessor");
  ASSERT_EQ(added.result(), Status::created) << added.body();
  EXPECT_EQ(json_of(added).at("role"), "assessor");
  EXPECT_EQ(json_of(added).at("email"), "assessor@example.org");
  const std::string badge = id_of(
      service_.call(tokens_["owner"], Verb::post, "/api/v1/orgs/" + organisation_ + "/achievements",
                    R"({"name": "Team badge", "description": "x", "achievement_type": "Badge"})"));
  EXPECT_EQ(service_
                .call(tokens_["assessor"], Verb::post,
                      "/api/v1/orgs/" + organisation_ + "/achievements/" + badge + "/awards",
                      R"({"recipient": "someone@example.org"})")
                .result(),
            Status::created)
      << "an assessor issues";
  EXPECT_EQ(add("assessor", "viewer", "viewer").result(), Status::forbidden)
      << "but does not add members";
  const http::Response listed = service_.call(tokens_["assessor"], Verb::get, members_);
  ASSERT_EQ(listed.result(), Status::ok);
  EXPECT_EQ(json_of(listed).at("items").as_array().size(), 2u);
  EXPECT_EQ(service_.call(tokens_["stranger"], Verb::get, members_).result(), Status::forbidden);

  EXPECT_EQ(add("owner", "nobody", "viewer").result(), Status::accepted)
      << "an address without an account is invited (tests/web/invitation_pages_test.cpp)";
  EXPECT_EQ(add("owner", "assessor", "viewer").result(), Status::conflict);
  EXPECT_EQ(add("owner", "viewer", "emperor").result(), Status::bad_request);
}

TEST_P(MembershipRoutesTest, ANewMemberIsToldByMailAndARefusedAddSendsNothing) {
  ASSERT_EQ(add("owner", "assessor", "assessor").result(), Status::created);
  EXPECT_EQ(add("owner", "assessor", "viewer").result(), Status::conflict);
  EXPECT_EQ(add("assessor", "viewer", "viewer").result(), Status::forbidden);
  EXPECT_EQ(add("assessor", "nobody", "viewer").result(), Status::forbidden) << "nor invites";
  const std::vector<store::OutboxMail> mail = queued_mail();
  ASSERT_EQ(mail.size(), 1u) << "one notice, for the one member added";
  EXPECT_EQ(mail[0].recipient, "assessor@example.org");
  EXPECT_EQ(mail[0].subject, "You are now a member of Team");
  EXPECT_NE(mail[0].body.find("owner@example.org"), std::string::npos) << mail[0].body;
  EXPECT_NE(mail[0].body.find("has made you assessor of Team"), std::string::npos) << mail[0].body;
  EXPECT_NE(mail[0].body.find(service_.instance().base_url + "/console/" + organisation_),
            std::string::npos)
      << mail[0].body;
}

TEST_P(MembershipRoutesTest, NobodyGivesOrChangesARoleAboveTheirOwn) {
  ASSERT_EQ(add("owner", "admin", "admin").result(), Status::created);
  EXPECT_EQ(add("admin", "stranger", "owner").result(), Status::forbidden);
  ASSERT_EQ(add("admin", "viewer", "viewer").result(), Status::created);
  const std::string owner = members_ + "/" + user_id("owner");
  EXPECT_EQ(service_.call(tokens_["admin"], Verb::put, owner, R"({"role": "viewer"})").result(),
            Status::forbidden);
  EXPECT_EQ(service_.call(tokens_["admin"], Verb::delete_, owner).result(), Status::forbidden);
  const std::string viewer = members_ + "/" + user_id("viewer");
  const http::Response promoted =
      service_.call(tokens_["admin"], Verb::put, viewer, R"({"role": "assessor"})");
  ASSERT_EQ(promoted.result(), Status::ok) << promoted.body();
  EXPECT_EQ(json_of(promoted).at("role"), "assessor");
  EXPECT_EQ(service_.call(tokens_["admin"], Verb::put, viewer, R"({"role": "owner"})").result(),
            Status::forbidden);
  EXPECT_EQ(service_.call(tokens_["admin"], Verb::delete_, viewer).result(), Status::no_content);
  EXPECT_EQ(service_.call(tokens_["admin"], Verb::delete_, viewer).result(), Status::not_found);
}

TEST_P(MembershipRoutesTest, TheLastOwnerStaysAndOthersMayLeave) {
  const std::string owner = members_ + "/" + user_id("owner");
  EXPECT_EQ(service_.call(tokens_["owner"], Verb::put, owner, R"({"role": "admin"})").result(),
            Status::conflict);
  EXPECT_EQ(service_.call(tokens_["owner"], Verb::delete_, owner).result(), Status::conflict);
  ASSERT_EQ(add("owner", "viewer", "viewer").result(), Status::created);
  EXPECT_EQ(
      service_.call(tokens_["viewer"], Verb::delete_, members_ + "/" + user_id("viewer")).result(),
      Status::no_content)
      << "a member may leave";
  ASSERT_EQ(add("owner", "admin", "owner").result(), Status::created);
  EXPECT_EQ(service_.call(tokens_["owner"], Verb::delete_, owner).result(), Status::no_content)
      << "another owner remains";
  EXPECT_EQ(service_.call(tokens_["owner"], Verb::get, members_).result(), Status::forbidden);
}

INSTANTIATE_BACKEND_TESTS(MembershipRoutesTest);

}  // namespace
}  // namespace cairn::api
