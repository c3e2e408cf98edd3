// BeastHttpsFetcher against a TLS server on 127.0.0.1 with certificates made at test time: trust
// (given CA, wrong CA, system store, host name and IP checks), limits (body, timeout), redirects,
// statuses, and did:web resolution end to end. No test leaves the loopback interface.
#include "did/beast_https_fetcher.h"

#include <gtest/gtest.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/json/serialize.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>

#include "crypto/multikey.h"
#include "did/did_web_resolver.h"
#include "did_test_support.h"
#include "loopback_https_server.h"
#include "test_tls_certificate.h"

namespace cairn::did {
namespace {

using testing::LoopbackHttpsServer;
using Reply = LoopbackHttpsServer::Reply;

constexpr std::string_view kBody = R"({"id": "did:web:localhost"})";

class BeastHttpsFetcherTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    localhost_ = new testing::TestCertificate(
        testing::make_self_signed_certificate("localhost", "DNS:localhost,IP:127.0.0.1"));
    stranger_ = new testing::TestCertificate(
        testing::make_self_signed_certificate("Some Other CA", "DNS:localhost"));
  }
  static void TearDownTestSuite() {
    delete localhost_;
    delete stranger_;
  }

  static BeastHttpsFetcher fetcher_trusting(const std::string& ca_pem) {
    BeastHttpsFetcherOptions options;
    options.ca_pem = ca_pem;
    Result<BeastHttpsFetcher> fetcher = BeastHttpsFetcher::create(options);
    EXPECT_TRUE(fetcher.ok()) << fetcher.error().to_string();
    return std::move(fetcher).value();
  }

  static std::string url(const LoopbackHttpsServer& server, std::string_view path,
                         std::string_view host = "localhost") {
    return "https://" + std::string(host) + ":" + std::to_string(server.port()) + std::string(path);
  }

  static FetchLimits short_limits() {
    FetchLimits limits;
    limits.connect_timeout = std::chrono::milliseconds(2000);
    limits.response_timeout = std::chrono::milliseconds(2000);
    return limits;
  }

  static inline testing::TestCertificate* localhost_ = nullptr;
  static inline testing::TestCertificate* stranger_ = nullptr;
};

void expect_failure_containing(const Result<std::string>& result, std::string_view text) {
  ASSERT_FALSE(result.ok()) << "fetched: " << *result;
  EXPECT_EQ(result.error().code, "fetch failed");
  EXPECT_NE(result.error().message.find(text), std::string::npos) << result.error().message;
}

TEST_F(BeastHttpsFetcherTest, FetchesWithTheGivenCa) {
  std::string seen_target;
  LoopbackHttpsServer server(*localhost_, [&](const std::string& target) {
    seen_target = target;
    return Reply::ok(std::string(kBody));
  });
  const BeastHttpsFetcher fetcher = fetcher_trusting(localhost_->certificate_pem);
  Result<std::string> body = fetcher.get(url(server, "/.well-known/did.json?x=1"), short_limits());
  ASSERT_TRUE(body.ok()) << body.error().to_string();
  EXPECT_EQ(*body, kBody);
  EXPECT_EQ(seen_target, "/.well-known/did.json?x=1");
  EXPECT_EQ(server.last_host(), "localhost:" + std::to_string(server.port()));
}

TEST_F(BeastHttpsFetcherTest, FetchesWithACaFile) {
  const std::filesystem::path ca_file =
      std::filesystem::temp_directory_path() /
      ("cairn-did-test-ca-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
       "-" + std::to_string(reinterpret_cast<std::uintptr_t>(this)) + ".pem");
  std::ofstream(ca_file) << localhost_->certificate_pem;
  LoopbackHttpsServer server(*localhost_,
                             [](const std::string&) { return Reply::ok(std::string(kBody)); });
  BeastHttpsFetcherOptions options;
  options.ca_file = ca_file.string();
  Result<BeastHttpsFetcher> fetcher = BeastHttpsFetcher::create(options);
  std::filesystem::remove(ca_file);
  ASSERT_TRUE(fetcher.ok()) << fetcher.error().to_string();
  Result<std::string> body = fetcher->get(url(server, "/did.json"), short_limits());
  ASSERT_TRUE(body.ok()) << body.error().to_string();
  EXPECT_EQ(*body, kBody);
}

TEST_F(BeastHttpsFetcherTest, MissingCaFileIsAConfigurationError) {
  BeastHttpsFetcherOptions options;
  options.ca_file = "/nonexistent/cairn-ca.pem";
  Result<BeastHttpsFetcher> fetcher = BeastHttpsFetcher::create(options);
  ASSERT_FALSE(fetcher.ok());
  EXPECT_EQ(fetcher.error().code, "invalid TLS configuration");
  EXPECT_NE(fetcher.error().message.find("/nonexistent/cairn-ca.pem"), std::string::npos);

  BeastHttpsFetcherOptions garbage;
  garbage.ca_pem = "not a certificate";
  EXPECT_FALSE(BeastHttpsFetcher::create(garbage).ok());
}

TEST_F(BeastHttpsFetcherTest, WrongCaIsRefused) {
  LoopbackHttpsServer server(*localhost_,
                             [](const std::string&) { return Reply::ok(std::string(kBody)); });
  const BeastHttpsFetcher fetcher = fetcher_trusting(stranger_->certificate_pem);
  expect_failure_containing(fetcher.get(url(server, "/did.json"), short_limits()),
                            "certificate of localhost not trusted");
  EXPECT_EQ(server.requests(), 0);
}

TEST_F(BeastHttpsFetcherTest, SystemStoreDoesNotTrustATestCertificate) {
  LoopbackHttpsServer server(*localhost_,
                             [](const std::string&) { return Reply::ok(std::string(kBody)); });
  Result<BeastHttpsFetcher> fetcher = BeastHttpsFetcher::create();
  ASSERT_TRUE(fetcher.ok()) << fetcher.error().to_string();
  expect_failure_containing(fetcher->get(url(server, "/did.json"), short_limits()), "not trusted");
}

TEST_F(BeastHttpsFetcherTest, CertificateMustNameTheHost) {
  const testing::TestCertificate other =
      testing::make_self_signed_certificate("other.example", "DNS:other.example");
  LoopbackHttpsServer server(other,
                             [](const std::string&) { return Reply::ok(std::string(kBody)); });
  const BeastHttpsFetcher fetcher = fetcher_trusting(other.certificate_pem);
  expect_failure_containing(fetcher.get(url(server, "/did.json"), short_limits()),
                            "hostname mismatch");
  EXPECT_EQ(server.requests(), 0);
}

TEST_F(BeastHttpsFetcherTest, IpAddressIsCheckedAgainstTheCertificate) {
  LoopbackHttpsServer named(*localhost_,
                            [](const std::string&) { return Reply::ok(std::string(kBody)); });
  const BeastHttpsFetcher fetcher = fetcher_trusting(localhost_->certificate_pem);
  Result<std::string> body = fetcher.get(url(named, "/did.json", "127.0.0.1"), short_limits());
  ASSERT_TRUE(body.ok()) << body.error().to_string();

  // The stranger certificate names only DNS:localhost, not the address.
  LoopbackHttpsServer unnamed(*stranger_,
                              [](const std::string&) { return Reply::ok(std::string(kBody)); });
  const BeastHttpsFetcher trusting_stranger = fetcher_trusting(stranger_->certificate_pem);
  expect_failure_containing(
      trusting_stranger.get(url(unnamed, "/did.json", "127.0.0.1"), short_limits()), "not trusted");
}

TEST_F(BeastHttpsFetcherTest, BodyOverTheLimitIsRefused) {
  for (const bool chunked : {false, true}) {
    SCOPED_TRACE(chunked ? "chunked" : "content-length");
    LoopbackHttpsServer server(*localhost_, [&](const std::string&) {
      return Reply::ok(std::string(5000, 'x'), chunked);
    });
    const BeastHttpsFetcher fetcher = fetcher_trusting(localhost_->certificate_pem);
    FetchLimits limits = short_limits();
    limits.max_body_bytes = 1000;
    expect_failure_containing(fetcher.get(url(server, "/did.json"), limits),
                              "larger than the limit of 1000 bytes");
    limits.max_body_bytes = 5000;
    Result<std::string> exact = fetcher.get(url(server, "/did.json"), limits);
    ASSERT_TRUE(exact.ok()) << exact.error().to_string();
    EXPECT_EQ(exact->size(), 5000u);
  }
}

TEST_F(BeastHttpsFetcherTest, SilentServerTimesOut) {
  LoopbackHttpsServer server(*localhost_, [](const std::string&) { return Reply::stalled(); });
  const BeastHttpsFetcher fetcher = fetcher_trusting(localhost_->certificate_pem);
  FetchLimits limits = short_limits();
  limits.response_timeout = std::chrono::milliseconds(300);
  const auto start = std::chrono::steady_clock::now();
  expect_failure_containing(fetcher.get(url(server, "/did.json"), limits),
                            "timed out after 300 ms");
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
}

TEST_F(BeastHttpsFetcherTest, ClosedPortFailsToConnect) {
  unsigned short port = 0;
  {
    boost::asio::io_context io;
    boost::asio::ip::tcp::acceptor probe(
        io, boost::asio::ip::tcp::endpoint(boost::asio::ip::make_address("127.0.0.1"), 0));
    port = probe.local_endpoint().port();
  }
  const BeastHttpsFetcher fetcher = fetcher_trusting(localhost_->certificate_pem);
  expect_failure_containing(
      fetcher.get("https://127.0.0.1:" + std::to_string(port) + "/did.json", short_limits()),
      "cannot connect to 127.0.0.1");
}

TEST_F(BeastHttpsFetcherTest, FollowsRedirectsWithinTheOrigin) {
  LoopbackHttpsServer server(*localhost_, [](const std::string& target) {
    if (target == "/old/did.json") {
      return Reply::redirect(301, "/new/did.json");
    }
    return Reply::ok(target);
  });
  const BeastHttpsFetcher fetcher = fetcher_trusting(localhost_->certificate_pem);
  Result<std::string> body = fetcher.get(url(server, "/old/did.json"), short_limits());
  ASSERT_TRUE(body.ok()) << body.error().to_string();
  EXPECT_EQ(*body, "/new/did.json");
  EXPECT_EQ(server.requests(), 2);
}

TEST_F(BeastHttpsFetcherTest, RefusesRedirectsToAnotherHostOrLoops) {
  unsigned short port = 0;
  LoopbackHttpsServer server(*localhost_, [&](const std::string& target) {
    if (target == "/away") {
      return Reply::redirect(302, "https://127.0.0.1:" + std::to_string(port) + "/x");
    }
    return Reply::redirect(307, "/loop");
  });
  port = server.port();
  const BeastHttpsFetcher fetcher = fetcher_trusting(localhost_->certificate_pem);
  expect_failure_containing(fetcher.get(url(server, "/away"), short_limits()),
                            "to another origin refused");
  EXPECT_EQ(server.requests(), 1);
  FetchLimits limits = short_limits();
  limits.max_redirects = 2;
  expect_failure_containing(fetcher.get(url(server, "/loop"), limits), "more than 2 redirects");
}

TEST_F(BeastHttpsFetcherTest, StatusOtherThan200IsAnError) {
  LoopbackHttpsServer server(*localhost_,
                             [](const std::string&) { return Reply::status_only(404); });
  const BeastHttpsFetcher fetcher = fetcher_trusting(localhost_->certificate_pem);
  expect_failure_containing(fetcher.get(url(server, "/did.json"), short_limits()),
                            "HTTP status 404");
}

TEST_F(BeastHttpsFetcherTest, RefusesUrlsThatAreNotPlainHttps) {
  const BeastHttpsFetcher fetcher = fetcher_trusting(localhost_->certificate_pem);
  expect_failure_containing(fetcher.get("http://localhost/did.json", short_limits()),
                            "only https URLs");
  expect_failure_containing(fetcher.get("https://user:pw@localhost/did.json", short_limits()),
                            "user information");
  expect_failure_containing(fetcher.get("not a url", short_limits()), "not a URL");
}

TEST_F(BeastHttpsFetcherTest, ResolvesADidWebEndToEnd) {
  const crypto::Ed25519PublicKey key = testing::random_ed25519_key();
  std::string did;
  LoopbackHttpsServer server(*localhost_, [&](const std::string& target) {
    if (target != "/.well-known/did.json") return Reply::status_only(404);
    boost::json::object method{{"id", did + "#key-1"},
                               {"type", "Multikey"},
                               {"controller", did},
                               {"publicKeyMultibase", crypto::encode_ed25519_public_multikey(key)}};
    return Reply::ok(boost::json::serialize(
        boost::json::object{{"id", did},
                            {"verificationMethod", boost::json::array{method}},
                            {"assertionMethod", boost::json::array{"#key-1"}}}));
  });
  did = "did:web:localhost%3A" + std::to_string(server.port());
  DidWebOptions options;
  options.fetch = short_limits();
  const DidWebResolver resolver(
      std::make_shared<BeastHttpsFetcher>(fetcher_trusting(localhost_->certificate_pem)), options);
  Result<VerificationMethod> method = resolve_verification_method(resolver, did + "#key-1");
  ASSERT_TRUE(method.ok()) << method.error().to_string();
  EXPECT_EQ(std::get<crypto::Ed25519PublicKey>(method->key), key);
  EXPECT_TRUE(method->has_purpose("assertionMethod"));
  ASSERT_TRUE(resolve_verification_method(resolver, did + "#key-1").ok());
  EXPECT_EQ(server.requests(), 1);  // the second came from the cache
}

}  // namespace
}  // namespace cairn::did
