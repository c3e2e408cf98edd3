#include "media/png_baking.h"

#include <algorithm>

#include "media/credential_text.h"
#include "media/media_errors.h"
#include "media/png_chunks.h"
#include "media/png_text_chunk.h"
#include "media/single_credential.h"

namespace cairn::media {
namespace {

constexpr std::string_view kCredentialKeyword = "openbadgecredential";
constexpr std::string_view kLegacyKeyword = "openbadges";  // Open Badges 2.0 and earlier
constexpr std::string_view kPngForm = "PNG iTXt chunk \"openbadgecredential\"";

bool is_credential_chunk(const PngChunk& chunk) {
  return chunk.type == "iTXt" && png_text_keyword(chunk) == kCredentialKeyword;
}

bool is_legacy_chunk(const PngChunk& chunk) { return png_text_keyword(chunk) == kLegacyKeyword; }

std::string legacy_form(const std::vector<PngChunk>& chunks) {
  const auto legacy = std::find_if(chunks.begin(), chunks.end(), is_legacy_chunk);
  if (legacy == chunks.end()) return {};
  return "PNG " + std::string(legacy->type) + " \"openbadges\"";
}

// The iTXt data: keyword, NUL, compression flag 0, method 0, empty language tag and translated
// keyword (each with its NUL), then the text.
Bytes credential_chunk_data(std::string_view credential) {
  Bytes data(kCredentialKeyword.begin(), kCredentialKeyword.end());
  data.insert(data.end(), {0, 0, 0, 0, 0});
  data.insert(data.end(), credential.begin(), credential.end());
  return data;
}

Bytes bake(std::span<const std::uint8_t> png, std::string_view credential,
           const BakeLimits& limits) {
  const std::vector<PngChunk> chunks = read_png_chunks(png, limits);
  if (std::any_of(chunks.begin(), chunks.end(), is_credential_chunk)) {
    throw Failure(std::string(error_code::kAlreadyBaked),
                  "image already carries an Open Badges 3.0 credential; bake into the original "
                  "image instead");
  }
  if (const std::string legacy = legacy_form(chunks); !legacy.empty()) {
    throw Failure(std::string(error_code::kAlreadyBaked),
                  "image already carries an Open Badges 2.0 assertion (" + legacy +
                      "); bake into the original image instead");
  }
  check_credential_to_bake(credential, limits);
  const Bytes data = credential_chunk_data(credential);
  // Whatever is baked must unbake under the same limits.
  if (data.size() > limits.max_credential_chunk_bytes) {
    throw Failure(std::string(error_code::kLimitExceeded),
                  "the credential chunk would be " + std::to_string(data.size()) +
                      " bytes, more than the limit of " +
                      std::to_string(limits.max_credential_chunk_bytes));
  }
  const std::size_t iend_offset = chunks.back().offset;
  Bytes baked(png.begin(), png.begin() + static_cast<std::ptrdiff_t>(iend_offset));
  append_png_chunk(baked, "iTXt", data);
  baked.insert(baked.end(), png.begin() + static_cast<std::ptrdiff_t>(iend_offset), png.end());
  if (baked.size() > limits.max_image_bytes) {
    throw Failure(std::string(error_code::kLimitExceeded),
                  "the baked image would be " + std::to_string(baked.size()) +
                      " bytes, more than the limit of " + std::to_string(limits.max_image_bytes));
  }
  return baked;
}

std::string unbake(std::span<const std::uint8_t> png, const UnbakeLimits& limits) {
  const std::vector<PngChunk> chunks = read_png_chunks(png, limits);
  const auto credential_count =
      static_cast<std::size_t>(std::count_if(chunks.begin(), chunks.end(), is_credential_chunk));
  require_single_credential(credential_count, legacy_form(chunks), kPngForm);
  std::string text =
      read_itxt_text(*std::find_if(chunks.begin(), chunks.end(), is_credential_chunk), limits);
  if (text.empty()) {
    throw Failure(std::string(error_code::kNoCredential),
                  "the \"openbadgecredential\" iTXt chunk is empty");
  }
  return text;
}

}  // namespace

Result<Bytes> bake_png(std::span<const std::uint8_t> png, std::string_view credential_json_or_jwt,
                       const BakeLimits& limits) {
  return capture([&] { return bake(png, credential_json_or_jwt, limits); });
}

Result<std::string> unbake_png(std::span<const std::uint8_t> png, const UnbakeLimits& limits) {
  return capture([&] { return unbake(png, limits); });
}

}  // namespace cairn::media
