// The Open Badges 3.0 specification's test vector: the credential in
// ../shared/conformance/ob3-spec/ob_v3p0_impl_linked-data-proof-ob.html (<pre title="Credential">),
// through JSON-LD toRdf with the bundled contexts and RDFC-1.0, must give exactly the canonical
// N-Quads 1EdTech publishes beside it (ob_v3p0_impl_test-vectors_obv3p0_document-canon.txt).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "canon/json/json_parser.h"
#include "canon/jsonld/context_cache.h"
#include "canon/jsonld/to_rdf.h"
#include "canon/rdfc/canonicalize.h"
#include "contexts/bundled_document_loader.h"

namespace {

const std::filesystem::path kSpecDir =
    std::filesystem::path(CAIRN_SHARED_DIR) / "conformance/ob3-spec";

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

// The text of the first <pre ... title="TITLE"> element, with the HTML entities the page uses
// turned back into characters.
std::string pre_block(const std::string& html, const std::string& title) {
  const std::size_t tag = html.find("title=\"" + title + "\">");
  if (tag == std::string::npos) return {};
  const std::size_t start = html.find('>', tag) + 1;
  const std::size_t end = html.find("</pre", start);
  const std::string raw = html.substr(start, end - start);
  std::string text;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    static const std::pair<const char*, char> kEntities[] = {{"&quot;", '"'}, {"&apos;", '\''},
                                                             {"&#39;", '\''}, {"&lt;", '<'},
                                                             {"&gt;", '>'},   {"&amp;", '&'}};
    bool replaced = false;
    for (const auto& [entity, character] : kEntities) {
      if (raw.compare(i, std::char_traits<char>::length(entity), entity) == 0) {
        text += character;
        i += std::char_traits<char>::length(entity) - 1;
        replaced = true;
        break;
      }
    }
    if (!replaced) text += raw[i];
  }
  return text;
}

std::string without_carriage_returns(std::string text) {
  std::erase(text, '\r');
  return text;
}

TEST(Ob3SpecVector, CredentialCanonicalFormMatchesThePublishedOne) {
  const auto html_path = kSpecDir / "ob_v3p0_impl_linked-data-proof-ob.html";
  const auto canon_path = kSpecDir / "ob_v3p0_impl_test-vectors_obv3p0_document-canon.txt";
  if (!std::filesystem::exists(html_path) || !std::filesystem::exists(canon_path)) {
    GTEST_SKIP() << "skipped: ../shared/conformance/ob3-spec not present";
  }
  const std::string credential = pre_block(read_file(html_path), "Credential");
  ASSERT_FALSE(credential.empty()) << "no <pre title=\"Credential\"> in " << html_path;

  const cairn::contexts::BundledDocumentLoader loader;
  cairn::canon::jsonld::ContextCache cache;
  cairn::canon::jsonld::JsonLdOptions options;
  options.loader = &loader;
  options.context_cache = &cache;
  const auto document = cairn::canon::json::parse_json(credential);
  ASSERT_TRUE(document.ok()) << document.error().to_string();
  const auto dataset = cairn::canon::jsonld::to_rdf(*document, options);
  ASSERT_TRUE(dataset.ok()) << dataset.error().to_string();
  const auto canonical = cairn::canon::rdfc::canonicalize(*dataset);
  ASSERT_TRUE(canonical.ok()) << canonical.error().to_string();

  EXPECT_EQ(canonical->nquads, without_carriage_returns(read_file(canon_path)));
}

}  // namespace
