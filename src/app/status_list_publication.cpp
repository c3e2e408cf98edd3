#include "app/status_list_publication.h"

#include <boost/json/serialize.hpp>

#include "app/award_credentials.h"
#include "canon/json/json_parser.h"
#include "crypto/key_file.h"
#include "store/repositories/credential_repository.h"
#include "store/repositories/organisation_repository.h"
#include "store/repositories/status_list_repository.h"
#include "vc/credential_signer.h"
#include "vc/status/bitstring.h"
#include "vc/status/status_list_credential.h"

namespace cairn::app {
namespace {

Error not_found(std::string_view list_id, std::string_view purpose) {
  return Error{"not found", "no status list is published at /status/" + std::string(list_id) + "/" +
                                std::string(purpose)};
}

Result<boost::json::object> json_object(const std::string& text) {
  Result<boost::json::value> json = canon::json::parse_json(text);
  if (!json || !json->is_object()) {
    return Error{"database error", "a cached status list document is damaged"};
  }
  return std::move(json->as_object());
}

// Signs the list as it stands and caches it; inside a write transaction.
Result<std::string> sign_list(store::Connection& connection, const Instance& instance,
                              const store::StatusListRecord& list, std::string_view purpose) {
  const std::optional<model::Organisation> organisation =
      store::find_organisation(connection, list.organisation_id);
  const std::optional<std::string> sealed =
      store::find_sealed_key_file(connection, list.organisation_id);
  if (!organisation || !sealed) return Error{"invalid key file", "the list's issuer has no key"};
  Result<crypto::KeyFile> keys = crypto::open_key_file(*sealed, *instance.master_key);
  if (!keys) return keys.error();

  Result<vc::status::Bitstring> bits =
      vc::status::Bitstring::create(static_cast<std::uint64_t>(list.size));
  if (!bits) return bits.error();
  for (const std::int64_t index : store::revoked_indexes(connection, list.id)) {
    bits->set_bit(static_cast<std::uint64_t>(index), true);
  }

  vc::status::StatusListCredentialFields fields;
  fields.id = status_list_url(instance, list.id) + "/" + std::string(purpose);
  fields.issuer = organisation->did;
  fields.valid_from = list.changed_at;
  fields.status_purpose = std::string(purpose);
  Result<std::string> signed_list =
      vc::sign_credential(vc::status::make_status_list_credential(fields, *bits), *keys,
                          vc::SigningSuite::kEddsaRdfc2022, list.changed_at, *instance.suites);
  if (!signed_list) return signed_list.error();
  store::save_status_list_document(connection, list.id, purpose, {list.revision, *signed_list});
  return signed_list;
}

}  // namespace

Result<boost::json::object> published_status_list(store::Database& database,
                                                  const Instance& instance,
                                                  std::string_view list_id,
                                                  std::string_view purpose) {
  if (purpose != "revocation") return not_found(list_id, purpose);
  // Most requests find the cached document current: a read transaction is enough.
  Result<std::optional<std::string>> cached =
      database.read([&](store::Connection& connection) -> Result<std::optional<std::string>> {
        const std::optional<store::StatusListRecord> list =
            store::find_status_list(connection, list_id);
        if (!list) return not_found(list_id, purpose);
        std::optional<store::StatusListDocument> document =
            store::find_status_list_document(connection, list_id, purpose);
        if (document && document->revision == list->revision) {
          return std::optional<std::string>(std::move(document->document));
        }
        return std::optional<std::string>();
      });
  if (!cached) return cached.error();
  if (*cached) return json_object(**cached);
  Result<std::string> signed_list =
      database.write([&](store::Connection& connection) -> Result<std::string> {
        const std::optional<store::StatusListRecord> list =
            store::find_status_list(connection, list_id);
        if (!list) return not_found(list_id, purpose);
        std::optional<store::StatusListDocument> document =
            store::find_status_list_document(connection, list_id, purpose);
        if (document && document->revision == list->revision) return document->document;
        return sign_list(connection, instance, *list, purpose);
      });
  if (!signed_list) return signed_list.error();
  return json_object(*signed_list);
}

}  // namespace cairn::app
