// Credentials written for the tests of src/vc/structure, by hand from the OB 3.0 tables: a minimal
// OpenBadgeCredential, and a full one with at least one object of every class the tables define.
#pragma once

#include <boost/json/object.hpp>
#include <string_view>

namespace cairn::vc::structure::testing {

// Required fields only.
inline constexpr std::string_view kMinimalOpenBadge = R"({
  "@context": ["https://www.w3.org/ns/credentials/v2",
               "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
  "id": "urn:uuid:6c6b0d4e-0000-4000-8000-000000000001",
  "type": ["VerifiableCredential", "OpenBadgeCredential"],
  "issuer": {"id": "https://issuer.example/profile", "type": ["Profile"]},
  "validFrom": "2024-01-01T00:00:00Z",
  "credentialSubject": {
    "id": "did:example:learner",
    "type": ["AchievementSubject"],
    "achievement": {
      "id": "https://issuer.example/achievements/1",
      "type": ["Achievement"],
      "name": "Knot tying",
      "description": "Ties six knots.",
      "criteria": {"narrative": "Tie them in front of an instructor."}
    }
  }
})";

// Every class of the tables, each with its required fields (and a few optional ones).
inline constexpr std::string_view kFullOpenBadge = R"({
  "@context": ["https://www.w3.org/ns/credentials/v2",
               "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
  "id": "urn:uuid:6c6b0d4e-0000-4000-8000-000000000002",
  "type": ["VerifiableCredential", "AchievementCredential"],
  "name": "Knot tying",
  "image": {"id": "https://issuer.example/badge.png", "type": "Image", "caption": "a knot"},
  "issuer": {
    "id": "https://issuer.example/profile",
    "type": ["Profile"],
    "name": "Sailing School",
    "address": {"type": ["Address"], "addressCountry": "NZ",
                "geo": {"type": "GeoCoordinates", "latitude": -36.8, "longitude": 174.7}},
    "otherIdentifier": [{"type": "IdentifierEntry", "identifier": "42",
                         "identifierType": "sourcedId"}],
    "parentOrg": {"id": "https://parent.example/", "type": "Profile"},
    "dateOfBirth": "1990-02-28"
  },
  "validFrom": "2024-01-01T00:00:00+13:00",
  "validUntil": "2030-01-01T00:00:00.5Z",
  "credentialSubject": {
    "type": ["AchievementSubject"],
    "identifier": [{"type": "IdentityObject", "hashed": false,
                    "identityHash": "learner@example.org", "identityType": "emailAddress"}],
    "activityStartDate": "2023-12-01T09:00:00",
    "creditsEarned": 3,
    "result": [{"type": ["Result"], "resultDescription": "urn:uuid:result-1", "value": "A",
                "status": "Completed"}],
    "source": {"id": "https://source.example/", "type": ["Profile"]},
    "achievement": {
      "id": "https://issuer.example/achievements/1",
      "type": ["Achievement"],
      "achievementType": "Badge",
      "name": "Knot tying",
      "description": "Ties six knots.",
      "criteria": {"id": "https://issuer.example/criteria/1"},
      "alignment": [{"type": ["Alignment"], "targetName": "Seamanship",
                     "targetUrl": "https://framework.example/seamanship",
                     "targetType": "ext:SailingSkill"}],
      "related": [{"id": "urn:uuid:related-1", "type": ["Related"]}],
      "resultDescription": [{
        "id": "urn:uuid:result-1", "type": ["ResultDescription"], "name": "Grade",
        "resultType": "LetterGrade", "allowedValue": ["A", "B"],
        "rubricCriterionLevel": [{"id": "urn:uuid:level-1", "type": ["RubricCriterionLevel"],
                                  "name": "Good"}]
      }],
      "endorsementJwt": ["eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJ4In0.c2lnbmF0dXJl"],
      "endorsement": [{
        "@context": ["https://www.w3.org/ns/credentials/v2",
                     "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
        "id": "urn:uuid:endorsement-1",
        "type": ["VerifiableCredential", "EndorsementCredential"],
        "name": "Endorsed by the harbour master",
        "issuer": "did:example:harbour",
        "validFrom": "2024-02-01T00:00:00Z",
        "credentialSubject": {"id": "https://issuer.example/achievements/1",
                              "type": ["EndorsementSubject"], "endorsementComment": "Good."}
      }]
    }
  },
  "evidence": [{"type": ["Evidence"], "name": "Photo"}],
  "credentialStatus": {"id": "https://issuer.example/status/1#5",
                       "type": "BitstringStatusListEntry"},
  "credentialSchema": [{"id": "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/x.json",
                        "type": "1EdTechJsonSchemaValidator2019"}],
  "refreshService": {"id": "https://issuer.example/refresh", "type": "1EdTechCredentialRefresh"},
  "termsOfUse": {"type": "IssuerPolicy"},
  "proof": [{"type": "DataIntegrityProof", "cryptosuite": "eddsa-rdfc-2022",
             "created": "2024-01-01T00:00:00Z",
             "verificationMethod": "did:example:issuer#key-1",
             "proofPurpose": "assertionMethod", "proofValue": "z58"}]
})";

}  // namespace cairn::vc::structure::testing
