#include "crypto/password_hash.h"

#include <sodium.h>

#include <stdexcept>

#include "crypto/sodium_runtime.h"

namespace cairn::crypto {
namespace {

constexpr unsigned long long kOpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr std::size_t kMemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

}  // namespace

Result<bool> check_password_rules(std::string_view password, const PasswordRules& rules) {
  if (password.size() < rules.min_bytes) {
    return Error{"invalid password",
                 "a password needs at least " + std::to_string(rules.min_bytes) + " characters"};
  }
  if (password.size() > rules.max_bytes) {
    return Error{"invalid password",
                 "a password may have at most " + std::to_string(rules.max_bytes) + " bytes"};
  }
  return true;
}

Result<std::string> hash_password(std::string_view password, const PasswordRules& rules) {
  if (Result<bool> fine = check_password_rules(password, rules); !fine) return fine.error();
  require_sodium();
  char encoded[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(encoded, password.data(), password.size(), kOpsLimit, kMemLimit,
                            crypto_pwhash_ALG_ARGON2ID13) != 0) {
    throw std::runtime_error("Argon2id could not allocate its memory");
  }
  return std::string(encoded);
}

bool verify_password(std::string_view password, std::string_view encoded) {
  require_sodium();
  if (encoded.size() >= crypto_pwhash_STRBYTES || !encoded.starts_with("$argon2id$")) return false;
  const std::string terminated(encoded);  // libsodium reads a C string
  return crypto_pwhash_str_verify(terminated.c_str(), password.data(), password.size()) == 0;
}

bool password_needs_rehash(std::string_view encoded) {
  require_sodium();
  if (encoded.size() >= crypto_pwhash_STRBYTES) return true;
  const std::string terminated(encoded);
  return crypto_pwhash_str_needs_rehash(terminated.c_str(), kOpsLimit, kMemLimit) != 0;
}

}  // namespace cairn::crypto
