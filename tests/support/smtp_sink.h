// SmtpSink: a loopback SMTP server for tests that keeps every message it is given, or answers a
// chosen step with a chosen reply to test failures. One connection at a time, on its own thread.
//
// Thread-safety: messages() and the setters may be called from the test thread while the sink
// runs.
#pragma once

#include <atomic>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace cairn::testing {

struct ReceivedMail {
  std::string from;     // MAIL FROM's address
  std::string to;       // RCPT TO's address
  std::string message;  // the DATA, dot-stuffing undone, without the final ".\r\n"
};

class SmtpSink {
 public:
  SmtpSink();
  ~SmtpSink();
  SmtpSink(const SmtpSink&) = delete;
  SmtpSink& operator=(const SmtpSink&) = delete;

  std::uint16_t port() const { return port_; }
  std::vector<ReceivedMail> messages() const;
  // From now on, answer the command starting with `verb` ("RCPT", "DATA", ...) with `reply`
  // (e.g. "451 try later"); an empty verb answers everything normally again.
  void fail(const std::string& verb, const std::string& reply);

 private:
  void serve();
  void session(boost::asio::ip::tcp::socket& socket);

  boost::asio::io_context io_;
  boost::asio::ip::tcp::acceptor acceptor_;
  std::uint16_t port_ = 0;
  mutable std::mutex mutex_;
  std::vector<ReceivedMail> messages_;
  std::string fail_verb_;
  std::string fail_reply_;
  std::atomic<bool> stopping_{false};
  std::thread thread_;
};

}  // namespace cairn::testing
