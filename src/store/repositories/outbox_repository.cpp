#include "store/repositories/outbox_repository.h"

#include "store/repositories/many_rows.h"

namespace cairn::store {

void enqueue_mails(Connection& connection, std::span<const OutboxMail> mails) {
  for_each_chunk(connection, mails.size(), 6, 0, [&](std::size_t begin, std::size_t end) {
    std::vector<Value> params;
    params.reserve((end - begin) * 6);
    for (std::size_t i = begin; i < end; ++i) {
      params.insert(params.end(), {mails[i].id, mails[i].recipient, mails[i].subject, mails[i].body,
                                   mails[i].next_attempt_at, mails[i].next_attempt_at});
    }
    connection.execute(
        "INSERT INTO outbox (id, recipient, subject, body, state, attempts, next_attempt_at, "
        "created_at) VALUES " +
            repeated("(?, ?, ?, ?, 'queued', 0, ?, ?)", end - begin),
        Params(params.data(), params.size()));
  });
}

std::vector<OutboxMail> due_mail(Connection& connection, std::string_view now, std::size_t limit) {
  std::vector<OutboxMail> mails;
  for (const Row& row : connection.query(
           "SELECT id, recipient, subject, body, attempts, next_attempt_at FROM outbox "
           "WHERE state = 'queued' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT " +
               std::to_string(limit),
           {std::string(now)})) {
    mails.push_back({row.get<std::string>("id"), row.get<std::string>("recipient"),
                     row.get<std::string>("subject"), row.get<std::string>("body"),
                     row.get<std::int64_t>("attempts"), row.get<std::string>("next_attempt_at")});
  }
  return mails;
}

bool take_mail(Connection& connection, std::string_view id, std::string_view expected_next,
               std::string_view retry_at) {
  return connection.execute(
             "UPDATE outbox SET next_attempt_at = ?, attempts = attempts + 1 "
             "WHERE id = ? AND state = 'queued' AND next_attempt_at = ?",
             {std::string(retry_at), std::string(id), std::string(expected_next)}) == 1;
}

void mark_mail_sent(Connection& connection, std::string_view id, std::string_view at) {
  connection.execute(
      "UPDATE outbox SET state = 'sent', sent_at = ?, last_error = NULL WHERE id = ?",
      {std::string(at), std::string(id)});
}

void mark_mail_error(Connection& connection, std::string_view id, std::string_view error,
                     bool final) {
  connection.execute(final ? "UPDATE outbox SET last_error = ?, state = 'failed' WHERE id = ?"
                           : "UPDATE outbox SET last_error = ? WHERE id = ?",
                     {std::string(error), std::string(id)});
}

}  // namespace cairn::store
