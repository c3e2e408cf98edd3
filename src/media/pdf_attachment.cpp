#include "media/pdf_attachment.h"

#include <charconv>
#include <optional>

#include "media/media_errors.h"

namespace cairn::media {
namespace {

constexpr std::string_view kJsonSubtype = "/application#2Fld#2Bjson";
constexpr std::string_view kJwtSubtype = "/application#2Fvc#2Bjwt";
constexpr std::string_view kStreamHead = "<< /Type /EmbeddedFile /Subtype ";

Error invalid_pdf(std::string message) { return Error{"invalid PDF", std::move(message)}; }

std::optional<std::size_t> number_at(std::string_view text, std::size_t at) {
  std::size_t value = 0;
  const auto [end, error] = std::from_chars(text.data() + at, text.data() + text.size(), value);
  if (error != std::errc() || end == text.data() + at) return std::nullopt;
  return value;
}

// The value of `/Key N` in the last trailer dictionary, or of `startxref N` (key "startxref").
std::optional<std::size_t> last_number_after(std::string_view pdf, std::string_view key) {
  const std::size_t at = pdf.rfind(key);
  if (at == std::string_view::npos) return std::nullopt;
  std::size_t from = at + key.size();
  while (from < pdf.size() && (pdf[from] == ' ' || pdf[from] == '\r' || pdf[from] == '\n')) ++from;
  return number_at(pdf, from);
}

// The dictionary text "<< ... >>" that starts at `open`, nested dictionaries included.
std::optional<std::string_view> dictionary_at(std::string_view pdf, std::size_t open) {
  int depth = 0;
  for (std::size_t i = open; i + 1 < pdf.size(); ++i) {
    if (pdf[i] == '<' && pdf[i + 1] == '<') {
      ++depth;
      ++i;
    } else if (pdf[i] == '>' && pdf[i + 1] == '>') {
      --depth;
      ++i;
      if (depth == 0) return pdf.substr(open, i + 1 - open);
    }
  }
  return std::nullopt;
}

bool is_compact_jwt(std::string_view text) {
  int dots = 0;
  for (const char c : text) {
    if (c == '.') {
      ++dots;
    } else if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_') {
      return false;
    }
  }
  return dots == 2;
}

std::string pdf_offset(std::size_t offset) {
  std::string digits = std::to_string(offset);
  return std::string(10 - std::min<std::size_t>(digits.size(), 10), '0') + digits;
}

}  // namespace

bool looks_like_pdf(std::span<const std::uint8_t> bytes) {
  constexpr std::string_view kHeader = "%PDF-";
  return bytes.size() >= kHeader.size() &&
         std::equal(kHeader.begin(), kHeader.end(), bytes.begin());
}

Result<std::string> attach_credential_to_pdf(std::string_view pdf, std::string_view credential,
                                             const ImageLimits& limits) {
  if (credential.size() > limits.max_credential_bytes) {
    return Error{std::string(error_code::kLimitExceeded),
                 "the credential is larger than the limit"};
  }
  const bool json = !credential.empty() && credential.front() == '{';
  if (!json && !is_compact_jwt(credential)) {
    return Error{std::string(error_code::kInvalidCredential),
                 "only credential JSON or a compact JWT can be attached"};
  }
  const auto size = last_number_after(pdf, "/Size");
  const auto previous_xref = last_number_after(pdf, "startxref");
  const auto root = last_number_after(pdf, "/Root");
  if (!size || !previous_xref || !root) return invalid_pdf("no trailer with /Size and /Root");
  const std::string root_head = "\n" + std::to_string(*root) + " 0 obj";
  const std::size_t root_at = pdf.rfind(root_head);
  const std::size_t open = root_at == std::string_view::npos ? root_at : pdf.find("<<", root_at);
  const std::optional<std::string_view> catalog =
      open == std::string_view::npos ? std::nullopt : dictionary_at(pdf, open);
  if (!catalog || catalog->find("/Type /Catalog") == std::string_view::npos ||
      catalog->find("/Names") != std::string_view::npos ||
      catalog->find("/AF") != std::string_view::npos) {
    return invalid_pdf("the document catalog cannot be updated");
  }

  const std::size_t stream_object = *size;
  const std::size_t spec_object = *size + 1;
  const std::string file_name = json ? "credential.json" : "credential.jwt";
  std::string out(pdf);
  if (!out.ends_with('\n')) out.push_back('\n');
  std::size_t offsets[3];
  offsets[0] = out.size();
  out += std::to_string(stream_object) + " 0 obj\n" + std::string(kStreamHead) +
         std::string(json ? kJsonSubtype : kJwtSubtype) + " /Length " +
         std::to_string(credential.size()) + " >>\nstream\n";
  out.append(credential);
  out += "\nendstream\nendobj\n";
  offsets[1] = out.size();
  out += std::to_string(spec_object) + " 0 obj\n<< /Type /Filespec /F (" + file_name + ") /UF (" +
         file_name + ") /Desc (Open Badges credential) /AFRelationship /Source /EF << /F " +
         std::to_string(stream_object) + " 0 R >> >>\nendobj\n";
  offsets[2] = out.size();
  const std::string_view body = catalog->substr(2, catalog->size() - 4);  // without << and >>
  out += std::to_string(*root) + " 0 obj\n<<" + std::string(body) +
         " /Names << /EmbeddedFiles << /Names [(" + file_name + ") " + std::to_string(spec_object) +
         " 0 R] >> >> /AF [" + std::to_string(spec_object) + " 0 R] >>\nendobj\n";
  const std::size_t xref = out.size();
  out += "xref\n" + std::to_string(*root) + " 1\n" + pdf_offset(offsets[2]) + " 00000 n \n" +
         std::to_string(stream_object) + " 2\n" + pdf_offset(offsets[0]) + " 00000 n \n" +
         pdf_offset(offsets[1]) + " 00000 n \n";
  out += "trailer\n<< /Size " + std::to_string(*size + 2) + " /Root " + std::to_string(*root) +
         " 0 R /Prev " + std::to_string(*previous_xref) + " >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return out;
}

Result<std::string> credential_in_pdf(std::span<const std::uint8_t> bytes,
                                      const ImageLimits& limits) {
  if (bytes.size() > limits.max_image_bytes) {
    return Error{std::string(error_code::kLimitExceeded),
                 "the PDF is larger than " + std::to_string(limits.max_image_bytes) + " bytes"};
  }
  const std::string_view pdf(reinterpret_cast<const char*>(bytes.data()), bytes.size());
  std::optional<std::string> found;
  for (std::size_t at = pdf.find(kStreamHead); at != std::string_view::npos;
       at = pdf.find(kStreamHead, at + 1)) {
    std::size_t cursor = at + kStreamHead.size();
    const std::string_view rest = pdf.substr(cursor);
    std::string_view subtype;
    for (const std::string_view known : {kJsonSubtype, kJwtSubtype}) {
      if (rest.starts_with(known)) subtype = known;
    }
    if (subtype.empty()) continue;  // another kind of attachment
    cursor += subtype.size();
    constexpr std::string_view kLength = " /Length ";
    if (pdf.substr(cursor, kLength.size()) != kLength) {
      return invalid_pdf("an attached credential has no /Length right after its /Subtype");
    }
    cursor += kLength.size();
    const std::optional<std::size_t> length = number_at(pdf, cursor);
    if (!length) return invalid_pdf("an attached credential's /Length is not a number");
    constexpr std::string_view kOpen = " >>\nstream\n";
    cursor = pdf.find(kOpen, cursor);
    if (cursor == std::string_view::npos || cursor > at + 128) {
      return invalid_pdf("an attached credential's stream does not follow its dictionary");
    }
    cursor += kOpen.size();
    if (*length > limits.max_credential_bytes) {
      return Error{std::string(error_code::kLimitExceeded),
                   "the attached credential is larger than the limit"};
    }
    if (*length > pdf.size() - cursor) {
      return invalid_pdf("an attached credential's stream ends before its /Length");
    }
    if (found) {
      return Error{std::string(error_code::kMultipleCredentials),
                   "the PDF carries more than one credential; expected one"};
    }
    found = std::string(pdf.substr(cursor, *length));
  }
  if (!found) {
    return Error{std::string(error_code::kNoCredential), "the PDF carries no attached credential"};
  }
  return std::move(*found);
}

}  // namespace cairn::media
