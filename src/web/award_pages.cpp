#include "web/award_pages.h"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <cctype>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "app/achievements.h"
#include "app/award_credentials.h"
#include "app/award_request.h"
#include "app/bulk_award_upload.h"
#include "app/csv_table.h"
#include "app/jobs.h"
#include "common/date_time.h"
#include "crypto/random_text.h"
#include "http/form_data.h"
#include "http/percent_coding.h"
#include "web/account_pages.h"
#include "web/locale_format.h"

namespace cairn::web {
namespace {

namespace json = boost::json;

constexpr std::size_t kPreviewRows = 10;
// A checked CSV up to this size rides along in the page, so "start" needs no second upload.
constexpr std::size_t kCarriedCsvBytes = 2u << 20;

class AwardPages {
 public:
  explicit AwardPages(const ConsoleServices& services)
      : pages_(services.pages), database_(services.database), instance_(services.instance) {}

  // The form to award one credential; `submitted` and `problem` when a submission was refused.
  http::Response award_form(const http::RequestContext& context,
                            const std::vector<http::FormField>* submitted = nullptr,
                            const Error* problem = nullptr) const {
    const PageContext page = pages_.context_of(context);
    if (!page.session) return to_sign_in(context);
    const std::string org(context.parameter("org"));
    Result<std::vector<model::Achievement>> achievements =
        app::list_achievements(database_, page.session->principal, org, 200, std::nullopt);
    if (!achievements) return pages_.failure(context, page, achievements.error());
    ctemplate::TemplateDictionary values("award");
    values.SetValue("ORG_ID", org);
    values.SetValue("CSRF_TOKEN", page.session->csrf_token);
    const std::string chosen = submitted ? http::field_text(*submitted, "achievement")
                                         : context.query_parameter("achievement").value_or("");
    for (const model::Achievement& achievement : *achievements) {
      ctemplate::TemplateDictionary* option = values.AddSectionDictionary("ACHIEVEMENT_OPTIONS");
      option->SetValue("VALUE", achievement.id);
      option->SetValue("LABEL", achievement.definition.name);
      if (achievement.id == chosen) option->ShowSection("SELECTED");
    }
    if (submitted) {
      for (const char* name : {"recipient", "recipient_name", "evidence_url", "evidence_name",
                               "evidence_narrative", "valid_until"}) {
        std::string upper(name);
        for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        values.SetValue(upper, http::field_text(*submitted, name));
      }
    }
    PageOptions options;
    if (problem != nullptr) {
      show_problem(values, options, std::string(pages_.message(page, "console.error_award")),
                   *problem);
    }
    return pages_.respond(context, page, "console_award.tpl", "console.award_title", values,
                          std::move(options));
  }

  http::Response award(const http::RequestContext& context) const {
    SignedInForm form;
    if (auto refused = read_signed_in_form(pages_, context, form)) return std::move(*refused);
    const PageContext& page = form.page;
    const std::vector<http::FormField>& fields = form.fields;
    json::object request;
    put(request, "recipient", http::field_text(fields, "recipient"));
    put(request, "recipient_name", http::field_text(fields, "recipient_name"));
    json::object evidence;
    put(evidence, "url", http::field_text(fields, "evidence_url"));
    put(evidence, "name", http::field_text(fields, "evidence_name"));
    put(evidence, "narrative", http::field_text(fields, "evidence_narrative"));
    if (!evidence.empty()) request["evidence"] = json::array{std::move(evidence)};
    // A date from the form's date field: valid until the end of that day, UTC.
    const std::string until = http::field_text(fields, "valid_until");
    if (!until.empty()) request["valid_until"] = until + "T23:59:59Z";
    Result<app::AwardRequest> read = app::read_award_request(request);
    if (!read) return award_form(context, &fields, &read.error());
    const std::string org(context.parameter("org"));
    Result<std::vector<model::IssuedCredential>> issued = app::award_credentials(
        database_, instance_, page.session->principal, org, http::field_text(fields, "achievement"),
        {std::move(*read)}, current_time());
    if (!issued) return award_form(context, &fields, &issued.error());
    return see_other(context.request,
                     "/console/" + org + "/credentials?q=" +
                         http::percent_encode(issued->front().recipient.identifier));
  }

  http::Response bulk_form(const http::RequestContext& context) const {
    const PageContext page = pages_.context_of(context);
    if (!page.session) return to_sign_in(context);
    ctemplate::TemplateDictionary values("bulk");
    fill_bulk_form(values, context, page, "", "deny");
    return pages_.respond(context, page, "console_bulk.tpl", "console.bulk_title", values);
  }

  http::Response bulk(const http::RequestContext& context) const {
    SignedInForm form;
    if (auto refused = read_signed_in_form(pages_, context, form)) return std::move(*refused);
    const PageContext& page = form.page;
    const std::vector<http::FormField>& fields = form.fields;
    const std::string org(context.parameter("org"));
    const http::FormField* file = http::find_field(fields, "csv_file");
    app::BulkUpload upload;
    upload.csv = file && file->is_file && !file->value.empty()
                     ? file->value
                     : http::field_text(fields, "csv_text");
    upload.duplicate_policy = http::field_text(fields, "duplicate_policy");
    if (upload.duplicate_policy.empty()) upload.duplicate_policy = "deny";
    const std::string key = http::field_text(fields, "idempotency_key");
    if (!key.empty()) upload.idempotency_key = key;
    upload.preview = http::field_text(fields, "action") != "start";

    ctemplate::TemplateDictionary values("bulk");
    fill_bulk_form(values, context, page, upload.csv.size() <= kCarriedCsvBytes ? upload.csv : "",
                   upload.duplicate_policy);
    if (upload.csv.empty()) {
      PageOptions options;
      show_problem(
          values, options, "",
          Error{"invalid request", std::string(pages_.message(page, "console.error_no_csv"))});
      return pages_.respond(context, page, "console_bulk.tpl", "console.bulk_title", values,
                            std::move(options));
    }
    Result<app::BulkUploadOutcome> outcome =
        app::upload_bulk_awards(database_, page.session->principal, org, upload, current_time());
    if (!outcome) {
      if (outcome.error().code == "forbidden") {
        return pages_.failure(context, page, outcome.error());
      }
      PageOptions options;
      show_problem(values, options, "", outcome.error());
      return pages_.respond(context, page, "console_bulk.tpl", "console.bulk_title", values,
                            std::move(options));
    }
    if (outcome->job) {
      return see_other(context.request, "/console/" + org + "/jobs/" + outcome->job->id);
    }
    fill_preview(values, page, upload.csv, *outcome);
    return pages_.respond(context, page, "console_bulk.tpl", "console.bulk_title", values);
  }

  http::Response job(const http::RequestContext& context) const {
    const PageContext page = pages_.context_of(context);
    if (!page.session) return to_sign_in(context);
    Result<app::JobView> view =
        app::read_job(database_, page.session->principal, context.parameter("job"));
    if (!view || view->job.organisation_id != context.parameter("org")) {
      return pages_.failure(context, page,
                            view ? Error{"not found", "no such job here"} : view.error());
    }
    const model::Job& job = view->job;
    ctemplate::TemplateDictionary values("job");
    values.SetValue("ORG_ID", job.organisation_id);
    values.SetValue("JOB_ID", job.id);
    values.SetValue("STATE", std::string(pages_.message(page, "job.state_" + job.state)));
    values.SetValue("STATE_CODE", job.state);
    const std::int64_t done = job.issued + job.failed;
    values.SetIntValue("DONE", static_cast<long>(done));
    values.SetIntValue("TOTAL", static_cast<long>(job.total));
    values.SetValue("DONE_TEXT", format_count(page.language, static_cast<std::uint64_t>(done)));
    values.SetValue("TOTAL_TEXT",
                    format_count(page.language, static_cast<std::uint64_t>(job.total)));
    values.SetValue("ISSUED_TEXT",
                    format_count(page.language, static_cast<std::uint64_t>(job.issued)));
    values.SetValue("FAILED_TEXT",
                    format_count(page.language, static_cast<std::uint64_t>(job.failed)));
    for (const app::RowProblem& failure : view->failures) {
      ctemplate::TemplateDictionary* row = values.AddSectionDictionary("FAILURES");
      row->SetIntValue("ROW", static_cast<long>(failure.row));
      row->SetValue("MESSAGE", failure.message);
    }
    if (job.state == "queued" || job.state == "running") values.ShowSection("RUNNING");
    PageOptions options;
    options.scripts = {"progress.js"};
    return pages_.respond(context, page, "console_job.tpl", "console.job_title", values,
                          std::move(options));
  }

 private:
  void fill_bulk_form(ctemplate::TemplateDictionary& values, const http::RequestContext& context,
                      const PageContext& page, const std::string& csv,
                      const std::string& policy) const {
    const app::SessionPrincipal& session = *page.session;
    values.SetValue("ORG_ID", std::string(context.parameter("org")));
    values.SetValue("CSRF_TOKEN", session.csrf_token);
    values.SetValue("CSV_TEXT", csv);
    values.SetValue("IDEMPOTENCY_KEY", crypto::random_base64url(16));
    for (const char* choice : {"deny", "allow", "replace"}) {
      ctemplate::TemplateDictionary* option = values.AddSectionDictionary("POLICIES");
      option->SetValue("POLICY", choice);
      option->SetValue("POLICY_LABEL",
                       std::string(pages_.message(page, "console.policy_" + std::string(choice))));
      if (policy == choice) option->ShowSection("SELECTED");
    }
  }

  void fill_preview(ctemplate::TemplateDictionary& values, const PageContext& page,
                    const std::string& csv, const app::BulkUploadOutcome& outcome) const {
    values.ShowSection("PREVIEW");
    values.SetValue("ROW_COUNT",
                    format_count(page.language, static_cast<std::uint64_t>(outcome.rows)));
    values.SetValue("PROBLEM_COUNT",
                    format_count(page.language, static_cast<std::uint64_t>(outcome.problem_count)));
    if (const Result<app::CsvTable> table = app::read_csv_table(csv, kPreviewRows * 10)) {
      for (const std::string& name : table->header) {
        values.AddSectionDictionary("HEADER")->SetValue("CELL", name);
      }
      for (std::size_t i = 0; i < table->rows.size() && i < kPreviewRows; ++i) {
        ctemplate::TemplateDictionary* row = values.AddSectionDictionary("ROWS");
        for (const std::string& cell : table->rows[i]) {
          row->AddSectionDictionary("CELLS")->SetValue("CELL", cell);
        }
      }
    }
    for (const app::RowProblem& problem : outcome.problems) {
      ctemplate::TemplateDictionary* row = values.AddSectionDictionary("PROBLEMS");
      row->SetIntValue("ROW", static_cast<long>(problem.row));
      row->SetIntValue("LINE", static_cast<long>(problem.line));
      row->SetValue("MESSAGE", problem.message);
    }
    values.ShowSection(outcome.problem_count == 0 ? "VALID" : "INVALID");
  }

  const PageResponder& pages_;
  store::Database& database_;
  app::Instance instance_;
};

}  // namespace

void add_award_pages(http::Router& router, const ConsoleServices& services) {
  auto awards = std::make_shared<const AwardPages>(services);
  router.add(http::Verb::get, "/console/{org}/awards/bulk",
             [awards](const http::RequestContext& context) { return awards->bulk_form(context); });
  router.add(http::Verb::post, "/console/{org}/awards/bulk",
             [awards](const http::RequestContext& context) { return awards->bulk(context); },
             {.max_body_bytes = 32u << 20});
  router.add(http::Verb::get, "/console/{org}/awards/new",
             [awards](const http::RequestContext& context) { return awards->award_form(context); });
  router.add(http::Verb::post, "/console/{org}/awards",
             [awards](const http::RequestContext& context) { return awards->award(context); });
  router.add(http::Verb::get, "/console/{org}/jobs/{job}",
             [awards](const http::RequestContext& context) { return awards->job(context); });
}

}  // namespace cairn::web
