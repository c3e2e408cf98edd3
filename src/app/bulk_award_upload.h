// upload_bulk_awards: a CSV of awards (up to 100,000 rows) checked row by row and, when every
// row is valid, stored as a bulk-award job that a worker runs in the background
// (bulk_award_worker.h); or, as a preview, only checked.
//
// The CSV's header names its columns, in any order:
//   achievement (required)  the id of one of the organisation's achievements
//   recipient (required)    e-mail address, DID or URL (award_request.h)
//   recipient_name, evidence_url, evidence_name, evidence_narrative, valid_until, format
// Empty fields are absent. Each row becomes the JSON of award_request.h and is checked by the
// same reader, so a row is valid here exactly when it would be as a JSON award.
//
// Duplicates (the same achievement and recipient) are refused inside one upload unless the
// policy is "allow"; against credentials already issued the worker applies the policy: deny
// (the row fails), allow (issue another), replace (revoke the earlier ones, issue a new one).
//
// An idempotency key makes a retried upload return the job the first one made, instead of a
// second job; the same key with a different upload is a conflict.
//
// Who may: a token with the issue scope, and the assessor role or a stronger one.
//
// Errors: "invalid request" (the CSV cannot be read, or the policy is unknown), "forbidden",
// "conflict" (a reused idempotency key), or the database's Error. Row problems are not errors:
// they are listed in the outcome, and no job is made while there are any.
//
// Thread-safety: safe from many threads.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/api_tokens.h"
#include "common/date_time.h"
#include "common/result.h"
#include "model/job.h"
#include "store/database.h"

namespace cairn::app {

inline constexpr std::size_t kMaxBulkRows = 100'000;
inline constexpr std::size_t kMaxRowProblemsShown = 100;

struct BulkUpload {
  std::string csv;
  std::string duplicate_policy = "deny";  // deny, allow, replace
  std::optional<std::string> idempotency_key;
  bool preview = false;  // check only; make no job
};

struct RowProblem {
  std::int64_t row = 0;   // 1-based data row
  std::int64_t line = 0;  // where it starts in the CSV
  std::string message;
};

struct BulkUploadOutcome {
  std::int64_t rows = 0;
  std::vector<RowProblem> problems;  // the first kMaxRowProblemsShown
  std::int64_t problem_count = 0;
  std::optional<model::Job> job;  // made (or found by its idempotency key) when no problems
  bool existing_job = false;      // the idempotency key named an earlier upload's job
};

Result<BulkUploadOutcome> upload_bulk_awards(store::Database& database, const Principal& principal,
                                             std::string_view organisation_id,
                                             const BulkUpload& upload, TimePoint now);

}  // namespace cairn::app
