#include "app/jobs.h"

#include "app/organisation_access.h"
#include "store/repositories/job_repository.h"

namespace cairn::app {

Result<JobView> read_job(store::Database& database, const Principal& principal,
                         std::string_view job_id) {
  const std::string_view action = "reading a job";
  if (Result<bool> scoped = require_scope(principal, "read", action); !scoped) {
    return scoped.error();
  }
  return database.read([&](store::Connection& connection) -> Result<JobView> {
    std::optional<model::Job> job = store::find_job(connection, job_id);
    if (!job) return Error{"not found", "no job has the id " + std::string(job_id)};
    Result<model::Role> role =
        require_role(connection, principal, job->organisation_id, model::Role::kViewer, action);
    if (!role) return role.error();
    JobView view{std::move(*job), {}};
    for (const store::JobRowRecord& row :
         store::failed_job_rows(connection, job_id, kMaxRowProblemsShown)) {
      view.failures.push_back({row.row_number, row.line, row.error.value_or("")});
    }
    return view;
  });
}

}  // namespace cairn::app
