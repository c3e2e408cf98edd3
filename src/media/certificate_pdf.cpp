#include "media/certificate_pdf.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <qrencode.h>

#include <memory>
#include <string_view>
#include <vector>

#include "media/pdf_attachment.h"

namespace cairn::media {
namespace {

constexpr double kWidth = 842;  // A4 landscape, in points
constexpr double kHeight = 595;
constexpr double kMargin = 48;
constexpr const char* kFont = "DejaVu Sans";

struct CairoDeleter {
  void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
  void operator()(cairo_t* context) const { cairo_destroy(context); }
};
struct QrDeleter {
  void operator()(QRcode* code) const { QRcode_free(code); }
};

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

// `text` broken into lines no wider than `width` at the current font (words longer than a line
// stay whole).
std::vector<std::string> wrapped(cairo_t* cr, std::string_view text, double width) {
  std::vector<std::string> lines;
  std::string line;
  while (!text.empty()) {
    const std::size_t space = text.find(' ');
    const std::string_view word = text.substr(0, space);
    text = space == std::string_view::npos ? std::string_view() : text.substr(space + 1);
    std::string candidate = line.empty() ? std::string(word) : line + " " + std::string(word);
    cairo_text_extents_t extents;
    cairo_text_extents(cr, candidate.c_str(), &extents);
    if (extents.x_advance > width && !line.empty()) {
      lines.push_back(std::move(line));
      line = std::string(word);
    } else {
      line = std::move(candidate);
    }
  }
  if (!line.empty()) lines.push_back(std::move(line));
  return lines;
}

// Draws `text` centred on the page's width at `y` (the baseline of its first line); returns the
// baseline below its last line.
double centred(cairo_t* cr, const std::string& text, double size, bool bold, double y,
               double width) {
  if (text.empty()) return y;
  cairo_select_font_face(cr, kFont, CAIRO_FONT_SLANT_NORMAL,
                         bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(cr, size);
  for (const std::string& line : wrapped(cr, text, width)) {
    cairo_text_extents_t extents;
    cairo_text_extents(cr, line.c_str(), &extents);
    cairo_move_to(cr, (kWidth - extents.x_advance) / 2, y);
    cairo_show_text(cr, line.c_str());
    y += size * 1.3;
  }
  return y;
}

bool draw_qr(cairo_t* cr, const std::string& url, double x, double y, double size) {
  const std::unique_ptr<QRcode, QrDeleter> code(
      QRcode_encodeString(url.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
  if (!code) return false;
  const double module = size / (code->width + 8);  // a quiet zone of four modules each side
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_rectangle(cr, x, y, size, size);
  cairo_fill(cr);
  cairo_set_source_rgb(cr, 0, 0, 0);
  for (int row = 0; row < code->width; ++row) {
    for (int column = 0; column < code->width; ++column) {
      if ((code->data[row * code->width + column] & 1) == 0) continue;
      cairo_rectangle(cr, x + (column + 4) * module, y + (row + 4) * module, module, module);
    }
  }
  cairo_fill(cr);
  return true;
}

}  // namespace

Result<std::string> certificate_pdf(const CertificateText& text) {
  std::string pdf;
  {
    const std::unique_ptr<cairo_surface_t, CairoDeleter> surface(
        cairo_pdf_surface_create_for_stream(append, &pdf, kWidth, kHeight));
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE,
                                   text.achievement.c_str());
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "Cairn");
    const std::unique_ptr<cairo_t, CairoDeleter> owned(cairo_create(surface.get()));
    cairo_t* cr = owned.get();

    // A double frame in the accent colour.
    cairo_set_source_rgb(cr, 0.12, 0.37, 0.68);
    cairo_set_line_width(cr, 3);
    cairo_rectangle(cr, kMargin / 2, kMargin / 2, kWidth - kMargin, kHeight - kMargin);
    cairo_stroke(cr);
    cairo_set_line_width(cr, 1);
    cairo_rectangle(cr, kMargin / 2 + 6, kMargin / 2 + 6, kWidth - kMargin - 12,
                    kHeight - kMargin - 12);
    cairo_stroke(cr);

    const double text_width = kWidth - 2 * kMargin - 40;
    cairo_set_source_rgb(cr, 0.12, 0.37, 0.68);
    double y = centred(cr, text.heading, 16, true, kMargin + 50, text_width);
    cairo_set_source_rgb(cr, 0.11, 0.14, 0.19);
    y = centred(cr, text.achievement, 32, true, y + 36, text_width);
    cairo_set_source_rgb(cr, 0.29, 0.33, 0.40);
    y = centred(cr, text.awarded_to, 18, false, y + 20, text_width);
    y = centred(cr, text.issued_by, 16, false, y + 8, text_width);
    y = centred(cr, text.issued_on, 13, false, y + 16, text_width);
    centred(cr, text.expires_on, 13, false, y, text_width);

    constexpr double kQrSize = 120;
    const double qr_x = kWidth - kMargin - 20 - kQrSize;
    const double qr_y = kHeight - kMargin - 40 - kQrSize;
    if (!draw_qr(cr, text.verify_url, qr_x, qr_y, kQrSize)) {
      return Error{"PDF failed", "the verification link does not fit a QR code"};
    }
    cairo_set_source_rgb(cr, 0.29, 0.33, 0.40);
    cairo_select_font_face(cr, kFont, CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);
    cairo_set_font_size(cr, 11);
    cairo_move_to(cr, kMargin + 20, qr_y + kQrSize - 24);
    cairo_show_text(cr, text.verify_caption.c_str());
    cairo_select_font_face(cr, kFont, CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, 9);
    cairo_move_to(cr, kMargin + 20, qr_y + kQrSize - 10);
    cairo_show_text(cr, text.verify_url.c_str());

    cairo_show_page(cr);
    cairo_surface_finish(surface.get());
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) {
      return Error{"PDF failed", cairo_status_to_string(cairo_surface_status(surface.get()))};
    }
  }
  return attach_credential_to_pdf(pdf, text.credential);
}

}  // namespace cairn::media
