#include "libpng_reader.h"

#include <png.h>

#include <cstring>

namespace cairn::media::testing {
namespace {

struct MemoryInput {
  const Bytes* bytes;
  std::size_t offset;
};

void read_from_memory(png_structp png, png_bytep out, png_size_t length) {
  auto* input = static_cast<MemoryInput*>(png_get_io_ptr(png));
  if (input->bytes->size() - input->offset < length) png_error(png, "read past the end");
  std::memcpy(out, input->bytes->data() + input->offset, length);
  input->offset += length;
}

void record_error(png_structp png, png_const_charp message) {
  auto* reading = static_cast<LibpngReading*>(png_get_error_ptr(png));
  reading->error = message;
  png_longjmp(png, 1);
}

void ignore_warning(png_structp, png_const_charp) {}

void collect_texts(png_structp png, png_infop info, LibpngReading& reading) {
  png_textp texts = nullptr;
  const int count = png_get_text(png, info, &texts, nullptr);
  for (int i = 0; i < count; ++i) {
    const std::size_t length = texts[i].compression >= PNG_ITXT_COMPRESSION_NONE
                                   ? texts[i].itxt_length
                                   : texts[i].text_length;
    reading.texts.push_back({texts[i].key, std::string(texts[i].text, length),
                             texts[i].compression == PNG_ITXT_COMPRESSION_NONE});
  }
}

// Only plain pointers live across setjmp, so a longjmp back here leaves nothing half-built.
void read_into(const Bytes& bytes, LibpngReading* reading) {
  png_structp png =
      png_create_read_struct(PNG_LIBPNG_VER_STRING, reading, record_error, ignore_warning);
  png_infop info = png_create_info_struct(png);
  png_infop end_info = png_create_info_struct(png);
  MemoryInput input{&bytes, 0};
  if (setjmp(png_jmpbuf(png)) == 0) {
    png_set_read_fn(png, &input, read_from_memory);
    png_read_info(png, info);
    reading->width = png_get_image_width(png, info);
    reading->height = png_get_image_height(png, info);
    const png_size_t row_bytes = png_get_rowbytes(png, info);
    reading->pixels.assign(row_bytes * reading->height, 0);
    for (std::uint32_t row = 0; row < reading->height; ++row) {
      png_read_row(png, reading->pixels.data() + row * row_bytes, nullptr);
    }
    png_read_end(png, end_info);
    collect_texts(png, info, *reading);
    collect_texts(png, end_info, *reading);
  }
  png_destroy_read_struct(&png, &info, &end_info);
}

}  // namespace

LibpngReading read_with_libpng(const Bytes& png) {
  LibpngReading reading;
  read_into(png, &reading);
  return reading;
}

}  // namespace cairn::media::testing
