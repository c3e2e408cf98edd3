// did_web_document_url: the examples of the did:web method specification ("Read (Resolve)" and
// "Optional Path Considerations"), and DIDs it must refuse.
#include "did/did_web_url.h"

#include <gtest/gtest.h>

#include "did/did_resolver.h"

namespace cairn::did {
namespace {

TEST(DidWebUrlTest, SpecificationExamples) {
  const std::pair<std::string_view, std::string_view> cases[] = {
      {"did:web:w3c-ccg.github.io", "https://w3c-ccg.github.io/.well-known/did.json"},
      {"did:web:w3c-ccg.github.io:user:alice", "https://w3c-ccg.github.io/user/alice/did.json"},
      {"did:web:example.com%3A3000:user:alice", "https://example.com:3000/user/alice/did.json"},
      {"did:web:example.com:u:bob", "https://example.com/u/bob/did.json"},
      {"did:web:example.com%3A3000", "https://example.com:3000/.well-known/did.json"},
  };
  for (const auto& [did, url] : cases) {
    SCOPED_TRACE(did);
    Result<std::string> mapped = did_web_document_url(did);
    ASSERT_TRUE(mapped.ok()) << mapped.error().to_string();
    EXPECT_EQ(*mapped, url);
  }
}

TEST(DidWebUrlTest, DccFixtureDid) {
  Result<std::string> mapped =
      did_web_document_url("did:web:digitalcredentials.github.io:vc-test-fixtures:dids:legacy");
  ASSERT_TRUE(mapped.ok()) << mapped.error().to_string();
  EXPECT_EQ(*mapped, "https://digitalcredentials.github.io/vc-test-fixtures/dids/legacy/did.json");
}

TEST(DidWebUrlTest, LowerCasePercentEncodedPortColon) {
  Result<std::string> mapped = did_web_document_url("did:web:localhost%3a8443");
  ASSERT_TRUE(mapped.ok()) << mapped.error().to_string();
  EXPECT_EQ(*mapped, "https://localhost:8443/.well-known/did.json");
}

TEST(DidWebUrlTest, RefusesWhatIsNotADidWeb) {
  const std::pair<std::string_view, std::string_view> cases[] = {
      {"did:key:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp", kUnsupportedDidMethod},
      {"did:web:", "invalid DID"},
      {"did:WEB:example.com", "invalid DID"},
      {"did:web:example.com/path", "invalid DID"},
      {"did:web:example.com#key-1", "invalid DID"},
      {"did:web:example.com?service=x", "invalid DID"},
      {"did:web:example.com:", "invalid DID"},
      {"did:web:exa%2mple.com", "invalid DID"},
      {"did:web:127.0.0.1", "invalid did:web"},
      {"did:web:-example.com", "invalid did:web"},
      {"did:web:example..com", "invalid did:web"},
      {"did:web:ex%41mple.com", "invalid did:web"},
      {"did:web:example.com%3A", "invalid did:web"},
      {"did:web:example.com%3A0", "invalid did:web"},
      {"did:web:example.com%3A65536", "invalid did:web"},
      {"did:web:example.com%3Ahttps", "invalid did:web"},
      {"did:web:example.com::alice", "invalid did:web"},
      {"did:web:example.com:..:alice", "invalid did:web"},
      {"did:web:example.com:%2E%2e", "invalid did:web"},
  };
  for (const auto& [did, code] : cases) {
    SCOPED_TRACE(did);
    Result<std::string> mapped = did_web_document_url(did);
    ASSERT_FALSE(mapped.ok()) << *mapped;
    EXPECT_EQ(mapped.error().code, code) << mapped.error().message;
  }
}

TEST(DidWebUrlTest, RefusesOverlongDids) {
  const std::string did = "did:web:example.com:" + std::string(3000, 'a');
  Result<std::string> mapped = did_web_document_url(did);
  ASSERT_FALSE(mapped.ok());
  EXPECT_EQ(mapped.error().code, "invalid DID");
}

}  // namespace
TEST(DidWebOfLocation, EncodesThePortAndTurnsPathSegmentsIntoColons) {
  EXPECT_EQ(*did_web_of_location("w3c-ccg.github.io"), "did:web:w3c-ccg.github.io");
  EXPECT_EQ(*did_web_of_location("example.com:3000/issuers/42/"),
            "did:web:example.com%3A3000:issuers:42");
  // And back: the document URL of the DID made is the location's did.json.
  EXPECT_EQ(*did_web_document_url(*did_web_of_location("example.com:3000/issuers/42")),
            "https://example.com:3000/issuers/42/did.json");
}

TEST(DidWebOfLocation, RefusesEmptyLocationsAndCharactersADidCannotCarry) {
  EXPECT_EQ(did_web_of_location("").error().code, "invalid did:web location");
  EXPECT_EQ(did_web_of_location("///").error().code, "invalid did:web location");
  EXPECT_EQ(did_web_of_location("exa mple.com").error().code, "invalid did:web location");
  EXPECT_EQ(did_web_of_location("example.com/a?b").error().code, "invalid did:web location");
}

}  // namespace cairn::did
