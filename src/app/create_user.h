// create_user: makes an account. The e-mail address is normalized and must be new; a password,
// when given, must pass the password rules and is stored as an Argon2id hash only.
//
// Errors: "invalid email", "invalid password", "invalid name" (empty, over 200 bytes or with
// control characters), "email taken", or the database's Error.
//
// Thread-safety: safe from many threads (each call is one write transaction).
#pragma once

#include <optional>
#include <string>

#include "common/date_time.h"
#include "common/result.h"
#include "model/account.h"
#include "store/database.h"
#include "store/repositories/account_repository.h"

namespace cairn::app {

struct NewUser {
  std::string email;
  std::string display_name;
  std::optional<std::string> password;  // none: the account cannot sign in with a password
  bool platform_admin = false;
};

Result<model::User> create_user(store::Database& database, const NewUser& request, TimePoint now);

// The two halves of create_user, for a use case that makes an account inside a larger
// transaction (accepting an invitation): the account checked and its password hashed, outside any
// transaction (hashing takes a tenth of a second) ...
Result<store::StoredUser> prepare_user(const NewUser& request, TimePoint now);
// ... then stored in the caller's transaction; "email taken" when the address has an account.
Result<model::User> insert_prepared_user(store::Connection& connection,
                                         const store::StoredUser& user);

}  // namespace cairn::app
