// The achievement routes end to end: define, revise, list, and the public JSON-LD of each
// version.
#include <gtest/gtest.h>

#include <boost/beast/http/field.hpp>
#include <boost/json.hpp>
#include <set>

#include "http/responses.h"
#include "service_under_test.h"

namespace cairn::api {
namespace {

using http::Status;
using http::Verb;

constexpr std::string_view kDefinition = R"({
  "name": "Safe lifting", "description": "Lifting loads without injury.",
  "learning_outcomes": ["Plans a lift"], "workload": {"hours": 8},
  "assessment": "Observed practical test", "participation": "On site",
  "quality_assurance": "Accredited by the national body", "eqf_level": 3})";

class AchievementRoutesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    token_ = service_.database().account_with_token("owner@example.org", {"read", "write"});
    service_.server().start();
    organisation_ = id_of(call(Verb::post, "/api/v1/orgs", R"({"name": "Works"})"));
  }

  http::Response call(Verb method, const std::string& target, std::string body = "") {
    http::testing::TestClient client(service_.server().port());
    return client.call(method, target, token_, std::move(body));
  }

  static boost::json::object json_of(const http::Response& response) {
    return boost::json::parse(response.body()).as_object();
  }
  static std::string id_of(const http::Response& response) {
    EXPECT_LT(response.result_int(), 300u) << response.body();
    return std::string(json_of(response).at("id").as_string());
  }

  std::string achievements() const { return "/api/v1/orgs/" + organisation_ + "/achievements"; }

  testing::ServiceUnderTest service_;
  std::string token_;
  std::string organisation_;
};

TEST_F(AchievementRoutesTest, DefinesRevisesAndPublishesEachVersion) {
  const http::Response made = call(Verb::post, achievements(), std::string(kDefinition));
  ASSERT_EQ(made.result(), Status::created) << made.body();
  const boost::json::object first = json_of(made);
  const std::string id(first.at("id").as_string());
  EXPECT_EQ(first.at("version"), 1);
  EXPECT_EQ(first.at("url").as_string(),
            "https://cairn.example/achievements/" + id + "/versions/1");
  EXPECT_EQ(first.at("open_badges").at("achievementType"), "MicroCredential");

  boost::json::object changed = boost::json::parse(kDefinition).as_object();
  changed["name"] = "Safe lifting and carrying";
  const http::Response revised =
      call(Verb::put, achievements() + "/" + id, boost::json::serialize(changed));
  ASSERT_EQ(revised.result(), Status::ok) << revised.body();
  EXPECT_EQ(json_of(revised).at("version"), 2);

  http::testing::TestClient anyone(service_.server().port());
  const http::Response current = anyone.get("/achievements/" + id);
  ASSERT_EQ(current.result(), Status::ok);
  EXPECT_EQ(current[boost::beast::http::field::content_type], "application/ld+json");
  EXPECT_EQ(json_of(current).at("@context").as_array().size(), 2u);
  EXPECT_EQ(json_of(current).at("name"), "Safe lifting and carrying");
  const http::Response old = anyone.get("/achievements/" + id + "/versions/1");
  ASSERT_EQ(old.result(), Status::ok);
  EXPECT_EQ(json_of(old).at("name"), "Safe lifting");
  EXPECT_EQ(json_of(old).at("id").as_string(),
            "https://cairn.example/achievements/" + id + "/versions/1");
  EXPECT_NE(old[boost::beast::http::field::cache_control].find("max-age=86400"), std::string::npos);
  for (const char* missing : {"/versions/3", "/versions/0", "/versions/x", "/versions/-1"}) {
    EXPECT_EQ(anyone.get("/achievements/" + id + missing).result(), Status::not_found) << missing;
  }
  EXPECT_EQ(anyone.get("/achievements/nothing").result(), Status::not_found);
}

TEST_F(AchievementRoutesTest, ListsInPagesWithNextAfter) {
  std::set<std::string> made;
  for (int i = 0; i < 3; ++i) {
    boost::json::object definition = boost::json::parse(kDefinition).as_object();
    definition["name"] = "Course " + std::to_string(i);
    made.insert(id_of(call(Verb::post, achievements(), boost::json::serialize(definition))));
  }
  const http::Response first = call(Verb::get, achievements() + "?limit=2");
  ASSERT_EQ(first.result(), Status::ok) << first.body();
  const boost::json::object page = json_of(first);
  ASSERT_EQ(page.at("items").as_array().size(), 2u);
  const std::string after(page.at("next_after").as_string());
  const boost::json::object rest =
      json_of(call(Verb::get, achievements() + "?limit=2&after=" + after));
  ASSERT_EQ(rest.at("items").as_array().size(), 1u) << boost::json::serialize(page) << "\n"
                                                    << boost::json::serialize(rest);
  std::set<std::string> listed;
  for (const auto* items : {&page.at("items").as_array(), &rest.at("items").as_array()}) {
    for (const auto& item : *items) listed.insert(std::string(item.at("id").as_string()));
  }
  EXPECT_EQ(listed, made) << "the two pages hold every achievement once";
  EXPECT_EQ(call(Verb::get, achievements() + "?limit=0").result(), Status::bad_request);
  EXPECT_EQ(call(Verb::get, achievements() + "?limit=9999").result(), Status::bad_request);
}

TEST_F(AchievementRoutesTest, RefusesMalformedOversizedAndHostileBodies) {
  EXPECT_EQ(call(Verb::post, achievements(), "{").result(), Status::bad_request);
  EXPECT_EQ(call(Verb::post, achievements(), "[]").result(), Status::bad_request);
  const http::Response missing = call(Verb::post, achievements(), R"({"name": "X"})");
  EXPECT_EQ(missing.result(), Status::bad_request);
  EXPECT_NE(json_of(missing).at("message").as_string().find("description"), std::string::npos);
  EXPECT_EQ(call(Verb::post, achievements(), std::string(300 * 1024, ' ')).result(),
            Status::payload_too_large);
  boost::json::object hostile = boost::json::parse(kDefinition).as_object();
  hostile["name"] = "x'); DELETE FROM achievements; --";
  hostile["description"] = "\" OR 1=1 --";
  const http::Response made = call(Verb::post, achievements(), boost::json::serialize(hostile));
  ASSERT_EQ(made.result(), Status::created) << made.body();
  const boost::json::object read = json_of(call(Verb::get, achievements() + "/" + id_of(made)));
  EXPECT_EQ(read.at("definition").at("name"), "x'); DELETE FROM achievements; --");
  EXPECT_EQ(read.at("definition").at("description"), "\" OR 1=1 --");
}

}  // namespace
}  // namespace cairn::api
