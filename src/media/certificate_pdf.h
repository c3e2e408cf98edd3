// The PDF certificate of a credential: an A4 landscape page with the achievement, the recipient,
// the issuer and the dates, and a QR code that leads to the credential's verification page; the
// credential itself rides along as an attached file (pdf_attachment.h), so the PDF verifies with
// `cairn verify` like a baked badge. Drawn with cairo (fonts: DejaVu Sans), QR by libqrencode.
//
// Thread-safety: pure function (cairo and libqrencode objects are made per call).
#pragma once

#include <string>

#include "common/result.h"

namespace cairn::media {

// The words on the certificate, already in the reader's language; empty lines are left out.
struct CertificateText {
  std::string heading;         // "Certificate"
  std::string achievement;     // the achievement's name, the title
  std::string awarded_to;      // "Awarded to Ada Lovelace"
  std::string issued_by;       // "Issued by Northern Welding College"
  std::string issued_on;       // "Issued on 30 November 2026"
  std::string expires_on;      // "Expires on 29 November 2029"
  std::string verify_caption;  // "Scan to verify"
  std::string verify_url;      // what the QR code and the caption lead to
  std::string credential;      // the credential (JSON or compact JWT), attached to the PDF
};

// The PDF's bytes. Errors: "invalid credential" (see attach_credential_to_pdf), "PDF failed"
// (cairo or libqrencode could not draw it).
Result<std::string> certificate_pdf(const CertificateText& text);

}  // namespace cairn::media
