// The background side of bulk awards: batches of a job's pending rows, each signed outside any
// write transaction and then written in one, and a runner thread that finds jobs and works
// through them.
//
// Each batch: a short write transaction extends the job's lease (so one process at a time works
// on a job, and a process that died lets go when its lease runs out), picks the batch's pending
// rows and reserves a status entry for each (status_slots.h). Then, outside any transaction, the
// credentials of each achievement's rows are signed (award_credentials.h's sign_awards). Then
// one write transaction, if the lease is still this worker's, takes the rows that are still
// pending and, by the job's duplicate policy, stores each credential or fails its row with the
// reason, and adds to the job's counts. The runner overlaps two batches: while one is written,
// the next is reserved and signed on the other cores. A crash at any point loses at most the
// batches in flight, which were never written: the job resumes with exactly the rows still
// pending, and nothing is issued twice (their reserved status entries stay unused).
//
// A row whose stored request is damaged, or whose achievement's credentials cannot be signed for
// a lasting reason (the organisation's key no longer opens, the achievement is gone), fails with
// that reason, so a job always ends; a busy database only delays it.
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

// Leases the job for `owner` until now + lease and runs one batch of at most `batch_size` rows
// (reserve, sign, write), without the runner's overlap.
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
