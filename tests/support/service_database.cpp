#include "service_database.h"

#include <stdexcept>

#include "app/api_tokens.h"
#include "app/create_user.h"
#include "store/migrations.h"
#include "store/repositories/account_repository.h"
#include "store/repositories/cairn_schema.h"
#include "store/repositories/organisation_repository.h"

namespace cairn::testing {
namespace {

template <class T>
T checked(Result<T> result, const std::string& what) {
  if (!result) throw std::runtime_error(what + ": " + result.error().to_string());
  return std::move(result).value();
}

}  // namespace

ServiceDatabase::ServiceDatabase(store::testing::Backend backend) : test_database_(backend) {
  if (!test_database_.available()) return;
  database_ = test_database_.open();
  if (!database_) throw std::runtime_error("cannot open " + test_database_.url());
  checked(store::migrate(*database_, store::cairn_migrations()), "migrate");
}

std::string ServiceDatabase::account_with_token(const std::string& email,
                                                const std::vector<std::string>& scopes,
                                                bool platform_admin,
                                                std::optional<std::string> password) {
  checked(app::create_user(*database_, {email, "Someone", std::move(password), platform_admin},
                           current_time()),
          "create_user");
  return another_token(email, scopes);
}

std::string ServiceDatabase::another_token(const std::string& email,
                                           const std::vector<std::string>& scopes) {
  return checked(app::create_api_token(*database_, {email, "test", scopes, {}}, current_time()),
                 "create_api_token")
      .text;
}

void ServiceDatabase::add_member(const std::string& organisation_id, const std::string& email,
                                 model::Role role) {
  checked(database_->write([&](store::Connection& connection) {
    const std::optional<store::StoredUser> user = store::find_user_by_email(connection, email);
    if (!user) throw std::runtime_error("add_member: no account " + email);
    store::insert_membership(connection, organisation_id, user->user.id, role,
                             format_whole_seconds(current_time()));
  }),
          "add_member");
}

}  // namespace cairn::testing
