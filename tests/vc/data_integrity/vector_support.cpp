#include "vector_support.h"

#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>
#include <fstream>
#include <iterator>
#include <utility>
#include <vector>

#include "canon/json/json_parser.h"
#include "crypto/did_key.h"
#include "crypto/multikey.h"

namespace cairn::vc::data_integrity::testing {
namespace {

// The definition Verifiable Credentials Data Model v2.0 gives for the context of its examples,
// https://www.w3.org/ns/credentials/examples/v2 (every undefined term maps into the examples
// vocabulary). The vc-di-eddsa vectors use it; no npm package publishes it, so Cairn does not
// bundle it (docs/issue-3-trust.md) and only the tests serve it.
constexpr std::string_view kCredentialsExamplesV2 = R"({
  "@context": {
    "@vocab": "https://www.w3.org/ns/credentials/examples#"
  }
})";

// An excerpt of the context published at https://w3id.org/citizenship/v4rc1 (W3C CCG
// Citizenship Vocabulary): the definitions, unchanged, of the terms the vc-di-eddsa
// eddsa-rdfc-2022/employ vector uses (its other terms are left out). The vector's published
// canonical N-Quads are the check that these are the definitions it was signed with.
constexpr std::string_view kCitizenshipV4rc1Excerpt = R"({
  "@context": {
    "@protected": true,
    "image": {"@id": "https://schema.org/image", "@type": "@id"},
    "Person": {
      "@id": "https://schema.org/Person",
      "@context": {
        "@protected": true,
        "id": "@id",
        "type": "@type",
        "additionalName": "https://schema.org/additionalName",
        "birthCountry": "https://w3id.org/citizenship#birthCountry",
        "birthDate": {
          "@id": "https://schema.org/birthDate",
          "@type": "http://www.w3.org/2001/XMLSchema#dateTime"
        },
        "familyName": "https://schema.org/familyName",
        "gender": "https://schema.org/gender",
        "givenName": "https://schema.org/givenName",
        "height": "https://schema.org/height",
        "image": {"@id": "https://schema.org/image", "@type": "@id"},
        "maritalStatus": "https://w3id.org/citizenship#maritalStatus",
        "marriageCertificateNumber": "https://w3id.org/citizenship#marriageCertificateNumber",
        "marriageLocation": {
          "@id": "https://w3id.org/citizenship#marriageLocation",
          "@type": "@id"
        }
      }
    },
    "EmployablePerson": {
      "@id": "https://w3id.org/citizenship#EmployablePerson",
      "@context": {
        "@protected": true,
        "id": "@id",
        "type": "@type",
        "commuterClassification": "https://w3id.org/citizenship#commuterClassification",
        "employmentAuthorizationDocument": {
          "@id": "https://w3id.org/citizenship#employmentAuthorizationDocument",
          "@type": "@id"
        },
        "formerNationality": "https://w3id.org/citizenship#formerNationality",
        "residence": {"@id": "https://w3id.org/citizenship#residence", "@type": "@id"},
        "residentSince": {
          "@id": "https://w3id.org/citizenship#residentSince",
          "@type": "http://www.w3.org/2001/XMLSchema#dateTime"
        }
      }
    },
    "EmploymentAuthorizationDocument": {
      "@id": "https://w3id.org/citizenship#EmploymentAuthorizationDocument",
      "@context": {
        "@protected": true,
        "id": "@id",
        "type": "@type",
        "filingLocation": {"@id": "https://w3id.org/citizenship#filingLocation", "@type": "@id"},
        "identifier": "https://schema.org/identifier",
        "lprCategory": "https://w3id.org/citizenship#lprCategory",
        "lprNumber": "https://w3id.org/citizenship#lprNumber",
        "mrzHash": {
          "@id": "https://w3id.org/citizenship#mrzHash",
          "@type": "https://w3id.org/security#multibase"
        }
      }
    },
    "EmploymentAuthorizationDocumentCredential": "https://w3id.org/citizenship#EmploymentAuthorizationDocumentCredential"
  }
})";

// Serves the two contexts above, and nothing else.
class VectorContextLoader final : public canon::jsonld::DocumentLoader {
 public:
  VectorContextLoader() {
    documents_.emplace_back("https://www.w3.org/ns/credentials/examples/v2",
                            canon::json::parse_json(kCredentialsExamplesV2).value());
    documents_.emplace_back("https://w3id.org/citizenship/v4rc1",
                            canon::json::parse_json(kCitizenshipV4rc1Excerpt).value());
  }

  Result<canon::jsonld::RemoteDocument> load(std::string_view url) const override {
    for (const auto& [served_url, document] : documents_) {
      if (served_url == url) {
        return canon::jsonld::RemoteDocument{served_url, "", "application/ld+json", document};
      }
    }
    return Error{"loading document failed", "the test loader does not serve " + std::string(url)};
  }

 private:
  std::vector<std::pair<std::string, boost::json::value>> documents_;
};

}  // namespace

std::filesystem::path vc_di_eddsa_dir() {
  return std::filesystem::path(CAIRN_SHARED_DIR) / "conformance/vc-di-eddsa/TestVectors";
}

std::filesystem::path ob3_spec_dir() {
  return std::filesystem::path(CAIRN_SHARED_DIR) / "conformance/ob3-spec";
}

std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

boost::json::object parse_json_object(std::string_view text) {
  auto value = canon::json::parse_json(text);
  if (!value || !value->is_object()) {
    ADD_FAILURE() << "not a JSON object: "
                  << (value ? boost::json::serialize(*value) : value.error().to_string());
    return {};
  }
  return std::move(value->as_object());
}

boost::json::object read_json_object(const std::filesystem::path& path) {
  SCOPED_TRACE(path.string());
  return parse_json_object(read_text(path));
}

crypto::Ed25519KeyPair key_pair_of(const boost::json::object& multikeys) {
  const auto seed =
      crypto::decode_ed25519_secret_multikey(multikeys.at("privateKeyMultibase").as_string());
  EXPECT_TRUE(seed.ok()) << seed.error().to_string();
  auto key = crypto::Ed25519KeyPair::from_seed(seed->view()).value();
  EXPECT_EQ(crypto::encode_ed25519_public_multikey(key.public_key()),
            multikeys.at("publicKeyMultibase").as_string());
  return key;
}

ProofOptions proof_options_of(const boost::json::object& proof_config) {
  const auto text = [&](std::string_view key) -> std::string {
    const auto* value = proof_config.if_contains(key);
    return value != nullptr ? std::string(value->as_string()) : std::string();
  };
  ProofOptions options;
  options.type = text("type");
  options.cryptosuite = text("cryptosuite");
  options.created = text("created");
  options.verification_method = text("verificationMethod");
  options.proof_purpose = text("proofPurpose");
  if (proof_config.contains("id")) options.id = text("id");
  if (const auto* previous = proof_config.if_contains("previousProof")) {
    if (previous->is_string()) {
      options.previous_proof = std::string(previous->as_string());
    } else {
      std::vector<std::string> ids;
      for (const auto& id : previous->as_array()) ids.emplace_back(id.as_string());
      options.previous_proof = std::move(ids);
    }
  }
  return options;
}

Ed25519KeyLookup did_key_lookup() {
  return [](std::string_view verification_method) {
    return crypto::resolve_did_key(verification_method);
  };
}

boost::json::value with_members_reversed(const boost::json::value& value) {
  if (const auto* object = value.if_object()) {
    boost::json::object reversed;
    for (auto member = object->end(); member != object->begin();) {
      --member;
      reversed.emplace(member->key(), with_members_reversed(member->value()));
    }
    return reversed;
  }
  if (const auto* array = value.if_array()) {
    boost::json::array copy;
    for (const auto& element : *array) copy.push_back(with_members_reversed(element));
    return copy;
  }
  return value;
}

namespace {

void collect_string_pointers(const boost::json::value& value, const std::string& at,
                             std::vector<std::string>& pointers) {
  if (value.is_string()) {
    pointers.push_back(at);
  } else if (const auto* object = value.if_object()) {
    for (const auto& member : *object) {
      std::string key;  // JSON Pointer escaping: "~" -> "~0", "/" -> "~1"
      for (const char c : member.key())
        key += c == '~' ? "~0" : c == '/' ? "~1" : std::string(1, c);
      collect_string_pointers(member.value(), at + "/" + key, pointers);
    }
  } else if (const auto* array = value.if_array()) {
    for (std::size_t i = 0; i < array->size(); ++i) {
      collect_string_pointers((*array)[i], at + "/" + std::to_string(i), pointers);
    }
  }
}

}  // namespace

std::vector<std::string> string_pointers(const boost::json::value& value) {
  std::vector<std::string> pointers;
  collect_string_pointers(value, "", pointers);
  return pointers;
}

boost::json::object with_one_character_changed(const boost::json::object& document,
                                               std::string_view pointer) {
  boost::json::value changed = document;
  boost::json::string& text = changed.at_pointer(pointer).as_string();
  // The last digit, or else the last letter, becomes the next one of its kind, so a date stays a
  // date and an identifier keeps its shape, and only the signature can tell.
  const auto next_in = [](char& c, char first, char last) {
    if (c < first || c > last) return false;
    c = c == last ? first : static_cast<char>(c + 1);
    return true;
  };
  for (std::size_t i = text.size(); i-- > 0;) {
    if (next_in(text[i], '0', '9')) return std::move(changed.as_object());
  }
  for (std::size_t i = text.size(); i-- > 0;) {
    if (next_in(text[i], 'a', 'z') || next_in(text[i], 'A', 'Z')) {
      return std::move(changed.as_object());
    }
  }
  text.push_back('x');
  return std::move(changed.as_object());
}

bool all_proofs_valid(const boost::json::object& document, const Ed25519KeyLookup& lookup,
                      bool explain) {
  const auto results = verify_proofs(document, lookup, vector_suite_context());
  if (!results) {
    if (explain) ADD_FAILURE() << "verify_proofs: " << results.error().to_string();
    return false;
  }
  bool valid = true;
  for (const ProofVerification& result : *results) {
    if (result.valid) continue;
    valid = false;
    if (explain) ADD_FAILURE() << "proof " << result.index << ": " << result.message;
  }
  return valid;
}

const SuiteContext& vector_suite_context() {
  static const VectorContextLoader vector_contexts;
  static const contexts::BundledDocumentLoader bundled;
  static const canon::jsonld::ChainedDocumentLoader chain({&vector_contexts, &bundled});
  static const SuiteContext context(chain);
  return context;
}

}  // namespace cairn::vc::data_integrity::testing
