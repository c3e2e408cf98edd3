#include "api/bulk_award_routes.h"

#include <boost/beast/http/field.hpp>
#include <boost/json/array.hpp>

#include "api/authentication.h"
#include "api/error_status.h"
#include "app/bulk_award_upload.h"
#include "app/jobs.h"
#include "common/date_time.h"
#include "http/responses.h"

namespace cairn::api {
namespace {

constexpr std::size_t kCsvBodyBytes = 64u << 20;

boost::json::array problems_json(const std::vector<app::RowProblem>& problems) {
  boost::json::array rows;
  for (const app::RowProblem& problem : problems) {
    rows.push_back({{"row", problem.row}, {"line", problem.line}, {"message", problem.message}});
  }
  return rows;
}

void put_or_null(boost::json::object& json, std::string_view key,
                 const std::optional<std::string>& value) {
  json[key] = value ? boost::json::value(*value) : boost::json::value(nullptr);
}

boost::json::object job_json(const model::Job& job, const std::vector<app::RowProblem>& failures) {
  const std::int64_t pending = job.total - job.issued - job.failed;
  boost::json::object json{{"id", job.id},
                           {"kind", job.kind},
                           {"organisation", job.organisation_id},
                           {"state", job.state},
                           {"duplicate_policy", job.duplicate_policy},
                           {"total", job.total},
                           {"issued", job.issued},
                           {"failed", job.failed},
                           {"pending", pending},
                           {"created_at", job.created_at}};
  put_or_null(json, "started_at", job.started_at);
  put_or_null(json, "finished_at", job.finished_at);
  // Rate and time to go, from the rows done since the job started.
  json["rate_per_second"] = nullptr;
  json["eta_seconds"] = nullptr;
  if (job.started_at) {
    const Result<TimePoint> started = parse_date_time_stamp(*job.started_at);
    const Result<TimePoint> ended = job.finished_at ? parse_date_time_stamp(*job.finished_at)
                                                    : Result<TimePoint>(current_time());
    if (started && ended) {
      const double seconds =
          std::max(1.0, std::chrono::duration<double>(*ended - *started).count());
      const double rate = static_cast<double>(job.issued + job.failed) / seconds;
      json["rate_per_second"] = rate;
      if (rate > 0) json["eta_seconds"] = static_cast<std::int64_t>(pending / rate);
    }
  }
  json["errors"] = problems_json(failures);
  return json;
}

}  // namespace

void add_bulk_award_routes(http::Router& router, store::Database& database) {
  router.add(
      http::Verb::post, "/api/v1/orgs/{org}/awards/bulk",
      with_principal(
          database,
          [&database](const http::RequestContext& context, const app::Principal& principal) {
            app::BulkUpload upload;
            upload.csv = context.request.body();
            upload.duplicate_policy = context.query_parameter("duplicate_policy").value_or("deny");
            upload.preview = context.query_parameter("preview").value_or("false") == "true";
            const auto key = context.request["Idempotency-Key"];
            if (!key.empty()) upload.idempotency_key = std::string(key);
            Result<app::BulkUploadOutcome> outcome = app::upload_bulk_awards(
                database, principal, context.parameter("org"), upload, current_time());
            if (!outcome) return failure_response(context.request, outcome.error());
            if (outcome->problem_count > 0 || upload.preview) {
              const bool ok = outcome->problem_count == 0;
              boost::json::object json{{"rows", outcome->rows},
                                       {"problem_count", outcome->problem_count},
                                       {"rows_with_problems", problems_json(outcome->problems)}};
              if (!ok) {
                json["error"] = "invalid request";
                json["message"] =
                    std::to_string(outcome->problem_count) +
                    " rows have problems; nothing was issued (see rows_with_problems)";
              }
              return http::json_response(context.request,
                                         ok ? http::Status::ok : http::Status::bad_request, json);
            }
            http::Response response = http::json_response(
                context.request, outcome->existing_job ? http::Status::ok : http::Status::accepted,
                job_json(*outcome->job, {}));
            response.set(boost::beast::http::field::location, "/api/v1/jobs/" + outcome->job->id);
            return response;
          }),
      {kCsvBodyBytes});
  router.add(http::Verb::get, "/api/v1/jobs/{job}",
             with_principal(database, [&database](const http::RequestContext& context,
                                                  const app::Principal& principal) {
               Result<app::JobView> view =
                   app::read_job(database, principal, context.parameter("job"));
               if (!view) return failure_response(context.request, view.error());
               return http::json_response(context.request, http::Status::ok,
                                          job_json(view->job, view->failures));
             }));
}

}  // namespace cairn::api
