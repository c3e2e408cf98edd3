// Fuzzes VC-JWT reading: any bytes either fail to decode with an Error, or decode to a header, a
// payload and a credential object; verifying a decoded token against an unrelated key must say
// "not valid", never crash or accept.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "crypto/ed25519.h"
#include "crypto/jose/jwk.h"
#include "vc/jwt/decode_vc_jwt.h"
#include "vc/jwt/verify_vc_jwt.h"

// NOLINTNEXTLINE(readability-identifier-naming): the name libFuzzer calls
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace cairn;
  const std::string_view token(reinterpret_cast<const char*>(data), size);
  const Result<vc::jwt::DecodedVcJwt> decoded = vc::jwt::decode_vc_jwt(token);
  if (!decoded) return 0;
  static const crypto::Ed25519KeyPair unrelated = crypto::Ed25519KeyPair::generate();
  const Result<vc::jwt::VcJwtVerification> verified =
      vc::jwt::verify_vc_jwt(*decoded, crypto::jose::jwk_of_ed25519(unrelated.public_key()));
  if (verified && verified->signature_valid) {
    std::fprintf(stderr, "a token verified under a key made after it\n");
    std::abort();
  }
  return 0;
}
