// Sealed key files: round trips, wrong master key, tampering, malformed files, limits, and that
// no secret appears in the sealed text.
#include "crypto/key_file.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <functional>

#include "crypto/base58.h"
#include "crypto/base64url.h"
#include "crypto/ed25519.h"
#include "crypto/multikey.h"
#include "crypto_test_support.h"

namespace cairn::crypto {
namespace {

using testing::hex_of;

constexpr std::string_view kController = "did:web:issuer.example";

StoredKey ed25519_key(const Ed25519KeyPair& pair, std::string id) {
  StoredKey key;
  key.id = std::move(id);
  key.type = "Multikey";
  key.algorithm = KeyAlgorithm::kEd25519;
  key.public_key = encode_ed25519_public_multikey(pair.public_key());
  key.secret = SecretBytes(pair.seed());
  key.created = "2026-11-29T08:00:00Z";
  return key;
}

// A stand-in for an RSA key: the key file checks the shape (a public JWK, a DER SEQUENCE), not
// the RSA mathematics, which belong to the JOSE layer.
StoredKey rsa_like_key() {
  StoredKey key;
  key.id = std::string(kController) + "#rsa-1";
  key.type = "JsonWebKey";
  key.algorithm = KeyAlgorithm::kRsa;
  key.public_key =
      R"({"kty":"RSA","n":"sXchDaQebHnPiGvyDOAT4saGEUetSyo9MKLOoWFsueri23bOdgWp4Dy1WlUzewbgBHod5pcM9H95GQRV3JDXboIRROSBigeC5yjU1hGzHHyXss8UDprecbAYxknTcQkhslANGRUZmdTOQ5qTRsLAt6BTYuyvVRdhS8exSZEy_c4gs_7svlJJQ4H9_NxsiIoLwAEk7-Q3UXERGYw_75IDrGA84-lA_-Ct4eTlXHBIY2EaV7t7LjJaynVJCpkv4LKjTTAumiGUIuQhrNhZLuF_RJLqHpM2kgWFLU7-VTdL1VbC2tejvcI2BlMkEpk1BzBZI0KQB0GaDWFLN-aEAw3vRw","e":"AQAB"})";
  const Bytes pkcs8_like{0x30, 0x82, 0x04, 0xbd, 0x02, 0x01, 0x00, 0x11, 0x22, 0x33, 0x44, 0x55};
  key.secret = SecretBytes(pkcs8_like);
  key.created = "2026-11-01T10:00:00.5+01:00";
  key.revoked = "2026-11-20T00:00:00Z";
  return key;
}

KeyFile sample_file(const Ed25519KeyPair& pair) {
  KeyFile file;
  file.controller = std::string(kController);
  file.keys.push_back(ed25519_key(pair, std::string(kController) + "#key-1"));
  file.keys.push_back(rsa_like_key());
  return file;
}

// Re-serializes `text` after `edit` changed its JSON: how an attacker edits a sealed file.
std::string edited(const std::string& text, const std::function<void(boost::json::object&)>& edit) {
  boost::json::value json = boost::json::parse(text);
  edit(json.as_object());
  return boost::json::serialize(json);
}

void expect_error(const Result<KeyFile>& opened, std::string_view code,
                  std::string_view message_part = "") {
  ASSERT_FALSE(opened.ok());
  EXPECT_EQ(opened.error().code, code) << opened.error().message;
  EXPECT_NE(opened.error().message.find(message_part), std::string::npos) << opened.error().message;
}

class KeyFileTest : public ::testing::Test {
 protected:
  const MasterKey master_key_ = MasterKey::generate();
  const Ed25519KeyPair pair_ = Ed25519KeyPair::generate();
  const std::string sealed_ = seal_key_file(sample_file(pair_), master_key_);
};

TEST_F(KeyFileTest, RoundTripKeepsEveryField) {
  Result<KeyFile> opened = open_key_file(sealed_, master_key_);
  ASSERT_TRUE(opened.ok()) << opened.error().to_string();
  const KeyFile expected = sample_file(pair_);
  EXPECT_EQ(opened->controller, expected.controller);
  ASSERT_EQ(opened->keys.size(), expected.keys.size());
  for (std::size_t i = 0; i < expected.keys.size(); ++i) {
    const StoredKey& got = opened->keys[i];
    const StoredKey& want = expected.keys[i];
    EXPECT_EQ(got.id, want.id);
    EXPECT_EQ(got.type, want.type);
    EXPECT_EQ(got.algorithm, want.algorithm);
    EXPECT_EQ(got.public_key, want.public_key);
    EXPECT_TRUE(std::ranges::equal(got.secret.view(), want.secret.view())) << i;
    EXPECT_EQ(got.created, want.created);
    EXPECT_EQ(got.revoked, want.revoked);
  }
  EXPECT_FALSE(opened->keys[0].revoked.has_value());
}

TEST_F(KeyFileTest, SealedTextIsTheDocumentedFormat) {
  const boost::json::value json = boost::json::parse(sealed_);
  EXPECT_EQ(json.at("format"), "cairn-key-file-1");
  EXPECT_EQ(json.at("controller").as_string(), kController);
  const boost::json::value& key = json.at("keys").at(0);
  EXPECT_EQ(key.at("algorithm"), "Ed25519");
  EXPECT_EQ(json.at("keys").at(1).at("algorithm"), "RSA");
  Result<Bytes> nonce = decode_base64url(key.at("nonce").as_string());
  ASSERT_TRUE(nonce.ok());
  EXPECT_EQ(nonce->size(), 24u);
  Result<Bytes> sealed_secret = decode_base64url(key.at("sealedSecret").as_string());
  ASSERT_TRUE(sealed_secret.ok());
  EXPECT_EQ(sealed_secret->size(), 32u + 16u);  // seed + Poly1305 tag
  EXPECT_EQ(sealed_.back(), '\n');
}

TEST_F(KeyFileTest, SecretsDoNotAppearInTheSealedText) {
  const std::span<const std::uint8_t> seed = pair_.seed();
  const StoredKey rsa = rsa_like_key();
  for (std::span<const std::uint8_t> secret : {seed, rsa.secret.view()}) {
    const std::string raw(secret.begin(), secret.end());
    EXPECT_EQ(sealed_.find(raw), std::string::npos);
    EXPECT_EQ(sealed_.find(hex_of(secret)), std::string::npos);
    EXPECT_EQ(sealed_.find(encode_base64url(secret)), std::string::npos);
    EXPECT_EQ(sealed_.find(encode_base58btc(secret)), std::string::npos);
    // Any 8 consecutive base64url characters of the secret's own encoding.
    EXPECT_EQ(sealed_.find(encode_base64url(secret).substr(4, 8)), std::string::npos);
  }
  EXPECT_EQ(sealed_.find(encode_ed25519_secret_multikey(seed)), std::string::npos);
  EXPECT_EQ(sealed_.find(master_key_.to_base64url()), std::string::npos);
}

TEST_F(KeyFileTest, EverySealingUsesFreshNonces) {
  const std::string again = seal_key_file(sample_file(pair_), master_key_);
  EXPECT_NE(again, sealed_);
  const boost::json::value first = boost::json::parse(sealed_);
  const boost::json::value second = boost::json::parse(again);
  for (std::size_t i = 0; i < 2; ++i) {
    EXPECT_NE(first.at("keys").at(i).at("nonce"), second.at("keys").at(i).at("nonce"));
    EXPECT_NE(first.at("keys").at(i).at("sealedSecret"),
              second.at("keys").at(i).at("sealedSecret"));
  }
  EXPECT_NE(first.at("keys").at(0).at("nonce"), first.at("keys").at(1).at("nonce"));
  EXPECT_TRUE(open_key_file(again, master_key_).ok());
}

TEST_F(KeyFileTest, WrongMasterKeyIsNamed) {
  expect_error(open_key_file(sealed_, MasterKey::generate()), "wrong master key");
  KeyFile empty;
  empty.controller = std::string(kController);
  const std::string sealed_empty = seal_key_file(empty, master_key_);
  EXPECT_TRUE(open_key_file(sealed_empty, master_key_).ok());
  expect_error(open_key_file(sealed_empty, MasterKey::generate()), "wrong master key");
}

// Changes one base64url character in place, keeping the text valid base64url.
void flip_character(boost::json::object& key, std::string_view member, std::size_t at) {
  std::string text(key.at(member).as_string());
  text[at] = text[at] == 'A' ? 'B' : 'A';
  key[member] = text;
}

TEST_F(KeyFileTest, TamperedCiphertextIsRefused) {
  for (std::size_t at : {0u, 20u, 40u}) {
    const std::string tampered = edited(sealed_, [&](boost::json::object& file) {
      flip_character(file["keys"].as_array()[0].as_object(), "sealedSecret", at);
    });
    expect_error(open_key_file(tampered, master_key_), "invalid key file", "modified");
  }
  const std::string other_nonce = edited(sealed_, [&](boost::json::object& file) {
    flip_character(file["keys"].as_array()[1].as_object(), "nonce", 3);
  });
  expect_error(open_key_file(other_nonce, master_key_), "invalid key file", "modified");
}

TEST_F(KeyFileTest, TamperedMetadataIsRefused) {
  const Ed25519KeyPair other = Ed25519KeyPair::generate();
  const std::vector<std::function<void(boost::json::object&)>> edits = {
      [](boost::json::object& file) { file["keys"].as_array()[1].as_object().erase("revoked"); },
      [&](boost::json::object& file) {
        file["keys"].as_array()[0].as_object()["publicKey"] =
            encode_ed25519_public_multikey(other.public_key());
      },
      [](boost::json::object& file) { file["controller"] = "did:web:attacker.example"; },
      [](boost::json::object& file) {
        auto& keys = file["keys"].as_array();
        std::swap(keys[0].as_object()["sealedSecret"], keys[1].as_object()["sealedSecret"]);
        std::swap(keys[0].as_object()["nonce"], keys[1].as_object()["nonce"]);
      },
      [](boost::json::object& file) {
        file["keys"].as_array().erase(file["keys"].as_array().begin());
      },
  };
  for (const auto& edit : edits) {
    expect_error(open_key_file(edited(sealed_, edit), master_key_), "invalid key file", "modified");
  }
}

TEST_F(KeyFileTest, TruncatedFilesAreRefused) {
  for (std::size_t size :
       {std::size_t{0}, std::size_t{1}, sealed_.size() / 2, sealed_.size() - 3}) {
    expect_error(open_key_file(sealed_.substr(0, size), master_key_), "invalid key file");
  }
}

TEST_F(KeyFileTest, OversizedFilesAreRefused) {
  KeyFileLimits limits;
  limits.max_bytes = sealed_.size() - 1;
  expect_error(open_key_file(sealed_, master_key_, limits), "invalid key file", "larger");
  std::string padded = sealed_;
  padded.append((1u << 20) + 1 - padded.size(), ' ');  // still valid JSON, over the default
  expect_error(open_key_file(padded, master_key_), "invalid key file", "larger");
  EXPECT_TRUE(open_key_file(padded.substr(0, 1u << 20), master_key_).ok());
}

TEST_F(KeyFileTest, TooManyKeysAreRefused) {
  KeyFileLimits limits;
  limits.max_keys = 1;
  expect_error(open_key_file(sealed_, master_key_, limits), "invalid key file", "more than 1");
  limits.max_keys = 2;
  EXPECT_TRUE(open_key_file(sealed_, master_key_, limits).ok());
}

TEST_F(KeyFileTest, GarbledFilesAreRefused) {
  const std::vector<std::string> garbled = {
      "",
      "not json",
      "[]",
      "{}",
      "null",
      "{\"format\":\"cairn-key-file-1\"}",
      edited(sealed_, [](boost::json::object& f) { f["format"] = "cairn-key-file-2"; }),
      edited(sealed_, [](boost::json::object& f) { f["extra"] = 1; }),
      edited(sealed_, [](boost::json::object& f) { f["keys"] = "none"; }),
      edited(sealed_, [](boost::json::object& f) { f["keys"].as_array().push_back(1); }),
      edited(sealed_, [](boost::json::object& f) { f["controller"] = 7; }),
      edited(sealed_, [](boost::json::object& f) { f["controller"] = ""; }),
      edited(sealed_, [](boost::json::object& f) { f.erase("mac"); }),
      edited(sealed_, [](boost::json::object& f) { f["mac"] = "!!"; }),
      edited(sealed_,
             [](boost::json::object& f) { f["keys"].as_array()[0].as_object().erase("nonce"); }),
      edited(sealed_,
             [](boost::json::object& f) { f["keys"].as_array()[0].as_object()["x"] = "y"; }),
      edited(sealed_,
             [](boost::json::object& f) { f["keys"].as_array()[0].as_object()["id"] = 3; }),
      edited(sealed_,
             [](boost::json::object& f) {
               auto& keys = f["keys"].as_array();
               keys[1].as_object()["id"] = keys[0].as_object()["id"];
             }),
      "{\"format\":\"cairn-key-file-1\",\"format\":\"cairn-key-file-1\"}",  // duplicate member
      sealed_ + "x",
  };
  for (const std::string& text : garbled) {
    expect_error(open_key_file(text, master_key_), "invalid key file");
  }
}

// Files sealed by our own writer from bad data: the MAC is right, the content is not.
void expect_refused_when_sealed(KeyFile file, const MasterKey& master_key,
                                std::string_view message_part) {
  expect_error(open_key_file(seal_key_file(file, master_key), master_key), "invalid key file",
               message_part);
}

TEST_F(KeyFileTest, InvalidContentIsRefusedEvenWithAValidMac) {
  const Ed25519KeyPair other = Ed25519KeyPair::generate();
  const auto with = [&](const std::function<void(StoredKey&)>& change) {
    KeyFile file = sample_file(pair_);
    change(file.keys[0]);
    return file;
  };
  expect_refused_when_sealed(with([&](StoredKey& k) {
                               k.public_key = encode_ed25519_public_multikey(other.public_key());
                             }),
                             master_key_, "not the public key of the sealed seed");
  expect_refused_when_sealed(with([](StoredKey& k) { k.created = "yesterday"; }), master_key_,
                             "keys[0].created");
  expect_refused_when_sealed(with([](StoredKey& k) { k.revoked = "2026-02-30T00:00:00Z"; }),
                             master_key_, "keys[0].revoked");
  expect_refused_when_sealed(with([](StoredKey& k) { k.type = "Ed25519VerificationKey2020"; }),
                             master_key_, "keys[0].type");
  expect_refused_when_sealed(with([](StoredKey& k) { k.public_key = "u7QE"; }), master_key_,
                             "keys[0].publicKey");
  expect_refused_when_sealed(with([](StoredKey& k) { k.secret = SecretBytes(Bytes(31, 1)); }),
                             master_key_, "32-byte seed");
  expect_refused_when_sealed(with([](StoredKey& k) { k.secret = SecretBytes(); }), master_key_,
                             "keys[0].sealedSecret");
  expect_refused_when_sealed(with([](StoredKey& k) { k.id.clear(); }), master_key_, "keys[0].id");

  KeyFile rsa = sample_file(pair_);
  rsa.keys[1].public_key = R"({"kty":"RSA","n":"AQAB","e":"AQAB","d":"AQAB"})";
  expect_refused_when_sealed(std::move(rsa), master_key_, "private member \"d\"");
  KeyFile rsa_not_json = sample_file(pair_);
  rsa_not_json.keys[1].public_key = "z6Mk";
  expect_refused_when_sealed(std::move(rsa_not_json), master_key_, "JWK");
  KeyFile rsa_not_der = sample_file(pair_);
  rsa_not_der.keys[1].secret = SecretBytes(Bytes{1, 2, 3});
  expect_refused_when_sealed(std::move(rsa_not_der), master_key_, "PKCS#8");
}

}  // namespace
}  // namespace cairn::crypto
