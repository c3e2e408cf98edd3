#include "web/credential_page.h"

#include <boost/beast/http/field.hpp>
#include <cstdint>
#include <string>

#include "common/date_time.h"
#include "web/badge_picture.h"
#include "web/credential_view.h"
#include "web/locale_format.h"
#include "web/report_view.h"

namespace cairn::web {
namespace {

void set_if_present(ctemplate::TemplateDictionary& values, const char* name,
                    const std::string& value, const char* section) {
  if (!value.empty()) values.SetValueAndShowSection(name, value, section);
}

}  // namespace

bool accepts_html(const http::RequestContext& context) {
  if (context.query_parameter("format") == "json") return false;
  return context.request[boost::beast::http::field::accept].find("text/html") !=
         std::string_view::npos;
}

http::Response CredentialPage::not_found(const http::RequestContext& context) const {
  return pages_.error(context, pages_.context_of(context), http::Status::not_found,
                      "error.not_found");
}

std::optional<http::Response> CredentialPage::page_for_failure(const http::RequestContext& context,
                                                               const Error& error) const {
  if (error.code != "not found" || !accepts_html(context)) return std::nullopt;
  return not_found(context);
}

http::Response CredentialPage::respond(const http::RequestContext& context,
                                       std::string_view document_text, Caching caching) const {
  const PageContext page = pages_.context_of(context);
  const Result<boost::json::object> document = credential_of_document(document_text);
  if (!document) {
    return pages_.error(context, page, http::Status::internal_server_error, "credential.unreadable",
                        document.error().message);
  }
  const CredentialView view = credential_view(*document);
  const Result<vc::VerificationReport> report = verifier_.verify_input(
      {reinterpret_cast<const std::uint8_t*>(document_text.data()), document_text.size()});

  ctemplate::TemplateDictionary values("credential");
  values.SetValue("ACHIEVEMENT_NAME", view.achievement_name);
  add_text_lines(values, "DESCRIPTION_LINES", view.achievement_description);
  if (!view.achievement_description.empty()) values.ShowSection("HAS_DESCRIPTION");
  add_text_lines(values, "CRITERIA_LINES", view.criteria);
  if (!view.criteria.empty()) values.ShowSection("HAS_CRITERIA");
  fill_badge_picture(values, badge_picture_of(view));
  values.SetValue("ISSUER", view.issuer_name);
  set_if_present(values, "ISSUER_URL", view.issuer_url, "ISSUER_LINKED");
  if (view.issuer_url.empty()) values.ShowSection("ISSUER_PLAIN");
  if (view.valid_from)
    values.SetValue("ISSUED_ON", format_date_text(page.language, *view.valid_from));
  if (view.valid_until) {
    values.SetValueAndShowSection("EXPIRES_ON", format_date_text(page.language, *view.valid_until),
                                  "HAS_EXPIRY");
  } else {
    values.ShowSection("NO_EXPIRY");
  }
  for (const CredentialView::Alignment& alignment : view.alignments) {
    ctemplate::TemplateDictionary* item = values.AddSectionDictionary("ALIGNMENTS");
    item->SetValue("NAME", alignment.name);
    set_if_present(*item, "URL", alignment.url, "LINKED");
    if (alignment.url.empty()) item->ShowSection("PLAIN");
    set_if_present(*item, "FRAMEWORK", alignment.framework, "HAS_FRAMEWORK");
  }
  if (!view.alignments.empty()) values.ShowSection("HAS_ALIGNMENTS");
  for (const CredentialView::Evidence& evidence : view.evidence) {
    ctemplate::TemplateDictionary* item = values.AddSectionDictionary("EVIDENCE");
    const std::string& title = evidence.name.empty() ? evidence.url : evidence.name;
    set_if_present(*item, "TITLE", title, "HAS_TITLE");
    set_if_present(*item, "URL", evidence.url, "LINKED");
    if (evidence.url.empty()) item->ShowSection("PLAIN");
    add_text_lines(*item, "NARRATIVE_LINES", evidence.narrative);
    if (!evidence.narrative.empty()) item->ShowSection("HAS_NARRATIVE");
  }
  if (!view.evidence.empty()) values.ShowSection("HAS_EVIDENCE");
  values.SetValue("JSON_URL", std::string(context.path) + "?format=json");

  ctemplate::TemplateDictionary* report_values =
      pages_.renderer().include(values, "REPORT", page.language, "report.tpl");
  if (report) {
    fill_report(*report_values, *report, page.language, pages_.renderer());
  } else {
    values.SetValueAndShowSection("UNREADABLE_TEXT", report.error().message, "UNREADABLE");
  }

  PageOptions options;
  options.caching = caching;
  options.title = view.achievement_name;
  options.meta = {{"og:type", "website"},
                  {"og:title", view.achievement_name},
                  {"og:site_name", "Cairn"},
                  {"twitter:card", "summary"},
                  {"twitter:title", view.achievement_name}};
  if (!view.achievement_description.empty()) {
    options.meta.emplace_back("og:description", view.achievement_description);
  }
  if (view.image_url.starts_with("http")) options.meta.emplace_back("og:image", view.image_url);
  return pages_.respond(context, page, "credential.tpl", "credential.title", values,
                        std::move(options));
}

}  // namespace cairn::web
