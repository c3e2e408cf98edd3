// The background side of bulk awards: batches of a job's pending rows issued one transaction at
// a time, and a runner thread that finds jobs and works through them.
//
// Each batch: a short transaction extends the job's lease (so one process at a time works on a
// job, and a process that died lets go when its lease runs out) and reserves status entries for
// the batch (status_slots.h); then one write transaction issues the batch's rows
// (award_credentials.h's issue_credentials, with the job's duplicate policy), marks each row
// issued with its credential id or failed with the reason, and adds to the job's counts. A crash
// at any point loses at most the batch being written, which was never committed: the job
// resumes with exactly the rows still pending, and nothing is issued twice.
//
// A batch that fails as a whole for a lasting reason (the organisation's key no longer opens, an
// achievement's definition is damaged) marks its rows failed with that reason, so a job always
// ends; a busy database only delays it.
//
// Thread-safety: run_bulk_award_batch is safe from many threads and processes. A JobRunner is
// started and stopped from one thread.
#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <string>
#include <thread>

#include "app/create_organisation.h"
#include "common/date_time.h"
#include "common/result.h"
#include "store/database.h"

namespace cairn::app {

struct BatchOutcome {
  bool leased = false;    // false: another worker holds the job, or it has ended
  bool finished = false;  // the job has no pending rows left
  std::int64_t issued = 0;
  std::int64_t failed = 0;
};

// Leases the job for `owner` until now + lease and runs one batch of at most `batch_size` rows.
Result<BatchOutcome> run_bulk_award_batch(store::Database& database, const Instance& instance,
                                          std::string_view job_id, std::string_view owner,
                                          std::size_t batch_size, std::chrono::seconds lease,
                                          TimePoint now);

struct JobRunnerOptions {
  std::size_t batch_size = 200;
  std::chrono::seconds lease{60};
  std::chrono::milliseconds idle_poll{250};
  std::function<void(const std::string&)> on_error = nullptr;  // told of batches that failed
};

class JobRunner {
 public:
  // The database and instance must outlive the runner.
  JobRunner(store::Database& database, const Instance& instance, JobRunnerOptions options);
  ~JobRunner();
  JobRunner(const JobRunner&) = delete;
  JobRunner& operator=(const JobRunner&) = delete;

  // Starts the thread, which runs jobs until stop().
  void start();
  // Asks the thread to stop after its current batch and waits for it.
  void stop();

  // On the caller's thread: runs jobs until none is runnable; returns how many batches ran.
  Result<std::size_t> run_until_idle();

 private:
  // Runs one runnable job to its end (or until its lease is lost or stop is asked); false when
  // there was none.
  Result<bool> run_one_job();

  store::Database& database_;
  const Instance& instance_;
  JobRunnerOptions options_;
  std::string owner_;
  std::atomic<bool> stopping_{false};
  std::thread thread_;
};

}  // namespace cairn::app
