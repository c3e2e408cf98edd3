#include "web/wallet_pages.h"

#include <boost/beast/http/field.hpp>
#include <cstdint>
#include <string_view>

#include "app/claims.h"
#include "app/wallet.h"
#include "common/date_time.h"
#include "http/form_data.h"
#include "http/percent_coding.h"
#include "media/certificate_pdf.h"
#include "web/account_pages.h"
#include "web/badge_picture.h"
#include "web/credential_view.h"
#include "web/locale_format.h"
#include "web/report_view.h"

namespace cairn::web {
namespace {

namespace beast = boost::beast::http;

std::optional<std::chrono::year_month_day> day_of(const std::optional<std::string>& date_time) {
  if (!date_time) return std::nullopt;
  const Result<ParsedDateTime> parsed = parse_date_time(*date_time);
  if (!parsed) return std::nullopt;
  return std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(parsed->instant));
}

class WalletPages {
 public:
  WalletPages(const PageResponder& pages, store::Database& database, const vc::Verifier& verifier,
              std::string base_url, app::EventCounter* events)
      : pages_(pages),
        database_(database),
        verifier_(verifier),
        base_url_(std::move(base_url)),
        events_(events) {}

  http::Response list(const http::RequestContext& context) const {
    const PageContext page = pages_.context_of(context);
    if (!page.session) return to_sign_in(context);
    Result<std::vector<model::WalletEntry>> entries =
        app::list_wallet(database_, page.session->principal, app::kWalletPageMax, 0);
    if (!entries) return pages_.failure(context, page, entries.error());
    ctemplate::TemplateDictionary values("wallet");
    values.SetValue("CSRF_TOKEN", page.session->csrf_token);
    for (const model::WalletEntry& entry : *entries) {
      ctemplate::TemplateDictionary* item = values.AddSectionDictionary("ENTRIES");
      item->SetValue("ENTRY_ID", entry.id);
      item->SetValue("NAME", entry.name);
      item->SetValue("ISSUER", entry.issuer);
      item->SetValue("ISSUED_ON", entry.issued_at
                                      ? format_date_text(page.language, *entry.issued_at)
                                      : std::string());
      item->ShowSection(entry.visibility == model::Visibility::kPublic ? "PUBLIC" : "PRIVATE");
      if (entry.source == model::WalletSource::kImported) item->ShowSection("IMPORTED");
    }
    values.ShowSection(entries->empty() ? "EMPTY" : "HAS_ENTRIES");
    return pages_.respond(context, page, "wallet.tpl", "wallet.title", values);
  }

  http::Response import(const http::RequestContext& context) const {
    SignedInForm form;
    if (auto refused = read_signed_in_form(pages_, context, form)) return std::move(*refused);
    const PageContext& page = form.page;
    const std::vector<http::FormField>& fields = form.fields;
    const http::FormField* file = http::find_field(fields, "file");
    if (file == nullptr || file->value.empty()) {
      return pages_.error(context, page, http::Status::bad_request, "wallet.error_no_file");
    }
    Result<app::ImportOutcome> outcome = app::import_to_wallet(
        database_, verifier_, page.session->principal,
        {reinterpret_cast<const std::uint8_t*>(file->value.data()), file->value.size()},
        current_time());
    if (!outcome) {
      if (outcome.error().code == "conflict") {
        return pages_.error(context, page, http::Status::conflict, "wallet.error_duplicate");
      }
      if (outcome.error().code == "invalid credential") {
        return pages_.error(context, page, http::Status::bad_request, "verdict.unreadable",
                            outcome.error().message);
      }
      return pages_.failure(context, page, outcome.error());
    }
    if (outcome->entry) return see_other(context.request, "/wallet/" + outcome->entry->id);
    ctemplate::TemplateDictionary values("import");
    values.SetValue("FILE_NAME", file->filename);
    fill_report(*pages_.renderer().include(values, "REPORT", page.language, "report.tpl"),
                outcome->report, page.language, pages_.renderer());
    PageOptions options;
    options.status = http::Status::unprocessable_entity;
    return pages_.respond(context, page, "wallet_import_refused.tpl", "wallet.import_refused_title",
                          values, std::move(options));
  }

  http::Response entry(const http::RequestContext& context) const {
    const PageContext page = pages_.context_of(context);
    if (!page.session) return to_sign_in(context);
    Result<model::WalletEntry> entry =
        app::read_wallet_entry(database_, page.session->principal, context.parameter("entry"));
    if (!entry) return pages_.failure(context, page, entry.error());
    ctemplate::TemplateDictionary values("entry");
    values.SetValue("ENTRY_ID", entry->id);
    values.SetValue("CSRF_TOKEN", page.session->csrf_token);
    values.SetValue("NAME", entry->name);
    values.SetValue("ISSUER", entry->issuer);
    values.SetValue("ISSUED_ON", entry->issued_at
                                     ? format_date_text(page.language, *entry->issued_at)
                                     : std::string());
    if (entry->valid_until) {
      values.SetValueAndShowSection(
          "EXPIRES_ON", format_date_text(page.language, *entry->valid_until), "HAS_EXPIRY");
    } else {
      values.ShowSection("NO_EXPIRY");
    }
    if (const Result<boost::json::object> document = credential_of_document(entry->document)) {
      fill_badge_picture(values, badge_picture_of(credential_view(*document)));
    }
    const Result<vc::VerificationReport> report = verifier_.verify_input(
        {reinterpret_cast<const std::uint8_t*>(entry->document.data()), entry->document.size()});
    if (report) {
      fill_report(*pages_.renderer().include(values, "REPORT", page.language, "report.tpl"),
                  *report, page.language, pages_.renderer());
    }
    if (entry->visibility == model::Visibility::kPublic && entry->share_token) {
      const std::string public_url = base_url_ + "/shared/" + *entry->share_token;
      ctemplate::TemplateDictionary* shared = values.AddSectionDictionary("PUBLIC");
      shared->SetValue("PUBLIC_URL", public_url);
      shared->SetValue("LINKEDIN_URL", linkedin_add_to_profile_url(*entry, public_url));
    } else {
      values.ShowSection("PRIVATE");
    }
    for (const std::string_view format : {"json", "png", "svg", "pdf"}) {
      ctemplate::TemplateDictionary* download = values.AddSectionDictionary("DOWNLOADS");
      download->SetValue("HREF", format == "pdf" ? "/wallet/" + entry->id + "/certificate.pdf"
                                                 : "/api/v1/wallet/" + entry->id +
                                                       "/export?format=" + std::string(format));
      download->SetValue(
          "LABEL", std::string(pages_.message(page, "wallet.download_" + std::string(format))));
    }
    return pages_.respond(context, page, "wallet_entry.tpl", "wallet.entry_title", values);
  }

  // The entry as a PDF certificate in the reader's language, its QR code leading to the public
  // link when there is one, else to the credential's page here, else to /verify.
  http::Response certificate(const http::RequestContext& context) const {
    const PageContext page = pages_.context_of(context);
    if (!page.session) return to_sign_in(context);
    Result<model::WalletEntry> entry =
        app::read_wallet_entry(database_, page.session->principal, context.parameter("entry"));
    if (!entry) return pages_.failure(context, page, entry.error());
    const auto words = [&](std::string_view key, const std::string& value) {
      return value.empty() ? std::string() : std::string(pages_.message(page, key)) + " " + value;
    };
    media::CertificateText text;
    text.heading = pages_.message(page, "certificate.heading");
    text.achievement = entry->name;
    text.awarded_to = words("certificate.awarded_to", page.session->principal.user.display_name);
    text.issued_by = words("credential.issued_by", entry->issuer);
    if (entry->issued_at) {
      text.issued_on =
          words("credential.issued_on", format_date_text(page.language, *entry->issued_at));
    }
    if (entry->valid_until) {
      text.expires_on =
          words("credential.expires_on", format_date_text(page.language, *entry->valid_until));
    }
    text.verify_caption = pages_.message(page, "certificate.scan_to_verify");
    text.verify_url = entry->visibility == model::Visibility::kPublic && entry->share_token
                          ? base_url_ + "/shared/" + *entry->share_token
                      : entry->credential_id ? base_url_ + "/credentials/" + *entry->credential_id
                                             : base_url_ + "/verify";
    text.credential = entry->document;
    Result<std::string> pdf = media::certificate_pdf(text);
    if (!pdf) return pages_.failure(context, page, pdf.error());
    http::Response response =
        http::text_response(context.request, http::Status::ok, std::move(*pdf), "application/pdf");
    response.set(beast::field::content_disposition, "attachment; filename=\"certificate.pdf\"");
    return response;
  }

  http::Response change(const http::RequestContext& context, bool remove) const {
    SignedInForm form;
    if (auto refused = read_signed_in_form(pages_, context, form)) return std::move(*refused);
    const PageContext& page = form.page;
    const std::vector<http::FormField>& fields = form.fields;
    const std::string entry_id(context.parameter("entry"));
    if (remove) {
      Result<bool> removed = app::remove_from_wallet(database_, page.session->principal, entry_id);
      if (!removed) return pages_.failure(context, page, removed.error());
      return see_other(context.request, "/wallet");
    }
    const std::optional<model::Visibility> visibility =
        model::visibility_named(http::field_text(fields, "visibility"));
    if (!visibility) {
      return pages_.error(context, page, http::Status::bad_request, "account.error_other",
                          "visibility must be public or private");
    }
    Result<model::WalletEntry> changed =
        app::set_wallet_visibility(database_, page.session->principal, entry_id, *visibility);
    if (!changed) return pages_.failure(context, page, changed.error());
    if (events_ != nullptr && *visibility == model::Visibility::kPublic && changed->credential_id) {
      events_->count(app::CredentialEvent::kShare, *changed->credential_id, current_time());
    }
    return see_other(context.request, "/wallet/" + entry_id);
  }

  http::Response claim(const http::RequestContext& context) const {
    const PageContext page = pages_.context_of(context);
    Result<app::ClaimView> claim = app::read_claim(database_, context.parameter("token"));
    if (!claim) return pages_.failure(context, page, claim.error());
    ctemplate::TemplateDictionary values("claim");
    values.SetValue("TOKEN", std::string(context.parameter("token")));
    values.SetValue("NAME", claim->achievement_name);
    values.SetValue("ISSUER", claim->issuer_name);
    values.SetValue("CREDENTIAL_URL", "/credentials/" + claim->credential.id);
    if (claim->credential.claim != model::ClaimState::kPending) {
      values.ShowSection(claim->credential.claim == model::ClaimState::kAccepted ? "ACCEPTED"
                                                                                 : "DECLINED");
    } else if (page.session) {
      values.SetValueAndShowSection("CSRF_TOKEN", page.session->csrf_token, "SIGNED_IN_FORM");
      values.SetValue("USER_NAME", page.session->principal.user.display_name);
    } else {
      values.ShowSection("SIGNED_OUT_FORM");
      values.SetValue("NEXT", std::string(context.path));
    }
    return pages_.respond(context, page, "claim.tpl", "claim.title", values);
  }

  http::Response answer(const http::RequestContext& context) const {
    const PageContext page = pages_.context_of(context);
    const std::vector<http::FormField> fields = form_fields_of(context);
    // The token in the path is the secret; a signed-in browser also proves the form is its own.
    if (page.session && !has_session_token(page, fields)) {
      return pages_.error(context, page, http::Status::forbidden, "error.forbidden");
    }
    const std::string answer = http::field_text(fields, "answer");
    if (answer != "accept" && answer != "decline") {
      return pages_.error(context, page, http::Status::bad_request, "account.error_other",
                          "answer must be accept or decline");
    }
    const std::optional<std::string> holder =
        page.session ? std::optional<std::string>(page.session->principal.user.id) : std::nullopt;
    Result<model::IssuedCredential> answered = app::answer_claim(
        database_, context.parameter("token"), answer == "accept", holder, current_time());
    if (!answered) {
      if (answered.error().code == "conflict") {
        return see_other(context.request, std::string(context.path));  // shows the answer
      }
      return pages_.failure(context, page, answered.error());
    }
    if (answer == "accept" && page.session) return see_other(context.request, "/wallet");
    return see_other(context.request, std::string(context.path));
  }

 private:
  const PageResponder& pages_;
  store::Database& database_;
  const vc::Verifier& verifier_;
  std::string base_url_;
  app::EventCounter* events_;
};

}  // namespace

std::string linkedin_add_to_profile_url(const model::WalletEntry& entry,
                                        const std::string& public_url) {
  std::string url = "https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME";
  const auto add = [&url](std::string_view name, std::string_view value) {
    url += '&';
    url += name;
    url += '=';
    url += http::percent_encode(value);
  };
  add("name", entry.name);
  add("organizationName", entry.issuer);
  if (const auto issued = day_of(entry.issued_at)) {
    add("issueYear", std::to_string(static_cast<int>(issued->year())));
    add("issueMonth", std::to_string(static_cast<unsigned>(issued->month())));
  }
  if (const auto expires = day_of(entry.valid_until)) {
    add("expirationYear", std::to_string(static_cast<int>(expires->year())));
    add("expirationMonth", std::to_string(static_cast<unsigned>(expires->month())));
  }
  add("certUrl", public_url);
  add("certId", entry.credential_key);
  return url;
}

void add_wallet_pages(http::Router& router, const PageResponder& pages, store::Database& database,
                      const vc::Verifier& verifier, std::string base_url,
                      app::EventCounter* events) {
  auto wallet =
      std::make_shared<const WalletPages>(pages, database, verifier, std::move(base_url), events);
  router.add(http::Verb::get, "/wallet",
             [wallet](const http::RequestContext& context) { return wallet->list(context); });
  router.add(http::Verb::post, "/wallet/import",
             [wallet](const http::RequestContext& context) { return wallet->import(context); },
             {.max_body_bytes = 8u << 20});
  router.add(http::Verb::get, "/wallet/{entry}",
             [wallet](const http::RequestContext& context) { return wallet->entry(context); });
  router.add(
      http::Verb::get, "/wallet/{entry}/certificate.pdf",
      [wallet](const http::RequestContext& context) { return wallet->certificate(context); });
  router.add(
      http::Verb::post, "/wallet/{entry}/visibility",
      [wallet](const http::RequestContext& context) { return wallet->change(context, false); });
  router.add(
      http::Verb::post, "/wallet/{entry}/remove",
      [wallet](const http::RequestContext& context) { return wallet->change(context, true); });
  router.add(http::Verb::get, "/claim/{token}",
             [wallet](const http::RequestContext& context) { return wallet->claim(context); });
  router.add(http::Verb::post, "/claim/{token}",
             [wallet](const http::RequestContext& context) { return wallet->answer(context); });
}

}  // namespace cairn::web
