// StatusLimits: every bound Cairn puts on reading a status list and checking a credential's
// status, in one place.
//
// A status list is published by someone else and fetched at verification time, so each field
// below bounds what a hostile list or credential can make the verifier do: the compressed text it
// reads, the bytes GZIP may expand to (a "gzip bomb" of 1 GB of zeros is about 1 MB compressed),
// the width of one status, and how many status entries one credential may ask to check.
//
// Thread-safety: a plain value.
#pragma once

#include <cstddef>
#include <cstdint>

namespace cairn::vc::status {

struct StatusLimits {
  // GZIP bytes after base64url decoding; the encoded text may be at most 4/3 of this.
  std::size_t max_compressed_bytes = 4u << 20;
  // Bytes the GZIP stream may expand to: 16 MiB is 134,217,728 one-bit statuses, a thousand
  // times the specification's minimum list. Decompression stops as soon as the cap is passed.
  std::size_t max_decompressed_bytes = 16u << 20;
  // Widest status entry (statusSize) read; a status message table has 2^statusSize entries.
  unsigned max_status_size = 8;
  // Fewest entries a list may hold (Bitstring Status List 1.0 section 3.2, step 2: 131,072
  // "unless a different lower bound is established by a specific ecosystem specification").
  // Lists shorter than this fail the check with STATUS_LIST_LENGTH_ERROR.
  std::uint64_t min_list_entries = 131072;
  // credentialStatus entries checked per credential; each may fetch and expand a list.
  std::size_t max_status_entries = 16;
};

}  // namespace cairn::vc::status
