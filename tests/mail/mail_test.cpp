// Outgoing mail: the message format (headers, encoded subject, CRLF, header injection) and the
// SMTP client against a loopback sink (delivery, dot-stuffing, refusals, a relay that is down).
#include <gtest/gtest.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <chrono>

#include "mail/mail_message.h"
#include "mail/smtp_client.h"
#include "smtp_sink.h"

namespace cairn::mail {
namespace {

using namespace std::chrono_literals;

const TimePoint kDate = std::chrono::sys_days{std::chrono::year{2026} / 11 / 29} + 18h + 5min;

TEST(MailMessage, HasTheHeadersAnEncodedSubjectAndCrlfLines) {
  Result<std::string> text = format_mail_message(
      {"badges@college.example", "ada@example.org", "Zertifikat: Schweißen", "Line one\nLine two"},
      kDate, "abc123", "college.example");
  ASSERT_TRUE(text) << text.error().to_string();
  EXPECT_NE(text->find("From: <badges@college.example>\r\n"), std::string::npos);
  EXPECT_NE(text->find("To: <ada@example.org>\r\n"), std::string::npos);
  // base64 of the UTF-8 subject, as RFC 2047 asks.
  EXPECT_NE(text->find("Subject: =?UTF-8?B?WmVydGlmaWthdDogU2Nod2Vpw59lbg==?=\r\n"),
            std::string::npos)
      << *text;
  EXPECT_NE(text->find("Date: Sun, 29 Nov 2026 18:05:00 +0000\r\n"), std::string::npos) << *text;
  EXPECT_NE(text->find("Message-ID: <abc123@college.example>\r\n"), std::string::npos);
  EXPECT_NE(text->find("\r\n\r\nLine one\r\nLine two\r\n"), std::string::npos);
  for (const MailMessage& injected :
       {MailMessage{"a@b.example", "c@d.example\r\nBcc: e@f.example", "s", "b"},
        MailMessage{"a@b.example", "c@d.example", "s\nBcc: e@f.example", "b"}}) {
    EXPECT_EQ(format_mail_message(injected, kDate, "id", "b.example").error().code, "invalid mail");
  }
}

TEST(SmtpClient, DeliversToTheRelayAndUndoesNothingItShouldNot) {
  testing::SmtpSink sink;
  const std::string message =
      *format_mail_message({"from@example.org", "to@example.org", "Hi", "hello\n.dot line\n"},
                           kDate, "m1", "example.org");
  Result<bool> sent = send_smtp({"127.0.0.1", sink.port(), "test.local", 5s}, "from@example.org",
                                "to@example.org", message);
  ASSERT_TRUE(sent) << sent.error().to_string();
  const std::vector<testing::ReceivedMail> received = sink.messages();
  ASSERT_EQ(received.size(), 1u);
  EXPECT_EQ(received[0].from, "from@example.org");
  EXPECT_EQ(received[0].to, "to@example.org");
  EXPECT_EQ(received[0].message, message) << "dot-stuffing is undone by the receiver";
}

TEST(SmtpClient, TellsRetryableFailuresFromFinalOnes) {
  testing::SmtpSink sink;
  const SmtpRelay relay{"127.0.0.1", sink.port(), "test.local", 5s};
  sink.fail("RCPT", "550 no such user");
  EXPECT_EQ(send_smtp(relay, "a@example.org", "b@example.org", "x\r\n").error().code,
            "mail refused");
  sink.fail("DATA", "451 try again later");
  EXPECT_EQ(send_smtp(relay, "a@example.org", "b@example.org", "x\r\n").error().code,
            "mail unavailable");
  EXPECT_TRUE(sink.messages().empty());
  // A port nobody listens on: a closed listener's port.
  std::uint16_t closed = 0;
  {
    boost::asio::io_context io;
    boost::asio::ip::tcp::acceptor acceptor(io, {boost::asio::ip::make_address("127.0.0.1"), 0});
    closed = acceptor.local_endpoint().port();
  }
  EXPECT_EQ(
      send_smtp({"127.0.0.1", closed, "test.local", 5s}, "a@example.org", "b@example.org", "x\r\n")
          .error()
          .code,
      "mail unavailable");
  EXPECT_EQ(send_smtp(relay, "a@example.org", "b@example.org>\r\nRCPT TO:<c@example.org", "x")
                .error()
                .code,
            "mail refused");
}

}  // namespace
}  // namespace cairn::mail
