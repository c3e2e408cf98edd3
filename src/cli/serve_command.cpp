#include "cli/serve_command.h"

#include <charconv>
#include <iostream>
#include <memory>
#include <optional>
#include <string>

#include "api/service_routes.h"
#include "app/bulk_award_worker.h"
#include "app/credential_events.h"
#include "app/expiry_reminders.h"
#include "app/instance_trust.h"
#include "app/mail_outbox.h"
#include "cli/command_outcome.h"
#include "cli/master_key_source.h"
#include "cli/service_database.h"
#include "cli/trust_services.h"
#include "http/access_log.h"
#include "http/rate_limiter.h"
#include "http/request_metrics.h"
#include "http/router.h"
#include "http/server.h"
#include "vc/verifier.h"

namespace cairn::cli {
namespace {

struct ServeArgs {
  std::string db;
  std::string listen = "127.0.0.1:8080";
  std::string base_url;  // default: http:// + the address it listens on
  unsigned threads = 0;
  double verify_rate = 20;
  double verify_burst = 60;
  unsigned job_lease_seconds = 60;
  std::string smtp;  // HOST:PORT of the mail relay; empty: mail waits in the outbox
  std::string mail_from;
  bool no_sign_up = false;
};

// "HOST:PORT" or "[V6]:PORT" into the server options.
Result<http::ServerOptions> server_options(const ServeArgs& args) {
  const auto invalid = [&] {
    return Error{"invalid option", "--listen " + args.listen +
                                       ": expected HOST:PORT, e.g. 127.0.0.1:8080 or [::1]:8080"};
  };
  const std::size_t colon = args.listen.rfind(':');
  if (colon == std::string::npos || colon == 0) return invalid();
  std::string host = args.listen.substr(0, colon);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') {
    host = host.substr(1, host.size() - 2);
  }
  const std::string_view port_text = std::string_view(args.listen).substr(colon + 1);
  unsigned port = 0;
  const auto [end, error] =
      std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
  if (error != std::errc() || end != port_text.data() + port_text.size() || port > 65535) {
    return invalid();
  }
  http::ServerOptions options;
  options.address = host;
  options.port = static_cast<std::uint16_t>(port);
  options.threads = args.threads;
  return options;
}

int run_serve(const ServeArgs& args) {
  Result<http::ServerOptions> options = server_options(args);
  if (!options) return report_invalid_input(options.error());
  if (args.verify_rate <= 0 || args.verify_burst < 1) {
    return report_invalid_input(
        {"invalid option", "--verify-rate must be above 0 and --verify-burst at least 1"});
  }

  Result<crypto::MasterKey> master_key = load_master_key(MissingMasterKey::kCreate);
  if (!master_key) return report_invalid_input(master_key.error());
  Result<std::unique_ptr<store::Database>> database = open_service_database(args.db);
  if (!database) return report_invalid_input(database.error());
  store::Database& db = **database;

  http::AccessLog log(std::cerr);
  http::RequestMetrics metrics;
  http::RateLimiter verify_limiter({.rate = args.verify_rate, .burst = args.verify_burst});
  http::Router router;
  http::Server server(router, *options, log, metrics);

  Result<boost::asio::ip::tcp::endpoint> endpoint = server.listen();
  if (!endpoint) return report_invalid_input(endpoint.error());
  const std::string address = endpoint->address().is_v6()
                                  ? "[" + endpoint->address().to_string() + "]"
                                  : endpoint->address().to_string();
  const std::string url = "http://" + address + ":" + std::to_string(endpoint->port());
  std::string base_url = args.base_url.empty() ? url : args.base_url;
  while (base_url.ends_with('/')) base_url.pop_back();

  // The service never uses the network for verification: did:key, the bundled contexts, and
  // what it knows of its own issuers and status lists (app/instance_trust.h).
  TrustFlags trust;
  trust.offline = true;
  Result<std::unique_ptr<TrustServices>> services = TrustServices::open(trust);
  if (!services) return report_invalid_input(services.error());
  const vc::VerifierServices offline = (*services)->verifier_services();
  const app::Instance instance{base_url, &*master_key, offline.suites};
  const app::InstanceDidResolver instance_dids(db, instance, *offline.dids);
  const app::InstanceStatusLists instance_lists(db, instance);
  const vc::Verifier verifier({offline.suites, &instance_dids, &instance_lists},
                              vc::VerifierOptions{});
  // Views, verifications and shares for the issuers' analytics, written every few seconds.
  app::EventCounter events(db);
  events.start();
  Result<std::unique_ptr<web::Site>> site = web::Site::create({.verifier = &verifier,
                                                               .database = &db,
                                                               .instance = instance,
                                                               .events = &events,
                                                               .sign_up_open = !args.no_sign_up});
  if (!site) return report_invalid_input(site.error());
  api::add_service_routes(router, {.database = &db,
                                   .instance = instance,
                                   .verifier = &verifier,
                                   .verify_limiter = &verify_limiter,
                                   .metrics = &metrics,
                                   .stopping = [&server] { return server.stopping(); },
                                   .sign_up_open = !args.no_sign_up,
                                   .site = site->get(),
                                   .events = &events});
  // Bulk award jobs run in the background, in every process (leases keep them apart).
  app::JobRunner jobs(db, instance, {.on_error = [&log](const std::string& what) {
                        log.event("job error", {{"what", what}});
                      }});
  jobs.start();
  // Reminders before credentials expire, queued in the outbox every ten minutes.
  app::ExpiryReminderRunner reminders(db, instance, std::chrono::minutes(10),
                                      [&log](const std::string& what) {
                                        log.event("reminder error", {{"what", what}});
                                      });
  reminders.start();
  std::optional<app::OutboxRunner> outbox;
  if (!args.smtp.empty()) {
    const std::size_t colon = args.smtp.rfind(':');
    app::MailSettings mail;
    mail.relay.host = args.smtp.substr(0, colon);
    mail.relay.port = static_cast<std::uint16_t>(std::stoi(args.smtp.substr(colon + 1)));
    mail.from = args.mail_from.empty() ? "cairn@" + mail.relay.helo_name : args.mail_from;
    mail.domain = mail.from.substr(mail.from.find('@') + 1);
    outbox.emplace(db, mail, [&log](const std::string& what) {
      log.event("mail error", {{"what", what}});
    });
    outbox->start();
  } else {
    log.event("mail", {{"note", "no --smtp relay: mail (claim links) waits in the outbox"}});
  }
  log.event("started", {{"listen", url}, {"base_url", base_url}, {"database", db.backend()}});
  std::cout << "cairn serve: listening on " << url << " (base URL " << base_url << ")\n"
            << "  verification API: POST " << base_url << "/api/v1/verify\n"
            << "  health: " << base_url << "/healthz, " << base_url << "/readyz, " << base_url
            << "/metrics\n"
            << std::flush;
  server.run();
  jobs.stop();
  reminders.stop();
  if (outbox) outbox->stop();
  events.stop();
  log.event("stopped", {});
  return kExitOk;
}

}  // namespace

void add_serve_command(CLI::App& app, int* exit_status) {
  auto args = std::make_shared<ServeArgs>();
  CLI::App* command = app.add_subcommand("serve", "Run the Cairn HTTP service");
  add_database_flag(*command, args->db);
  command->add_option("--listen", args->listen, "Address to listen on (default 127.0.0.1:8080)");
  command->add_option("--base-url", args->base_url,
                      "The public URL of this service (default: http:// + the listen address)");
  command->add_option("--threads", args->threads, "I/O threads (default: one per core)");
  command->add_option("--verify-rate", args->verify_rate,
                      "Verifications per second allowed per client address (default 20)");
  command->add_option("--verify-burst", args->verify_burst,
                      "Verifications a client may make at once before the rate applies "
                      "(default 60)");
  command
      ->add_option("--job-lease", args->job_lease_seconds,
                   "Seconds a process holds a background job between batches; after a crash "
                   "another takes it over this long after (default 60)")
      ->check(CLI::Range(2u, 3600u));
  command
      ->add_option("--smtp", args->smtp,
                   "HOST:PORT of the SMTP relay that sends claim links and reminders (default: "
                   "none; mail waits in the outbox)")
      ->check([](const std::string& value) -> std::string {
        const std::size_t colon = value.rfind(':');
        const std::string port = colon == std::string::npos ? "" : value.substr(colon + 1);
        const bool digits = !port.empty() && port.size() <= 5 &&
                            port.find_first_not_of("0123456789") == std::string::npos;
        if (colon == 0 || !digits || std::stoul(port) == 0 || std::stoul(port) > 65535) {
          return "expected HOST:PORT, e.g. 127.0.0.1:25";
        }
        return {};
      });
  command->add_option("--mail-from", args->mail_from,
                      "The sender address of the mail (default cairn@ + the relay's HELO name)");
  command->add_flag("--no-sign-up", args->no_sign_up,
                    "Refuse sign-ups (POST /api/v1/accounts); accounts are then made with "
                    "`cairn admin create-user`");
  command->callback([args, exit_status] { *exit_status = run_serve(*args); });
}

}  // namespace cairn::cli
