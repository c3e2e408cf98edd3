#include <gtest/gtest.h>

#include <chrono>

#include "app/api_tokens.h"
#include "app/create_user.h"
#include "app/email_address.h"
#include "service_database.h"
#include "store/repositories/account_repository.h"

namespace cairn::app {
namespace {

using namespace std::chrono_literals;

const TimePoint kNow = std::chrono::sys_days{std::chrono::year{2026} / 11 / 29} + 16h;

class AccountsTest : public ::testing::Test {
 protected:
  model::User make_user(const std::string& email, bool admin = false) {
    Result<model::User> user =
        create_user(*database_, {email, "Someone", "a long enough password", admin}, kNow);
    EXPECT_TRUE(user) << user.error().to_string();
    return *user;
  }

  cairn::testing::ServiceDatabase service_;
  store::Database* database_ = &service_.get();
};

TEST(EmailAddress, NormalizesAndChecksTheShape) {
  EXPECT_EQ(*normalize_email("  Ada.Lovelace@Example.ORG "), "ada.lovelace@example.org");
  for (const char* bad :
       {"", "no-at-sign", "two@@example.org", "a@b@example.org", "@example.org", "a@localhost",
        "a@.example.org", "a@example..org", "a b@example.org", "a@example.org\n"}) {
    EXPECT_EQ(normalize_email(bad).error().code, "invalid email") << bad;
  }
  EXPECT_EQ(normalize_email(std::string(65, 'a') + "@example.org").error().code, "invalid email");
}

TEST_F(AccountsTest, CreateUserStoresANormalizedAccountWithAnArgon2idHash) {
  const model::User user = make_user("Ada@Example.org", true);
  EXPECT_EQ(user.email, "ada@example.org");
  EXPECT_EQ(user.id.size(), 32u);
  EXPECT_TRUE(user.platform_admin);
  EXPECT_EQ(user.created_at, "2026-11-29T16:00:00Z");
  const auto stored = database_->read([](store::Connection& connection) {
    return store::find_user_by_email(connection, "ada@example.org");
  });
  ASSERT_TRUE(stored && stored->has_value());
  ASSERT_TRUE((*stored)->password_hash.has_value());
  EXPECT_TRUE((*stored)->password_hash->starts_with("$argon2id$"));
  EXPECT_EQ((*stored)->password_hash->find("a long enough password"), std::string::npos);
}

TEST_F(AccountsTest, CreateUserRefusesATakenEmailAndBadInput) {
  make_user("ada@example.org");
  EXPECT_EQ(
      create_user(*database_, {"ADA@example.org", "Other", std::nullopt, false}, kNow).error().code,
      "email taken");
  EXPECT_EQ(create_user(*database_, {"x@example.org", "", std::nullopt, false}, kNow).error().code,
            "invalid name");
  EXPECT_EQ(create_user(*database_, {"x@example.org", "X", "short", false}, kNow).error().code,
            "invalid password");
  EXPECT_EQ(create_user(*database_, {"nope", "X", std::nullopt, false}, kNow).error().code,
            "invalid email");
}

TEST_F(AccountsTest, AnIssuedTokenAuthenticatesItsAccountWithItsScopes) {
  const model::User user = make_user("ada@example.org");
  Result<IssuedApiToken> issued = create_api_token(
      *database_, {"ada@example.org", "LMS", {"read", "issue"}, std::chrono::days{30}}, kNow);
  ASSERT_TRUE(issued) << issued.error().to_string();
  EXPECT_TRUE(issued->text.starts_with("cairn_" + issued->token.id + "_"));
  EXPECT_EQ(issued->token.expires_at, "2026-12-29T16:00:00Z");
  Result<Principal> principal = authenticate_api_token(*database_, issued->text, kNow + 1h);
  ASSERT_TRUE(principal) << principal.error().to_string();
  EXPECT_EQ(principal->user.id, user.id);
  EXPECT_TRUE(principal->has_scope("issue"));
  EXPECT_FALSE(principal->has_scope("revoke"));
  // The secret itself is nowhere in the database.
  const std::string secret = issued->text.substr(std::string("cairn_").size() + 32 + 1);
  ASSERT_EQ(secret.size(), 43u);
  const auto rows = database_->read([](store::Connection& connection) {
    return connection.query("SELECT secret_hash, last_used_at FROM api_tokens");
  });
  ASSERT_TRUE(rows);
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_NE((*rows)[0].get<std::string>("secret_hash"), secret);
  EXPECT_EQ((*rows)[0].get<std::string>("secret_hash").size(), 64u) << "a SHA-256 in hex";
  EXPECT_EQ((*rows)[0].get<std::string>("last_used_at"), "2026-11-29T17:00:00Z");
}

TEST_F(AccountsTest, WrongMalformedExpiredOrRevokedTokensAreRefusedAlike) {
  make_user("ada@example.org");
  const IssuedApiToken issued =
      *create_api_token(*database_, {"ada@example.org", "t", {"read"}, std::chrono::days{1}}, kNow);
  std::string wrong_secret = issued.text;
  wrong_secret.back() = wrong_secret.back() == 'A' ? 'B' : 'A';
  std::string unknown_id = issued.text;
  unknown_id[6] = unknown_id[6] == '0' ? '1' : '0';
  for (const std::string& token : {wrong_secret, unknown_id, std::string("cairn_"),
                                   issued.text + "x", std::string("Bearer ") + issued.text}) {
    const Result<Principal> refused = authenticate_api_token(*database_, token, kNow);
    ASSERT_FALSE(refused) << token;
    EXPECT_EQ(refused.error().code, "unauthenticated");
    EXPECT_EQ(refused.error().message,
              "the API token is not valid: it is malformed, unknown, expired or revoked");
  }
  EXPECT_TRUE(authenticate_api_token(*database_, issued.text, kNow + 23h));
  EXPECT_FALSE(authenticate_api_token(*database_, issued.text, kNow + 24h)) << "expired";
  ASSERT_TRUE(database_->write([&](store::Connection& connection) {
    connection.execute("UPDATE api_tokens SET revoked_at = ? WHERE id = ?",
                       {std::string("2026-11-29T16:30:00Z"), issued.token.id});
  }));
  EXPECT_FALSE(authenticate_api_token(*database_, issued.text, kNow + 1h)) << "revoked";
}

TEST_F(AccountsTest, TokenScopesAreCheckedAndAdminNeedsAPlatformAdmin) {
  make_user("ada@example.org");
  make_user("root@example.org", true);
  EXPECT_EQ(create_api_token(*database_, {"ada@example.org", "t", {"fly"}, {}}, kNow).error().code,
            "invalid scope");
  EXPECT_EQ(create_api_token(*database_, {"ada@example.org", "t", {}, {}}, kNow).error().code,
            "invalid scope");
  EXPECT_EQ(
      create_api_token(*database_, {"ada@example.org", "t", {"admin"}, {}}, kNow).error().code,
      "invalid scope");
  EXPECT_TRUE(create_api_token(*database_, {"root@example.org", "t", {"admin"}, {}}, kNow));
  EXPECT_EQ(
      create_api_token(*database_, {"nobody@example.org", "t", {"read"}, {}}, kNow).error().code,
      "unknown account");
}

}  // namespace
}  // namespace cairn::app
