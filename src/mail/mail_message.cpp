#include "mail/mail_message.h"

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "crypto/base64url.h"

namespace cairn::mail {
namespace {

bool has_line_break(const std::string& text) {
  return text.find_first_of("\r\n") != std::string::npos;
}

// RFC 2047: =?UTF-8?B?<base64>?=, standard base64 (the base64url alphabet mapped back, padded).
std::string encoded_word(const std::string& text) {
  std::string base64 = crypto::encode_base64url(
      std::span(reinterpret_cast<const std::uint8_t*>(text.data()), text.size()));
  std::replace(base64.begin(), base64.end(), '-', '+');
  std::replace(base64.begin(), base64.end(), '_', '/');
  while (base64.size() % 4 != 0) base64.push_back('=');
  return "=?UTF-8?B?" + base64 + "?=";
}

// RFC 5322 date-time in UTC: "Sun, 29 Nov 2026 18:00:00 +0000".
std::string mail_date(TimePoint date) {
  static constexpr const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const auto day = std::chrono::floor<std::chrono::days>(date);
  const std::chrono::year_month_day ymd(day);
  const std::chrono::hh_mm_ss time(std::chrono::floor<std::chrono::seconds>(date - day));
  const unsigned weekday = std::chrono::weekday(day).c_encoding();
  char text[64];
  std::snprintf(text, sizeof text, "%s, %02u %s %04d %02d:%02d:%02d +0000", kDays[weekday],
                static_cast<unsigned>(ymd.day()), kMonths[static_cast<unsigned>(ymd.month()) - 1],
                static_cast<int>(ymd.year()), static_cast<int>(time.hours().count()),
                static_cast<int>(time.minutes().count()), static_cast<int>(time.seconds().count()));
  return text;
}

}  // namespace

Result<std::string> format_mail_message(const MailMessage& message, TimePoint date,
                                        const std::string& message_id, const std::string& domain) {
  for (const std::string* field :
       {&message.from, &message.to, &message.subject, &message_id, &domain}) {
    if (has_line_break(*field)) {
      return Error{"invalid mail", "a mail header cannot hold a line break"};
    }
  }
  std::string text = "From: <" + message.from + ">\r\nTo: <" + message.to +
                     ">\r\nSubject: " + encoded_word(message.subject) +
                     "\r\nDate: " + mail_date(date) + "\r\nMessage-ID: <" + message_id + "@" +
                     domain +
                     ">\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
                     "Content-Transfer-Encoding: 8bit\r\n\r\n";
  for (std::size_t i = 0; i < message.body.size(); ++i) {
    const char c = message.body[i];
    if (c == '\r') continue;
    if (c == '\n') {
      text += "\r\n";
    } else {
      text.push_back(c);
    }
  }
  if (!text.ends_with("\r\n")) text += "\r\n";
  return text;
}

}  // namespace cairn::mail
