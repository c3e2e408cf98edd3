#include "app/mail_outbox.h"

#include <array>

#include "crypto/random_text.h"
#include "mail/mail_message.h"
#include "store/repositories/outbox_repository.h"

namespace cairn::app {
namespace {

using namespace std::chrono_literals;

constexpr std::array<std::chrono::minutes, 8> kRetryAfter = {1min,   5min,   15min,  60min,
                                                             180min, 360min, 720min, 1440min};

}  // namespace

store::OutboxMail new_mail(const std::string& to, const std::string& subject,
                           const std::string& body, std::string_view at) {
  return {crypto::random_hex(16), to, subject, body, 0, std::string(at)};
}

void queue_mail(store::Connection& connection, const std::string& to, const std::string& subject,
                const std::string& body, std::string_view at) {
  const store::OutboxMail mail = new_mail(to, subject, body, at);
  store::enqueue_mails(connection, std::span(&mail, 1));
}

Result<SendOutcome> send_due_mail(store::Database& database, const MailSettings& settings,
                                  TimePoint now, std::size_t limit) {
  const std::string at = format_whole_seconds(now);
  Result<std::vector<store::OutboxMail>> due = database.read(
      [&](store::Connection& connection) { return store::due_mail(connection, at, limit); });
  if (!due) return due.error();
  SendOutcome outcome;
  for (const store::OutboxMail& mail : *due) {
    const std::size_t attempt = static_cast<std::size_t>(mail.attempts);
    const bool last = attempt + 1 >= kRetryAfter.size();
    const std::string retry_at =
        format_whole_seconds(now + kRetryAfter[std::min(attempt, kRetryAfter.size() - 1)]);
    Result<bool> taken = database.write([&](store::Connection& connection) {
      return store::take_mail(connection, mail.id, mail.next_attempt_at, retry_at);
    });
    if (!taken) return taken.error();
    if (!*taken) continue;  // another process is sending it
    Result<std::string> message = mail::format_mail_message(
        {settings.from, mail.recipient, mail.subject, mail.body}, now, mail.id, settings.domain);
    Result<bool> sent =
        message ? mail::send_smtp(settings.relay, settings.from, mail.recipient, *message)
                : Result<bool>(message.error());
    const bool final = !sent && (last || sent.error().code != "mail unavailable");
    Result<std::monostate> recorded = database.write([&](store::Connection& connection) {
      if (sent) {
        store::mark_mail_sent(connection, mail.id, at);
      } else {
        store::mark_mail_error(connection, mail.id, sent.error().message, final);
      }
    });
    if (!recorded) return recorded.error();
    ++(sent ? outcome.sent : final ? outcome.failed : outcome.retried);
  }
  return outcome;
}

OutboxRunner::OutboxRunner(store::Database& database, MailSettings settings,
                           std::function<void(const std::string&)> on_error)
    : database_(database), settings_(std::move(settings)), on_error_(std::move(on_error)) {}

OutboxRunner::~OutboxRunner() { stop(); }

void OutboxRunner::start() {
  stopping_ = false;
  thread_ = std::thread([this] {
    while (!stopping_) {
      Result<SendOutcome> outcome = send_due_mail(database_, settings_, current_time());
      if (!outcome && on_error_) on_error_(outcome.error().to_string());
      if (!outcome || outcome->sent + outcome->retried + outcome->failed == 0) {
        for (int i = 0; i < 10 && !stopping_; ++i) std::this_thread::sleep_for(100ms);
      }
    }
  });
}

void OutboxRunner::stop() {
  stopping_ = true;
  if (thread_.joinable()) thread_.join();
}

}  // namespace cairn::app
