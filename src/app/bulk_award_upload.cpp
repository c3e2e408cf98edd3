#include "app/bulk_award_upload.h"

#include <boost/json/serialize.hpp>
#include <map>
#include <set>

#include "app/award_request.h"
#include "app/csv_table.h"
#include "app/organisation_access.h"
#include "crypto/digest.h"
#include "crypto/random_text.h"
#include "store/repositories/achievement_repository.h"
#include "store/repositories/job_repository.h"

namespace cairn::app {
namespace {

const std::set<std::string, std::less<>> kColumns = {
    "achievement",   "recipient",          "recipient_name", "evidence_url",
    "evidence_name", "evidence_narrative", "valid_until",    "format"};

// The row as award_request.h's JSON.
boost::json::object award_json(const std::map<std::string, std::string, std::less<>>& fields) {
  boost::json::object json;
  const auto put = [&](const char* column, const char* key, boost::json::object& into) {
    const auto found = fields.find(column);
    if (found != fields.end() && !found->second.empty()) into[key] = found->second;
  };
  put("recipient", "recipient", json);
  put("recipient_name", "recipient_name", json);
  put("valid_until", "valid_until", json);
  put("format", "format", json);
  boost::json::object evidence;
  put("evidence_url", "url", evidence);
  put("evidence_name", "name", evidence);
  put("evidence_narrative", "narrative", evidence);
  if (!evidence.empty()) json["evidence"] = boost::json::array{std::move(evidence)};
  return json;
}

void add_problem(BulkUploadOutcome& outcome, std::int64_t row, std::int64_t line,
                 std::string message) {
  ++outcome.problem_count;
  if (outcome.problems.size() < kMaxRowProblemsShown) {
    outcome.problems.push_back({row, line, std::move(message)});
  }
}

}  // namespace

Result<BulkUploadOutcome> upload_bulk_awards(store::Database& database, const Principal& principal,
                                             std::string_view organisation_id,
                                             const BulkUpload& upload, TimePoint now) {
  const std::string_view action = "awarding credentials in bulk";
  if (Result<bool> scoped = require_scope(principal, "issue", action); !scoped) {
    return scoped.error();
  }
  if (upload.duplicate_policy != "deny" && upload.duplicate_policy != "allow" &&
      upload.duplicate_policy != "replace") {
    return Error{"invalid request", "the duplicate policy is deny, allow or replace"};
  }
  Result<CsvTable> table = read_csv_table(upload.csv, kMaxBulkRows);
  if (!table) return table.error();
  for (const std::string& name : table->header) {
    if (!kColumns.contains(name)) {
      return Error{"invalid request", "unknown CSV column \"" + name +
                                          "\"; the columns are achievement, recipient, "
                                          "recipient_name, evidence_url, evidence_name, "
                                          "evidence_narrative, valid_until, format"};
    }
  }
  for (const char* required : {"achievement", "recipient"}) {
    if (std::find(table->header.begin(), table->header.end(), required) == table->header.end()) {
      return Error{"invalid request", std::string("the CSV needs a \"") + required + "\" column"};
    }
  }

  // Which achievement ids are the organisation's, asked once per distinct id.
  std::set<std::string> achievement_ids;
  for (const auto& row : table->rows) {
    achievement_ids.insert(row[static_cast<std::size_t>(
        std::find(table->header.begin(), table->header.end(), "achievement") -
        table->header.begin())]);
  }
  Result<std::set<std::string>> owned = database.read([&](store::Connection& connection) {
    std::set<std::string> found;
    for (const std::string& id : achievement_ids) {
      const std::optional<store::AchievementRecord> record =
          store::find_achievement(connection, id);
      if (record && record->organisation_id == organisation_id) found.insert(id);
    }
    return found;
  });
  if (!owned) return owned.error();

  BulkUploadOutcome outcome;
  outcome.rows = static_cast<std::int64_t>(table->rows.size());
  std::vector<store::JobRowRecord> rows;
  rows.reserve(table->rows.size());
  std::set<std::pair<std::string, std::string>> seen;  // (achievement, recipient)
  for (std::size_t i = 0; i < table->rows.size(); ++i) {
    const auto row_number = static_cast<std::int64_t>(i + 1);
    const auto line = static_cast<std::int64_t>(table->lines[i]);
    std::map<std::string, std::string, std::less<>> fields;
    for (std::size_t c = 0; c < table->header.size(); ++c) {
      fields[table->header[c]] = table->rows[i][c];
    }
    const std::string& achievement = fields["achievement"];
    if (!owned->contains(achievement)) {
      add_problem(outcome, row_number, line,
                  "the organisation has no achievement \"" + achievement + "\"");
      continue;
    }
    const boost::json::object json = award_json(fields);
    Result<AwardRequest> request = read_award_request(json);
    if (!request) {
      add_problem(outcome, row_number, line, request.error().message);
      continue;
    }
    if (upload.duplicate_policy != "allow" &&
        !seen.emplace(achievement, request->recipient.identifier).second) {
      add_problem(outcome, row_number, line,
                  "the upload awards this achievement to " + request->recipient.identifier +
                      " twice (send duplicate_policy=allow to mean it)");
      continue;
    }
    rows.push_back(
        {row_number, line, achievement, boost::json::serialize(json), "pending", {}, {}});
  }
  if (outcome.problem_count > 0 || upload.preview) return outcome;

  model::Job job;
  job.id = crypto::random_hex(16);
  job.organisation_id = std::string(organisation_id);
  job.kind = "bulk-award";
  job.state = "queued";
  job.duplicate_policy = upload.duplicate_policy;
  job.idempotency_key = upload.idempotency_key;
  job.request_hash = crypto::to_hex(crypto::sha256(upload.duplicate_policy + "\n" + upload.csv));
  job.created_by = principal.user.id;
  job.total = outcome.rows;
  job.created_at = format_whole_seconds(now);
  Result<std::pair<model::Job, bool>> stored =
      database.write([&](store::Connection& connection) -> Result<std::pair<model::Job, bool>> {
        Result<model::Role> role =
            require_role(connection, principal, organisation_id, model::Role::kAssessor, action);
        if (!role) return role.error();
        if (upload.idempotency_key) {
          std::optional<model::Job> earlier = store::find_job_by_idempotency_key(
              connection, organisation_id, *upload.idempotency_key);
          if (earlier) {
            if (earlier->request_hash != job.request_hash) {
              return Error{"conflict", "the idempotency key was used for a different upload (job " +
                                           earlier->id + ")"};
            }
            return std::pair{std::move(*earlier), true};
          }
        }
        store::insert_job(connection, job);
        store::insert_job_rows(connection, job.id, rows);
        return std::pair{job, false};
      });
  if (!stored) return stored.error();
  outcome.job = std::move(stored->first);
  outcome.existing_job = stored->second;
  return outcome;
}

}  // namespace cairn::app
