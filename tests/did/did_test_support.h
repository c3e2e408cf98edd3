// Helpers shared by the tests of src/did: reading shared fixtures, JSON literals, keys.
#pragma once

#include <boost/json/object.hpp>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "crypto/ed25519.h"

namespace cairn::did::testing {

// CAIRN_SHARED_DIR joined with `relative`.
std::filesystem::path shared_path(std::string_view relative);

// The text of a file, or nullopt when it does not exist (the test then skips).
std::optional<std::string> read_file(const std::filesystem::path& path);

// The JSON object a literal in a test spells; throws on a typo.
boost::json::object object_of(std::string_view json_text);

// A fresh random Ed25519 key, for documents the test writes itself.
crypto::Ed25519PublicKey random_ed25519_key();

}  // namespace cairn::did::testing
