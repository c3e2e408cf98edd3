// JobRepository: jobs (bulk awards) and their rows (schema step 5). Functions run inside the
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

#include "model/job.h"
#include "store/connection.h"

namespace cairn::store {

struct JobRowRecord {
  std::int64_t row_number = 0;  // 1-based, in upload order
  std::int64_t line = 0;        // where the row starts in the uploaded CSV
  std::string achievement_id;
  std::string request;  // the award request's JSON (app/award_request.h)
  std::string state;    // pending, issued, failed
  std::optional<std::string> credential_id;
  std::optional<std::string> error;
};

void insert_job(Connection& connection, const model::Job& job);
// Inserts the rows as pending, in as few statements as the backends allow.
void insert_job_rows(Connection& connection, std::string_view job_id,
                     const std::vector<JobRowRecord>& rows);

std::optional<model::Job> find_job(Connection& connection, std::string_view id);
std::optional<model::Job> find_job_by_idempotency_key(Connection& connection,
                                                      std::string_view organisation_id,
                                                      std::string_view key);

// The oldest job, queued or running, whose lease is free or ran out before `now`.
std::optional<std::string> find_runnable_job(Connection& connection, std::string_view now);
// Takes or extends the job's lease for `owner` until `until`: for a job that is queued or
// running and whose lease is free, ran out before `now`, or is already the owner's. Marks it
// running (and started at `now` the first time). False when someone else holds it or it ended.
bool lease_job(Connection& connection, std::string_view job_id, std::string_view owner,
               std::string_view now, std::string_view until);

// The next `limit` pending rows after row number `after`, in row order.
std::vector<JobRowRecord> pending_job_rows(Connection& connection, std::string_view job_id,
                                           std::size_t limit, std::int64_t after = 0);
// What became of a row: issued as the credential, or failed with the error.
struct JobRowMark {
  std::int64_t row_number = 0;
  std::optional<std::string> credential_id;
  std::optional<std::string> error;
};
// Marks each row issued (with a credential id) or failed, in as few statements as possible.
void mark_job_rows(Connection& connection, std::string_view job_id,
                   std::span<const JobRowMark> marks);
// Adds to the job's counts; when no row is pending any more, marks it done at `now`.
void record_job_progress(Connection& connection, std::string_view job_id, std::int64_t issued,
                         std::int64_t failed, std::string_view now);

// Refreshes the planner's statistics of the tables a bulk award grows and reads (credentials,
// job rows), so that it keeps choosing index lookups as they grow: without them, PostgreSQL plans
// the lookup of a batch's recipients in a table it was filling as a read of every credential of
// the achievement.
void refresh_issuing_statistics(Connection& connection);

// The first `limit` failed rows, in row order.
std::vector<JobRowRecord> failed_job_rows(Connection& connection, std::string_view job_id,
                                          std::size_t limit);

}  // namespace cairn::store
