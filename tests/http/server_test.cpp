#include "http/server.h"

#include <gtest/gtest.h>

#include <atomic>
#include <boost/beast/http/field.hpp>
#include <chrono>
#include <future>
#include <string>
#include <thread>

#include "http/responses.h"
#include "test_server.h"

namespace cairn::http {
namespace {

using testing::TestClient;
using testing::TestServer;

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    server_.router().add(Verb::get, "/hello/{name}", [](const RequestContext& context) {
      return json_response(context.request, Status::ok,
                           {{"hello", context.parameter("name")}, {"query", context.query}});
    });
    server_.router().add(Verb::post, "/echo", [](const RequestContext& context) {
      return text_response(context.request, Status::ok, context.request.body(), "text/plain");
    });
    server_.router().add(Verb::post, "/big",
                         [](const RequestContext& context) {
                           return json_response(context.request, Status::ok,
                                                {{"bytes", context.request.body().size()}});
                         },
                         {.max_body_bytes = 4096});
    server_.router().add(Verb::get, "/throws", [](const RequestContext&) -> Response {
      throw std::runtime_error("boom");
    });
    server_.router().add(Verb::get, "/slow", [this](const RequestContext& context) {
      slow_started_ = true;
      std::this_thread::sleep_for(std::chrono::milliseconds(400));
      return json_response(context.request, Status::ok, {{"slow", true}});
    });
  }

  void start() {
    ServerOptions options;
    options.limits.header_bytes = 2048;
    options.limits.body_bytes = 1024;
    options.limits.idle_timeout = std::chrono::seconds(2);
    server_.start(options);
  }

  TestServer server_;
  std::atomic<bool> slow_started_{false};
};

TEST_F(ServerTest, AnswersSeveralRequestsOnOneKeptAliveConnection) {
  start();
  TestClient client(server_.port());
  const Response first = client.get("/hello/ada%20lovelace?x=1");
  EXPECT_EQ(first.result(), Status::ok);
  EXPECT_EQ(first.body(), R"({"hello":"ada lovelace","query":"x=1"})");
  EXPECT_EQ(first[boost::beast::http::field::content_type], "application/json");
  EXPECT_TRUE(first.keep_alive());
  const Response second = client.post("/echo", "same connection", "text/plain");
  EXPECT_EQ(second.body(), "same connection");
  EXPECT_NE(server_.log_text().find(R"("route":"/hello/{name}","status":200)"), std::string::npos)
      << server_.log_text();
  EXPECT_EQ(server_.log_text().find("x=1"), std::string::npos) << "queries stay out of the log";
}

TEST_F(ServerTest, UnknownPathIs404AndWrongMethodIs405WithAllow) {
  start();
  TestClient client(server_.port());
  const Response missing = client.get("/nowhere");
  EXPECT_EQ(missing.result(), Status::not_found);
  EXPECT_NE(missing.body().find(R"("error":"not found")"), std::string::npos);
  const Response wrong = client.get("/echo");
  EXPECT_EQ(wrong.result(), Status::method_not_allowed);
  EXPECT_EQ(wrong[boost::beast::http::field::allow], "POST");
}

TEST_F(ServerTest, OversizedBodyIs413AndTheConnectionCloses) {
  start();
  TestClient client(server_.port());
  const Response refused = client.post("/echo", std::string(2000, 'x'));
  EXPECT_EQ(refused.result(), Status::payload_too_large);
  EXPECT_NE(refused.body().find("1024 bytes"), std::string::npos) << refused.body();
  EXPECT_TRUE(client.closed_by_server());
}

TEST_F(ServerTest, AClientStillSendingAnOversizedBodyReadsThe413) {
  // 8 MB is far more than the socket buffers hold: the server answers before the body is sent,
  // then drops the rest instead of resetting the connection under the client (lingering close).
  start();
  for (int attempt = 0; attempt < 3; ++attempt) {
    TestClient client(server_.port());
    EXPECT_EQ(client.post("/echo", std::string(8u << 20, 'x')).result(), Status::payload_too_large);
    EXPECT_TRUE(client.closed_by_server());
  }
}

TEST_F(ServerTest, ARouteMayAllowALargerBody) {
  start();
  TestClient client(server_.port());
  const Response accepted = client.post("/big", std::string(3000, 'x'));
  EXPECT_EQ(accepted.result(), Status::ok);
  EXPECT_EQ(accepted.body(), R"({"bytes":3000})");
  EXPECT_EQ(client.post("/big", std::string(5000, 'x')).result(), Status::payload_too_large);
}

TEST_F(ServerTest, OversizedHeadersAre431) {
  start();
  TestClient client(server_.port());
  Request request{Verb::get, "/hello/x", 11};
  request.set("X-Padding", std::string(4000, 'p'));
  EXPECT_EQ(client.send(request).result(), Status::request_header_fields_too_large);
  EXPECT_TRUE(client.closed_by_server());
}

TEST_F(ServerTest, MalformedRequestIs400) {
  start();
  TestClient client(server_.port());
  const Response response = client.send_raw("GET /hello/x HTTP/9.9\r\nHost: a\r\n\r\n");
  EXPECT_EQ(response.result(), Status::bad_request);
  EXPECT_NE(response.body().find("malformed request"), std::string::npos);
}

TEST_F(ServerTest, BrokenPercentEncodingIs400) {
  start();
  TestClient client(server_.port());
  EXPECT_EQ(client.get("/hello/%zz").result(), Status::bad_request);
}

TEST_F(ServerTest, HandlerExceptionIs500AndIsLogged) {
  start();
  TestClient client(server_.port());
  const Response response = client.get("/throws");
  EXPECT_EQ(response.result(), Status::internal_server_error);
  EXPECT_EQ(response.body().find("boom"), std::string::npos) << "internals stay in the log";
  EXPECT_NE(server_.log_text().find("boom"), std::string::npos);
  EXPECT_EQ(client.get("/hello/again").result(), Status::ok) << "the server goes on";
}

TEST_F(ServerTest, AnswersExpect100ContinueBeforeReadingTheBody) {
  start();
  TestClient client(server_.port());
  const Response interim = client.send_raw(
      "POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 14\r\nExpect: 100-continue\r\n\r\n");
  EXPECT_EQ(interim.result(), Status::continue_);
  client.write_raw("after continue");
  const Response response = client.read_response();
  EXPECT_EQ(response.result(), Status::ok);
  EXPECT_EQ(response.body(), "after continue");
}

TEST_F(ServerTest, IdleConnectionsCloseAfterTheIdleTimeout) {
  start();
  TestClient client(server_.port());
  EXPECT_EQ(client.get("/hello/x").result(), Status::ok);
  EXPECT_TRUE(client.closed_by_server());  // within the 2 s idle timeout, before the 5 s bound
}

TEST_F(ServerTest, GracefulStopFinishesTheRequestInFlightAndClosesIdleConnections) {
  start();
  TestClient idle(server_.port());
  EXPECT_EQ(idle.get("/hello/x").result(), Status::ok);
  TestClient busy(server_.port());
  auto in_flight = std::async(std::launch::async, [&] { return busy.get("/slow"); });
  while (!slow_started_) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  const auto stop_started = std::chrono::steady_clock::now();
  server_.stop();  // returns when run() has returned
  const Response answered = in_flight.get();
  EXPECT_EQ(answered.result(), Status::ok);
  EXPECT_EQ(answered.body(), R"({"slow":true})");
  EXPECT_FALSE(answered.keep_alive()) << "a stopping server closes after answering";
  EXPECT_TRUE(idle.closed_by_server());
  EXPECT_LT(std::chrono::steady_clock::now() - stop_started, std::chrono::seconds(2));
  EXPECT_THROW(TestClient{server_.port()}, boost::system::system_error) << "no longer listening";
}

TEST_F(ServerTest, MetricsCountWhatWasAnswered) {
  start();
  TestClient client(server_.port());
  client.get("/hello/a");
  client.get("/hello/b");
  client.get("/nowhere");
  const std::string text = server_.metrics().render();
  EXPECT_NE(text.find(R"(route="/hello/{name}",method="GET",status="200"} 2)"), std::string::npos)
      << text;
  EXPECT_NE(text.find(R"(route="unmatched",method="GET",status="404"} 1)"), std::string::npos);
  EXPECT_NE(text.find("cairn_http_open_connections 1"), std::string::npos);
}

}  // namespace
}  // namespace cairn::http
