// Form bodies as browsers send them: application/x-www-form-urlencoded and multipart/form-data
// (RFC 7578), read into a list of fields. The body has already passed the route's size limit;
// the limits here bound what a crafted body can make the parser do besides.
//
// Thread-safety: pure functions.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"

namespace cairn::http {

struct FormField {
  std::string name;
  std::string value;         // the text, or the file's bytes
  bool is_file = false;      // a multipart part with a filename parameter
  std::string filename;      // as the browser sent it; never a path to use on disk
  std::string content_type;  // a file part's Content-Type, "" when none
};

struct FormLimits {
  std::size_t max_fields = 256;
  std::size_t max_part_header_bytes = 8 * 1024;
};

// The fields of `body`, in order. Errors ("invalid form", with what is wrong): a content type
// that is neither form type, a multipart body without its boundary or with a malformed part, a
// broken percent-escape or a control character other than tab, CR and LF in a text field, more
// fields than the limit.
Result<std::vector<FormField>> parse_form(std::string_view content_type, std::string_view body,
                                          const FormLimits& limits = {});

// The first field called `name`, or nullptr.
const FormField* find_field(const std::vector<FormField>& fields, std::string_view name);

// The text of the first field called `name` that is not a file, its line breaks as "\n" (browsers
// send a textarea's as CR LF); "" when there is none.
std::string field_text(const std::vector<FormField>& fields, std::string_view name);

}  // namespace cairn::http
