#include "app/bulk_award_worker.h"

#include <map>
#include <span>

#include "app/award_credentials.h"
#include "app/award_request.h"
#include "app/status_slots.h"
#include "canon/json/json_parser.h"
#include "crypto/random_text.h"
#include "store/repositories/credential_repository.h"
#include "store/repositories/job_repository.h"
#include "store/repositories/status_list_repository.h"

namespace cairn::app {
namespace {

struct RowResult {
  std::int64_t row_number;
  std::optional<std::string> credential_id;
  std::optional<std::string> error;
};

// The rows of one achievement in the batch: issues those the policy lets through.
// `slots` are the batch's reserved status entries not used yet; the group takes from the front.
Result<std::vector<RowResult>> issue_group(store::Connection& connection, const Instance& instance,
                                           const model::Job& job, const std::string& achievement,
                                           const std::vector<store::JobRowRecord>& rows,
                                           std::span<const model::StatusSlot>& slots,
                                           const std::string& at, TimePoint now) {
  std::vector<RowResult> results;
  std::vector<AwardRequest> requests;
  std::vector<std::size_t> result_of_request;
  for (const store::JobRowRecord& row : rows) {
    Result<boost::json::value> json = canon::json::parse_json(row.request);
    Result<AwardRequest> request = json && json->is_object()
                                       ? read_award_request(json->as_object())
                                       : Result<AwardRequest>(Error{"invalid request", "damaged"});
    if (!request) {
      results.push_back({row.row_number, {}, "the stored row is damaged"});
      continue;
    }
    const std::vector<std::string> earlier =
        store::unrevoked_credential_ids(connection, achievement, request->recipient.identifier);
    if (!earlier.empty() && job.duplicate_policy == "deny") {
      results.push_back({row.row_number,
                         {},
                         request->recipient.identifier + " already holds this achievement (" +
                             earlier.front() + ")"});
      continue;
    }
    if (job.duplicate_policy == "replace") {
      for (const std::string& id : earlier) {
        store::set_revocation(connection, id, at, "replaced by bulk job " + job.id);
        store::touch_status_list(connection, store::find_credential(connection, id)->status.list_id,
                                 at);
      }
    }
    result_of_request.push_back(results.size());
    results.push_back({row.row_number, {}, {}});
    requests.push_back(std::move(*request));
  }
  if (requests.empty()) return results;
  Result<std::vector<model::IssuedCredential>> issued =
      issue_credentials(connection, instance, job.created_by, job.organisation_id, achievement,
                        requests, slots.first(requests.size()), now);
  if (!issued) return issued.error();
  slots = slots.subspan(requests.size());
  for (std::size_t i = 0; i < issued->size(); ++i) {
    results[result_of_request[i]].credential_id = (*issued)[i].id;
  }
  return results;
}

}  // namespace

Result<BatchOutcome> run_bulk_award_batch(store::Database& database, const Instance& instance,
                                          std::string_view job_id, std::string_view owner,
                                          std::size_t batch_size, std::chrono::seconds lease,
                                          TimePoint now) {
  const std::string at = format_whole_seconds(now);
  const std::string until = format_whole_seconds(now + lease);
  // First the lease and the batch's status entries, in a short transaction of their own.
  Result<std::optional<std::vector<model::StatusSlot>>> reserved = database.write(
      [&](store::Connection& connection) -> std::optional<std::vector<model::StatusSlot>> {
        if (!store::lease_job(connection, job_id, owner, at, until)) return std::nullopt;
        const std::optional<model::Job> job = store::find_job(connection, job_id);
        const std::size_t pending = store::pending_job_rows(connection, job_id, batch_size).size();
        return allocate_status_slots(connection, job->organisation_id, pending, at);
      });
  if (!reserved) return reserved.error();
  if (!*reserved) return BatchOutcome{};
  std::vector<std::int64_t> batch_rows;  // for marking them failed if the batch cannot run
  Result<BatchOutcome> outcome =
      database.write([&](store::Connection& connection) -> Result<BatchOutcome> {
        batch_rows.clear();
        std::span<const model::StatusSlot> slots = **reserved;
        BatchOutcome result;
        if (!store::lease_job(connection, job_id, owner, at, until)) return result;
        result.leased = true;
        const std::optional<model::Job> job = store::find_job(connection, job_id);
        const std::vector<store::JobRowRecord> rows =
            store::pending_job_rows(connection, job_id, batch_size);
        std::map<std::string, std::vector<store::JobRowRecord>> groups;
        for (const store::JobRowRecord& row : rows) {
          batch_rows.push_back(row.row_number);
          groups[row.achievement_id].push_back(row);
        }
        for (const auto& [achievement, group] : groups) {
          Result<std::vector<RowResult>> results =
              issue_group(connection, instance, *job, achievement, group, slots, at, now);
          if (!results) return results.error();
          for (const RowResult& row : *results) {
            store::mark_job_row(connection, job_id, row.row_number,
                                row.credential_id ? "issued" : "failed", row.credential_id,
                                row.error);
            ++(row.credential_id ? result.issued : result.failed);
          }
        }
        store::record_job_progress(connection, job_id, result.issued, result.failed, at);
        result.finished = store::find_job(connection, job_id)->state == "done";
        return result;
      });
  if (outcome || outcome.error().code == "database error") return outcome;
  // A lasting failure: the batch's rows fail with its reason, so the job moves on.
  const Error reason = outcome.error();
  return database.write([&](store::Connection& connection) -> Result<BatchOutcome> {
    BatchOutcome result;
    if (!store::lease_job(connection, job_id, owner, at, until)) return result;
    result.leased = true;
    for (const std::int64_t row : batch_rows) {
      store::mark_job_row(connection, job_id, row, "failed", std::nullopt, reason.message);
    }
    result.failed = static_cast<std::int64_t>(batch_rows.size());
    store::record_job_progress(connection, job_id, 0, result.failed, at);
    result.finished = store::find_job(connection, job_id)->state == "done";
    return result;
  });
}

JobRunner::JobRunner(store::Database& database, const Instance& instance, JobRunnerOptions options)
    : database_(database),
      instance_(instance),
      options_(std::move(options)),
      owner_(crypto::random_hex(8)) {}

JobRunner::~JobRunner() { stop(); }

void JobRunner::start() {
  stopping_ = false;
  thread_ = std::thread([this] {
    while (!stopping_) {
      Result<bool> ran = run_one_job();
      if (!ran && options_.on_error) options_.on_error(ran.error().to_string());
      if (!ran || !*ran) std::this_thread::sleep_for(options_.idle_poll);
    }
  });
}

void JobRunner::stop() {
  stopping_ = true;
  if (thread_.joinable()) thread_.join();
}

Result<std::size_t> JobRunner::run_until_idle() {
  std::size_t jobs = 0;
  while (true) {
    Result<bool> ran = run_one_job();
    if (!ran) return ran.error();
    if (!*ran) return jobs;
    ++jobs;
  }
}

Result<bool> JobRunner::run_one_job() {
  Result<std::optional<std::string>> job = database_.read([&](store::Connection& connection) {
    return store::find_runnable_job(connection, format_whole_seconds(current_time()));
  });
  if (!job) return job.error();
  if (!*job) return false;
  while (!stopping_) {
    Result<BatchOutcome> batch = run_bulk_award_batch(
        database_, instance_, **job, owner_, options_.batch_size, options_.lease, current_time());
    if (!batch) return batch.error();
    if (!batch->leased || batch->finished) break;
  }
  return true;
}

}  // namespace cairn::app
