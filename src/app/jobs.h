// read_job: a job and its progress as the organisation's members see it, with the first rows
// that failed and why.
//
// Who may: a token with the read scope, and any role in the job's organisation.
//
// Errors: "forbidden", "not found", or the database's Error.
//
// Thread-safety: safe from many threads.
#pragma once

#include <string_view>
#include <vector>

#include "app/api_tokens.h"
#include "app/bulk_award_upload.h"
#include "common/result.h"
#include "model/job.h"
#include "store/database.h"

namespace cairn::app {

struct JobView {
  model::Job job;
  std::vector<RowProblem> failures;  // the first kMaxRowProblemsShown failed rows
};

Result<JobView> read_job(store::Database& database, const Principal& principal,
                         std::string_view job_id);

}  // namespace cairn::app
