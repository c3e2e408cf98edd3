#include "crypto/did_key.h"

#include <boost/json/array.hpp>

#include "crypto/multikey.h"

namespace cairn::crypto {

namespace {

constexpr std::string_view kScheme = "did:key:";
// A did:key for Ed25519 is 56 characters; anything much longer is refused before decoding.
constexpr std::size_t kMaxDidUrlBytes = 512;

Error invalid_did_key(const std::string& message) { return Error{"invalid did:key", message}; }

}  // namespace

std::string did_key_of(const Ed25519PublicKey& public_key) {
  return std::string(kScheme) + encode_ed25519_public_multikey(public_key);
}

std::string did_key_verification_method_of(const Ed25519PublicKey& public_key) {
  const std::string multikey = encode_ed25519_public_multikey(public_key);
  return std::string(kScheme) + multikey + '#' + multikey;
}

Result<Ed25519PublicKey> resolve_did_key(std::string_view did_or_did_url) {
  if (did_or_did_url.size() > kMaxDidUrlBytes) {
    return invalid_did_key("longer than " + std::to_string(kMaxDidUrlBytes) + " bytes");
  }
  if (!did_or_did_url.starts_with(kScheme))
    return invalid_did_key("does not start with \"did:key:\"");
  std::string_view rest = did_or_did_url.substr(kScheme.size());
  std::string_view fragment;
  const bool has_fragment = rest.find('#') != std::string_view::npos;
  if (has_fragment) {
    fragment = rest.substr(rest.find('#') + 1);
    rest = rest.substr(0, rest.find('#'));
  }
  if (rest.find_first_of("/?;") != std::string_view::npos) {
    return invalid_did_key("a did:key URL has no path, query or parameters here");
  }
  Result<Ed25519PublicKey> key = decode_ed25519_public_multikey(rest);
  if (!key) return invalid_did_key(key.error().message);
  if (has_fragment && fragment != rest) {
    return invalid_did_key("the fragment \"" + std::string(fragment) +
                           "\" is not the key's own multibase \"" + std::string(rest) + "\"");
  }
  return key;
}

boost::json::object did_key_document(const Ed25519PublicKey& public_key) {
  const std::string did = did_key_of(public_key);
  const std::string method_id = did_key_verification_method_of(public_key);
  boost::json::object method{{"id", method_id},
                             {"type", "Multikey"},
                             {"controller", did},
                             {"publicKeyMultibase", encode_ed25519_public_multikey(public_key)}};
  return boost::json::object{
      {"@context",
       boost::json::array{"https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"}},
      {"id", did},
      {"verificationMethod", boost::json::array{std::move(method)}},
      {"authentication", boost::json::array{method_id}},
      {"assertionMethod", boost::json::array{method_id}},
      {"capabilityDelegation", boost::json::array{method_id}},
      {"capabilityInvocation", boost::json::array{method_id}}};
}

}  // namespace cairn::crypto
