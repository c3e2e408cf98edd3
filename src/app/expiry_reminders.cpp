#include "app/expiry_reminders.h"

#include "app/award_credentials.h"
#include "app/mail_outbox.h"
#include "store/repositories/credential_repository.h"
#include "store/repositories/organisation_repository.h"

namespace cairn::app {

Result<std::size_t> queue_expiry_reminders(store::Database& database, const Instance& instance,
                                           TimePoint now, const ExpiryReminderOptions& options) {
  const std::string now_text = format_whole_seconds(now);
  const std::string until = format_whole_seconds(now + options.lead);
  return database.write([&](store::Connection& connection) -> Result<std::size_t> {
    const std::vector<model::IssuedCredential> due =
        store::credentials_due_for_expiry_reminder(connection, now_text, until, options.batch);
    for (const model::IssuedCredential& credential : due) {
      const std::optional<model::Organisation> issuer =
          store::find_organisation(connection, credential.organisation_id);
      const std::string issuer_name = issuer ? issuer->name : "its issuer";
      const std::string greeting = credential.recipient.name
                                       ? "Hello " + *credential.recipient.name + ",\n\n"
                                       : "Hello,\n\n";
      queue_mail(connection, credential.recipient.identifier,
                 "Your credential from " + issuer_name + " expires on " +
                     credential.valid_until->substr(0, 10),
                 greeting + "The credential " + issuer_name + " awarded you on " +
                     credential.issued_at.substr(0, 10) + " is valid until " +
                     *credential.valid_until + ":\n  " + credential_url(instance, credential.id) +
                     "\n\nAsk " + issuer_name +
                     " how to renew it if you need it beyond that date.\n\nSent by Cairn on "
                     "behalf of " +
                     issuer_name + ".\n",
                 now_text);
      store::set_expiry_reminder_queued(connection, credential.id, now_text);
    }
    return due.size();
  });
}

ExpiryReminderRunner::ExpiryReminderRunner(store::Database& database, const Instance& instance,
                                           std::chrono::seconds interval,
                                           std::function<void(const std::string&)> on_error)
    : database_(database),
      instance_(instance),
      interval_(interval),
      on_error_(std::move(on_error)) {}

ExpiryReminderRunner::~ExpiryReminderRunner() { stop(); }

void ExpiryReminderRunner::start() {
  stopping_ = false;
  thread_ = std::thread([this] {
    std::unique_lock lock(mutex_);
    while (!stopping_) {
      lock.unlock();
      Result<std::size_t> queued = queue_expiry_reminders(database_, instance_, current_time());
      if (!queued && on_error_) on_error_(queued.error().to_string());
      lock.lock();
      wake_.wait_for(lock, interval_, [this] { return stopping_; });
    }
  });
}

void ExpiryReminderRunner::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

}  // namespace cairn::app
