// A credential carried inside a PDF certificate, as an embedded file (PDF 32000 section 7.11.4):
// `attach_credential_to_pdf` appends, as an incremental update, one uncompressed EmbeddedFile
// stream (Subtype application/ld+json for credential JSON, application/vc+jwt for a compact JWT),
// its file specification ("credential.json" or "credential.jwt", AFRelationship /Source) and a new
// version of the document catalog that lists it under /Names /EmbeddedFiles and /AF.
// `credential_in_pdf` reads it back: exactly one such stream, uncompressed, within the limits.
//
// The reader is meant for Cairn's certificates and PDFs made the same way; it does not parse
// arbitrary PDF object graphs (a compressed or object-stream attachment is "no credential").
//
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "common/result.h"
#include "media/image_limits.h"

namespace cairn::media {

// True when the bytes start with a PDF header ("%PDF-").
bool looks_like_pdf(std::span<const std::uint8_t> bytes);

// Errors: "invalid PDF" (no trailer, root or catalog found to update), "invalid credential"
// (text that is neither JSON nor a compact JWT, or over the limit).
Result<std::string> attach_credential_to_pdf(std::string_view pdf, std::string_view credential,
                                             const ImageLimits& limits = {});

// The credential's text. Errors: "limit exceeded" (the file or the credential), "no credential",
// "multiple credentials", "invalid PDF" (a stream that ends before its /Length).
Result<std::string> credential_in_pdf(std::span<const std::uint8_t> pdf,
                                      const ImageLimits& limits = {});

}  // namespace cairn::media
