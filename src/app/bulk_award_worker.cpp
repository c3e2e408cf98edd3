#include "app/bulk_award_worker.h"

#include <future>
#include <map>
#include <set>
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

// Rows a runner writes for a job before it first refreshes the planner's statistics.
constexpr std::int64_t kFirstStatisticsAt = 1'000;

// A batch's rows and the status entries reserved for them, one per row, in row order.
struct ReservedBatch {
  model::Job job;
  std::vector<store::JobRowRecord> rows;
  std::vector<model::StatusSlot> slots;
};

// The rows of one achievement in a batch, signed; or why none of them can be.
struct SignedGroup {
  std::string achievement_id;
  std::vector<std::int64_t> row_numbers;  // of each credential, in order
  Result<SignedAwards> awards;
};

// A batch ready to be written: what failed before signing, and the signed groups.
struct PreparedBatch {
  model::Job job;
  std::vector<std::int64_t> row_numbers;       // every row of the batch, in order
  std::map<std::int64_t, std::string> failed;  // row number -> reason
  std::vector<SignedGroup> groups;
};

// A short write transaction of its own: leases the job for `owner` and reserves status entries
// for its next pending rows after row number `after`; nullopt when the lease is someone else's
// or the job has ended.
Result<std::optional<ReservedBatch>> reserve_batch(store::Database& database,
                                                   std::string_view job_id, std::string_view owner,
                                                   std::size_t batch_size, std::int64_t after,
                                                   const std::string& at,
                                                   const std::string& until) {
  return database.write([&](store::Connection& connection) -> std::optional<ReservedBatch> {
    if (!store::lease_job(connection, job_id, owner, at, until)) return std::nullopt;
    ReservedBatch batch{*store::find_job(connection, job_id),
                        store::pending_job_rows(connection, job_id, batch_size, after),
                        {}};
    batch.slots =
        allocate_status_slots(connection, batch.job.organisation_id, batch.rows.size(), at);
    return batch;
  });
}

// Outside any write transaction: reads each row's request and signs the credentials of each
// achievement's rows. A damaged row, or a group that cannot be signed for a lasting reason (the
// organisation's key no longer opens, the achievement is gone), is recorded as failed; a database
// error fails the whole batch, whose rows stay pending.
Result<PreparedBatch> prepare_batch(store::Database& database, const Instance& instance,
                                    ReservedBatch reserved, TimePoint now) {
  PreparedBatch batch{std::move(reserved.job), {}, {}, {}};
  struct Group {
    std::vector<AwardRequest> requests;
    std::vector<std::int64_t> row_numbers;
    std::vector<model::StatusSlot> slots;
  };
  std::map<std::string, Group> groups;
  for (std::size_t i = 0; i < reserved.rows.size(); ++i) {
    const store::JobRowRecord& row = reserved.rows[i];
    batch.row_numbers.push_back(row.row_number);
    Result<boost::json::value> json = canon::json::parse_json(row.request);
    Result<AwardRequest> request = json && json->is_object()
                                       ? read_award_request(json->as_object())
                                       : Result<AwardRequest>(Error{"invalid request", "damaged"});
    if (!request) {
      batch.failed.emplace(row.row_number, "the stored row is damaged");
      continue;
    }
    Group& group = groups[row.achievement_id];
    group.requests.push_back(std::move(*request));
    group.row_numbers.push_back(row.row_number);
    group.slots.push_back(reserved.slots[i]);
  }
  for (auto& [achievement, group] : groups) {
    Result<SignedAwards> awards =
        sign_awards(database, instance, batch.job.created_by, batch.job.organisation_id,
                    achievement, group.requests, group.slots, now);
    if (!awards && awards.error().code == "database error") return awards.error();
    batch.groups.push_back({achievement, std::move(group.row_numbers), std::move(awards)});
  }
  return batch;
}

// Inside the batch's write transaction: applies the job's duplicate policy to the group's
// credentials whose rows are still pending, against what each recipient already holds (an
// upload names a recipient twice only under the allow policy), and stores those it lets
// through. Returns each row's mark, in order.
std::vector<store::JobRowMark> write_group(store::Connection& connection, const Instance& instance,
                                           const model::Job& job, const SignedGroup& group,
                                           const std::set<std::int64_t>& pending,
                                           const std::string& at) {
  std::vector<store::JobRowMark> marks;
  std::vector<std::size_t> candidates;  // indexes of the credentials whose rows are pending
  for (std::size_t i = 0; i < group.row_numbers.size(); ++i) {
    if (!pending.contains(group.row_numbers[i])) continue;
    if (!group.awards) {
      marks.push_back({group.row_numbers[i], std::nullopt, group.awards.error().message});
    } else {
      candidates.push_back(i);
    }
  }
  if (candidates.empty()) return marks;
  const std::vector<model::IssuedCredential>& credentials = group.awards->credentials;
  std::vector<std::string> recipients;
  for (const std::size_t i : candidates) recipients.push_back(credentials[i].recipient.identifier);
  std::map<std::string, std::vector<std::string>> held;  // recipient -> unrevoked credential ids
  for (auto& [recipient, id] :
       store::unrevoked_credentials_of(connection, group.achievement_id, recipients)) {
    held[recipient].push_back(std::move(id));
  }
  std::vector<model::IssuedCredential> kept;
  std::vector<std::string> replaced;
  for (const std::size_t i : candidates) {
    const model::IssuedCredential& credential = credentials[i];
    std::vector<std::string>& earlier = held[credential.recipient.identifier];
    if (!earlier.empty() && job.duplicate_policy == "deny") {
      marks.push_back({group.row_numbers[i], std::nullopt,
                       credential.recipient.identifier + " already holds this achievement (" +
                           earlier.front() + ")"});
      continue;
    }
    if (job.duplicate_policy == "replace") {
      replaced.insert(replaced.end(), earlier.begin(), earlier.end());
      earlier.clear();
    }
    earlier.push_back(credential.id);
    kept.push_back(credential);
    marks.push_back({group.row_numbers[i], credential.id, std::nullopt});
  }
  record_awards(connection, instance, *group.awards, kept);
  for (const std::string& id : replaced) {
    store::set_revocation(connection, id, at, "replaced by bulk job " + job.id);
    store::touch_status_list(connection, store::find_credential(connection, id)->status.list_id,
                             at);
  }
  return marks;
}

// One write transaction: the batch's rows that are still pending (another worker may have
// written them while this one's lease had run out) are issued or failed, and the job's counts
// follow.
Result<BatchOutcome> write_batch(store::Database& database, const Instance& instance,
                                 const PreparedBatch& batch, std::string_view owner,
                                 const std::string& at, const std::string& until) {
  const std::string& job_id = batch.job.id;
  return database.write([&](store::Connection& connection) -> Result<BatchOutcome> {
    BatchOutcome result;
    if (!store::lease_job(connection, job_id, owner, at, until)) return result;
    result.leased = true;
    std::set<std::int64_t> pending;
    if (!batch.row_numbers.empty()) {
      for (const store::JobRowRecord& row : store::pending_job_rows(
               connection, job_id, batch.row_numbers.size(), batch.row_numbers.front() - 1)) {
        pending.insert(row.row_number);
      }
    }
    std::vector<store::JobRowMark> marks;
    for (const auto& [row, reason] : batch.failed) {
      if (pending.contains(row)) marks.push_back({row, std::nullopt, reason});
    }
    for (const SignedGroup& group : batch.groups) {
      std::vector<store::JobRowMark> group_marks =
          write_group(connection, instance, batch.job, group, pending, at);
      marks.insert(marks.end(), std::make_move_iterator(group_marks.begin()),
                   std::make_move_iterator(group_marks.end()));
    }
    store::mark_job_rows(connection, job_id, marks);
    for (const store::JobRowMark& mark : marks)
      ++(mark.credential_id ? result.issued : result.failed);
    store::record_job_progress(connection, job_id, result.issued, result.failed, at);
    result.finished = store::find_job(connection, job_id)->state == "done";
    return result;
  });
}

}  // namespace

Result<BatchOutcome> run_bulk_award_batch(store::Database& database, const Instance& instance,
                                          std::string_view job_id, std::string_view owner,
                                          std::size_t batch_size, std::chrono::seconds lease,
                                          TimePoint now) {
  const std::string at = format_whole_seconds(now);
  const std::string until = format_whole_seconds(now + lease);
  Result<std::optional<ReservedBatch>> reserved =
      reserve_batch(database, job_id, owner, batch_size, 0, at, until);
  if (!reserved) return reserved.error();
  if (!*reserved) return BatchOutcome{};
  Result<PreparedBatch> prepared = prepare_batch(database, instance, std::move(**reserved), now);
  if (!prepared) return prepared.error();
  return write_batch(database, instance, *prepared, owner, at, until);
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

// A pipeline of two batches: while one batch is written (on this thread), the next one, its
// status entries already reserved, is signed on the other cores.
Result<bool> JobRunner::run_one_job() {
  Result<std::optional<std::string>> job = database_.read([&](store::Connection& connection) {
    return store::find_runnable_job(connection, format_whole_seconds(current_time()));
  });
  if (!job) return job.error();
  if (!*job) return false;
  const auto times = [&] {
    const TimePoint now = current_time();
    return std::tuple(now, format_whole_seconds(now), format_whole_seconds(now + options_.lease));
  };
  const auto reserve_after = [&](std::int64_t after) {
    const auto [now, at, until] = times();
    return reserve_batch(database_, **job, owner_, options_.batch_size, after, at, until);
  };
  // PostgreSQL's planner statistics, refreshed each time the rows this runner wrote for the job
  // double, from kFirstStatisticsAt on: a few times a job, whatever its size. (SQLite's planner
  // picks the indexes without them, and its ANALYZE reads whole tables: it took a 100,000-row
  // award from 6,300 to 4,700 credentials per second.)
  std::int64_t rows_written = 0;
  std::int64_t statistics_at = kFirstStatisticsAt;
  const auto count_written = [&](std::int64_t rows) -> Result<bool> {
    rows_written += rows;
    if (rows_written < statistics_at || database_.backend() != "postgresql") return true;
    statistics_at = 2 * rows_written;
    Result<std::monostate> refreshed = database_.write(
        [](store::Connection& connection) { store::refresh_issuing_statistics(connection); });
    if (!refreshed) return refreshed.error();
    return true;
  };
  Result<std::optional<ReservedBatch>> reserved = reserve_after(0);
  if (!reserved) return reserved.error();
  if (!*reserved) return true;
  Result<PreparedBatch> prepared =
      prepare_batch(database_, instance_, std::move(**reserved), current_time());
  while (!stopping_) {
    if (!prepared) return prepared.error();
    std::future<Result<PreparedBatch>> signing;
    if (!prepared->row_numbers.empty()) {
      Result<std::optional<ReservedBatch>> next = reserve_after(prepared->row_numbers.back());
      if (!next) return next.error();
      if (*next && !(*next)->rows.empty()) {
        signing = std::async(std::launch::async, [this, batch = std::move(**next)]() mutable {
          return prepare_batch(database_, instance_, std::move(batch), current_time());
        });
      }
    }
    const auto [now, at, until] = times();
    Result<BatchOutcome> written = write_batch(database_, instance_, *prepared, owner_, at, until);
    const bool more = signing.valid();
    if (more) prepared = signing.get();
    if (!written) return written.error();
    if (!written->leased || written->finished || !more) break;
    if (Result<bool> counted = count_written(written->issued + written->failed); !counted) {
      return counted.error();
    }
  }
  return true;
}

}  // namespace cairn::app
