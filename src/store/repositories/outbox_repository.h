// OutboxRepository: outgoing mail waiting to be sent (schema step 6). Functions run inside the
// caller's transaction and throw what Connection throws.
//
// Thread-safety: free functions; a Connection is used by one thread at a time.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "store/connection.h"

namespace cairn::store {

struct OutboxMail {
  std::string id;
  std::string recipient;
  std::string subject;
  std::string body;
  std::int64_t attempts = 0;
  std::string next_attempt_at;
};

// Queues the mails, each created and first due at its next_attempt_at, in as few statements as
// possible.
void enqueue_mails(Connection& connection, std::span<const OutboxMail> mails);

// Up to `limit` queued mails due at `now`, oldest first.
std::vector<OutboxMail> due_mail(Connection& connection, std::string_view now, std::size_t limit);

// Takes the mail for one sending attempt: moves its next attempt to `retry_at` and counts the
// attempt, if it is still queued with the next attempt `expected_next` (nobody took it since it
// was read). False when someone else did.
bool take_mail(Connection& connection, std::string_view id, std::string_view expected_next,
               std::string_view retry_at);

void mark_mail_sent(Connection& connection, std::string_view id, std::string_view at);
// Records the attempt's error; `final` marks the mail failed (no more attempts).
void mark_mail_error(Connection& connection, std::string_view id, std::string_view error,
                     bool final);

}  // namespace cairn::store
