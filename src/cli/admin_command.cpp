#include "cli/admin_command.h"

#include <boost/json/array.hpp>
#include <boost/json/serialize.hpp>
#include <chrono>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>

#include "app/api_tokens.h"
#include "app/create_user.h"
#include "app/demo_data.h"
#include "cli/command_outcome.h"
#include "cli/master_key_source.h"
#include "cli/service_database.h"
#include "cli/trust_services.h"
#include "common/date_time.h"
#include "crypto/random_text.h"

namespace cairn::cli {
namespace {

struct AdminArgs {
  std::string db;
  std::string email;
  std::string name;
  bool platform_admin = false;
  bool password_stdin = false;
  std::string scopes;
  unsigned days = 0;
  std::string base_url = "http://127.0.0.1:8080";
};

int run_create_user(const AdminArgs& args) {
  app::NewUser request{args.email, args.name, std::nullopt, args.platform_admin};
  bool generated = false;
  if (args.password_stdin) {
    std::string line;
    std::getline(std::cin, line);
    request.password = line;
  } else {
    request.password = crypto::random_base64url(18);
    generated = true;
  }
  Result<std::unique_ptr<store::Database>> database = open_service_database(args.db);
  if (!database) return report_invalid_input(database.error());
  Result<model::User> user = app::create_user(**database, request, current_time());
  if (!user) return report_invalid_input(user.error());
  boost::json::object shown{{"id", user->id},
                            {"email", user->email},
                            {"name", user->display_name},
                            {"platform_admin", user->platform_admin}};
  if (generated) shown["password"] = *request.password;
  std::cout << boost::json::serialize(shown) << '\n';
  if (generated) std::cerr << "cairn: the password above is shown once; keep it safe\n";
  return kExitOk;
}

int run_create_token(const AdminArgs& args) {
  app::NewApiToken request{args.email, args.name, {}, std::nullopt};
  std::istringstream words(args.scopes);
  for (std::string scope; words >> scope;) request.scopes.push_back(scope);
  if (args.days > 0) request.lifetime = std::chrono::days(args.days);
  Result<std::unique_ptr<store::Database>> database = open_service_database(args.db);
  if (!database) return report_invalid_input(database.error());
  Result<app::IssuedApiToken> issued = app::create_api_token(**database, request, current_time());
  if (!issued) return report_invalid_input(issued.error());
  std::cout << "token: " << issued->text << '\n'
            << "id: " << issued->token.id << '\n'
            << "expires: " << issued->token.expires_at.value_or("never") << '\n';
  std::cerr << "cairn: the token is shown once; keep it safe\n";
  return kExitOk;
}

int run_seed_demo(const AdminArgs& args) {
  std::string base_url = args.base_url;
  while (base_url.ends_with('/')) base_url.pop_back();
  Result<crypto::MasterKey> master_key = load_master_key(MissingMasterKey::kCreate);
  if (!master_key) return report_invalid_input(master_key.error());
  Result<std::unique_ptr<store::Database>> database = open_service_database(args.db);
  if (!database) return report_invalid_input(database.error());
  TrustFlags offline;
  offline.offline = true;
  Result<std::unique_ptr<TrustServices>> services = TrustServices::open(offline);
  if (!services) return report_invalid_input(services.error());
  const app::Instance instance{base_url, &*master_key, (*services)->verifier_services().suites};
  Result<app::DemoData> demo =
      app::seed_demo_data(**database, instance, args.email, current_time());
  if (!demo) return report_invalid_input(demo.error());
  if (!demo->seeded) {
    std::cout << "{\"seeded\": false}\n";
    std::cerr << "cairn: the instance already has organisations; demo data is only added to a "
                 "fresh one\n";
    return kExitOk;
  }
  boost::json::array achievements;
  for (const std::string& id : demo->achievement_ids) achievements.emplace_back(id);
  boost::json::array credentials;
  for (const std::string& id : demo->credential_ids) {
    credentials.emplace_back(base_url + "/credentials/" + id);
  }
  std::cout << boost::json::serialize(boost::json::object{{"seeded", true},
                                                          {"organisation", demo->organisation_id},
                                                          {"achievements", std::move(achievements)},
                                                          {"credentials", std::move(credentials)}})
            << '\n';
  return kExitOk;
}

}  // namespace

void add_admin_command(CLI::App& app, int* exit_status) {
  CLI::App* admin =
      app.add_subcommand("admin", "Bootstrap an instance: accounts, API tokens, demo data");
  admin->require_subcommand(1);

  auto user_args = std::make_shared<AdminArgs>();
  CLI::App* create_user = admin->add_subcommand("create-user", "Make an account");
  add_database_flag(*create_user, user_args->db);
  create_user->add_option("--email", user_args->email, "The account's e-mail address")->required();
  create_user->add_option("--name", user_args->name, "The name shown for the account")->required();
  create_user->add_flag("--platform-admin", user_args->platform_admin,
                        "The account administers the whole instance");
  create_user->add_flag("--password-stdin", user_args->password_stdin,
                        "Read the password from the first line of stdin (else one is made)");
  create_user->callback([user_args, exit_status] { *exit_status = run_create_user(*user_args); });

  auto token_args = std::make_shared<AdminArgs>();
  CLI::App* create_token = admin->add_subcommand("create-token", "Make an API token");
  add_database_flag(*create_token, token_args->db);
  create_token->add_option("--email", token_args->email, "The account the token acts for")
      ->required();
  create_token->add_option("--name", token_args->name, "What the token is for")->required();
  create_token
      ->add_option("--scopes", token_args->scopes, "Space-separated: read write issue revoke admin")
      ->required();
  create_token->add_option("--days", token_args->days, "Lifetime in days (default: no expiry)");
  create_token->callback(
      [token_args, exit_status] { *exit_status = run_create_token(*token_args); });

  auto demo_args = std::make_shared<AdminArgs>();
  CLI::App* seed_demo = admin->add_subcommand(
      "seed-demo", "On a fresh instance, add a demo issuer, achievements, earners and credentials");
  add_database_flag(*seed_demo, demo_args->db);
  seed_demo->add_option("--email", demo_args->email, "The account that owns the demo issuer")
      ->required();
  seed_demo->add_option("--base-url", demo_args->base_url,
                        "The URL the service will run at (default http://127.0.0.1:8080)");
  seed_demo->callback([demo_args, exit_status] { *exit_status = run_seed_demo(*demo_args); });
}

}  // namespace cairn::cli
