#include "api/organisation_routes.h"

#include <gtest/gtest.h>

#include <boost/beast/http/field.hpp>
#include <boost/json.hpp>

#include "app/api_tokens.h"
#include "crypto/master_key.h"
#include "did/did_web_url.h"
#include "did/verification_method.h"
#include "http/responses.h"
#include "service_database.h"
#include "store/repositories/organisation_repository.h"
#include "test_server.h"

namespace cairn::api {
namespace {

using http::Status;
using http::testing::TestClient;
using http::testing::TestServer;

class OrganisationRoutesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    writer_ = database_.account_with_token("ada@example.org", {"write"});
    reader_ = app::create_api_token(database_.get(), {"ada@example.org", "r", {"read"}, {}},
                                    current_time())
                  ->text;
    add_organisation_routes(server_.router(), database_.get(),
                            {"https://badges.example.edu:8443/cairn", &master_key_, nullptr});
    server_.start();
  }

  http::Response post_org(const std::string& token, const std::string& body) {
    TestClient client(server_.port());
    return client.call(http::Verb::post, "/api/v1/orgs", token, body);
  }

  static boost::json::object json_of(const http::Response& response) {
    return boost::json::parse(response.body()).as_object();
  }

  const crypto::MasterKey master_key_ = crypto::MasterKey::generate();
  testing::ServiceDatabase database_;
  std::string writer_;
  std::string reader_;
  TestServer server_;
};

TEST_F(OrganisationRoutesTest, MakesAnOrganisationOwnedByTheCallerWithADidWebUnderTheInstance) {
  const http::Response made =
      post_org(writer_, R"({"name": "Demo Institute", "url": "https://demo.example",
                            "email": "Badges@Demo.Example", "description": "Short courses."})");
  ASSERT_EQ(made.result(), Status::created) << made.body();
  const boost::json::object organisation = json_of(made);
  const std::string id(organisation.at("id").as_string());
  EXPECT_EQ(organisation.at("did").as_string(),
            "did:web:badges.example.edu%3A8443:cairn:issuers:" + id);
  EXPECT_EQ(organisation.at("email"), "badges@demo.example");
  // The DID resolves (did:web rules) to the route that serves its document.
  EXPECT_EQ(*did::did_web_document_url(std::string(organisation.at("did").as_string())),
            "https://badges.example.edu:8443/cairn/issuers/" + id + "/did.json");

  const auto role = database_.get().read([&](store::Connection& connection) {
    return store::find_role(
        connection, id,
        app::authenticate_api_token(database_.get(), writer_, current_time())->user.id);
  });
  ASSERT_TRUE(role && role->has_value());
  EXPECT_EQ(**role, model::Role::kOwner);
}

TEST_F(OrganisationRoutesTest, ReplacesTheProfileAllOrNothing) {
  const std::string id(json_of(post_org(writer_, R"({"name": "Demo", "url": "https://demo.example",
                                                     "country": "DE"})"))
                           .at("id")
                           .as_string());
  TestClient client(server_.port());
  const std::string target = "/api/v1/orgs/" + id;
  const http::Response replaced =
      client.call(http::Verb::put, target, writer_,
                  R"({"name": "Demo Institute", "email": "Badges@Demo.Example", "country": "AT"})");
  ASSERT_EQ(replaced.result(), Status::ok) << replaced.body();
  const boost::json::object organisation = json_of(replaced);
  EXPECT_EQ(organisation.at("name"), "Demo Institute");
  EXPECT_EQ(organisation.at("email"), "badges@demo.example");
  EXPECT_EQ(organisation.at("country"), "AT");
  EXPECT_FALSE(organisation.contains("url"));  // left out: cleared
  EXPECT_EQ(organisation.at("did"), json_of(client.get("/issuers/" + id)).at("id"));

  // A bad field, an unknown one or a reader's token change nothing.
  EXPECT_EQ(
      client.call(http::Verb::put, target, writer_, R"({"name": "X", "country": "at"})").result(),
      Status::bad_request);
  EXPECT_EQ(
      client.call(http::Verb::put, target, writer_, R"({"name": "X", "colour": "red"})").result(),
      Status::bad_request);
  EXPECT_EQ(client.call(http::Verb::put, target, reader_, R"({"name": "X"})").result(),
            Status::forbidden);
  EXPECT_EQ(json_of(client.get("/issuers/" + id)).at("name"), "Demo Institute");
}

TEST_F(OrganisationRoutesTest, PublishesTheProfileAndADidDocumentWithTheSigningKey) {
  const std::string id(json_of(post_org(writer_, R"({"name": "Demo"})")).at("id").as_string());
  TestClient client(server_.port());
  const http::Response profile = client.get("/issuers/" + id);
  ASSERT_EQ(profile.result(), Status::ok);
  EXPECT_EQ(profile[boost::beast::http::field::content_type], "application/ld+json");
  EXPECT_EQ(json_of(profile).at("type"), boost::json::array{"Profile"});
  EXPECT_EQ(json_of(profile).at("name"), "Demo");

  const http::Response document = client.get("/issuers/" + id + "/did.json");
  ASSERT_EQ(document.result(), Status::ok);
  EXPECT_EQ(document[boost::beast::http::field::content_type], "application/did+json");
  const boost::json::object did_document = json_of(document);
  const std::string did(json_of(profile).at("id").as_string());
  EXPECT_EQ(did_document.at("id").as_string(), did);
  Result<did::VerificationMethod> key = did::find_verification_method(did_document, did + "#key-1");
  ASSERT_TRUE(key) << key.error().to_string();
  EXPECT_TRUE(did::ed25519_public_key_of(*key));
}

TEST_F(OrganisationRoutesTest, RefusesWithoutATokenWithoutTheScopeAndOnBadFields) {
  EXPECT_EQ(post_org("", R"({"name": "X"})").result(), Status::unauthorized);
  EXPECT_EQ(post_org(reader_, R"({"name": "X"})").result(), Status::forbidden);
  EXPECT_EQ(post_org(writer_, R"({"name": ""})").result(), Status::bad_request);
  EXPECT_EQ(post_org(writer_, R"({"name": 5})").result(), Status::bad_request);
  EXPECT_EQ(post_org(writer_, R"({"nom": "X"})").result(), Status::bad_request);
  EXPECT_EQ(post_org(writer_, R"({"name": "X", "url": "ftp://x"})").result(), Status::bad_request);
  EXPECT_EQ(post_org(writer_, R"({"name": "X", "email": "no"})").result(), Status::bad_request);
  EXPECT_EQ(post_org(writer_, R"({"name": "X\u0007"})").result(), Status::bad_request);
  EXPECT_EQ(post_org(writer_, R"([1, 2])").result(), Status::bad_request);
  EXPECT_EQ(post_org(writer_, R"({"name": "X", "name": "Y"})").result(), Status::bad_request)
      << "duplicate members are refused";
  const std::string quote_name = R"({"name": "Robert'); DROP TABLE organisations; --"})";
  const http::Response odd = post_org(writer_, quote_name);
  ASSERT_EQ(odd.result(), Status::created) << "SQL metacharacters are data";
  EXPECT_EQ(json_of(odd).at("name"), "Robert'); DROP TABLE organisations; --");
  TestClient client(server_.port());
  EXPECT_EQ(client.get("/issuers/" + std::string(json_of(odd).at("id").as_string())).result(),
            Status::ok);
}

TEST_F(OrganisationRoutesTest, UnknownOrganisationsAre404) {
  TestClient client(server_.port());
  EXPECT_EQ(client.get("/issuers/0123").result(), Status::not_found);
  EXPECT_EQ(client.get("/issuers/0123/did.json").result(), Status::not_found);
}

TEST_F(OrganisationRoutesTest, MembersWithTheReadScopeSeeTheOrganisationAndTheirRole) {
  const std::string owner = database_.account_with_token("owner@example.org", {"read", "write"});
  const std::string id(json_of(post_org(owner, R"({"name": "Mine"})")).at("id").as_string());
  const auto get_org = [&](const std::string& token) {
    TestClient client(server_.port());
    return client.call(http::Verb::get, "/api/v1/orgs/" + id, token);
  };
  const http::Response mine = get_org(owner);
  ASSERT_EQ(mine.result(), Status::ok) << mine.body();
  EXPECT_EQ(json_of(mine).at("role"), "owner");
  EXPECT_EQ(json_of(mine).at("name"), "Mine");
  // Someone else, even with the read scope, is not a member.
  const std::string stranger = database_.account_with_token("stranger@example.org", {"read"});
  EXPECT_EQ(get_org(stranger).result(), Status::forbidden);
  // A platform admin with the admin scope sees it, without a role in it.
  const std::string admin = database_.account_with_token("root@example.org", {"admin"}, true);
  const http::Response seen = get_org(admin);
  ASSERT_EQ(seen.result(), Status::ok) << seen.body();
  EXPECT_TRUE(json_of(seen).at("role").is_null());
}

}  // namespace
}  // namespace cairn::api
