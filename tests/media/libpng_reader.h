// Reads a PNG with libpng, the reference decoder, as an independent check of baked images.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "png_test_support.h"

namespace cairn::media::testing {

struct LibpngText {
  std::string keyword;
  std::string text;
  bool itxt_uncompressed = false;  // libpng's compression field is PNG_ITXT_COMPRESSION_NONE
};

struct LibpngReading {
  std::string error;  // empty when libpng read every chunk and decoded every pixel
  std::uint32_t width = 0;
  std::uint32_t height = 0;
  std::vector<std::uint8_t> pixels;  // rows, as decoded
  std::vector<LibpngText> texts;     // text chunks before and after the image data
};

LibpngReading read_with_libpng(const Bytes& png);

}  // namespace cairn::media::testing
