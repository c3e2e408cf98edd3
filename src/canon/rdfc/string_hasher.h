// "The hash of a string" of RDFC-1.0 (section 4.1): the lower-case hexadecimal digest of the
// string under the run's hash algorithm. One object per canonicalization run reuses one digest
// context for the run's many short strings. Internal to canon/rdfc.
//
// Thread-safety: not thread-safe; one object per run.
#pragma once

#include <string>
#include <string_view>

#include "canon/rdfc/options.h"
#include "crypto/digest.h"

namespace cairn::canon::rdfc {

class StringHasher {
 public:
  explicit StringHasher(HashAlgorithm algorithm)
      : hasher_(algorithm == HashAlgorithm::kSha384 ? crypto::DigestAlgorithm::kSha384
                                                    : crypto::DigestAlgorithm::kSha256) {}

  // Returns the hex digest of `text`: 64 characters for SHA-256, 96 for SHA-384.
  std::string hash(std::string_view text) {
    std::string hex;
    hasher_.append_hex_digest(hex, text);
    return hex;
  }

 private:
  crypto::Hasher hasher_;
};

}  // namespace cairn::canon::rdfc
