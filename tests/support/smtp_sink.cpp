#include "smtp_sink.h"

#include <boost/asio/read_until.hpp>
#include <boost/asio/streambuf.hpp>
#include <boost/asio/write.hpp>
#include <istream>
#include <optional>

namespace cairn::testing {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;

SmtpSink::SmtpSink() : acceptor_(io_, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0)) {
  port_ = acceptor_.local_endpoint().port();
  thread_ = std::thread([this] { serve(); });
}

SmtpSink::~SmtpSink() {
  // A blocking accept() does not return when another thread closes the acceptor: wake it with
  // one last connection, which the serving loop sees after `stopping_`.
  stopping_ = true;
  boost::system::error_code ignored;
  boost::asio::io_context io;
  tcp::socket waker(io);
  waker.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), port_), ignored);
  thread_.join();
}

std::vector<ReceivedMail> SmtpSink::messages() const {
  std::lock_guard lock(mutex_);
  return messages_;
}

void SmtpSink::fail(const std::string& verb, const std::string& reply) {
  std::lock_guard lock(mutex_);
  fail_verb_ = verb;
  fail_reply_ = reply;
}

void SmtpSink::serve() {
  while (true) {
    tcp::socket socket(io_);
    boost::system::error_code error;
    acceptor_.accept(socket, error);
    if (error || stopping_) return;
    session(socket);
  }
}

void SmtpSink::session(tcp::socket& socket) {
  asio::streambuf buffer;
  boost::system::error_code error;
  const auto say = [&](const std::string& line) {
    asio::write(socket, asio::buffer(line + "\r\n"), error);
  };
  const auto read_line = [&]() -> std::optional<std::string> {
    asio::read_until(socket, buffer, "\r\n", error);
    if (error) return std::nullopt;
    std::istream in(&buffer);
    std::string line;
    std::getline(in, line);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
  };
  say("220 sink ready");
  ReceivedMail mail;
  while (std::optional<std::string> line = read_line()) {
    {
      std::lock_guard lock(mutex_);
      if (!fail_verb_.empty() && line->starts_with(fail_verb_)) {
        say(fail_reply_);
        continue;
      }
    }
    if (line->starts_with("EHLO") || line->starts_with("HELO")) {
      say("250-sink");
      say("250 8BITMIME");
    } else if (line->starts_with("MAIL FROM:<")) {
      mail.from = line->substr(11, line->find('>') - 11);
      say("250 ok");
    } else if (line->starts_with("RCPT TO:<")) {
      mail.to = line->substr(9, line->find('>') - 9);
      say("250 ok");
    } else if (*line == "DATA") {
      say("354 go ahead");
      std::string data;
      while (std::optional<std::string> data_line = read_line()) {
        if (*data_line == ".") break;
        data += (data_line->starts_with("..") ? data_line->substr(1) : *data_line) + "\r\n";
      }
      mail.message = data;
      {
        std::lock_guard lock(mutex_);
        messages_.push_back(mail);
      }
      say("250 queued");
    } else if (*line == "QUIT") {
      say("221 bye");
      return;
    } else {
      say("500 unknown command");
    }
  }
}

}  // namespace cairn::testing
