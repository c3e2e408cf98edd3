// The mail outbox: mail is queued in the database inside the transaction that causes it (so a
// claim link goes out if and only if its credential exists) and sent afterwards, with retries,
// through the SMTP relay `cairn serve --smtp` names.
//
// Sending takes each due mail for one attempt first (moving its next attempt ahead), so two
// processes never send the same mail at once. A relay that is down or answers 4xx is tried
// again after 1, 5 and 15 minutes, then 1, 3, 6, 12 and 24 hours; a 5xx answer, or the eighth
// failure, marks the mail failed.
//
// Thread-safety: queue_mail runs in the caller's transaction; send_due_mail is safe from many
// threads and processes; an OutboxRunner is started and stopped from one thread.
#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <string>
#include <thread>

#include "common/date_time.h"
#include "common/result.h"
#include "mail/smtp_client.h"
#include "store/connection.h"
#include "store/database.h"
#include "store/repositories/outbox_repository.h"

namespace cairn::app {

struct MailSettings {
  std::string from = "cairn@localhost";  // the sender address
  std::string domain = "localhost";      // for Message-IDs
  mail::SmtpRelay relay;
};

// A new mail, with a fresh id, due at `at`.
store::OutboxMail new_mail(const std::string& to, const std::string& subject,
                           const std::string& body, std::string_view at);

void queue_mail(store::Connection& connection, const std::string& to, const std::string& subject,
                const std::string& body, std::string_view at);

struct SendOutcome {
  std::size_t sent = 0;
  std::size_t retried = 0;  // failed this time, to be tried again
  std::size_t failed = 0;   // failed for good
};

// Sends up to `limit` mails due at `now`.
Result<SendOutcome> send_due_mail(store::Database& database, const MailSettings& settings,
                                  TimePoint now, std::size_t limit = 50);

class OutboxRunner {
 public:
  OutboxRunner(store::Database& database, MailSettings settings,
               std::function<void(const std::string&)> on_error = nullptr);
  ~OutboxRunner();
  OutboxRunner(const OutboxRunner&) = delete;
  OutboxRunner& operator=(const OutboxRunner&) = delete;

  void start();
  void stop();

 private:
  store::Database& database_;
  MailSettings settings_;
  std::function<void(const std::string&)> on_error_;
  std::atomic<bool> stopping_{false};
  std::thread thread_;
};

}  // namespace cairn::app
