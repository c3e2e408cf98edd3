#include "app/award_credentials.h"

#include <boost/json/serialize.hpp>
#include <chrono>
#include <thread>

#include "app/achievements.h"
#include "app/claims.h"
#include "app/issuer_documents.h"
#include "app/open_badges_achievement.h"
#include "app/organisation_access.h"
#include "app/status_slots.h"
#include "common/parallel_for.h"
#include "crypto/key_file.h"
#include "crypto/random_text.h"
#include "store/repositories/credential_repository.h"
#include "store/repositories/organisation_repository.h"
#include "vc/credential_signer.h"

namespace cairn::app {
namespace {

// Fewer credentials than this are signed on the calling thread: starting threads would cost more.
constexpr std::size_t kParallelFrom = 8;

// What every credential of the request shares.
struct IssuingContext {
  model::Organisation organisation;
  model::Achievement achievement;
  boost::json::object issuer;
  boost::json::object open_badges_achievement;
  crypto::KeyFile keys;
};

Result<IssuingContext> issuing_context(store::Connection& connection, const Instance& instance,
                                       std::string_view organisation_id,
                                       std::string_view achievement_id) {
  std::optional<model::Organisation> organisation =
      store::find_organisation(connection, organisation_id);
  Result<model::Achievement> achievement = achievement_in(connection, achievement_id, {});
  if (!organisation || !achievement || achievement->organisation_id != organisation_id) {
    return Error{"not found",
                 "the organisation has no achievement with the id " + std::string(achievement_id)};
  }
  std::optional<std::string> sealed = store::find_sealed_key_file(connection, organisation_id);
  if (!sealed) return Error{"invalid key file", "the organisation has no signing key"};
  Result<crypto::KeyFile> keys = crypto::open_key_file(*sealed, *instance.master_key);
  if (!keys) return keys.error();
  IssuingContext context{std::move(*organisation), std::move(*achievement), {}, {}, {}};
  context.issuer = open_badges_profile(context.organisation);
  context.open_badges_achievement = open_badges_achievement(
      context.achievement.definition, achievement_version_url(instance, context.achievement),
      context.achievement.version);
  context.keys = std::move(*keys);
  return context;
}

std::optional<std::string> expiry_of(const AwardRequest& request,
                                     const model::AchievementDefinition& definition,
                                     TimePoint now) {
  if (request.valid_until) return request.valid_until;
  if (!definition.validity_days) return std::nullopt;
  return format_whole_seconds(now + std::chrono::days(*definition.validity_days));
}

}  // namespace

std::string credential_url(const Instance& instance, std::string_view credential_id) {
  return instance.base_url + "/credentials/" + std::string(credential_id);
}

std::string status_list_url(const Instance& instance, std::string_view list_id) {
  return instance.base_url + "/status/" + std::string(list_id);
}

Result<std::vector<model::IssuedCredential>> award_credentials(
    store::Database& database, const Instance& instance, const Principal& principal,
    std::string_view organisation_id, std::string_view achievement_id,
    const std::vector<AwardRequest>& requests, TimePoint now) {
  const std::string_view action = "awarding credentials";
  if (Result<bool> scoped = require_scope(principal, "issue", action); !scoped) {
    return scoped.error();
  }
  if (requests.empty() || requests.size() > kMaxAwardsPerRequest) {
    return Error{"invalid request", "a request awards 1 to " +
                                        std::to_string(kMaxAwardsPerRequest) +
                                        " credentials; use the bulk upload for more"};
  }
  const std::string issued_at = format_whole_seconds(now);
  for (std::size_t i = 0; i < requests.size(); ++i) {
    if (requests[i].valid_until && *requests[i].valid_until <= issued_at) {
      return Error{"invalid request", "award " + std::to_string(i) +
                                          ": valid_until must be later than now (" + issued_at +
                                          ")"};
    }
  }
  // Who may is asked before entries are reserved, and again where the credentials are written.
  const auto allowed = [&](store::Connection& connection) {
    return require_role(connection, principal, organisation_id, model::Role::kAssessor, action);
  };
  // A request that cannot be issued is refused before it reserves anything.
  Result<bool> issuable = database.read([&](store::Connection& connection) -> Result<bool> {
    if (Result<model::Role> role = allowed(connection); !role) return role.error();
    Result<model::Achievement> achievement = achievement_in(connection, achievement_id, {});
    if (!achievement || achievement->organisation_id != organisation_id) {
      return Error{"not found", "the organisation has no achievement with the id " +
                                    std::string(achievement_id)};
    }
    return true;
  });
  if (!issuable) return issuable.error();
  Result<std::vector<model::StatusSlot>> slots =
      reserve_status_slots(database, organisation_id, requests.size(), issued_at);
  if (!slots) return slots.error();
  Result<SignedAwards> awards = sign_awards(database, instance, principal.user.id, organisation_id,
                                            achievement_id, requests, *slots, now);
  if (!awards) return awards.error();
  return database.write(
      [&](store::Connection& connection) -> Result<std::vector<model::IssuedCredential>> {
        if (Result<model::Role> role = allowed(connection); !role) return role.error();
        record_awards(connection, instance, *awards, awards->credentials);
        return awards->credentials;
      });
}

Result<SignedAwards> sign_awards(store::Database& database, const Instance& instance,
                                 std::string_view issued_by, std::string_view organisation_id,
                                 std::string_view achievement_id,
                                 const std::vector<AwardRequest>& requests,
                                 std::span<const model::StatusSlot> slots, TimePoint now) {
  const std::string issued_at = format_whole_seconds(now);
  if (slots.size() < requests.size()) {
    return Error{"invalid request", "fewer status entries were reserved than credentials asked"};
  }
  Result<IssuingContext> context = database.read([&](store::Connection& connection) {
    return issuing_context(connection, instance, organisation_id, achievement_id);
  });
  if (!context) return context.error();
  // Documents first, then the signatures on every core (signing is most of the work, and each
  // is independent).
  SignedAwards awards{std::vector<model::IssuedCredential>(requests.size()),
                      context->achievement.definition.name, context->organisation.name};
  std::vector<CredentialParts> parts(requests.size());
  for (std::size_t i = 0; i < requests.size(); ++i) {
    const AwardRequest& request = requests[i];
    model::IssuedCredential& credential = awards.credentials[i];
    credential.id = crypto::random_hex(16);
    credential.organisation_id = std::string(organisation_id);
    credential.achievement_id = context->achievement.id;
    credential.achievement_version = context->achievement.version;
    credential.recipient = request.recipient;
    credential.status = slots[i];
    credential.format = std::string(vc::signing_suite_name(request.format));
    credential.issued_at = issued_at;
    credential.valid_until = expiry_of(request, context->achievement.definition, now);
    credential.issued_by = std::string(issued_by);

    parts[i].id_url = credential_url(instance, credential.id);
    parts[i].issuer = context->issuer;
    parts[i].achievement = context->open_badges_achievement;
    parts[i].recipient = request.recipient;
    parts[i].salt = crypto::random_hex(16);
    parts[i].evidence = request.evidence;
    parts[i].valid_from = issued_at;
    parts[i].valid_until = credential.valid_until;
    parts[i].status_list_url = status_list_url(instance, slots[i].list_id);
    parts[i].status_index = slots[i].index;
  }
  std::vector<Result<std::string>> signed_documents(requests.size(), Error{"not signed", ""});
  const unsigned threads =
      requests.size() < kParallelFrom ? 1 : std::thread::hardware_concurrency();
  parallel_for(requests.size(), threads, [&](std::size_t i) {
    signed_documents[i] = vc::sign_credential(credential_document(parts[i]), context->keys,
                                              requests[i].format, issued_at, *instance.suites);
  });
  for (std::size_t i = 0; i < requests.size(); ++i) {
    if (!signed_documents[i]) return signed_documents[i].error();
    awards.credentials[i].document = std::move(*signed_documents[i]);
  }
  return awards;
}

void record_awards(store::Connection& connection, const Instance& instance,
                   const SignedAwards& awards,
                   std::span<const model::IssuedCredential> credentials) {
  std::vector<std::optional<std::string>> token_hashes(credentials.size());
  std::vector<store::OutboxMail> mails;
  for (std::size_t i = 0; i < credentials.size(); ++i) {
    if (credentials[i].recipient.type != model::RecipientType::kEmail) continue;
    ClaimInvitation invitation =
        claim_invitation(instance, credentials[i], awards.achievement_name, awards.issuer_name);
    token_hashes[i] = std::move(invitation.token_hash);
    mails.push_back(std::move(invitation.mail));
  }
  store::insert_credentials(connection, credentials, token_hashes);
  store::enqueue_mails(connection, mails);
}

}  // namespace cairn::app
