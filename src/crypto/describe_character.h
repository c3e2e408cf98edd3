// Internal to cairn_crypto: how error messages of the text decoders name a bad character.
//
// Thread-safety: a pure function.
#pragma once

#include <string>

namespace cairn::crypto {

// "'x'" for a printable ASCII character, "0x1f" for any other byte (so a message never carries
// control characters or broken UTF-8).
std::string describe_character(char c);

}  // namespace cairn::crypto
