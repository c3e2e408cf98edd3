#include <gtest/gtest.h>

#include <string>

#include "media/certificate_pdf.h"
#include "media/media_errors.h"
#include "media/pdf_attachment.h"

namespace cairn::media {
namespace {

constexpr std::string_view kCredential = R"({"@context": ["x"], "name": "Ünïcode ✓"})";
constexpr std::string_view kJwt = "eyJhbGciOiJFZERTQSJ9.eyJ2YyI6e319.c2lnbmF0dXJl";

std::span<const std::uint8_t> bytes_of(std::string_view text) {
  return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

CertificateText certificate(std::string credential) {
  CertificateText text;
  text.heading = "CERTIFICATE";
  text.achievement = "Welding basics, a name long enough to wrap over two lines on the page";
  text.awarded_to = "Awarded to Ada Lovelace";
  text.issued_by = "Issued by Northern Welding College";
  text.issued_on = "Issued on 7 March 2026";
  text.verify_caption = "Scan to verify:";
  text.verify_url = "https://cairn.example/credentials/0123456789abcdef";
  text.credential = std::move(credential);
  return text;
}

TEST(PdfCertificate, CarriesItsCredentialBackOut) {
  const auto pdf = certificate_pdf(certificate(std::string(kCredential)));
  ASSERT_TRUE(pdf) << pdf.error().to_string();
  EXPECT_TRUE(looks_like_pdf(bytes_of(*pdf)));
  EXPECT_TRUE(pdf->ends_with("%%EOF\n"));
  EXPECT_NE(pdf->find("/AFRelationship /Source"), std::string::npos);
  const auto carried = credential_in_pdf(bytes_of(*pdf));
  ASSERT_TRUE(carried) << carried.error().to_string();
  EXPECT_EQ(*carried, kCredential);
}

TEST(PdfCertificate, CarriesAJwtToo) {
  const auto pdf = certificate_pdf(certificate(std::string(kJwt)));
  ASSERT_TRUE(pdf) << pdf.error().to_string();
  EXPECT_NE(pdf->find("(credential.jwt)"), std::string::npos);
  EXPECT_EQ(credential_in_pdf(bytes_of(*pdf)).value(), kJwt);
}

TEST(PdfCertificate, RefusesSomethingThatIsNoCredential) {
  const auto refused = certificate_pdf(certificate("hello"));
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, error_code::kInvalidCredential);
}

TEST(PdfAttachment, AnUpdatedCatalogKeepsTheOriginalEntries) {
  const std::string pdf = certificate_pdf(certificate(std::string(kCredential))).value();
  // The last catalog (the incremental update's) names the attachment and keeps /Pages.
  const std::size_t last_catalog = pdf.rfind("/Type /Catalog");
  ASSERT_NE(last_catalog, std::string::npos);
  const std::string tail = pdf.substr(last_catalog);
  EXPECT_NE(tail.find("/Pages"), std::string::npos);
  EXPECT_NE(tail.find("/EmbeddedFiles"), std::string::npos);
  EXPECT_NE(tail.find("/Prev "), std::string::npos);
  // Attaching to a document whose catalog already has /Names is refused, not guessed.
  EXPECT_FALSE(attach_credential_to_pdf(pdf, kCredential));
}

TEST(PdfAttachment, ReadingRefusesWhatItCannotTrust) {
  const std::string pdf = certificate_pdf(certificate(std::string(kCredential))).value();
  EXPECT_EQ(credential_in_pdf(bytes_of("%PDF-1.5\n%%EOF\n")).error().code,
            error_code::kNoCredential);
  // Two attached credentials: which one would a verifier show?
  const std::size_t stream = pdf.find("<< /Type /EmbeddedFile");
  const std::string doubled = pdf + pdf.substr(stream - 8);
  EXPECT_EQ(credential_in_pdf(bytes_of(doubled)).error().code, error_code::kMultipleCredentials);
  // A /Length past the end of the file.
  const std::string truncated = pdf.substr(0, pdf.find("endstream", stream) - 10);
  EXPECT_EQ(credential_in_pdf(bytes_of(truncated)).error().code, "invalid PDF");
  ImageLimits small;
  small.max_credential_bytes = 8;
  EXPECT_EQ(credential_in_pdf(bytes_of(pdf), small).error().code, error_code::kLimitExceeded);
  small = ImageLimits{};
  small.max_image_bytes = 100;
  EXPECT_EQ(credential_in_pdf(bytes_of(pdf), small).error().code, error_code::kLimitExceeded);
}

}  // namespace
}  // namespace cairn::media
