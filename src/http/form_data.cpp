#include "http/form_data.h"

#include "common/ascii.h"
#include "http/percent_coding.h"

namespace cairn::http {
namespace {

Error invalid(std::string message) { return Error{"invalid form", std::move(message)}; }

// The value of parameter `name` in a header value's "; name=value" list (the value quoted or
// not); nullopt when absent or when a quoted value is never closed.
std::optional<std::string> header_parameter(std::string_view header, std::string_view name) {
  std::size_t i = header.find(';');
  while (i < header.size()) {
    const std::size_t equals = header.find('=', i + 1);
    if (equals == std::string_view::npos) return std::nullopt;
    if (const std::size_t next = header.find(';', i + 1); next < equals) {
      i = next;  // a parameter without a value
      continue;
    }
    const std::string_view key = trim_ascii(header.substr(i + 1, equals - i - 1));
    i = equals + 1;
    while (i < header.size() && (header[i] == ' ' || header[i] == '\t')) ++i;
    std::string value;
    if (i < header.size() && header[i] == '"') {
      for (++i; i < header.size() && header[i] != '"'; ++i) {
        if (header[i] == '\\' && i + 1 < header.size()) ++i;
        value.push_back(header[i]);
      }
      if (i == header.size()) return std::nullopt;
      ++i;
    } else {
      const std::size_t end = std::min(header.find(';', i), header.size());
      value = std::string(trim_ascii(header.substr(i, end - i)));
      i = end;
    }
    if (equals_ignoring_ascii_case(key, name)) return value;
    i = header.find(';', i);
  }
  return std::nullopt;
}

std::string_view media_type_of(std::string_view content_type) {
  return trim_ascii(content_type.substr(0, content_type.find(';')));
}

Result<std::vector<FormField>> parse_urlencoded(std::string_view body, const FormLimits& limits) {
  std::vector<FormField> fields;
  while (!body.empty()) {
    const std::size_t amp = body.find('&');
    const std::string_view pair = body.substr(0, amp);
    body = amp == std::string_view::npos ? std::string_view() : body.substr(amp + 1);
    if (pair.empty()) continue;
    if (fields.size() == limits.max_fields) {
      return invalid("more than " + std::to_string(limits.max_fields) + " fields");
    }
    const std::size_t equals = pair.find('=');
    auto name = percent_decode(pair.substr(0, equals), ControlCharacters::kRefused, true);
    auto value = percent_decode(equals == std::string_view::npos ? "" : pair.substr(equals + 1),
                                ControlCharacters::kLineBreaksOnly, true);
    if (!name || !value) return invalid("a field has a broken %-escape or a control character");
    FormField& field = fields.emplace_back();
    field.name = std::move(*name);
    field.value = std::move(*value);
  }
  return fields;
}

// One part's headers: its name, and its filename and content type when it is a file.
Result<FormField> read_part_headers(std::string_view headers) {
  FormField field;
  bool has_disposition = false;
  while (!headers.empty()) {
    const std::size_t end = headers.find("\r\n");
    const std::string_view line = headers.substr(0, end);
    headers = end == std::string_view::npos ? std::string_view() : headers.substr(end + 2);
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) return invalid("a part has a header line without ':'");
    const std::string_view header = trim_ascii(line.substr(0, colon));
    const std::string_view value = trim_ascii(line.substr(colon + 1));
    if (equals_ignoring_ascii_case(header, "Content-Disposition")) {
      if (!equals_ignoring_ascii_case(media_type_of(value), "form-data")) {
        return invalid("a part's Content-Disposition is not form-data");
      }
      std::optional<std::string> name = header_parameter(value, "name");
      if (!name) return invalid("a part has no name");
      field.name = std::move(*name);
      if (std::optional<std::string> filename = header_parameter(value, "filename")) {
        field.is_file = true;
        field.filename = std::move(*filename);
      }
      has_disposition = true;
    } else if (equals_ignoring_ascii_case(header, "Content-Type")) {
      field.content_type = std::string(value);
    }
  }
  if (!has_disposition) return invalid("a part has no Content-Disposition");
  return field;
}

Result<std::vector<FormField>> parse_multipart(std::string_view content_type, std::string_view body,
                                               const FormLimits& limits) {
  const std::optional<std::string> boundary = header_parameter(content_type, "boundary");
  if (!boundary || boundary->empty() || boundary->size() > 70) {
    return invalid("multipart/form-data needs a boundary parameter of 1 to 70 characters");
  }
  const std::string delimiter = "--" + *boundary;
  const std::string separator = "\r\n" + delimiter;
  if (!body.starts_with(delimiter)) return invalid("the body does not start with the boundary");
  std::size_t position = delimiter.size();
  std::vector<FormField> fields;
  while (true) {
    const std::string_view after = body.substr(position);
    if (after.starts_with("--")) return fields;  // the close delimiter
    if (!after.starts_with("\r\n")) return invalid("a boundary is not followed by CRLF");
    position += 2;
    const std::size_t headers_end = body.find("\r\n\r\n", position);
    if (headers_end == std::string_view::npos) return invalid("a part's headers never end");
    if (headers_end - position > limits.max_part_header_bytes) {
      return invalid("a part's headers are longer than " +
                     std::to_string(limits.max_part_header_bytes) + " bytes");
    }
    Result<FormField> field = read_part_headers(body.substr(position, headers_end - position));
    if (!field) return field.error();
    const std::size_t content_start = headers_end + 4;
    const std::size_t content_end = body.find(separator, content_start);
    if (content_end == std::string_view::npos) return invalid("a part is never closed");
    if (fields.size() == limits.max_fields) {
      return invalid("more than " + std::to_string(limits.max_fields) + " fields");
    }
    field->value = std::string(body.substr(content_start, content_end - content_start));
    fields.push_back(std::move(*field));
    position = content_end + separator.size();
  }
}

}  // namespace

Result<std::vector<FormField>> parse_form(std::string_view content_type, std::string_view body,
                                          const FormLimits& limits) {
  const std::string_view media_type = media_type_of(content_type);
  if (equals_ignoring_ascii_case(media_type, "application/x-www-form-urlencoded")) {
    return parse_urlencoded(body, limits);
  }
  if (equals_ignoring_ascii_case(media_type, "multipart/form-data")) {
    return parse_multipart(content_type, body, limits);
  }
  return invalid(
      "the body must be application/x-www-form-urlencoded or multipart/form-data, not \"" +
      std::string(media_type) + "\"");
}

const FormField* find_field(const std::vector<FormField>& fields, std::string_view name) {
  for (const FormField& field : fields) {
    if (field.name == name) return &field;
  }
  return nullptr;
}

std::string field_text(const std::vector<FormField>& fields, std::string_view name) {
  for (const FormField& field : fields) {
    if (field.name != name || field.is_file) continue;
    std::string text;
    text.reserve(field.value.size());
    for (std::size_t at = 0; at < field.value.size(); ++at) {
      if (field.value[at] == '\r' && at + 1 < field.value.size() && field.value[at + 1] == '\n') {
        continue;
      }
      text.push_back(field.value[at]);
    }
    return text;
  }
  return {};
}

}  // namespace cairn::http
