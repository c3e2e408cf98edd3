// Ed25519 against RFC 8032 section 7.1, tests 1-3 (typed in from the RFC).
#include "crypto/ed25519.h"

#include <gtest/gtest.h>

#include "crypto/bytes.h"
#include "crypto_test_support.h"

namespace cairn::crypto {
namespace {

using testing::from_hex;
using testing::hex_of;

struct Rfc8032Vector {
  std::string_view secret_key;  // the seed
  std::string_view public_key;
  std::string_view message;
  std::string_view signature;
};

constexpr Rfc8032Vector kRfc8032[] = {
    {"9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
     "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "",
     "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
     "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"},
    {"4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
     "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c", "72",
     "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
     "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"},
    {"c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
     "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025", "af82",
     "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac"
     "18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a"},
};

Ed25519PublicKey public_key_of(std::string_view hex) {
  Ed25519PublicKey key{};
  const Bytes bytes = from_hex(hex);
  std::copy(bytes.begin(), bytes.end(), key.begin());
  return key;
}

TEST(Ed25519Test, Rfc8032SeedGivesPublicKeyAndSignature) {
  for (const Rfc8032Vector& vector : kRfc8032) {
    Result<Ed25519KeyPair> pair = Ed25519KeyPair::from_seed(from_hex(vector.secret_key));
    ASSERT_TRUE(pair.ok());
    EXPECT_EQ(hex_of(pair->public_key()), vector.public_key);
    EXPECT_EQ(hex_of(pair->seed()), vector.secret_key);
    EXPECT_EQ(hex_of(pair->sign(from_hex(vector.message))), vector.signature);
  }
}

TEST(Ed25519Test, Rfc8032SignaturesVerify) {
  for (const Rfc8032Vector& vector : kRfc8032) {
    EXPECT_TRUE(verify_ed25519(public_key_of(vector.public_key), from_hex(vector.message),
                               from_hex(vector.signature)));
  }
}

TEST(Ed25519Test, AlteredMessageSignatureOrKeyDoesNotVerify) {
  const Rfc8032Vector& vector = kRfc8032[2];
  const Ed25519PublicKey key = public_key_of(vector.public_key);
  const Bytes message = from_hex(vector.message);
  const Bytes signature = from_hex(vector.signature);

  Bytes other_message = message;
  other_message[0] ^= 1;
  EXPECT_FALSE(verify_ed25519(key, other_message, signature));
  EXPECT_FALSE(verify_ed25519(key, from_hex("af8200"), signature));

  for (std::size_t byte : {0u, 31u, 32u, 63u}) {
    Bytes other_signature = signature;
    other_signature[byte] ^= 0x40;
    EXPECT_FALSE(verify_ed25519(key, message, other_signature)) << byte;
  }
  EXPECT_FALSE(verify_ed25519(public_key_of(kRfc8032[1].public_key), message, signature));
}

TEST(Ed25519Test, SignatureOfTheWrongLengthDoesNotVerify) {
  const Rfc8032Vector& vector = kRfc8032[1];
  const Bytes signature = from_hex(vector.signature);
  const Ed25519PublicKey key = public_key_of(vector.public_key);
  EXPECT_FALSE(verify_ed25519(key, from_hex(vector.message),
                              std::span<const std::uint8_t>(signature).first(63)));
  Bytes longer = signature;
  longer.push_back(0);
  EXPECT_FALSE(verify_ed25519(key, from_hex(vector.message), longer));
  EXPECT_FALSE(verify_ed25519(key, from_hex(vector.message), Bytes{}));
}

TEST(Ed25519Test, CheckedSeedWithItsPublicKeySignsAsTheSeedAlone) {
  for (const Rfc8032Vector& vector : kRfc8032) {
    Result<Ed25519KeyPair> pair = Ed25519KeyPair::from_checked_seed(
        from_hex(vector.secret_key), public_key_of(vector.public_key));
    ASSERT_TRUE(pair.ok());
    EXPECT_EQ(hex_of(pair->public_key()), vector.public_key);
    EXPECT_EQ(hex_of(pair->sign(from_hex(vector.message))), vector.signature);
  }
  // With someone else's public key, what it signs verifies under neither key.
  Result<Ed25519KeyPair> mismatched = Ed25519KeyPair::from_checked_seed(
      from_hex(kRfc8032[0].secret_key), public_key_of(kRfc8032[1].public_key));
  ASSERT_TRUE(mismatched.ok());
  const Bytes message = testing::bytes_of("a credential");
  const Ed25519Signature signature = mismatched->sign(message);
  EXPECT_FALSE(verify_ed25519(public_key_of(kRfc8032[0].public_key), message, signature));
  EXPECT_FALSE(verify_ed25519(public_key_of(kRfc8032[1].public_key), message, signature));
}

TEST(Ed25519Test, SeedOfTheWrongLengthIsRefused) {
  for (std::size_t size : {0u, 31u, 33u, 64u}) {
    Result<Ed25519KeyPair> pair = Ed25519KeyPair::from_seed(Bytes(size, 7));
    ASSERT_FALSE(pair.ok()) << size;
    EXPECT_EQ(pair.error().code, "invalid key");
    Result<Ed25519KeyPair> checked =
        Ed25519KeyPair::from_checked_seed(Bytes(size, 7), public_key_of(kRfc8032[0].public_key));
    ASSERT_FALSE(checked.ok()) << size;
    EXPECT_EQ(checked.error().code, "invalid key");
  }
}

TEST(Ed25519Test, GeneratedPairsSignAndDiffer) {
  const Ed25519KeyPair first = Ed25519KeyPair::generate();
  const Ed25519KeyPair second = Ed25519KeyPair::generate();
  EXPECT_NE(first.public_key(), second.public_key());
  const Bytes message = testing::bytes_of("a credential");
  const Ed25519Signature signature = first.sign(message);
  EXPECT_TRUE(verify_ed25519(first.public_key(), message, signature));
  EXPECT_FALSE(verify_ed25519(second.public_key(), message, signature));

  Result<Ed25519KeyPair> again = Ed25519KeyPair::from_seed(first.seed());
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->public_key(), first.public_key());
}

TEST(Ed25519Test, CopiesSignAlike) {
  Result<Ed25519KeyPair> pair = Ed25519KeyPair::from_seed(from_hex(kRfc8032[1].secret_key));
  ASSERT_TRUE(pair.ok());
  const Ed25519KeyPair copy = *pair;
  EXPECT_EQ(hex_of(copy.sign(from_hex("72"))), kRfc8032[1].signature);
}

}  // namespace
}  // namespace cairn::crypto
