#include "cli/trust_services.h"

#include "canon/json/json_parser.h"
#include "cli/input.h"
#include "contexts/bundled_document_loader.h"
#include "did/beast_https_fetcher.h"
#include "did/chained_did_resolver.h"
#include "did/did_key_resolver.h"
#include "did/did_web_resolver.h"
#include "did/static_did_resolver.h"
#include "vc/data_integrity/suite_context.h"
#include "vc/status/static_status_list_source.h"

namespace cairn::cli {
namespace {

constexpr std::size_t kMaxStatusListBytes = 4u << 20;

Result<boost::json::object> read_json_object_file(const std::string& path) {
  Result<std::string> text = read_input(path);
  if (!text) return text.error();
  Result<boost::json::value> json = canon::json::parse_json(*text);
  if (!json) return Error{json.error().code, path + ": " + json.error().message};
  if (!json->is_object()) return Error{"invalid input", path + " does not hold a JSON object"};
  return std::move(json->as_object());
}

// Status lists given as files first; then, unless offline, the list's URL over HTTPS.
class FileOrHttpsStatusListSource final : public vc::status::StatusListSource {
 public:
  FileOrHttpsStatusListSource(vc::status::StaticStatusListSource files,
                              std::shared_ptr<const did::HttpsFetcher> fetcher)
      : files_(std::move(files)), fetcher_(std::move(fetcher)) {}

  Result<boost::json::object> fetch(std::string_view url) const override {
    Result<boost::json::object> given = files_.fetch(url);
    if (given || fetcher_ == nullptr) return given;
    did::FetchLimits limits;
    limits.max_body_bytes = kMaxStatusListBytes;
    Result<std::string> body = fetcher_->get(std::string(url), limits);
    if (!body) return body.error();
    Result<boost::json::value> json = canon::json::parse_json(*body);
    if (!json) return json.error();
    if (!json->is_object())
      return Error{"invalid status list", std::string(url) + " is not a JSON object"};
    return std::move(json->as_object());
  }

 private:
  vc::status::StaticStatusListSource files_;
  std::shared_ptr<const did::HttpsFetcher> fetcher_;
};

}  // namespace

struct TrustServices::Parts {
  contexts::BundledDocumentLoader loader;
  std::unique_ptr<vc::data_integrity::SuiteContext> suites;
  std::unique_ptr<did::DidResolver> dids;
  std::unique_ptr<vc::status::StatusListSource> status_lists;
};

void TrustFlags::add_to(CLI::App& command) {
  command.add_option("--did-doc", did_documents,
                     "A DID document (did.json) to use instead of resolving its DID; repeatable");
  command.add_option("--status-list", status_lists,
                     "A status list credential to use instead of fetching it: FILE (served for "
                     "its id) or URL=FILE; repeatable");
  command.add_flag("--offline", offline, "Never use the network: no did:web, no status fetching");
  command.add_option("--ca-file", ca_file,
                     "Trust only these certificate authorities (PEM) for did:web and status lists");
}

TrustServices::TrustServices() : parts_(std::make_unique<Parts>()) {}
TrustServices::~TrustServices() = default;

Result<std::unique_ptr<TrustServices>> TrustServices::open(const TrustFlags& flags) {
  std::unique_ptr<TrustServices> services(new TrustServices());
  Parts& parts = *services->parts_;
  parts.suites = std::make_unique<vc::data_integrity::SuiteContext>(parts.loader);

  std::vector<boost::json::object> documents;
  for (const std::string& path : flags.did_documents) {
    Result<boost::json::object> document = read_json_object_file(path);
    if (!document) return document.error();
    documents.push_back(std::move(*document));
  }
  Result<did::StaticDidResolver> given = did::StaticDidResolver::create(std::move(documents));
  if (!given) return given.error();

  std::shared_ptr<const did::HttpsFetcher> fetcher;
  if (!flags.offline) {
    did::BeastHttpsFetcherOptions options;
    options.ca_file = flags.ca_file;
    Result<did::BeastHttpsFetcher> created = did::BeastHttpsFetcher::create(options);
    if (!created) return created.error();
    fetcher = std::make_shared<did::BeastHttpsFetcher>(std::move(*created));
  }
  std::vector<std::unique_ptr<const did::DidResolver>> resolvers;
  resolvers.push_back(std::make_unique<did::StaticDidResolver>(std::move(*given)));
  resolvers.push_back(std::make_unique<did::DidKeyResolver>());
  if (fetcher) resolvers.push_back(std::make_unique<did::DidWebResolver>(fetcher));
  parts.dids = std::make_unique<did::ChainedDidResolver>(std::move(resolvers));

  vc::status::StaticStatusListSource files;
  for (const std::string& given : flags.status_lists) {
    // "URL=FILE" serves FILE for URL; a plain FILE is served for the id it states.
    const std::size_t equals = given.find('=');
    const bool mapped = equals != std::string::npos &&
                        (given.rfind("https://", 0) == 0 || given.rfind("http://", 0) == 0);
    const std::string path = mapped ? given.substr(equals + 1) : given;
    Result<boost::json::object> list = read_json_object_file(path);
    if (!list) return list.error();
    if (mapped) {
      files.add(given.substr(0, equals), std::move(*list));
      continue;
    }
    const boost::json::value* id = list->if_contains("id");
    if (id == nullptr || !id->is_string()) {
      return Error{"invalid input", path +
                                        " is not a status list credential (it has no id); "
                                        "give it as URL=" +
                                        path};
    }
    files.add(std::string(id->get_string()), std::move(*list));
  }
  parts.status_lists = std::make_unique<FileOrHttpsStatusListSource>(std::move(files), fetcher);
  return services;
}

vc::VerifierServices TrustServices::verifier_services() const {
  return {parts_->suites.get(), parts_->dids.get(), parts_->status_lists.get()};
}

const vc::data_integrity::SuiteContext& TrustServices::suites() const { return *parts_->suites; }

}  // namespace cairn::cli
