#include "app/claims.h"

#include "app/achievements.h"
#include "app/award_credentials.h"
#include "app/mail_outbox.h"
#include "app/wallet.h"
#include "crypto/digest.h"
#include "crypto/random_text.h"
#include "store/repositories/credential_repository.h"
#include "store/repositories/event_repository.h"
#include "store/repositories/organisation_repository.h"

namespace cairn::app {
namespace {

std::string token_hash(std::string_view token) { return crypto::to_hex(crypto::sha256(token)); }

Error unknown_token() {
  return Error{"not found", "no credential waits for this claim link (check the link in the mail)"};
}

}  // namespace

ClaimInvitation claim_invitation(const Instance& instance,
                                 const model::IssuedCredential& credential,
                                 const std::string& achievement_name,
                                 const std::string& issuer_name) {
  const std::string token = crypto::random_base64url(32);
  const std::string page = instance.base_url + "/claim/" + token;
  const std::string api = instance.base_url + "/api/v1/claims/" + token;
  const std::string greeting =
      credential.recipient.name ? "Hello " + *credential.recipient.name + ",\n\n" : "Hello,\n\n";
  const std::string body =
      greeting + issuer_name + " has awarded you the credential \"" + achievement_name +
      "\".\n\nAccept it or decline it here (the link stands for your e-mail address; keep it to "
      "yourself):\n  " +
      page + "\n\nSee the credential: " + credential_url(instance, credential.id) +
      "\n\nFor programs:\n  GET  " + api + "\n  POST " + api + "/accept\n  POST " + api +
      "/decline\n\nSent by Cairn on behalf of " + issuer_name + ".\n";
  return {token_hash(token),
          new_mail(credential.recipient.identifier,
                   "Your credential from " + issuer_name + ": " + achievement_name, body,
                   credential.issued_at)};
}

Result<ClaimView> read_claim(store::Database& database, std::string_view token) {
  return database.read([&](store::Connection& connection) -> Result<ClaimView> {
    std::optional<model::IssuedCredential> credential =
        store::find_credential_by_claim_token_hash(connection, token_hash(token));
    if (!credential) return unknown_token();
    Result<model::Achievement> achievement =
        achievement_in(connection, credential->achievement_id, credential->achievement_version);
    const std::optional<model::Organisation> organisation =
        store::find_organisation(connection, credential->organisation_id);
    if (!achievement || !organisation) return unknown_token();
    return ClaimView{std::move(*credential), achievement->definition.name, organisation->name};
  });
}

Result<model::IssuedCredential> answer_claim(store::Database& database, std::string_view token,
                                             bool accept, const std::optional<std::string>& holder,
                                             TimePoint now) {
  return database.write([&](store::Connection& connection) -> Result<model::IssuedCredential> {
    std::optional<model::IssuedCredential> credential =
        store::find_credential_by_claim_token_hash(connection, token_hash(token));
    if (!credential) return unknown_token();
    if (credential->claim != model::ClaimState::kPending) {
      return Error{"conflict", "the credential was already " +
                                   std::string(model::claim_state_name(credential->claim))};
    }
    credential->claim = accept ? model::ClaimState::kAccepted : model::ClaimState::kDeclined;
    store::set_claim_state(connection, credential->id, credential->claim);
    if (accept) {
      store::add_credential_events(connection, credential->id,
                                   {format_whole_seconds(now).substr(0, 10), "claim", 1});
    }
    if (accept && holder) add_claimed_to_wallet(connection, *holder, *credential, now);
    return *credential;
  });
}

}  // namespace cairn::app
