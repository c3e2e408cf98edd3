#include "did/verification_method.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <span>

#include "common/date_time.h"
#include "crypto/base58.h"
#include "crypto/multibase.h"
#include "crypto/multikey.h"

namespace cairn::did {
namespace {

namespace json = boost::json;

constexpr std::array<std::string_view, 5> kRelationships = {"assertionMethod", "authentication",
                                                            "capabilityInvocation",
                                                            "capabilityDelegation", "keyAgreement"};

constexpr std::array<std::string_view, 3> kKeyMaterialMembers = {"publicKeyMultibase",
                                                                 "publicKeyBase58", "publicKeyJwk"};

constexpr std::uint64_t kEd25519PublicCodec = 0xed;

// A key is tens of bytes (an RSA JWK is text, not decoded here); this bounds decoding work.
constexpr std::size_t kMaxDecodedKeyBytes = 1024;

[[noreturn]] void fail(const char* code, const std::string& message) {
  throw Failure(code, message);
}

// The absolute form of a method id: "#frag" is appended to the document id (without its own
// fragment); anything else is already absolute.
std::string absolute_id(std::string_view id, std::string_view document_id) {
  if (!id.starts_with('#') || document_id.empty()) return std::string(id);
  return std::string(document_id.substr(0, document_id.find('#'))) + std::string(id);
}

// The members of a set-valued property: JSON-LD lets a set of one be written without brackets.
std::span<const json::value> entries_of(const json::object& object, std::string_view key) {
  const json::value* value = object.if_contains(key);
  if (value == nullptr) return {};
  if (const json::array* array = value->if_array()) return {array->data(), array->size()};
  return {value, 1};
}

std::string required_string(const json::object& method, std::string_view key,
                            const std::string& id) {
  const json::value* value = method.if_contains(key);
  if (value == nullptr || !value->is_string()) {
    fail("invalid verification method",
         "verification method " + id + " has no \"" + std::string(key) + "\" string");
  }
  return std::string(value->get_string());
}

std::string codec_name(std::uint64_t codec) {
  switch (codec) {
    case 0xe7:
      return "secp256k1-pub";
    case 0xeb:
      return "bls12_381-g2-pub";
    case 0xec:
      return "x25519-pub";
    case 0x1200:
      return "p256-pub";
    case 0x1201:
      return "p384-pub";
    case 0x1205:
      return "rsa-pub";
    default:
      return "unknown";
  }
}

// Reads the unsigned varint multicodec prefix of a multikey; nullopt when it is cut short.
std::optional<std::uint64_t> read_multicodec(std::span<const std::uint8_t> bytes) {
  std::uint64_t codec = 0;
  for (std::size_t i = 0; i < bytes.size() && i < 4; ++i) {
    codec |= static_cast<std::uint64_t>(bytes[i] & 0x7f) << (7 * i);
    if ((bytes[i] & 0x80) == 0) return codec;
  }
  return std::nullopt;
}

crypto::Ed25519PublicKey decode_multibase_key(const json::object& method, const std::string& id,
                                              const std::string& type) {
  const std::string text = required_string(method, "publicKeyMultibase", id);
  Result<crypto::Bytes> bytes = crypto::decode_multibase(text, kMaxDecodedKeyBytes);
  if (!bytes) {
    fail("invalid verification method",
         "publicKeyMultibase of " + id + ": " + bytes.error().to_string());
  }
  const std::optional<std::uint64_t> codec = read_multicodec(*bytes);
  if (codec && *codec != kEd25519PublicCodec) {
    char hex[20];
    const auto end = std::to_chars(hex, hex + sizeof hex, *codec, 16).ptr;
    fail(type == "Multikey" ? "unsupported verification method" : "invalid verification method",
         "verification method " + id + " (" + type + ") holds a key of multicodec 0x" +
             std::string(hex, end) + " (" + codec_name(*codec) +
             "); only Ed25519 keys (0xed) are supported");
  }
  Result<crypto::Ed25519PublicKey> key = crypto::decode_ed25519_public_multikey(text);
  if (!key) {
    fail("invalid verification method",
         "publicKeyMultibase of " + id + ": " + key.error().to_string());
  }
  return *key;
}

crypto::Ed25519PublicKey decode_base58_key(const json::object& method, const std::string& id) {
  const std::string text = required_string(method, "publicKeyBase58", id);
  Result<crypto::Bytes> bytes = crypto::decode_base58btc(text, kMaxDecodedKeyBytes);
  if (!bytes) {
    fail("invalid verification method",
         "publicKeyBase58 of " + id + ": " + bytes.error().to_string());
  }
  crypto::Ed25519PublicKey key;
  if (bytes->size() != key.size()) {
    fail("invalid verification method", "publicKeyBase58 of " + id + " decodes to " +
                                            std::to_string(bytes->size()) +
                                            " bytes; an Ed25519 key has 32");
  }
  std::copy(bytes->begin(), bytes->end(), key.begin());
  return key;
}

crypto::jose::PublicJwk decode_jwk(const json::object& method, const std::string& id) {
  const json::value* jwk = method.if_contains("publicKeyJwk");
  if (jwk == nullptr || !jwk->is_object()) {
    fail("invalid verification method",
         "verification method " + id + " has no \"publicKeyJwk\" object");
  }
  // Tell a key type we do not verify with apart from a broken key of a type we do.
  const json::object& members = jwk->get_object();
  const json::value* kty = members.if_contains("kty");
  const json::value* crv = members.if_contains("crv");
  const std::string key_type = kty && kty->is_string() ? std::string(kty->get_string()) : "";
  const std::string curve = crv && crv->is_string() ? std::string(crv->get_string()) : "";
  const bool supported = (key_type == "OKP" && curve == "Ed25519") || key_type == "RSA" ||
                         (key_type == "EC" && curve == "P-256");
  if (!supported && !key_type.empty()) {
    fail("unsupported verification method",
         "verification method " + id + " holds a JWK with kty \"" + key_type + "\"" +
             (curve.empty() ? "" : " and crv \"" + curve + "\"") +
             "; supported: OKP/Ed25519, RSA, EC/P-256");
  }
  Result<crypto::jose::PublicJwk> parsed = crypto::jose::parse_public_jwk(*jwk);
  if (!parsed) {
    fail("invalid verification method",
         "publicKeyJwk of " + id + ": " + parsed.error().to_string());
  }
  return std::move(parsed).value();
}

VerificationMethod read_method(const json::object& method, std::string id,
                               std::vector<std::string> purposes) {
  VerificationMethod result;
  result.type = required_string(method, "type", id);
  result.controller = required_string(method, "controller", id);
  std::size_t key_materials = 0;
  for (std::string_view member : kKeyMaterialMembers) key_materials += method.contains(member);
  if (key_materials > 1) {
    fail("invalid verification method", "verification method " + id +
                                            " has more than one of publicKeyMultibase, " +
                                            "publicKeyBase58 and publicKeyJwk");
  }
  if (result.type == "Multikey" || result.type == "Ed25519VerificationKey2020") {
    result.key = decode_multibase_key(method, id, result.type);
  } else if (result.type == "Ed25519VerificationKey2018") {
    result.key = decode_base58_key(method, id);
  } else if (result.type == "JsonWebKey2020" || result.type == "JsonWebKey") {
    result.key = decode_jwk(method, id);
  } else {
    fail("unsupported verification method",
         "verification method " + id + " has type \"" + result.type +
             "\"; supported: Multikey, Ed25519VerificationKey2020, Ed25519VerificationKey2018, "
             "JsonWebKey2020, JsonWebKey");
  }
  if (const json::value* revoked = method.if_contains("revoked")) {
    if (!revoked->is_string() || !parse_date_time_stamp(revoked->get_string()).ok()) {
      fail("invalid verification method",
           "\"revoked\" of verification method " + id + " is not an RFC 3339 date-time");
    }
    result.revoked = std::string(revoked->get_string());
  }
  result.id = std::move(id);
  result.purposes = std::move(purposes);
  return result;
}

VerificationMethod find(const json::object& document, std::string_view method_id) {
  const json::value* document_id_value = document.if_contains("id");
  if (document_id_value != nullptr && !document_id_value->is_string()) {
    fail("invalid DID document", "the document's \"id\" is not a string");
  }
  const std::string_view document_id =
      document_id_value != nullptr ? std::string_view(document_id_value->get_string()) : "";
  const std::string target = absolute_id(method_id, document_id);

  const json::object* definition = nullptr;
  const auto consider = [&](const json::value& candidate) -> bool {
    const json::object* method = candidate.if_object();
    if (method == nullptr) return false;
    const json::value* id = method->if_contains("id");
    if (id == nullptr || !id->is_string() || absolute_id(id->get_string(), document_id) != target) {
      return false;
    }
    if (definition != nullptr && *definition != *method) {
      fail("invalid DID document", "two different verification methods have the id " + target);
    }
    definition = method;
    return true;
  };

  for (const json::value& method : entries_of(document, "verificationMethod")) consider(method);
  std::vector<std::string> purposes;
  for (std::string_view relationship : kRelationships) {
    bool listed = false;
    for (const json::value& entry : entries_of(document, relationship)) {
      if (const json::string* reference = entry.if_string()) {
        listed |= absolute_id(*reference, document_id) == target;
      } else {
        listed |= consider(entry);
      }
    }
    if (listed) purposes.emplace_back(relationship);
  }
  if (definition == nullptr) {
    fail("verification method not found",
         "no verification method with id " + target +
             (document_id.empty() ? std::string(" in the document")
                                  : " in the document " + std::string(document_id)));
  }
  return read_method(*definition, target, std::move(purposes));
}

}  // namespace

bool VerificationMethod::has_purpose(std::string_view purpose) const {
  return std::find(purposes.begin(), purposes.end(), purpose) != purposes.end();
}

Result<VerificationMethod> find_verification_method(const boost::json::object& document,
                                                    std::string_view method_id) {
  return capture([&] { return find(document, method_id); });
}

Result<crypto::Ed25519PublicKey> ed25519_public_key_of(const VerificationMethod& method) {
  if (const auto* key = std::get_if<crypto::Ed25519PublicKey>(&method.key)) return *key;
  const auto& jwk = std::get<crypto::jose::PublicJwk>(method.key);
  Result<crypto::Ed25519PublicKey> key = crypto::jose::ed25519_public_key_of(jwk);
  if (!key) {
    return Error{"unsupported verification method", "verification method " + method.id +
                                                        " holds a " + std::string(jwk.key_type()) +
                                                        " key, not an Ed25519 key"};
  }
  return key;
}

}  // namespace cairn::did
