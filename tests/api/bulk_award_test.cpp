// Bulk awards end to end, on SQLite and on PostgreSQL: a CSV upload checked row by row, a job
// the worker runs in batches, progress, idempotency keys, duplicate policies, and a job taken
// over from a worker that died mid-way without any row issued twice.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <chrono>
#include <set>

#include "app/bulk_award_worker.h"
#include "http/responses.h"
#include "service_under_test.h"

namespace cairn::api {
namespace {

using http::Status;
using http::Verb;
using namespace std::chrono_literals;

constexpr std::string_view kBadge =
    R"({"name": "Bulk badge", "description": "Awarded in bulk.", "achievement_type": "Badge"})";

class BulkAwardTest : public ::testing::TestWithParam<store::testing::Backend> {
 protected:
  void SetUp() override {
    if (!service_.available()) GTEST_SKIP() << store::testing::kNoPostgres;
    token_ = service_.database().account_with_token("owner@example.org",
                                                    {"read", "write", "issue", "revoke"});
    service_.server().start();
    organisation_ = id_of(call(Verb::post, "/api/v1/orgs", R"({"name": "Bulk College"})"));
    for (int i = 0; i < 2; ++i) {
      achievements_.push_back(id_of(call(
          Verb::post, "/api/v1/orgs/" + organisation_ + "/achievements", std::string(kBadge))));
    }
  }

  http::Response call(Verb method, const std::string& target, std::string body = "",
                      const std::string& idempotency_key = "") {
    http::testing::TestClient client(service_.server().port());
    http::Request request{method, target, 11};
    request.set(boost::beast::http::field::authorization, "Bearer " + token_);
    if (!idempotency_key.empty()) request.set("Idempotency-Key", idempotency_key);
    if (!body.empty()) {
      request.set(boost::beast::http::field::content_type,
                  target.ends_with("/achievements") || target == "/api/v1/orgs" ? "application/json"
                                                                                : "text/csv");
      request.body() = std::move(body);
    }
    return client.send(std::move(request));
  }

  static boost::json::value json_of(const http::Response& response) {
    return boost::json::parse(response.body());
  }
  static std::string id_of(const http::Response& response) {
    EXPECT_LT(response.result_int(), 300u) << response.body();
    return std::string(json_of(response).at("id").as_string());
  }

  std::string bulk(const std::string& query = "") const {
    return "/api/v1/orgs/" + organisation_ + "/awards/bulk" + query;
  }

  // A CSV awarding achievement `which` to people first..first+count-1.
  std::string csv(std::size_t which, int first, int count) const {
    std::string text = "recipient,achievement,recipient_name\r\n";
    for (int i = first; i < first + count; ++i) {
      text += "p" + std::to_string(i) + "@example.org," + achievements_[which] + ",\"Person, " +
              std::to_string(i) + "\"\r\n";
    }
    return text;
  }

  boost::json::object job(const std::string& id) {
    return json_of(call(Verb::get, "/api/v1/jobs/" + id)).as_object();
  }

  std::size_t run_jobs() {
    app::JobRunner runner(service_.database().get(), service_.instance(), {.batch_size = 64});
    Result<std::size_t> ran = runner.run_until_idle();
    EXPECT_TRUE(ran) << ran.error().to_string();
    return ran ? *ran : 0;
  }

  std::int64_t credentials_issued() {
    return *service_.database().get().read([&](store::Connection& connection) {
      return connection.query_one("SELECT COUNT(*) AS n FROM credentials")->get<std::int64_t>("n");
    });
  }

  testing::ServiceUnderTest service_{GetParam()};
  std::string token_;
  std::string organisation_;
  std::vector<std::string> achievements_;
};

TEST_P(BulkAwardTest, AJobIssuesEveryRowInBatchesAndReportsProgress) {
  const http::Response accepted =
      call(Verb::post, bulk(), csv(0, 0, 150) + csv(1, 0, 100).substr(37));
  ASSERT_EQ(accepted.result(), Status::accepted) << accepted.body();
  const std::string id(json_of(accepted).at("id").as_string());
  EXPECT_EQ(accepted[boost::beast::http::field::location], "/api/v1/jobs/" + id);
  EXPECT_EQ(job(id).at("state"), "queued");
  EXPECT_EQ(job(id).at("total"), 250);
  EXPECT_EQ(job(id).at("pending"), 250);

  EXPECT_EQ(run_jobs(), 1u);
  const boost::json::object done = job(id);
  EXPECT_EQ(done.at("state"), "done");
  EXPECT_EQ(done.at("issued"), 250);
  EXPECT_EQ(done.at("failed"), 0);
  EXPECT_EQ(done.at("pending"), 0);
  EXPECT_TRUE(done.at("rate_per_second").is_number());
  EXPECT_EQ(credentials_issued(), 250);

  // The credentials are real: one of them verifies through the API.
  const std::string credential = *service_.database().get().read([&](store::Connection& c) {
    return c
        .query_one("SELECT credential_id FROM job_rows WHERE job_id = ? AND row_number = 200", {id})
        ->get<std::string>("credential_id");
  });
  http::testing::TestClient anyone(service_.server().port());
  const http::Response document = anyone.get("/credentials/" + credential);
  ASSERT_EQ(document.result(), Status::ok);
  const http::Response report = anyone.post("/api/v1/verify", document.body());
  EXPECT_EQ(json_of(report).at("verified"), true) << report.body();
}

TEST_P(BulkAwardTest, RowProblemsAreListedWithTheirLinesAndNothingIsQueued) {
  const std::string text = "achievement,recipient\n" + achievements_[0] +
                           ",ok@example.org\nnope,a@example.org\n" + achievements_[0] +
                           ",not-an-address\n\"" + achievements_[0] + "\",\"multi\nline\"\n";
  const http::Response refused = call(Verb::post, bulk(), text);
  ASSERT_EQ(refused.result(), Status::bad_request) << refused.body();
  const boost::json::object body = json_of(refused).as_object();
  EXPECT_EQ(body.at("problem_count"), 3);
  const boost::json::array& rows = body.at("rows_with_problems").as_array();
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].at("line"), 3);
  EXPECT_NE(rows[0].at("message").as_string().find("no achievement"), std::string::npos);
  EXPECT_EQ(rows[1].at("line"), 4);
  EXPECT_EQ(rows[2].at("line"), 5);
  EXPECT_EQ(run_jobs(), 0u) << "no job was made";

  const http::Response preview = call(Verb::post, bulk("?preview=true"), csv(0, 0, 10));
  ASSERT_EQ(preview.result(), Status::ok) << preview.body();
  EXPECT_EQ(json_of(preview).at("rows"), 10);
  EXPECT_EQ(run_jobs(), 0u) << "a preview makes no job";

  EXPECT_EQ(call(Verb::post, bulk(), "recipient\na@example.org\n").result(), Status::bad_request);
  EXPECT_EQ(call(Verb::post, bulk(), "achievement,recipient,colour\n").result(),
            Status::bad_request);
  EXPECT_EQ(call(Verb::post, bulk(), "achievement,recipient\n\"unclosed\n").result(),
            Status::bad_request);
  EXPECT_EQ(call(Verb::post, bulk("?duplicate_policy=maybe"), csv(0, 0, 1)).result(),
            Status::bad_request);
  EXPECT_EQ(call(Verb::post, bulk(), csv(0, 0, 1) + csv(0, 0, 1).substr(37)).result(),
            Status::bad_request)
      << "the same award twice in one upload";
}

TEST_P(BulkAwardTest, AnIdempotencyKeyMakesOneJob) {
  const http::Response first = call(Verb::post, bulk(), csv(0, 0, 5), "upload-1");
  ASSERT_EQ(first.result(), Status::accepted) << first.body();
  const http::Response retry = call(Verb::post, bulk(), csv(0, 0, 5), "upload-1");
  ASSERT_EQ(retry.result(), Status::ok) << retry.body();
  EXPECT_EQ(json_of(retry).at("id"), json_of(first).at("id"));
  EXPECT_EQ(call(Verb::post, bulk(), csv(0, 0, 6), "upload-1").result(), Status::conflict);
  run_jobs();
  EXPECT_EQ(credentials_issued(), 5);
}

TEST_P(BulkAwardTest, DuplicatePoliciesDecideAboutEarlierCredentials) {
  ASSERT_EQ(call(Verb::post, bulk(), csv(0, 0, 3)).result(), Status::accepted);
  run_jobs();
  const std::string denied(json_of(call(Verb::post, bulk(), csv(0, 2, 2))).at("id").as_string());
  run_jobs();
  EXPECT_EQ(job(denied).at("issued"), 1);
  EXPECT_EQ(job(denied).at("failed"), 1);
  EXPECT_NE(job(denied).at("errors").as_array()[0].at("message").as_string().find("already holds"),
            std::string::npos);

  const std::string replaced(
      json_of(call(Verb::post, bulk("?duplicate_policy=replace"), csv(0, 0, 1)))
          .at("id")
          .as_string());
  run_jobs();
  EXPECT_EQ(job(replaced).at("issued"), 1);
  const auto holdings = [&](const char* recipient) {
    return *service_.database().get().read([&](store::Connection& c) {
      return std::pair{
          c.query_one("SELECT COUNT(*) AS n FROM credentials WHERE recipient = ?", {recipient})
              ->get<std::int64_t>("n"),
          c.query_one("SELECT COUNT(*) AS n FROM credentials WHERE recipient = ? AND "
                      "revoked_at IS NOT NULL",
                      {recipient})
              ->get<std::int64_t>("n")};
    });
  };
  EXPECT_EQ(holdings("p0@example.org"), std::pair(std::int64_t{2}, std::int64_t{1}));

  ASSERT_EQ(
      call(Verb::post, bulk("?duplicate_policy=allow"), csv(0, 1, 1) + csv(0, 1, 1).substr(37))
          .result(),
      Status::accepted);
  run_jobs();
  EXPECT_EQ(holdings("p1@example.org"), std::pair(std::int64_t{3}, std::int64_t{0}));
}

// A worker that dies mid-job holds its lease until it runs out; then another takes the job
// over and issues exactly the rows still pending.
TEST_P(BulkAwardTest, AnotherWorkerResumesAJobWhoseWorkerDied) {
  const std::string id(json_of(call(Verb::post, bulk(), csv(0, 0, 100))).at("id").as_string());
  store::Database& database = service_.database().get();
  const TimePoint now = current_time();
  Result<app::BatchOutcome> first =
      app::run_bulk_award_batch(database, service_.instance(), id, "dead-worker", 30, 60s, now);
  ASSERT_TRUE(first && first->leased) << (first ? "" : first.error().to_string());
  EXPECT_EQ(first->issued, 30);
  // While its lease lasts, nobody else may work on the job.
  Result<app::BatchOutcome> blocked =
      app::run_bulk_award_batch(database, service_.instance(), id, "second", 30, 60s, now + 30s);
  ASSERT_TRUE(blocked);
  EXPECT_FALSE(blocked->leased);
  // After it, the second worker finishes the job.
  TimePoint later = now + 61s;
  for (int i = 0; i < 10; ++i) {
    Result<app::BatchOutcome> batch =
        app::run_bulk_award_batch(database, service_.instance(), id, "second", 30, 60s, later);
    ASSERT_TRUE(batch && batch->leased);
    if (batch->finished) break;
  }
  EXPECT_EQ(job(id).at("state"), "done");
  EXPECT_EQ(job(id).at("issued"), 100);
  EXPECT_EQ(credentials_issued(), 100) << "no row was issued twice";
  const auto distinct = *database.read([&](store::Connection& c) {
    return c.query_one("SELECT COUNT(DISTINCT recipient) AS n FROM credentials")
        ->get<std::int64_t>("n");
  });
  EXPECT_EQ(distinct, 100);
}

INSTANTIATE_BACKEND_TESTS(BulkAwardTest);

}  // namespace
}  // namespace cairn::api
