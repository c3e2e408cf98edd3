#include "crypto/digest.h"

#include <openssl/evp.h>

#include <new>
#include <stdexcept>

namespace cairn::crypto {

namespace {

// The algorithm objects are fetched once per process: an implicit fetch on every call (what
// EVP_sha256() leads to) costs more than hashing a short string. They are immutable once
// fetched, so threads share them safely.
const EVP_MD* fetch(DigestAlgorithm algorithm) {
  static const EVP_MD* const sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
  static const EVP_MD* const sha384 = EVP_MD_fetch(nullptr, "SHA384", nullptr);
  const EVP_MD* fetched = algorithm == DigestAlgorithm::kSha384 ? sha384 : sha256;
  if (fetched == nullptr) throw std::runtime_error("OpenSSL provides no SHA-256 or SHA-384");
  return fetched;
}

template <class Digest>
Digest digest_of(DigestAlgorithm algorithm, std::string_view bytes) {
  Digest digest{};
  unsigned int size = 0;
  const bool hashed =
      EVP_Digest(bytes.data(), bytes.size(), digest.data(), &size, fetch(algorithm), nullptr) == 1;
  if (!hashed || size != digest.size()) throw std::bad_alloc();  // the only way it can fail
  return digest;
}

}  // namespace

Sha256Digest sha256(std::string_view bytes) {
  return digest_of<Sha256Digest>(DigestAlgorithm::kSha256, bytes);
}

Sha384Digest sha384(std::string_view bytes) {
  return digest_of<Sha384Digest>(DigestAlgorithm::kSha384, bytes);
}

void append_hex(std::string& out, std::span<const std::uint8_t> bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  const std::size_t start = out.size();
  out.resize(start + 2 * bytes.size());
  char* cursor = out.data() + start;
  for (const std::uint8_t byte : bytes) {
    *cursor++ = kDigits[byte >> 4];
    *cursor++ = kDigits[byte & 0x0f];
  }
}

std::string to_hex(std::span<const std::uint8_t> bytes) {
  std::string hex;
  append_hex(hex, bytes);
  return hex;
}

Hasher::Hasher(DigestAlgorithm algorithm)
    : algorithm_(fetch(algorithm)), context_(EVP_MD_CTX_new()) {
  if (context_ == nullptr) throw std::bad_alloc();
}

Hasher::~Hasher() { EVP_MD_CTX_free(context_); }

void Hasher::append_hex_digest(std::string& out, std::string_view bytes) {
  std::uint8_t digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  if (EVP_DigestInit_ex2(context_, algorithm_, nullptr) != 1 ||
      EVP_DigestUpdate(context_, bytes.data(), bytes.size()) != 1 ||
      EVP_DigestFinal_ex(context_, digest, &size) != 1) {
    throw std::bad_alloc();
  }
  append_hex(out, std::span(digest, size));
}

}  // namespace cairn::crypto
