#include "app/create_user.h"

#include "app/email_address.h"
#include "app/text_field.h"
#include "crypto/password_hash.h"
#include "crypto/random_text.h"
#include "store/repositories/account_repository.h"

namespace cairn::app {

Result<store::StoredUser> prepare_user(const NewUser& request, TimePoint now) {
  Result<std::string> email = normalize_email(request.email);
  if (!email) return email.error();
  Result<std::string> name = checked_text_field(request.display_name, "name", 200);
  if (!name) return name.error();
  store::StoredUser stored;
  if (request.password) {
    Result<std::string> hash = crypto::hash_password(*request.password);
    if (!hash) return hash.error();
    stored.password_hash = std::move(*hash);
  }
  stored.user = {crypto::random_hex(16), std::move(*email), std::move(*name),
                 request.platform_admin, format_whole_seconds(now)};
  return stored;
}

Result<model::User> insert_prepared_user(store::Connection& connection,
                                         const store::StoredUser& user) {
  if (store::find_user_by_email(connection, user.user.email)) {
    return Error{"email taken",
                 "an account with the e-mail address " + user.user.email + " exists already"};
  }
  store::insert_user(connection, user);
  return user.user;
}

Result<model::User> create_user(store::Database& database, const NewUser& request, TimePoint now) {
  Result<store::StoredUser> prepared = prepare_user(request, now);
  if (!prepared) return prepared.error();
  return database.write(
      [&](store::Connection& connection) { return insert_prepared_user(connection, *prepared); });
}

}  // namespace cairn::app
