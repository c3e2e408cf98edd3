#include "store/repositories/job_repository.h"

#include <algorithm>

#include "store/repositories/many_rows.h"
#include "store/repositories/optional_value.h"

namespace cairn::store {
namespace {

constexpr std::string_view kJobColumns =
    "SELECT id, organisation_id, kind, state, duplicate_policy, idempotency_key, request_hash, "
    "created_by, total, issued, failed, created_at, started_at, finished_at FROM jobs ";

constexpr std::string_view kRowColumns =
    "SELECT row_number, line, achievement_id, request, state, credential_id, error "
    "FROM job_rows ";

model::Job job_of(const Row& row) {
  model::Job job;
  job.id = row.get<std::string>("id");
  job.organisation_id = row.get<std::string>("organisation_id");
  job.kind = row.get<std::string>("kind");
  job.state = row.get<std::string>("state");
  job.duplicate_policy = row.get<std::string>("duplicate_policy");
  job.idempotency_key = row.get_optional<std::string>("idempotency_key");
  job.request_hash = row.get<std::string>("request_hash");
  job.created_by = row.get<std::string>("created_by");
  job.total = row.get<std::int64_t>("total");
  job.issued = row.get<std::int64_t>("issued");
  job.failed = row.get<std::int64_t>("failed");
  job.created_at = row.get<std::string>("created_at");
  job.started_at = row.get_optional<std::string>("started_at");
  job.finished_at = row.get_optional<std::string>("finished_at");
  return job;
}

JobRowRecord row_of(const Row& row) {
  return JobRowRecord{
      row.get<std::int64_t>("row_number"),    row.get<std::int64_t>("line"),
      row.get<std::string>("achievement_id"), row.get<std::string>("request"),
      row.get<std::string>("state"),          row.get_optional<std::string>("credential_id"),
      row.get_optional<std::string>("error")};
}

std::vector<JobRowRecord> rows_in_state(Connection& connection, std::string_view job_id,
                                        std::string_view state, std::size_t limit,
                                        std::int64_t after) {
  std::vector<JobRowRecord> rows;
  for (const Row& row : connection.query(std::string(kRowColumns) +
                                             "WHERE job_id = ? AND state = ? AND row_number > ? "
                                             "ORDER BY row_number LIMIT " +
                                             std::to_string(limit),
                                         {std::string(job_id), std::string(state), after})) {
    rows.push_back(row_of(row));
  }
  return rows;
}

}  // namespace

void insert_job(Connection& connection, const model::Job& job) {
  connection.execute(
      "INSERT INTO jobs (id, organisation_id, kind, state, duplicate_policy, idempotency_key, "
      "request_hash, created_by, total, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {job.id, job.organisation_id, job.kind, job.state, job.duplicate_policy,
       optional_text(job.idempotency_key), job.request_hash, job.created_by, job.total,
       job.created_at});
}

void insert_job_rows(Connection& connection, std::string_view job_id,
                     const std::vector<JobRowRecord>& rows) {
  for_each_chunk(connection, rows.size(), 5, 0, [&](std::size_t begin, std::size_t end) {
    std::vector<Value> params;
    params.reserve((end - begin) * 5);
    for (std::size_t i = begin; i < end; ++i) {
      params.emplace_back(std::string(job_id));
      params.emplace_back(rows[i].row_number);
      params.emplace_back(rows[i].line);
      params.emplace_back(rows[i].achievement_id);
      params.emplace_back(rows[i].request);
    }
    connection.execute(
        "INSERT INTO job_rows (job_id, row_number, line, achievement_id, request, state) VALUES " +
            repeated("(?, ?, ?, ?, ?, 'pending')", end - begin),
        Params(params.data(), params.size()));
  });
}

std::optional<model::Job> find_job(Connection& connection, std::string_view id) {
  const std::optional<Row> row =
      connection.query_one(std::string(kJobColumns) + "WHERE id = ?", {std::string(id)});
  if (!row) return std::nullopt;
  return job_of(*row);
}

std::optional<model::Job> find_job_by_idempotency_key(Connection& connection,
                                                      std::string_view organisation_id,
                                                      std::string_view key) {
  const std::optional<Row> row = connection.query_one(
      std::string(kJobColumns) + "WHERE organisation_id = ? AND idempotency_key = ?",
      {std::string(organisation_id), std::string(key)});
  if (!row) return std::nullopt;
  return job_of(*row);
}

std::optional<std::string> find_runnable_job(Connection& connection, std::string_view now) {
  const std::optional<Row> row = connection.query_one(
      "SELECT id FROM jobs WHERE state IN ('queued', 'running') "
      "AND (lease_until IS NULL OR lease_until < ?) ORDER BY created_at, id LIMIT 1",
      {std::string(now)});
  if (!row) return std::nullopt;
  return row->get<std::string>("id");
}

bool lease_job(Connection& connection, std::string_view job_id, std::string_view owner,
               std::string_view now, std::string_view until) {
  return connection.execute(
             "UPDATE jobs SET state = 'running', lease_owner = ?, lease_until = ?, "
             "started_at = COALESCE(started_at, ?) WHERE id = ? "
             "AND state IN ('queued', 'running') "
             "AND (lease_until IS NULL OR lease_until < ? OR lease_owner = ?)",
             {std::string(owner), std::string(until), std::string(now), std::string(job_id),
              std::string(now), std::string(owner)}) == 1;
}

std::vector<JobRowRecord> pending_job_rows(Connection& connection, std::string_view job_id,
                                           std::size_t limit, std::int64_t after) {
  return rows_in_state(connection, job_id, "pending", limit, after);
}

void mark_job_rows(Connection& connection, std::string_view job_id,
                   std::span<const JobRowMark> marks) {
  // The columns of a VALUES list are named column1, column2, ... by SQLite and PostgreSQL alike.
  // The range of row numbers lets the planner read only the rows marked, through the primary
  // key, rather than every row of the job (a batch's rows are a run of row numbers).
  for_each_chunk(connection, marks.size(), 4, 3, [&](std::size_t begin, std::size_t end) {
    std::vector<Value> params;
    params.reserve((end - begin) * 4 + 3);
    std::int64_t first = marks[begin].row_number;
    std::int64_t last = first;
    for (std::size_t i = begin; i < end; ++i) {
      params.emplace_back(marks[i].row_number);
      params.emplace_back(std::string(marks[i].credential_id ? "issued" : "failed"));
      params.emplace_back(optional_text(marks[i].credential_id));
      params.emplace_back(optional_text(marks[i].error));
      first = std::min(first, marks[i].row_number);
      last = std::max(last, marks[i].row_number);
    }
    params.emplace_back(std::string(job_id));
    params.emplace_back(first);
    params.emplace_back(last);
    connection.execute(
        "UPDATE job_rows SET state = v.column2, credential_id = v.column3, error = v.column4 "
        "FROM (VALUES " +
            repeated("(?, ?, ?, ?)", end - begin) +
            ") AS v WHERE job_rows.job_id = ? AND job_rows.row_number BETWEEN ? AND ? "
            "AND job_rows.row_number = v.column1",
        Params(params.data(), params.size()));
  });
}

void record_job_progress(Connection& connection, std::string_view job_id, std::int64_t issued,
                         std::int64_t failed, std::string_view now) {
  connection.execute("UPDATE jobs SET issued = issued + ?, failed = failed + ? WHERE id = ?",
                     {issued, failed, std::string(job_id)});
  connection.execute(
      "UPDATE jobs SET state = 'done', finished_at = ?, lease_owner = NULL, lease_until = NULL "
      "WHERE id = ? AND issued + failed = total",
      {std::string(now), std::string(job_id)});
}

void refresh_issuing_statistics(Connection& connection) {
  connection.execute_script("ANALYZE credentials; ANALYZE job_rows");
}

std::vector<JobRowRecord> failed_job_rows(Connection& connection, std::string_view job_id,
                                          std::size_t limit) {
  return rows_in_state(connection, job_id, "failed", limit, 0);
}

}  // namespace cairn::store
