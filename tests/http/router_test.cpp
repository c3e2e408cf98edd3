#include "http/router.h"

#include <gtest/gtest.h>

namespace cairn::http {
namespace {

Handler answering(int code) {
  return [code](const RequestContext& context) {
    Response response{static_cast<boost::beast::http::status>(code), context.request.version()};
    return response;
  };
}

TEST(Router, MatchesLiteralAndParameterSegmentsAndDecodesParameters) {
  Router router;
  router.add(Verb::get, "/api/v1/orgs/{org}/achievements/{achievement}", answering(200));
  const RouteLookup lookup = router.find(Verb::get, "/api/v1/orgs/acme%20co/achievements/a-1");
  ASSERT_NE(lookup.route, nullptr);
  EXPECT_EQ(lookup.route->pattern, "/api/v1/orgs/{org}/achievements/{achievement}");
  ASSERT_EQ(lookup.path_parameters.size(), 2u);
  EXPECT_EQ(lookup.path_parameters[0].first, "org");
  EXPECT_EQ(lookup.path_parameters[0].second, "acme co");
  EXPECT_EQ(lookup.path_parameters[1].second, "a-1");
}

TEST(Router, LiteralSegmentsWinOverParameters) {
  Router router;
  router.add(Verb::get, "/api/v1/jobs/{job}", answering(200));
  router.add(Verb::get, "/api/v1/jobs/latest", answering(201));
  EXPECT_EQ(router.find(Verb::get, "/api/v1/jobs/latest").route->pattern, "/api/v1/jobs/latest");
  EXPECT_EQ(router.find(Verb::get, "/api/v1/jobs/42").route->pattern, "/api/v1/jobs/{job}");
}

TEST(Router, UnknownPathFindsNothingAndWrongMethodListsTheAllowedOnes) {
  Router router;
  router.add(Verb::post, "/api/v1/verify", answering(200));
  router.add(Verb::get, "/api/v1/verify", answering(200));
  const RouteLookup missing = router.find(Verb::get, "/api/v1/nothing");
  EXPECT_EQ(missing.route, nullptr);
  EXPECT_TRUE(missing.allowed.empty());
  const RouteLookup wrong = router.find(Verb::delete_, "/api/v1/verify");
  EXPECT_EQ(wrong.route, nullptr);
  EXPECT_EQ(wrong.allowed, (std::vector<Verb>{Verb::post, Verb::get}));
}

TEST(Router, ParametersDoNotMatchEmptySegmentsOrExtraSegments) {
  Router router;
  router.add(Verb::get, "/credentials/{id}", answering(200));
  EXPECT_EQ(router.find(Verb::get, "/credentials/").route, nullptr);
  EXPECT_EQ(router.find(Verb::get, "/credentials/a/b").route, nullptr);
  EXPECT_EQ(router.find(Verb::get, "/credentials").route, nullptr);
}

TEST(Router, BrokenPercentEncodingAndControlCharactersAreABadPath) {
  Router router;
  router.add(Verb::get, "/credentials/{id}", answering(200));
  EXPECT_TRUE(router.find(Verb::get, "/credentials/%zz").bad_path);
  EXPECT_TRUE(router.find(Verb::get, "/credentials/abc%2").bad_path);
  EXPECT_TRUE(router.find(Verb::get, "/credentials/a%00b").bad_path);
  EXPECT_FALSE(router.find(Verb::get, "/credentials/a%2Fb").bad_path);
  EXPECT_EQ(router.find(Verb::get, "/credentials/a%2Fb").path_parameters[0].second, "a/b");
}

TEST(Router, MalformedOrDuplicatePatternsAreRefusedAtStartUp) {
  Router router;
  EXPECT_THROW(router.add(Verb::get, "no-slash", answering(200)), std::invalid_argument);
  EXPECT_THROW(router.add(Verb::get, "/a/{b", answering(200)), std::invalid_argument);
  EXPECT_THROW(router.add(Verb::get, "/a//b", answering(200)), std::invalid_argument);
  router.add(Verb::get, "/a/{b}", answering(200));
  EXPECT_THROW(router.add(Verb::get, "/a/{b}", answering(200)), std::invalid_argument);
}

TEST(Router, SplitTargetSeparatesTheQuery) {
  EXPECT_EQ(split_target("/a/b?x=1&y=2"),
            std::make_pair(std::string_view("/a/b"), std::string_view("x=1&y=2")));
  EXPECT_EQ(split_target("/a"), std::make_pair(std::string_view("/a"), std::string_view()));
}

TEST(Router, QueryParametersAreDecodedAndAbsentOnesAreNullopt) {
  const Request request{Verb::get, "/x", 11};
  const auto parameter = [&](std::string_view query, std::string_view name) {
    RequestContext context{request, "/x", query, {}, "127.0.0.1"};
    return context.query_parameter(name);
  };
  EXPECT_EQ(parameter("", "limit"), std::nullopt);
  EXPECT_EQ(parameter(std::string_view(), "limit"), std::nullopt);
  EXPECT_EQ(parameter("limit=2&after=a%20b", "after"), "a b");
  EXPECT_EQ(parameter("limit=2&limit=3", "limit"), "2");
  EXPECT_EQ(parameter("limited=2", "limit"), std::nullopt);
  EXPECT_EQ(parameter("limit=%zz", "limit"), std::nullopt);
}

}  // namespace
}  // namespace cairn::http
