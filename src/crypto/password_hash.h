// Password hashing with Argon2id (libsodium crypto_pwhash_str): the encoded string carries the
// algorithm, its parameters and a random salt, so stored hashes stay verifiable after the
// parameters change, and needs_rehash() says when one should be replaced at the next sign-in.
//
// Parameters: libsodium's "interactive" limits (2 passes over 64 MiB), above OWASP's Argon2id
// minimum (19 MiB, 2 passes); about 0.1 s per hash on one core here, which bounds how fast
// anyone can try passwords against a stolen database and, with the sign-in rate limit, online.
//
// Thread-safety: free functions; each call uses its own memory (64 MiB while it runs).
#pragma once

#include <string>
#include <string_view>

#include "common/result.h"

namespace cairn::crypto {

struct PasswordRules {
  std::size_t min_bytes = 12;    // NIST SP 800-63B asks for at least 8; 12 costs users little
  std::size_t max_bytes = 1024;  // longer inputs are refused, not truncated
};

// Checks `password` against the rules. Error "invalid password" saying which rule it breaks.
Result<bool> check_password_rules(std::string_view password, const PasswordRules& rules = {});

// Returns the encoded Argon2id hash ("$argon2id$v=19$m=65536,t=2,p=1$..."). Error "invalid
// password" when the rules refuse it; throws std::runtime_error when the machine cannot allocate
// the memory Argon2id needs.
Result<std::string> hash_password(std::string_view password, const PasswordRules& rules = {});

// True when `password` matches `encoded`. False for a wrong password, and for an `encoded` that
// is not an Argon2id hash libsodium can read (never an exception).
bool verify_password(std::string_view password, std::string_view encoded);

// True when `encoded` was made with parameters other than today's.
bool password_needs_rehash(std::string_view encoded);

}  // namespace cairn::crypto
