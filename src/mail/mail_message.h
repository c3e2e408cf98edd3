// format_mail_message: an e-mail as RFC 5322 text, ready for SMTP DATA: CRLF line ends, the
// headers From, To, Subject (RFC 2047 "B"-encoded UTF-8, so any name fits), Date, Message-ID,
// MIME-Version and a UTF-8 text/plain body, 8bit. Dot-stuffing is SMTP's business (smtp_client.h).
//
// Addresses and the subject must not hold CR or LF (header injection): Error "invalid mail"
// otherwise.
//
// Thread-safety: a free function.
#pragma once

#include <string>

#include "common/date_time.h"
#include "common/result.h"

namespace cairn::mail {

struct MailMessage {
  std::string from;  // an address
  std::string to;    // an address
  std::string subject;
  std::string body;  // UTF-8 text; LF or CRLF line ends
};

// `message_id` is the unique part of the Message-ID (before the '@'); `domain` after it.
Result<std::string> format_mail_message(const MailMessage& message, TimePoint date,
                                        const std::string& message_id, const std::string& domain);

}  // namespace cairn::mail
