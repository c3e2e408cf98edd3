// send_smtp: delivers one message to an SMTP relay (RFC 5321) over plain TCP: EHLO, MAIL FROM,
// RCPT TO, DATA (dot-stuffed), QUIT, each reply checked. Meant for a relay on the same host or
// network (a local MTA that handles TLS and onward delivery); Cairn never speaks to the world's
// mail servers itself.
//
// Every connect, read and write has the timeout; a reply line is at most 1,000 bytes and a reply
// at most 100 lines.
//
// Errors: "mail unavailable" (connection refused or dropped, a timeout, a 4xx reply: worth a
// retry) or "mail refused" (a 5xx reply: retrying will not help); the message says which step.
//
// Thread-safety: a free function; each call has its own connection.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

#include "common/result.h"

namespace cairn::mail {

struct SmtpRelay {
  std::string host = "127.0.0.1";
  std::uint16_t port = 25;
  std::string helo_name = "cairn.localhost";
  std::chrono::seconds timeout{30};
};

// `message` is format_mail_message's text.
Result<bool> send_smtp(const SmtpRelay& relay, const std::string& from, const std::string& to,
                       const std::string& message);

}  // namespace cairn::mail
