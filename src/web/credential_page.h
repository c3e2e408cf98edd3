// The public credential page: what a recruiter sees on clicking a badge. GET /credentials/{id}
// answers it to a browser (Accept lists text/html) and the JSON-LD to everyone else (api/
// credential_routes.h decides, with accepts_html); "?format=json" asks for the JSON-LD from a
// browser. The page shows the badge, achievement, issuer, skills, criteria, evidence and validity,
// and the verification report, run on the server on every view, step by step with a verdict
// ("Revoked", "Expired", ...). Open Graph and Twitter card tags describe it to link previews.
//
// Thread-safety: respond() may run on many threads at once.
#pragma once

#include <optional>

#include "app/credential_events.h"
#include "common/date_time.h"
#include "http/router.h"
#include "model/credential.h"
#include "vc/verifier.h"
#include "web/page_responder.h"

namespace cairn::web {

class CredentialPage {
 public:
  // All must outlive the page.
  // `events` counts the views of issued credentials' pages (nullptr: not counted).
  CredentialPage(const PageResponder& pages, const vc::Verifier& verifier,
                 app::EventCounter* events = nullptr)
      : pages_(pages), verifier_(verifier), events_(events) {}

  http::Response respond(const http::RequestContext& context,
                         const model::IssuedCredential& credential) const {
    if (events_ != nullptr)
      events_->count(app::CredentialEvent::kView, credential.id, current_time());
    return respond(context, credential.document, Caching::kPublic);
  }
  // The page of a credential's document (JSON or compact JWT): an issued one, or a wallet entry
  // its holder shares (cached privately: the holder may withdraw the link).
  http::Response respond(const http::RequestContext& context, std::string_view document,
                         Caching caching) const;
  // The page of a credential that is not published (unknown, declined or suspended): 404.
  http::Response not_found(const http::RequestContext& context) const;
  // For a browser, the answer to a failed read of a credential to show: the not-found page when
  // `error` is "not found"; nullopt otherwise (not a browser, or another error: the caller's
  // JSON error answers).
  std::optional<http::Response> page_for_failure(const http::RequestContext& context,
                                                 const Error& error) const;

 private:
  const PageResponder& pages_;
  const vc::Verifier& verifier_;
  app::EventCounter* events_;
};

// True when the request is a browser's (its Accept header lists text/html) and does not ask for
// the JSON with ?format=json.
bool accepts_html(const http::RequestContext& context);

}  // namespace cairn::web
