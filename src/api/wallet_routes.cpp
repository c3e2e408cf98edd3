#include "api/wallet_routes.h"

#include <boost/beast/http/field.hpp>
#include <boost/json/array.hpp>
#include <boost/json/parse.hpp>
#include <charconv>
#include <cstdint>

#include "api/authentication.h"
#include "api/error_status.h"
#include "app/json_fields.h"
#include "app/wallet.h"
#include "app/wallet_export.h"
#include "common/date_time.h"
#include "http/responses.h"

namespace cairn::api {
namespace {

constexpr std::size_t kImportBytes = 8 * 1024 * 1024;  // baked images included

boost::json::object entry_json(const model::WalletEntry& entry, const app::Instance& instance,
                               bool with_credential) {
  boost::json::object json{{"id", entry.id},
                           {"source", model::wallet_source_name(entry.source)},
                           {"name", entry.name},
                           {"issuer", entry.issuer},
                           {"format", entry.format},
                           {"visibility", model::visibility_name(entry.visibility)},
                           {"added_at", entry.added_at}};
  json["credential_id"] = entry.credential_key;
  json["issued_at"] = entry.issued_at ? boost::json::value(*entry.issued_at) : nullptr;
  json["valid_until"] = entry.valid_until ? boost::json::value(*entry.valid_until) : nullptr;
  json["share_url"] = entry.share_token
                          ? boost::json::value(instance.base_url + "/shared/" + *entry.share_token)
                          : nullptr;
  if (with_credential) {
    if (entry.format == "json") {
      json["credential"] = boost::json::parse(entry.document);
    } else {
      json["credential"] = entry.document;
    }
  }
  return json;
}

// A non-negative whole number in the query, `fallback` when absent; nullopt when malformed.
std::optional<std::size_t> count_in_query(const http::RequestContext& context,
                                          std::string_view name, std::size_t fallback) {
  const std::optional<std::string> text = context.query_parameter(name);
  if (!text) return fallback;
  std::size_t number = 0;
  const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), number);
  if (error != std::errc() || end != text->data() + text->size()) return std::nullopt;
  return number;
}

Result<model::Visibility> visibility_of(const std::string& body) {
  return capture([&] {
    const boost::json::object object = app::parse_request_object(body, 1024, 2);
    app::JsonFields fields(object);
    const std::string name = fields.text("visibility", {16, false});
    fields.finish();
    const std::optional<model::Visibility> visibility = model::visibility_named(name);
    if (!visibility) throw Failure("invalid request", "visibility must be public or private");
    return *visibility;
  });
}

}  // namespace

void add_wallet_routes(http::Router& router, store::Database& database,
                       const app::Instance& instance, const vc::Verifier& verifier,
                       const web::CredentialPage* page) {
  router.add(http::Verb::get, "/api/v1/wallet",
             with_principal(database, [&database, instance](const http::RequestContext& context,
                                                            const app::Principal& principal) {
               const std::optional<std::size_t> limit = count_in_query(context, "limit", 100);
               const std::optional<std::size_t> offset = count_in_query(context, "offset", 0);
               if (!limit || !offset || *limit == 0 || *limit > app::kWalletPageMax) {
                 return http::error_response(context.request, http::Status::bad_request,
                                             "invalid request",
                                             "limit must be 1 to 500 and offset a whole number");
               }
               Result<std::vector<model::WalletEntry>> entries =
                   app::list_wallet(database, principal, *limit, *offset);
               if (!entries) return failure_response(context.request, entries.error());
               boost::json::array items;
               for (const model::WalletEntry& entry : *entries) {
                 items.emplace_back(entry_json(entry, instance, false));
               }
               return http::json_response(context.request, http::Status::ok,
                                          {{"items", std::move(items)}});
             }));
  router.add(http::Verb::post, "/api/v1/wallet/import",
             with_principal(
                 database,
                 [&database, instance, &verifier](const http::RequestContext& context,
                                                  const app::Principal& principal) {
                   const std::string& body = context.request.body();
                   Result<app::ImportOutcome> outcome = app::import_to_wallet(
                       database, verifier, principal,
                       {reinterpret_cast<const std::uint8_t*>(body.data()), body.size()},
                       current_time());
                   if (!outcome) return failure_response(context.request, outcome.error());
                   if (!outcome->entry) {
                     return http::json_response(
                         context.request, http::Status::unprocessable_entity,
                         {{"error", "not verified"},
                          {"message",
                           "the credential does not verify; the report says which check failed"},
                          {"report", outcome->report.to_json()}});
                   }
                   boost::json::object json = entry_json(*outcome->entry, instance, false);
                   json["report"] = outcome->report.to_json();
                   return http::json_response(context.request, http::Status::created, json);
                 }),
             {.max_body_bytes = kImportBytes});
  router.add(http::Verb::get, "/api/v1/wallet/{entry}",
             with_principal(database, [&database, instance](const http::RequestContext& context,
                                                            const app::Principal& principal) {
               Result<model::WalletEntry> entry =
                   app::read_wallet_entry(database, principal, context.parameter("entry"));
               if (!entry) return failure_response(context.request, entry.error());
               return http::json_response(context.request, http::Status::ok,
                                          entry_json(*entry, instance, true));
             }));
  router.add(http::Verb::put, "/api/v1/wallet/{entry}",
             with_principal(database, [&database, instance](const http::RequestContext& context,
                                                            const app::Principal& principal) {
               Result<model::Visibility> visibility = visibility_of(context.request.body());
               if (!visibility) return failure_response(context.request, visibility.error());
               Result<model::WalletEntry> entry = app::set_wallet_visibility(
                   database, principal, context.parameter("entry"), *visibility);
               if (!entry) return failure_response(context.request, entry.error());
               return http::json_response(context.request, http::Status::ok,
                                          entry_json(*entry, instance, false));
             }));
  router.add(http::Verb::delete_, "/api/v1/wallet/{entry}",
             with_principal(database, [&database](const http::RequestContext& context,
                                                  const app::Principal& principal) {
               Result<bool> removed =
                   app::remove_from_wallet(database, principal, context.parameter("entry"));
               if (!removed) return failure_response(context.request, removed.error());
               http::Response response{http::Status::no_content, context.request.version()};
               response.keep_alive(context.request.keep_alive());
               return response;
             }));
  router.add(http::Verb::get, "/api/v1/wallet/{entry}/export",
             with_principal(database, [&database, instance](const http::RequestContext& context,
                                                            const app::Principal& principal) {
               Result<model::WalletEntry> entry =
                   app::read_wallet_entry(database, principal, context.parameter("entry"));
               if (!entry) return failure_response(context.request, entry.error());
               const std::string format(context.query_parameter("format").value_or("json"));
               std::optional<app::ImageFile> picture;
               if (format != "json") {
                 picture = app::hosted_picture_of(database, instance, entry->document);
               }
               Result<app::ExportedCredential> exported =
                   app::export_wallet_entry(*entry, format, picture ? &*picture : nullptr);
               if (!exported) return failure_response(context.request, exported.error());
               http::Response response =
                   http::text_response(context.request, http::Status::ok, std::move(exported->body),
                                       exported->content_type);
               response.set(boost::beast::http::field::content_disposition,
                            "attachment; filename=\"" + exported->file_name + "\"");
               return response;
             }));
  router.add(
      http::Verb::get, "/shared/{token}", [&database, page](const http::RequestContext& context) {
        Result<model::WalletEntry> entry =
            app::read_shared_entry(database, context.parameter("token"));
        if (!entry) {
          if (page == nullptr) return failure_response(context.request, entry.error());
          return page->page_for_failure(context, entry.error())
              .value_or(failure_response(context.request, entry.error()));
        }
        if (page != nullptr && web::accepts_html(context)) {
          return page->respond(context, entry->document, web::Caching::kPersonal);
        }
        http::Response response =
            http::text_response(context.request, http::Status::ok, entry->document,
                                entry->format == "jwt" ? "application/jwt" : "application/ld+json");
        // The holder may make it private again at any time: kept briefly, by nobody in between.
        response.set(boost::beast::http::field::cache_control, "private, max-age=60");
        response.set(boost::beast::http::field::access_control_allow_origin, "*");
        response.set(boost::beast::http::field::vary, "Accept");  // browsers get the page
        return response;
      });
}

}  // namespace cairn::api
