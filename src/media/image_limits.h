// ImageLimits: the bounds every badge image is read within, baked or unbaked.
//
// A baked badge arrives from anyone (an upload, a mail attachment, a web page), so each bound
// below is checked before the work it guards: the image size before parsing, the chunk count
// while walking, a credential chunk's size before inflating it, the inflated size while inflating
// (never more memory than the cap), the SVG nesting while parsing. Exceeding one is an Error with
// code "limit exceeded" that names the limit.
//
// Baking reads its input image with the same checks as unbaking (it must find any credential
// already there, compressed or not), so both take the same struct under two names.
//
// Thread-safety: a plain value.
#pragma once

#include <cstddef>

namespace cairn::media {

struct ImageLimits {
  std::size_t max_image_bytes = 16u << 20;  // the whole PNG or SVG file
  std::size_t max_png_chunks = 4096;        // a badge has a dozen; a chunk flood is an attack
  // One iTXt/tEXt/zTXt chunk that carries a credential, as stored (compressed or not).
  std::size_t max_credential_chunk_bytes = 1u << 20;
  // The credential text itself: after inflating a compressed iTXt, the CDATA or verify attribute
  // of an SVG, and the credential given to bake.
  std::size_t max_credential_bytes = 1u << 20;
  // Element nesting in an SVG ("<svg/>" is 1). libxml2 stops at 256 on its own without
  // XML_PARSE_HUGE; ours is lower and reported with our message.
  std::size_t max_svg_depth = 128;
};

using BakeLimits = ImageLimits;
using UnbakeLimits = ImageLimits;

}  // namespace cairn::media
