// Expiry reminders: a mail to the recipient of an e-mail-addressed credential some time before
// its validUntil (30 days by default), once per credential, through the outbox (app/mail_outbox.h;
// it waits there when no relay is set). Revoked and declined credentials get none; one issued
// with less time left than the lead gets its reminder at the next sweep.
//
// Every `cairn serve` sweeps on a timer (ExpiryReminderRunner); several processes may sweep at
// once: each sweep is one write transaction that marks what it queues, so no reminder goes twice.
//
// Thread-safety: queue_expiry_reminders is safe from many threads; a runner is driven from one.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

#include "app/create_organisation.h"
#include "common/date_time.h"
#include "common/result.h"
#include "store/database.h"

namespace cairn::app {

struct ExpiryReminderOptions {
  std::chrono::seconds lead = std::chrono::days(30);
  std::size_t batch = 500;  // reminders queued per sweep at most
};

// Queues the reminders due at `now`; returns how many.
Result<std::size_t> queue_expiry_reminders(store::Database& database, const Instance& instance,
                                           TimePoint now,
                                           const ExpiryReminderOptions& options = {});

class ExpiryReminderRunner {
 public:
  ExpiryReminderRunner(store::Database& database, const Instance& instance,
                       std::chrono::seconds interval,
                       std::function<void(const std::string&)> on_error);
  ~ExpiryReminderRunner();
  ExpiryReminderRunner(const ExpiryReminderRunner&) = delete;
  ExpiryReminderRunner& operator=(const ExpiryReminderRunner&) = delete;

  void start();  // sweeps now, then every interval, until stop()
  void stop();

 private:
  store::Database& database_;
  Instance instance_;
  std::chrono::seconds interval_;
  std::function<void(const std::string&)> on_error_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace cairn::app
