// Helpers shared by the tests of src/crypto: hex and text to bytes, reading shared vectors.
#pragma once

#include <boost/json/value.hpp>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace cairn::crypto::testing {

// Bytes of an even-length lower- or upper-case hex string; throws on bad hex (a typo in a test).
std::vector<std::uint8_t> from_hex(std::string_view hex);

std::vector<std::uint8_t> bytes_of(std::string_view text);

std::string hex_of(std::span<const std::uint8_t> bytes);

// CAIRN_SHARED_DIR joined with `relative`.
std::filesystem::path shared_path(std::string_view relative);

// The JSON value of a file, or nullopt when the file does not exist (the test then skips).
std::optional<boost::json::value> read_json_file(const std::filesystem::path& path);

// The raw public key of a verification method of the did:key vectors, which give it as
// publicKeyBase58 or as publicKeyJwk (OKP, "x" in base64url); empty when it has neither.
std::vector<std::uint8_t> raw_public_key_of(const boost::json::value& method);

}  // namespace cairn::crypto::testing
