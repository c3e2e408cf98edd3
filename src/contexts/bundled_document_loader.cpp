#include "contexts/bundled_document_loader.h"

#include <algorithm>
#include <string>
#include <utility>

#include "canon/json/json_parser.h"
#include "crypto/digest.h"

namespace cairn::contexts {
namespace {

constexpr std::string_view kLoadFailed = "loading remote context failed";
// A URL is quoted in messages up to this many bytes, so a hostile document cannot make
// an error message arbitrarily large.
constexpr std::size_t kMaxQuotedUrlBytes = 256;

// Built with append(): g++ 12 -O3 reports a false -Wrestrict on chains of operator+ here.
std::string quoted(std::string_view url) {
  std::string text = "\"";
  text.append(url.substr(0, kMaxQuotedUrlBytes));
  text.append("\"");
  if (url.size() > kMaxQuotedUrlBytes) {
    text.append("... (").append(std::to_string(url.size())).append(" bytes)");
  }
  return text;
}

Error load_failed(std::string message) {
  return Error{std::string(kLoadFailed), std::move(message)};
}

// The parsed body of `context`, or why the embedded bytes must not be served.
Result<boost::json::value> check_and_parse(const BundledContext& context) {
  const std::string actual = crypto::to_hex(crypto::sha256(context.json));
  if (actual != context.sha256_hex) {
    return load_failed("bundled context " + quoted(context.url) + " from " +
                       std::string(context.package) + " hashes to SHA-256 " + actual +
                       ", not its pinned " + std::string(context.sha256_hex) +
                       ": the cairn binary is damaged; reinstall it");
  }
  auto parsed = canon::json::parse_json(context.json);
  if (!parsed) {
    return load_failed("bundled context " + quoted(context.url) +
                       " is not valid JSON: " + parsed.error().to_string());
  }
  return std::move(parsed).value();
}

}  // namespace

BundledDocumentLoader::BundledDocumentLoader() : BundledDocumentLoader(all_bundled_contexts()) {}

BundledDocumentLoader::BundledDocumentLoader(std::span<const BundledContext> contexts)
    : contexts_(contexts) {}

const std::vector<BundledDocumentLoader::Served>& BundledDocumentLoader::served() const {
  std::call_once(checked_, [this] {
    served_.reserve(contexts_.size());
    for (const BundledContext& context : contexts_) {
      served_.push_back({context.url, check_and_parse(context)});
    }
  });
  return served_;
}

Result<canon::jsonld::RemoteDocument> BundledDocumentLoader::load(std::string_view url) const {
  const auto& all = served();
  const auto found =
      std::find_if(all.begin(), all.end(), [url](const Served& entry) { return entry.url == url; });
  if (found == all.end()) {
    return load_failed(quoted(url) +
                       " is not a bundled context: cairn never fetches contexts from the "
                       "network and serves only the contexts built into it (`cairn contexts` "
                       "lists them)");
  }
  if (!found->document) {
    return found->document.error();
  }
  return canon::jsonld::RemoteDocument{
      .document_url = std::string(url),
      .context_url = {},
      .content_type = "application/ld+json",
      .document = found->document.value(),
  };
}

}  // namespace cairn::contexts
