#include "mail/smtp_client.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/streambuf.hpp>
#include <boost/asio/write.hpp>
#include <istream>
#include <optional>

namespace cairn::mail {
namespace {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;

class SmtpSession {
 public:
  explicit SmtpSession(const SmtpRelay& relay) : relay_(relay), socket_(io_) {}

  // Runs an asynchronous step to completion or the timeout; false when it timed out.
  template <class Start>
  bool run(Start&& start) {
    bool done = false;
    start(done);
    io_.restart();
    io_.run_for(relay_.timeout);
    if (!done) {
      boost::system::error_code ignored;
      socket_.close(ignored);
    }
    return done;
  }

  std::optional<Error> connect() {
    tcp::resolver resolver(io_);
    boost::system::error_code error;
    const auto endpoints = resolver.resolve(relay_.host, std::to_string(relay_.port), error);
    if (error) return unavailable("resolving " + relay_.host + ": " + error.message());
    const bool finished = run([&](bool& done) {
      asio::async_connect(socket_, endpoints,
                          [&](boost::system::error_code e, const tcp::endpoint&) {
                            error = e;
                            done = true;
                          });
    });
    if (!finished) return unavailable("connecting timed out");
    if (error) return unavailable("connecting to " + relay_.host + ": " + error.message());
    return expect("greeting", 220);
  }

  // Sends `line` (CRLF added) and checks the reply code.
  std::optional<Error> command(const std::string& line, const std::string& step, int expected) {
    if (std::optional<Error> failed = write(line + "\r\n", step)) return failed;
    return expect(step, expected);
  }

  std::optional<Error> write(const std::string& bytes, const std::string& step) {
    boost::system::error_code error;
    const bool finished = run([&](bool& done) {
      asio::async_write(socket_, asio::buffer(bytes),
                        [&](boost::system::error_code e, std::size_t) {
                          error = e;
                          done = true;
                        });
    });
    if (!finished || error) return unavailable(step + ": the connection failed");
    return std::nullopt;
  }

  // Reads a (possibly multi-line) reply and compares its code.
  std::optional<Error> expect(const std::string& step, int expected) {
    for (int lines = 0; lines < 100; ++lines) {
      boost::system::error_code error;
      const bool finished = run([&](bool& done) {
        asio::async_read_until(socket_, buffer_, "\r\n",
                               [&](boost::system::error_code e, std::size_t) {
                                 error = e;
                                 done = true;
                               });
      });
      if (!finished) return unavailable(step + ": no reply in time");
      if (error) return unavailable(step + ": " + error.message());
      std::istream in(&buffer_);
      std::string line;
      std::getline(in, line);
      if (line.size() > 1000) return unavailable(step + ": reply line too long");
      if (line.size() < 3) return unavailable(step + ": malformed reply");
      const int code = std::atoi(line.substr(0, 3).c_str());
      if (line.size() > 3 && line[3] == '-') continue;  // more lines follow
      if (code == expected) return std::nullopt;
      const std::string text = step + ": the relay answered " + line;
      return code >= 500 ? Error{"mail refused", text} : unavailable(text);
    }
    return unavailable(step + ": reply too long");
  }

 private:
  static Error unavailable(const std::string& message) { return {"mail unavailable", message}; }

  const SmtpRelay& relay_;
  asio::io_context io_;
  tcp::socket socket_;
  asio::streambuf buffer_{64 * 1024};
};

// The message with every line that starts with '.' given another (RFC 5321 section 4.5.2) and
// the end-of-data mark.
std::string dot_stuffed(const std::string& message) {
  std::string data;
  data.reserve(message.size() + 16);
  bool line_start = true;
  for (char c : message) {
    if (line_start && c == '.') data.push_back('.');
    data.push_back(c);
    line_start = c == '\n';
  }
  if (!data.ends_with("\r\n")) data += "\r\n";
  return data + ".\r\n";
}

}  // namespace

Result<bool> send_smtp(const SmtpRelay& relay, const std::string& from, const std::string& to,
                       const std::string& message) {
  if (from.find_first_of("\r\n<>") != std::string::npos ||
      to.find_first_of("\r\n<>") != std::string::npos) {
    return Error{"mail refused", "an address holds a line break or an angle bracket"};
  }
  SmtpSession session(relay);
  // Each step only once the one before it succeeded.
  std::optional<Error> failed = session.connect();
  if (!failed) failed = session.command("EHLO " + relay.helo_name, "EHLO", 250);
  if (!failed) failed = session.command("MAIL FROM:<" + from + ">", "MAIL FROM", 250);
  if (!failed) failed = session.command("RCPT TO:<" + to + ">", "RCPT TO", 250);
  if (!failed) failed = session.command("DATA", "DATA", 354);
  if (!failed) failed = session.write(dot_stuffed(message), "message");
  if (!failed) failed = session.expect("end of data", 250);
  if (failed) return *failed;
  session.command("QUIT", "QUIT", 221);  // the message is accepted whatever QUIT gets
  return true;
}

}  // namespace cairn::mail
