#include "web/verify_page.h"

#include <boost/beast/http/field.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "http/form_data.h"
#include "web/report_view.h"

namespace cairn::web {
namespace {

struct Input {
  std::string name;  // the file's name, or the paste's label
  std::string_view bytes;
};

struct Outcome {
  std::string name;
  std::optional<vc::VerificationReport> report;  // nullopt: unreadable
  std::string unreadable_because;
};

// The pasted text and the chosen files, in form order; empty files and blank pastes left out.
std::vector<Input> inputs_of(const std::vector<http::FormField>& fields,
                             std::string_view paste_name) {
  std::vector<Input> inputs;
  for (const http::FormField& field : fields) {
    if (field.name == "credential" && !field.is_file) {
      if (field.value.find_first_not_of(" \t\r\n") != std::string::npos) {
        inputs.push_back({std::string(paste_name), field.value});
      }
    } else if (field.name == "files" && field.is_file && !field.value.empty()) {
      inputs.push_back(
          {field.filename.empty() ? std::string("file") : field.filename, field.value});
    }
  }
  return inputs;
}

// A CSV cell: quoted when it holds a comma, quote or line break; a leading =, +, - or @ gets a
// quote mark first so that spreadsheets do not read it as a formula.
void append_csv_cell(std::string& out, std::string_view text) {
  std::string cell;
  if (!text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@')) {
    cell.push_back('\'');
  }
  cell.append(text);
  if (cell.find_first_of(",\"\r\n") == std::string::npos) {
    out.append(cell);
    return;
  }
  out.push_back('"');
  for (const char c : cell) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

// The failed checks of a report and their messages, "proof: ...; status: ...".
std::string failures_of(const vc::VerificationReport& report) {
  std::string failures;
  for (const vc::CheckResult& check : report.checks) {
    if (check.status != vc::CheckStatus::kFail && check.status != vc::CheckStatus::kWarning)
      continue;
    failures += (failures.empty() ? "" : "; ") + check.check + " (" +
                std::string(vc::to_string(check.status)) + "): " + check.message;
  }
  return failures;
}

http::Response csv_response(const http::Request& request, const std::vector<Outcome>& outcomes) {
  std::string csv = "input,verified,verdict,credential,issuer,problems\r\n";
  for (const Outcome& outcome : outcomes) {
    append_csv_cell(csv, outcome.name);
    csv.push_back(',');
    const bool verified = outcome.report && outcome.report->verified();
    csv.append(verified ? "true," : "false,");
    if (outcome.report) {
      append_csv_cell(csv,
                      verdict_key(*outcome.report).substr(std::string_view("verdict.").size()));
      csv.push_back(',');
      append_csv_cell(csv, outcome.report->credential_id);
      csv.push_back(',');
      append_csv_cell(csv, outcome.report->issuer_id);
      csv.push_back(',');
      append_csv_cell(csv, failures_of(*outcome.report));
    } else {
      csv.append("unreadable,,,");
      append_csv_cell(csv, outcome.unreadable_because);
    }
    csv.append("\r\n");
  }
  http::Response response =
      http::text_response(request, http::Status::ok, std::move(csv), "text/csv; charset=utf-8");
  response.set(boost::beast::http::field::content_disposition,
               "attachment; filename=\"verification-results.csv\"");
  return response;
}

http::Response show_form(const http::RequestContext& context, const PageResponder& pages,
                         const PageContext& page, ctemplate::TemplateDictionary& values,
                         http::Status status = http::Status::ok) {
  PageOptions options;
  options.status = status;
  options.caching = status == http::Status::ok ? Caching::kPublic : Caching::kPersonal;
  options.scripts = {"verify.js"};
  return pages.respond(context, page, "verify.tpl", "verify.title", values, std::move(options));
}

http::Response verify_form(const http::RequestContext& context, const PageResponder& pages,
                           const vc::Verifier& verifier, http::RateLimiter& limiter,
                           const app::VerificationCounting& counting,
                           const VerifyPageLimits& limits) {
  const PageContext page = pages.context_of(context);
  ctemplate::TemplateDictionary values("verify");
  const auto refuse = [&](std::string_view message_key, const std::string& detail) {
    values.SetValueAndShowSection(
        "FORM_ERROR_TEXT",
        std::string(pages.message(page, message_key)) + (detail.empty() ? "" : " (" + detail + ")"),
        "FORM_ERROR");
    return show_form(context, pages, page, values, http::Status::bad_request);
  };
  const Result<std::vector<http::FormField>> fields = http::parse_form(
      context.request[boost::beast::http::field::content_type], context.request.body());
  if (!fields) return refuse("verify.error_form", fields.error().message);
  const std::vector<Input> inputs = inputs_of(*fields, pages.message(page, "verify.pasted_name"));
  if (const http::FormField* pasted = http::find_field(*fields, "credential")) {
    values.SetValue("PASTED", pasted->value);
  }
  if (inputs.empty()) return refuse("verify.error_nothing", "");
  if (inputs.size() > limits.max_inputs) {
    return refuse("verify.error_too_many",
                  std::to_string(inputs.size()) + " > " + std::to_string(limits.max_inputs));
  }
  const http::RateLimiter::Decision decision =
      limiter.allow(context.client, static_cast<double>(inputs.size()));
  if (!decision.allowed) {
    http::Response response =
        pages.error(context, page, http::Status::too_many_requests, "error.rate_limited",
                    std::to_string(decision.retry_after.count()) + " s");
    response.set(boost::beast::http::field::retry_after,
                 std::to_string(decision.retry_after.count()));
    return response;
  }

  std::vector<Outcome> outcomes;
  outcomes.reserve(inputs.size());
  for (const Input& input : inputs) {
    Result<vc::VerificationReport> report = verifier.verify_input(
        {reinterpret_cast<const std::uint8_t*>(input.bytes.data()), input.bytes.size()});
    Outcome& outcome = outcomes.emplace_back();
    outcome.name = input.name;
    if (report) {
      outcome.report = std::move(*report);
      counting.count(*outcome.report);
    } else {
      outcome.unreadable_because = report.error().message;
    }
  }
  const http::FormField* format = http::find_field(*fields, "format");
  if (format && format->value == "csv") return csv_response(context.request, outcomes);

  std::size_t verified = 0;
  for (std::size_t i = 0; i < outcomes.size(); ++i) {
    const Outcome& outcome = outcomes[i];
    if (outcome.report && outcome.report->verified()) ++verified;
    ctemplate::TemplateDictionary* row = values.AddSectionDictionary("ROWS");
    ctemplate::TemplateDictionary* section = values.AddSectionDictionary("REPORTS");
    for (ctemplate::TemplateDictionary* dictionary : {row, section}) {
      dictionary->SetValue("INPUT_NAME", outcome.name);
      dictionary->SetIntValue("INDEX", static_cast<long>(i + 1));
    }
    if (outcome.report) {
      row->SetValue("VERDICT", std::string(pages.message(page, verdict_key(*outcome.report))));
      row->SetValue("VERDICT_CLASS", outcome.report->verified() ? "verified" : "failed");
      row->SetValue("DETAIL", failures_of(*outcome.report));
      fill_report(*pages.renderer().include(*section, "REPORT", page.language, "report.tpl"),
                  *outcome.report, page.language, pages.renderer());
    } else {
      row->SetValue("VERDICT", std::string(pages.message(page, "verdict.unreadable")));
      row->SetValue("VERDICT_CLASS", "failed");
      row->SetValue("DETAIL", outcome.unreadable_because);
      section->SetValueAndShowSection("UNREADABLE_TEXT", outcome.unreadable_because, "UNREADABLE");
    }
  }
  values.ShowSection("RESULTS");
  if (outcomes.size() > 1) values.ShowSection("SUMMARY");
  values.SetIntValue("VERIFIED_COUNT", static_cast<long>(verified));
  values.SetIntValue("INPUT_COUNT", static_cast<long>(outcomes.size()));
  PageOptions options;
  options.scripts = {"verify.js"};
  return pages.respond(context, page, "verify.tpl", "verify.title", values, std::move(options));
}

}  // namespace

void add_verify_page(http::Router& router, const PageResponder& pages, const vc::Verifier& verifier,
                     http::RateLimiter& limiter, app::VerificationCounting counting,
                     VerifyPageLimits limits) {
  router.add(http::Verb::get, "/verify", [&pages](const http::RequestContext& context) {
    ctemplate::TemplateDictionary values("verify");
    return show_form(context, pages, pages.context_of(context), values);
  });
  router.add(http::Verb::post, "/verify",
             [&pages, &verifier, &limiter, counting, limits](const http::RequestContext& context) {
               return verify_form(context, pages, verifier, limiter, counting, limits);
             },
             {.max_body_bytes = limits.body_bytes});
}

}  // namespace cairn::web
