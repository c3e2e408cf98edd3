// Reading what a person hands the verifier: credential JSON, a compact VC-JWT, a badge image
// (PNG or SVG) baked with either, or a PDF certificate carrying either as an attached file. Images
// and PDFs are read by media/ and what they carry is read in turn.
//
// Thread-safety: free function without shared state.
#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
#include <span>
#include <string>
#include <variant>

#include "canon/json/json_parser.h"
#include "common/result.h"
#include "media/image_limits.h"

namespace cairn::vc {

struct CredentialInputLimits {
  canon::json::JsonLimits json;  // credential JSON (strict: duplicate keys refused)
  media::ImageLimits image;
};

struct CredentialInput {
  std::string format;  // "json", "jwt", "png", "svg", "pdf"
  // A JSON credential, or the compact JWT text (what the image carried, for png and svg).
  std::variant<boost::json::object, std::string> content;
};

// Returns what `bytes` hold, or an Error when they are none of the four formats or cannot be
// read as the one they look like: "unrecognized input" (neither image, JSON object nor JWT),
// the JSON parser's error for broken JSON, or the media error of an image that carries no
// credential, several, or is malformed.
Result<CredentialInput> read_credential_input(std::span<const std::uint8_t> bytes,
                                              const CredentialInputLimits& limits = {});

}  // namespace cairn::vc
