#include "crypto/jose/jwk.h"

#include <algorithm>
#include <array>
#include <span>
#include <string>

#include "crypto/base64url.h"
#include "crypto/bytes.h"
#include "crypto/jose/evp_key.h"
#include "crypto/jose/jwk_key_material.h"

namespace cairn::crypto::jose {
namespace {

// RFC 7518 sections 6.2.2 and 6.3.2, RFC 7517 section 6.1 ("k"): members that make a JWK private.
constexpr std::array<std::string_view, 8> kPrivateMembers = {"d",  "p",  "q",   "dp",
                                                             "dq", "qi", "oth", "k"};
// The members kept besides the key material: they help to pick and check the key.
constexpr std::array<std::string_view, 3> kKeptMetadata = {"kid", "alg", "use"};
// A public exponent longer than this is a denial-of-service attempt, not a key.
constexpr std::size_t kMaxRsaExponentBytes = 8;

Failure invalid_jwk(const std::string& message) { return Failure("invalid jwk", message); }

std::string string_member(const boost::json::object& jwk, std::string_view name) {
  const auto* member = jwk.if_contains(name);
  if (member == nullptr) throw invalid_jwk("member \"" + std::string(name) + "\" is missing");
  if (!member->is_string()) {
    throw invalid_jwk("member \"" + std::string(name) + "\" is not a string");
  }
  return std::string(member->as_string());
}

Bytes base64url_member(const boost::json::object& jwk, std::string_view name,
                       std::size_t max_bytes) {
  auto decoded = decode_base64url(string_member(jwk, name), max_bytes);
  if (!decoded.ok()) {
    throw invalid_jwk("member \"" + std::string(name) + "\" is not base64url of at most " +
                      std::to_string(max_bytes) + " bytes");
  }
  return std::move(decoded).value();
}

Bytes fixed_length_member(const boost::json::object& jwk, std::string_view name,
                          std::size_t length) {
  Bytes bytes = base64url_member(jwk, name, length);
  if (bytes.size() != length) {
    throw invalid_jwk("member \"" + std::string(name) + "\" must decode to " +
                      std::to_string(length) + " bytes, not " + std::to_string(bytes.size()));
  }
  return bytes;
}

void require_curve(const boost::json::object& jwk, std::string_view kty, std::string_view crv) {
  const std::string curve = string_member(jwk, "crv");
  if (curve != crv) {
    throw invalid_jwk("kty \"" + std::string(kty) + "\" with crv \"" + curve +
                      "\" is not supported (only " + std::string(crv) + ")");
  }
}

template <class T>
T value_or_throw(Result<T> result) {
  if (!result.ok()) throw Failure(result.error().code, result.error().message);
  return std::move(result).value();
}

Ed25519PublicKey okp_key_of(const boost::json::object& jwk) {
  require_curve(jwk, "OKP", "Ed25519");
  const Bytes x = fixed_length_member(jwk, "x", 32);
  Ed25519PublicKey key;
  std::copy(x.begin(), x.end(), key.begin());
  return key;
}

EvpPkeyPtr ec_key_of(const boost::json::object& jwk) {
  require_curve(jwk, "EC", "P-256");
  const Bytes x = fixed_length_member(jwk, "x", 32);
  const Bytes y = fixed_length_member(jwk, "y", 32);
  return value_or_throw(p256_public_key_of(x, y));
}

EvpPkeyPtr rsa_key_of(const boost::json::object& jwk, const JwkLimits& limits) {
  // Leading zero octets are tolerated (RFC 7518 forbids them, some producers emit them), so the
  // byte limit allows a little more than the bit limit; the bit count is checked exactly below.
  const Bytes n = base64url_member(jwk, "n", limits.max_rsa_bits / 8 + 8);
  const Bytes e = base64url_member(jwk, "e", kMaxRsaExponentBytes);
  const auto first_nonzero = std::find_if(n.begin(), n.end(), [](auto b) { return b != 0; });
  std::size_t bits = static_cast<std::size_t>(n.end() - first_nonzero) * 8;
  if (first_nonzero != n.end()) {
    for (std::uint8_t top = *first_nonzero; (top & 0x80) == 0; top <<= 1) --bits;
  }
  if (bits < limits.min_rsa_bits || bits > limits.max_rsa_bits) {
    throw invalid_jwk("RSA modulus has " + std::to_string(bits) + " bits; accepted are " +
                      std::to_string(limits.min_rsa_bits) + " to " +
                      std::to_string(limits.max_rsa_bits));
  }
  const auto e_start = std::find_if(e.begin(), e.end(), [](auto b) { return b != 0; });
  if (e_start == e.end() || (e.back() & 1) == 0 || (e.end() - e_start == 1 && e.back() < 3)) {
    throw invalid_jwk("RSA exponent must be odd and at least 3");
  }
  return value_or_throw(rsa_public_key_of(n, e));
}

JwkKeyMaterial key_material_or_throw(const boost::json::object& jwk, const JwkLimits& limits) {
  for (const auto name : kPrivateMembers) {
    if (jwk.contains(name)) {
      throw invalid_jwk("member \"" + std::string(name) +
                        "\" is private key material; a public key was expected");
    }
  }
  const std::string kty = string_member(jwk, "kty");
  JwkKeyMaterial material;
  if (kty == "OKP") {
    material.ed25519 = okp_key_of(jwk);
  } else if (kty == "EC") {
    material.evp = ec_key_of(jwk);
  } else if (kty == "RSA") {
    material.evp = rsa_key_of(jwk, limits);
  } else {
    throw invalid_jwk("kty \"" + kty + "\" is not supported (OKP, EC and RSA are)");
  }
  return material;
}

// The members that carry the key, per kty; everything else but kKeptMetadata is dropped.
constexpr std::array<std::string_view, 3> kKeyMembers = {"crv", "x", "y"};
constexpr std::array<std::string_view, 2> kRsaKeyMembers = {"n", "e"};

PublicJwk parse_or_throw(const boost::json::value& value, const JwkLimits& limits) {
  if (!value.is_object()) throw invalid_jwk("a JWK must be a JSON object");
  const auto& jwk = value.as_object();
  key_material_or_throw(jwk, limits);
  PublicJwk result;
  result.members["kty"] = jwk.at("kty");
  const bool rsa = jwk.at("kty").as_string() == "RSA";
  for (const auto name : rsa ? std::span<const std::string_view>(kRsaKeyMembers)
                             : std::span<const std::string_view>(kKeyMembers)) {
    if (const auto* member = jwk.if_contains(name)) result.members[name] = *member;
  }
  for (const auto name : kKeptMetadata) {
    if (const auto* member = jwk.if_contains(name)) {
      if (!member->is_string()) {
        throw invalid_jwk("member \"" + std::string(name) + "\" is not a string");
      }
      result.members[name] = *member;
    }
  }
  if (const auto* use = result.members.if_contains("use"); use && use->as_string() != "sig") {
    throw invalid_jwk("\"use\" is \"" + std::string(use->as_string()) +
                      "\"; a signature key needs \"sig\"");
  }
  return result;
}

}  // namespace

std::string_view PublicJwk::key_type() const {
  const auto* kty = members.if_contains("kty");
  return kty != nullptr && kty->is_string() ? std::string_view(kty->as_string())
                                            : std::string_view();
}

Result<PublicJwk> parse_public_jwk(const boost::json::value& jwk, const JwkLimits& limits) {
  return capture([&] { return parse_or_throw(jwk, limits); });
}

PublicJwk jwk_of_ed25519(const Ed25519PublicKey& public_key) {
  PublicJwk jwk;
  jwk.members["kty"] = "OKP";
  jwk.members["crv"] = "Ed25519";
  jwk.members["x"] = encode_base64url(public_key);
  return jwk;
}

Result<JwkKeyMaterial> key_material_of(const boost::json::object& members,
                                       const JwkLimits& limits) {
  return capture([&] { return key_material_or_throw(members, limits); });
}

Result<Ed25519PublicKey> ed25519_public_key_of(const PublicJwk& jwk) {
  auto material = key_material_of(jwk.members);
  if (!material.ok()) return material.error();
  if (!material->ed25519) return Error{"invalid jwk", "not an OKP Ed25519 key"};
  return *material->ed25519;
}

}  // namespace cairn::crypto::jose
