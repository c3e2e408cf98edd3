// The r||s <-> DER conversion behind ES256, checked against DER written out by hand.
#include "crypto/jose/ecdsa_signature_format.h"

#include <gtest/gtest.h>

namespace cairn::crypto::jose {
namespace {

TEST(EcdsaSignatureFormat, SmallValuesBecomeMinimalDerIntegers) {
  Bytes jose(64, 0);
  jose[31] = 0x05;  // r = 5
  jose[63] = 0x80;  // s = 128: needs a leading zero in DER, as the high bit is set
  auto der = der_of_jose_ecdsa_signature(jose);
  ASSERT_TRUE(der.ok());
  EXPECT_EQ(*der, (Bytes{0x30, 0x07, 0x02, 0x01, 0x05, 0x02, 0x02, 0x00, 0x80}));
  auto back = jose_of_der_ecdsa_signature(*der, 32);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(*back, jose);
}

TEST(EcdsaSignatureFormat, RefusesMalformedInput) {
  EXPECT_FALSE(der_of_jose_ecdsa_signature(Bytes(63, 1)).ok());
  EXPECT_FALSE(der_of_jose_ecdsa_signature(Bytes{}).ok());
  EXPECT_FALSE(jose_of_der_ecdsa_signature(Bytes{0x30, 0x00}, 32).ok());
  // Trailing byte after the SEQUENCE.
  EXPECT_FALSE(
      jose_of_der_ecdsa_signature(Bytes{0x30, 0x06, 0x02, 0x01, 0x05, 0x02, 0x01, 0x07, 0x00}, 32)
          .ok());
  // r wider than the curve allows.
  Bytes wide{0x30, 0x26, 0x02, 0x21, 0x01};
  wide.insert(wide.end(), 32, 0xaa);
  wide.insert(wide.end(), {0x02, 0x01, 0x07});
  EXPECT_FALSE(jose_of_der_ecdsa_signature(wide, 32).ok());
}

}  // namespace
}  // namespace cairn::crypto::jose
