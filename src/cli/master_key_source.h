// Where the `cairn` command finds the master key that seals issuer keys at rest, in order:
//  1. CAIRN_MASTER_KEY: the key itself, base64url of 32 bytes;
//  2. CAIRN_MASTER_KEY_FILE: a file holding that text;
//  3. ./cairn-data/master.key, which `cairn keygen` creates (mode 0600) when none of these exists,
//     saying so on stderr, so a first run needs no set-up and a later run finds the same key.
#pragma once

#include "common/result.h"
#include "crypto/master_key.h"

namespace cairn::cli {

inline constexpr const char* kDefaultMasterKeyPath = "cairn-data/master.key";

enum class MissingMasterKey { kRefuse, kCreate };

// Returns the master key, or an Error with code "master key unavailable" saying which source was
// tried and how to provide one, or "invalid master key" when a source holds something else.
Result<crypto::MasterKey> load_master_key(MissingMasterKey when_missing);

}  // namespace cairn::cli
