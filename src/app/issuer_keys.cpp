#include "app/issuer_keys.h"

#include "app/organisation_access.h"
#include "store/repositories/organisation_repository.h"
#include "vc/issuer_key_set.h"

namespace cairn::app {
namespace {

std::vector<IssuerKey> described(const crypto::KeyFile& keys) {
  const Result<const crypto::StoredKey*> signing =
      vc::signing_key_of(keys, crypto::KeyAlgorithm::kEd25519);
  std::vector<IssuerKey> listed;
  for (const crypto::StoredKey& key : keys.keys) {
    listed.push_back({key.id, std::string(crypto::key_algorithm_name(key.algorithm)), key.created,
                      key.revoked, signing && *signing == &key});
  }
  return listed;
}

Result<crypto::KeyFile> key_file_of(store::Connection& connection, const Instance& instance,
                                    std::string_view organisation_id) {
  const std::optional<std::string> sealed =
      store::find_sealed_key_file(connection, organisation_id);
  if (!sealed) return Error{"not found", "the organisation has no key file"};
  return crypto::open_key_file(*sealed, *instance.master_key);
}

// Runs `change` on the organisation's key file in one write transaction and seals the result.
template <class Change>
Result<std::vector<IssuerKey>> changed_keys(store::Database& database, const Instance& instance,
                                            const Principal& principal,
                                            std::string_view organisation_id, TimePoint now,
                                            std::string_view action, Change change) {
  if (auto allowed = require_scope(principal, "write", action); !allowed) return allowed.error();
  return database.write([&](store::Connection& connection) -> Result<std::vector<IssuerKey>> {
    if (auto role =
            require_role(connection, principal, organisation_id, model::Role::kAdmin, action);
        !role) {
      return role.error();
    }
    Result<crypto::KeyFile> keys = key_file_of(connection, instance, organisation_id);
    if (!keys) return keys.error();
    if (Result<bool> done = change(*keys); !done) return done.error();
    store::save_sealed_key_file(connection, organisation_id,
                                crypto::seal_key_file(*keys, *instance.master_key),
                                format_whole_seconds(now));
    return described(*keys);
  });
}

}  // namespace

Result<std::vector<IssuerKey>> list_issuer_keys(store::Database& database, const Instance& instance,
                                                const Principal& principal,
                                                std::string_view organisation_id) {
  if (auto allowed = require_scope(principal, "read", "list an organisation's keys"); !allowed) {
    return allowed.error();
  }
  return database.read([&](store::Connection& connection) -> Result<std::vector<IssuerKey>> {
    if (auto role = require_role(connection, principal, organisation_id, model::Role::kViewer,
                                 "list an organisation's keys");
        !role) {
      return role.error();
    }
    Result<crypto::KeyFile> keys = key_file_of(connection, instance, organisation_id);
    if (!keys) return keys.error();
    return described(*keys);
  });
}

Result<std::vector<IssuerKey>> rotate_issuer_key(store::Database& database,
                                                 const Instance& instance,
                                                 const Principal& principal,
                                                 std::string_view organisation_id, TimePoint now) {
  return changed_keys(
      database, instance, principal, organisation_id, now, "rotate an organisation's key",
      [&](crypto::KeyFile& keys) -> Result<bool> {
        // Ids are never reused: the next number after the highest one in the file.
        std::size_t highest = 0;
        for (const crypto::StoredKey& key : keys.keys) {
          const std::size_t at = key.id.rfind("#key-");
          if (at == std::string::npos) continue;
          highest =
              std::max<std::size_t>(highest, std::strtoull(key.id.c_str() + at + 5, nullptr, 10));
        }
        keys.keys.push_back(crypto::generate_ed25519_stored_key(
            keys.controller + "#key-" + std::to_string(highest + 1), format_whole_seconds(now)));
        return true;
      });
}

Result<std::vector<IssuerKey>> revoke_issuer_key(store::Database& database,
                                                 const Instance& instance,
                                                 const Principal& principal,
                                                 std::string_view organisation_id,
                                                 std::string_view fragment, TimePoint now) {
  return changed_keys(
      database, instance, principal, organisation_id, now, "revoke an organisation's key",
      [&](crypto::KeyFile& keys) -> Result<bool> {
        const std::string id = keys.controller + "#" + std::string(fragment);
        crypto::StoredKey* target = nullptr;
        std::size_t signing_keys = 0;
        for (crypto::StoredKey& key : keys.keys) {
          if (key.id == id) target = &key;
          if (!key.revoked && key.algorithm == crypto::KeyAlgorithm::kEd25519) ++signing_keys;
        }
        if (target == nullptr) return Error{"not found", "the organisation has no key " + id};
        if (target->revoked) return Error{"conflict", id + " was revoked at " + *target->revoked};
        if (signing_keys == 1 && target->algorithm == crypto::KeyAlgorithm::kEd25519) {
          return Error{"conflict", id + " is the last key that signs; rotate first"};
        }
        target->revoked = format_whole_seconds(now);
        return true;
      });
}

}  // namespace cairn::app
