// make_status_list_credential against the shape of Bitstring Status List 1.0, section 2.2,
// Example 3.
#include "vc/status/status_list_credential.h"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

namespace cairn::vc::status {
namespace {

TEST(StatusListCredentialTest, HasTheShapeOfTheSpecificationsExample) {
  Bitstring list = Bitstring::create(Bitstring::kMinimumEntries).value();
  StatusListCredentialFields fields;
  fields.id = "https://example.com/credentials/status/3";
  fields.issuer = "did:example:12345";
  fields.valid_from = "2021-04-05T14:27:40Z";
  boost::json::object credential = make_status_list_credential(fields, list);

  // Section 2.2, Example 3, whose encodedList is an empty list of 131,072 entries like ours
  // (compared apart: GZIP output is not unique).
  boost::json::object expected = boost::json::parse(R"({
    "@context": ["https://www.w3.org/ns/credentials/v2"],
    "id": "https://example.com/credentials/status/3",
    "type": ["VerifiableCredential", "BitstringStatusListCredential"],
    "issuer": "did:example:12345",
    "validFrom": "2021-04-05T14:27:40Z",
    "credentialSubject": {
      "id": "https://example.com/credentials/status/3#list",
      "type": "BitstringStatusList",
      "statusPurpose": "revocation",
      "encodedList": "uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA"
    }
  })")
                                     .as_object();
  const std::string encoded(credential["credentialSubject"].as_object()["encodedList"].as_string());
  const std::string expected_encoded(
      expected["credentialSubject"].as_object()["encodedList"].as_string());
  credential["credentialSubject"].as_object().erase("encodedList");
  expected["credentialSubject"].as_object().erase("encodedList");
  EXPECT_EQ(credential, expected);

  const Bitstring ours = Bitstring::decode(encoded, {}).value();
  const Bitstring theirs = Bitstring::decode(expected_encoded, {}).value();
  EXPECT_TRUE(std::ranges::equal(ours.bytes(), theirs.bytes()));
}

TEST(StatusListCredentialTest, WritesValidUntilAndPurposeWhenGiven) {
  Bitstring list = Bitstring::create(Bitstring::kMinimumEntries).value();
  list.set_bit(5, true);
  StatusListCredentialFields fields{"https://issuer.example/status/s", "did:example:issuer",
                                    "2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z", "suspension"};
  const boost::json::object credential = make_status_list_credential(fields, list);
  EXPECT_EQ(credential.at("validUntil"), "2026-02-01T00:00:00Z");
  const boost::json::object& subject = credential.at("credentialSubject").as_object();
  EXPECT_EQ(subject.at("statusPurpose"), "suspension");
  const Bitstring decoded = Bitstring::decode(subject.at("encodedList").as_string(), {}).value();
  EXPECT_TRUE(decoded.bit(5));
  EXPECT_FALSE(decoded.bit(4));
}

}  // namespace
}  // namespace cairn::vc::status
