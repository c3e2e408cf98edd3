#include "app/wallet.h"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "app/organisation_access.h"
#include "crypto/digest.h"
#include "crypto/random_text.h"
#include "store/repositories/wallet_repository.h"
#include "vc/credential_fields.h"
#include "vc/credential_input.h"
#include "vc/jwt/decode_vc_jwt.h"

namespace cairn::app {
namespace {

constexpr std::size_t kShareTokenBytes = 24;  // 32 base64url characters

Error not_found() { return Error{"not found", "no such entry in your wallet"}; }

const boost::json::object* first_object(const boost::json::value* value) {
  if (value == nullptr) return nullptr;
  if (const auto* object = value->if_object()) return object;
  if (const auto* array = value->if_array(); array && !array->empty()) {
    return array->front().if_object();
  }
  return nullptr;
}

std::optional<std::string> optional_string(const boost::json::object& object,
                                           std::initializer_list<std::string_view> names) {
  for (std::string_view name : names) {
    std::string value = vc::string_member(object, name);
    if (!value.empty()) return value;
  }
  return std::nullopt;
}

// What lists a credential: its key (its id, else a hash of the document), its achievement's name
// and its issuer's, its dates.
model::WalletEntry described(const boost::json::object& credential, std::string format,
                             std::string document) {
  model::WalletEntry entry;
  const std::string id = vc::string_member(credential, "id");
  entry.credential_key = id.empty() ? "sha256:" + crypto::to_hex(crypto::sha256(document)) : id;
  const boost::json::object* subject = first_object(credential.if_contains("credentialSubject"));
  const boost::json::object* achievement =
      subject ? first_object(subject->if_contains("achievement")) : nullptr;
  entry.name = optional_string(achievement ? *achievement : credential, {"name"})
                   .value_or(optional_string(credential, {"name"}).value_or("Credential"));
  const boost::json::object* issuer = first_object(credential.if_contains("issuer"));
  entry.issuer = (issuer ? optional_string(*issuer, {"name"}) : std::nullopt)
                     .value_or(vc::issuer_id_of(credential));
  entry.issued_at = optional_string(credential, {"validFrom", "issuanceDate"});
  entry.valid_until = optional_string(credential, {"validUntil", "expirationDate"});
  entry.format = std::move(format);
  entry.document = std::move(document);
  return entry;
}

Result<model::WalletEntry> owned_entry(store::Connection& connection, const Principal& principal,
                                       std::string_view entry_id) {
  std::optional<model::WalletEntry> entry = store::find_wallet_entry(connection, entry_id);
  if (!entry || entry->user_id != principal.user.id) return not_found();
  return std::move(*entry);
}

}  // namespace

Result<std::vector<model::WalletEntry>> list_wallet(store::Database& database,
                                                    const Principal& principal, std::size_t limit,
                                                    std::size_t offset) {
  if (auto allowed = require_scope(principal, "read", "read a wallet"); !allowed) {
    return allowed.error();
  }
  return database.read(
      [&](store::Connection& connection) -> Result<std::vector<model::WalletEntry>> {
        return store::list_wallet_entries(connection, principal.user.id,
                                          std::min(limit, kWalletPageMax), offset);
      });
}

Result<model::WalletEntry> read_wallet_entry(store::Database& database, const Principal& principal,
                                             std::string_view entry_id) {
  if (auto allowed = require_scope(principal, "read", "read a wallet"); !allowed) {
    return allowed.error();
  }
  return database.read(
      [&](store::Connection& connection) { return owned_entry(connection, principal, entry_id); });
}

Result<ImportOutcome> import_to_wallet(store::Database& database, const vc::Verifier& verifier,
                                       const Principal& principal,
                                       std::span<const std::uint8_t> input, TimePoint now) {
  if (auto allowed = require_scope(principal, "write", "import into a wallet"); !allowed) {
    return allowed.error();
  }
  Result<vc::CredentialInput> read = vc::read_credential_input(input);
  if (!read) return Error{"invalid credential", read.error().to_string()};
  ImportOutcome outcome;
  model::WalletEntry entry;
  if (const auto* credential = std::get_if<boost::json::object>(&read->content)) {
    outcome.report = verifier.verify_credential(*credential, read->format);
    if (!outcome.report.verified()) return outcome;
    entry = described(*credential, "json", boost::json::serialize(*credential));
  } else {
    const std::string& token = std::get<std::string>(read->content);
    outcome.report = verifier.verify_jwt(token, read->format);
    if (!outcome.report.verified()) return outcome;
    Result<vc::jwt::DecodedVcJwt> decoded = vc::jwt::decode_vc_jwt(token);
    if (!decoded) return Error{"invalid credential", decoded.error().to_string()};
    entry = described(decoded->credential, "jwt", token);
  }
  entry.id = crypto::random_hex(16);
  entry.user_id = principal.user.id;
  entry.source = model::WalletSource::kImported;
  entry.added_at = format_date_time(now);
  Result<bool> stored = database.write([&](store::Connection& connection) -> Result<bool> {
    if (store::find_wallet_entry_by_key(connection, principal.user.id, entry.credential_key)) {
      return Error{"conflict", "this credential is in your wallet already"};
    }
    store::insert_wallet_entry(connection, entry);
    return true;
  });
  if (!stored) return stored.error();
  outcome.entry = std::move(entry);
  return outcome;
}

Result<model::WalletEntry> set_wallet_visibility(store::Database& database,
                                                 const Principal& principal,
                                                 std::string_view entry_id,
                                                 model::Visibility visibility) {
  if (auto allowed = require_scope(principal, "write", "share from a wallet"); !allowed) {
    return allowed.error();
  }
  return database.write([&](store::Connection& connection) -> Result<model::WalletEntry> {
    Result<model::WalletEntry> entry = owned_entry(connection, principal, entry_id);
    if (!entry || entry->visibility == visibility) return entry;
    entry->visibility = visibility;
    entry->share_token = visibility == model::Visibility::kPublic
                             ? std::optional(crypto::random_base64url(kShareTokenBytes))
                             : std::nullopt;
    store::set_wallet_visibility(connection, entry->id, visibility, entry->share_token);
    return entry;
  });
}

Result<bool> remove_from_wallet(store::Database& database, const Principal& principal,
                                std::string_view entry_id) {
  if (auto allowed = require_scope(principal, "write", "remove from a wallet"); !allowed) {
    return allowed.error();
  }
  return database.write([&](store::Connection& connection) -> Result<bool> {
    Result<model::WalletEntry> entry = owned_entry(connection, principal, entry_id);
    if (!entry) return entry.error();
    store::delete_wallet_entry(connection, entry->id);
    return true;
  });
}

Result<model::WalletEntry> read_shared_entry(store::Database& database, std::string_view token) {
  return database.read([&](store::Connection& connection) -> Result<model::WalletEntry> {
    std::optional<model::WalletEntry> entry = store::find_shared_wallet_entry(connection, token);
    if (!entry) return Error{"not found", "no credential is shared at this link"};
    return std::move(*entry);
  });
}

void add_claimed_to_wallet(store::Connection& connection, std::string_view user_id,
                           const model::IssuedCredential& credential, TimePoint now) {
  model::WalletEntry entry;
  if (credential.format.starts_with("vc-jwt")) {
    Result<vc::jwt::DecodedVcJwt> decoded = vc::jwt::decode_vc_jwt(credential.document);
    if (!decoded) throw Failure("invalid credential", decoded.error().to_string());
    entry = described(decoded->credential, "jwt", credential.document);
  } else {
    boost::system::error_code error;
    const boost::json::value parsed = boost::json::parse(credential.document, error);
    if (error || !parsed.is_object()) {
      throw Failure("invalid credential", "an issued credential is not a JSON object");
    }
    entry = described(parsed.get_object(), "json", credential.document);
  }
  if (store::find_wallet_entry_by_key(connection, user_id, entry.credential_key)) return;
  entry.id = crypto::random_hex(16);
  entry.user_id = std::string(user_id);
  entry.credential_id = credential.id;
  entry.source = model::WalletSource::kClaimed;
  entry.added_at = format_date_time(now);
  store::insert_wallet_entry(connection, entry);
}

}  // namespace cairn::app
