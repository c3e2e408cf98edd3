// RDFC-1.0's hashes are lower-case hex digests: checked against the FIPS 180-2 examples.
#include "canon/rdfc/string_hasher.h"

#include <gtest/gtest.h>

namespace cairn::canon::rdfc {
namespace {

TEST(StringHasher, Sha256) {
  StringHasher hasher(HashAlgorithm::kSha256);
  EXPECT_EQ(hasher.hash("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  // The context is reused: a second string must not see the first.
  EXPECT_EQ(hasher.hash(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(StringHasher, Sha384) {
  StringHasher hasher(HashAlgorithm::kSha384);
  EXPECT_EQ(hasher.hash("abc"),
            "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded163"
            "1a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7");
}

}  // namespace
}  // namespace cairn::canon::rdfc
