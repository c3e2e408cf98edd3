// System tests: real `cairn serve` processes, killed and run side by side.
//
//   Crash: kill -9 during a bulk award, restart: the job resumes, every row is issued exactly
//   once, and no credential is half-written.
//   Scale-out: two processes on one PostgreSQL issue credentials at once (two bulk jobs and
//   direct awards): no status entry twice, no award lost or doubled, every credential verifies.
//
// Sizes: the issue's (100,000 rows; 20,000 credentials) in release builds; a tenth in debug and
// a fiftieth in sanitizer builds, whose signing is that much slower (the same code paths); the
// crash test never below 10,000 rows.
#include <gtest/gtest.h>

#include <algorithm>
#include <boost/beast/http/field.hpp>
#include <boost/json.hpp>
#include <chrono>
#include <iostream>
#include <thread>

#include "http/responses.h"
#include "serve_process.h"
#include "store/database_url.h"
#include "test_database.h"
#include "test_server.h"

namespace cairn::testing {
namespace {

using http::Verb;
using store::testing::Backend;

// Not below 10,000 rows (50 batches): a sanitizer build on a fast machine finished a job of 2,000
// between two polls, and the kill then proved nothing.
constexpr int kCrashRows = std::max(10'000, 100'000 / CAIRN_SYSTEM_SIZE_DIVISOR);
constexpr int kScaleOutCredentials = 20'000 / CAIRN_SYSTEM_SIZE_DIVISOR;

constexpr std::string_view kBadge =
    R"({"name": "System badge", "description": "For the system tests.", "achievement_type": "Badge"})";

class SystemTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ::setenv("CAIRN_MASTER_KEY", std::string(43, 'A').c_str(), 1);  // all-zero: a test key
  }
  void TearDown() override { ::unsetenv("CAIRN_MASTER_KEY"); }

  // An owner account and a token for it on the database at `url`.
  std::string owner_token(const std::string& url) {
    run_cairn(
        {"admin", "create-user", "--db", url, "--email", "owner@example.org", "--name", "Owner"},
        scratch_.path());
    const std::string out =
        run_cairn({"admin", "create-token", "--db", url, "--email", "owner@example.org", "--name",
                   "system", "--scopes", "read write issue revoke"},
                  scratch_.path());
    return out.substr(7, out.find('\n') - 7);  // "token: <token>\n..."
  }

  http::Response call(std::uint16_t port, Verb method, const std::string& target,
                      std::string body = "", const std::string& content_type = "application/json") {
    http::testing::TestClient client(port);
    http::Request request{method, target, 11};
    request.set(boost::beast::http::field::authorization, "Bearer " + token_);
    if (!body.empty()) {
      request.set(boost::beast::http::field::content_type, content_type);
      request.body() = std::move(body);
    }
    return client.send(std::move(request));
  }

  std::string made(std::uint16_t port, const std::string& target, const std::string& body) {
    const http::Response response = call(port, Verb::post, target, body);
    EXPECT_LT(response.result_int(), 300u) << response.body();
    return std::string(boost::json::parse(response.body()).at("id").as_string());
  }

  static std::string csv(const std::string& achievement, const std::string& prefix, int count) {
    std::string text = "achievement,recipient\n";
    for (int i = 0; i < count; ++i) {
      text += achievement + "," + prefix + std::to_string(i) + "@example.org\n";
    }
    return text;
  }

  boost::json::object job(std::uint16_t port, const std::string& id) {
    return boost::json::parse(call(port, Verb::get, "/api/v1/jobs/" + id).body()).as_object();
  }

  // Polls until `done(job)` or the deadline; returns the last state seen.
  boost::json::object wait_for(std::uint16_t port, const std::string& id,
                               const std::function<bool(const boost::json::object&)>& done,
                               std::chrono::seconds limit) {
    const auto deadline = std::chrono::steady_clock::now() + limit;
    boost::json::object seen = job(port, id);
    while (!done(seen) && std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(std::chrono::milliseconds(200));
      seen = job(port, id);
    }
    return seen;
  }

  static std::int64_t count(store::Database& database, const std::string& sql) {
    return *database.read([&](store::Connection& connection) {
      return connection.query_one(sql)->get<std::int64_t>("n");
    });
  }

  // Verifies every credential through the bulk verification API, `threads` clients at once,
  // each against its own process; returns how many verified.
  std::int64_t verified_count(store::Database& database, const std::vector<std::uint16_t>& ports) {
    // Read in pages: a query returns at most StatementLimits::max_rows rows.
    std::vector<std::string> documents;
    while (true) {
      Result<std::vector<store::Row>> page = database.read([&](store::Connection& connection) {
        return connection.query("SELECT document FROM credentials ORDER BY id LIMIT 5000 OFFSET " +
                                std::to_string(documents.size()));
      });
      EXPECT_TRUE(page) << page.error().to_string();
      if (!page || page->empty()) break;
      for (const store::Row& row : *page) documents.push_back(row.get<std::string>("document"));
    }
    std::atomic<std::int64_t> verified = 0;
    std::vector<std::thread> clients;
    for (std::size_t c = 0; c < ports.size(); ++c) {
      clients.emplace_back([&, c] {
        for (std::size_t start = c * 100; start < documents.size(); start += ports.size() * 100) {
          boost::json::array batch;
          for (std::size_t i = start; i < std::min(documents.size(), start + 100); ++i) {
            batch.push_back(boost::json::parse(documents[i]));
          }
          const http::Response report =
              call(ports[c], Verb::post, "/api/v1/verify/bulk",
                   boost::json::serialize(boost::json::object{{"credentials", batch}}));
          if (report.result_int() != 200) continue;
          verified += boost::json::parse(report.body()).at("verified").as_int64();
        }
      });
    }
    for (std::thread& client : clients) client.join();
    return verified;
  }

  store::testing::TempDirectory scratch_;
  std::string token_;
};

TEST_F(SystemTest, KillNineDuringABulkAwardLosesAndDoublesNothing) {
  const std::string url = "sqlite:" + scratch_.file("cairn.db");
  token_ = owner_token(url);
  const std::vector<std::string> serve_args = {
      "--db", url, "--base-url", "https://cairn.example", "--job-lease", "3"};
  auto first = std::make_unique<ServeProcess>(serve_args, scratch_.path());
  const std::string organisation = made(first->port(), "/api/v1/orgs", R"({"name": "Crash"})");
  const std::string achievement =
      made(first->port(), "/api/v1/orgs/" + organisation + "/achievements", std::string(kBadge));
  const http::Response accepted =
      call(first->port(), Verb::post, "/api/v1/orgs/" + organisation + "/awards/bulk",
           csv(achievement, "crash", kCrashRows), "text/csv");
  ASSERT_EQ(accepted.result_int(), 202u) << accepted.body();
  const std::string id(boost::json::parse(accepted.body()).at("id").as_string());

  // Kill it once some of the job is done, mid-batch as likely as not.
  const boost::json::object before = wait_for(
      first->port(), id,
      [](const auto& job) { return job.at("issued").as_int64() >= kCrashRows / 5; },
      std::chrono::seconds(300));
  ASSERT_GE(before.at("issued").as_int64(), kCrashRows / 5) << boost::json::serialize(before);
  first->kill_hard();

  Result<std::unique_ptr<store::Database>> database =
      store::open_database(*store::parse_database_url(url));
  ASSERT_TRUE(database) << database.error().to_string();
  // What the dead process committed is whole: every issued row has its credential, and no
  // credential exists without its row.
  const std::int64_t issued_rows =
      count(**database, "SELECT COUNT(*) AS n FROM job_rows WHERE state = 'issued'");
  EXPECT_EQ(count(**database, "SELECT COUNT(*) AS n FROM credentials"), issued_rows);
  EXPECT_LT(issued_rows, kCrashRows) << "the kill came before the end";

  ServeProcess second(serve_args, scratch_.path());
  const boost::json::object after = wait_for(
      second.port(), id, [](const auto& job) { return job.at("state") == "done"; },
      std::chrono::seconds(1800));
  EXPECT_EQ(after.at("state"), "done") << boost::json::serialize(after);
  EXPECT_EQ(after.at("issued"), kCrashRows);
  EXPECT_EQ(after.at("failed"), 0);
  EXPECT_EQ(count(**database, "SELECT COUNT(*) AS n FROM credentials"), kCrashRows);
  EXPECT_EQ(count(**database, "SELECT COUNT(DISTINCT recipient) AS n FROM credentials"), kCrashRows)
      << "nothing issued twice";
  EXPECT_EQ(count(**database,
                  "SELECT COUNT(*) AS n FROM job_rows r JOIN credentials c "
                  "ON c.id = r.credential_id WHERE r.job_id = '" +
                      id + "'"),
            kCrashRows)
      << "every row names its credential";
  EXPECT_EQ(second.stop(), 0);
}

TEST_F(SystemTest, TwoProcessesOnOnePostgresqlIssueConcurrently) {
  store::testing::TestDatabase test_database(Backend::kPostgresql);
  if (!test_database.available()) GTEST_SKIP() << store::testing::kNoPostgres;
  const std::string url = test_database.url();
  token_ = owner_token(url);
  const std::vector<std::string> serve_args = {
      "--db",          url,      "--base-url",     "https://cairn.example",
      "--verify-rate", "100000", "--verify-burst", "100000"};
  ServeProcess a(serve_args, scratch_.path());
  ServeProcess b(serve_args, scratch_.path());
  const std::string organisation = made(a.port(), "/api/v1/orgs", R"({"name": "Scale"})");
  const std::string achievement =
      made(b.port(), "/api/v1/orgs/" + organisation + "/achievements", std::string(kBadge));

  // Half in two bulk jobs, one uploaded to each process; the rest as direct awards of 50, sent
  // to both processes from two clients at the same time as the jobs run.
  const int per_job = kScaleOutCredentials / 4;
  const int direct_requests = kScaleOutCredentials / 2 / 50 / 2;  // per client
  std::vector<std::string> jobs;
  for (auto [port, prefix] : {std::pair{a.port(), "job-a-"}, std::pair{b.port(), "job-b-"}}) {
    const http::Response accepted =
        call(port, Verb::post, "/api/v1/orgs/" + organisation + "/awards/bulk",
             csv(achievement, prefix, per_job), "text/csv");
    ASSERT_EQ(accepted.result_int(), 202u) << accepted.body();
    jobs.emplace_back(boost::json::parse(accepted.body()).at("id").as_string());
  }
  // A 503 ("database error": the transaction kept meeting others and was rolled back, so
  // nothing was issued) is the API's "retry": the clients retry as the API documents, and the
  // retries are reported. Any other refusal fails the test.
  std::atomic<int> refused = 0;
  std::atomic<int> retried = 0;
  std::vector<std::thread> clients;
  for (auto [port, prefix] : {std::pair{a.port(), "direct-a-"}, std::pair{b.port(), "direct-b-"}}) {
    clients.emplace_back([&, port, prefix] {
      for (int r = 0; r < direct_requests; ++r) {
        boost::json::array awards;
        for (int i = 0; i < 50; ++i) {
          awards.push_back(boost::json::object{
              {"recipient", prefix + std::to_string(r * 50 + i) + "@example.org"}});
        }
        const std::string body = boost::json::serialize(awards);
        http::Response response;
        for (int attempt = 0; attempt < 20; ++attempt) {
          response = call(
              port, Verb::post,
              "/api/v1/orgs/" + organisation + "/achievements/" + achievement + "/awards", body);
          if (response.result_int() != 503) break;
          ++retried;
          std::this_thread::sleep_for(std::chrono::milliseconds(100 * (attempt + 1)));
        }
        if (response.result_int() != 201) ++refused;
      }
    });
  }
  for (std::thread& client : clients) client.join();
  EXPECT_EQ(refused, 0);
  RecordProperty("direct_award_retries_after_503", retried.load());
  std::cout << "direct award requests retried after a 503: " << retried << " of "
            << 2 * direct_requests << "\n";
  for (const std::string& id : jobs) {
    const boost::json::object done = wait_for(
        a.port(), id, [](const auto& job) { return job.at("state") == "done"; },
        std::chrono::seconds(1800));
    EXPECT_EQ(done.at("issued"), per_job) << boost::json::serialize(done);
  }

  Result<std::unique_ptr<store::Database>> database =
      store::open_database(*store::parse_database_url(url));
  ASSERT_TRUE(database) << database.error().to_string();
  const std::int64_t expected = 2 * per_job + 2 * direct_requests * 50;
  EXPECT_EQ(expected, kScaleOutCredentials);
  EXPECT_EQ(count(**database, "SELECT COUNT(*) AS n FROM credentials"), expected);
  EXPECT_EQ(count(**database, "SELECT COUNT(DISTINCT recipient) AS n FROM credentials"), expected)
      << "no award lost or doubled";
  EXPECT_EQ(count(**database,
                  "SELECT COUNT(*) AS n FROM (SELECT DISTINCT status_list_id, status_index "
                  "FROM credentials) AS slots"),
            expected)
      << "no status entry given twice";
  EXPECT_EQ(verified_count(**database, {a.port(), b.port()}), expected);
  EXPECT_EQ(a.stop(), 0);
  EXPECT_EQ(b.stop(), 0);
}

}  // namespace
}  // namespace cairn::testing
