#include "service_database.h"

#include <stdexcept>

#include "app/api_tokens.h"
#include "app/create_user.h"
#include "store/migrations.h"
#include "store/repositories/cairn_schema.h"
#include "store/sqlite_database.h"

namespace cairn::testing {
namespace {

template <class T>
T checked(Result<T> result, const std::string& what) {
  if (!result) throw std::runtime_error(what + ": " + result.error().to_string());
  return std::move(result).value();
}

}  // namespace

ServiceDatabase::ServiceDatabase()
    : database_(checked(store::open_sqlite(directory_.file("cairn.db"), {}), "open SQLite")) {
  checked(store::migrate(*database_, store::cairn_migrations()), "migrate");
}

std::string ServiceDatabase::account_with_token(const std::string& email,
                                                const std::vector<std::string>& scopes,
                                                bool platform_admin) {
  checked(app::create_user(*database_, {email, "Someone", std::nullopt, platform_admin},
                           current_time()),
          "create_user");
  return checked(app::create_api_token(*database_, {email, "test", scopes, {}}, current_time()),
                 "create_api_token")
      .text;
}

}  // namespace cairn::testing
