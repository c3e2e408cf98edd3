#include "web/console_common.h"

#include <charconv>
#include <cstdint>
#include <system_error>

namespace cairn::web {

void put(boost::json::object& object, std::string_view name, const std::string& text,
         bool numeric) {
  if (text.empty()) return;
  if (numeric) {
    double number = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (error == std::errc() && end == text.data() + text.size()) {
      if (number == static_cast<double>(static_cast<std::int64_t>(number))) {
        object[name] = static_cast<std::int64_t>(number);
      } else {
        object[name] = number;
      }
      return;
    }
  }
  object[name] = text;
}

void show_problem(ctemplate::TemplateDictionary& values, PageOptions& options,
                  const std::string& lead, const Error& problem) {
  values.SetValueAndShowSection(
      "FORM_ERROR_TEXT", lead.empty() ? problem.message : lead + " (" + problem.message + ")",
      "FORM_ERROR");
  options.status = problem.code == "forbidden"   ? http::Status::forbidden
                   : problem.code == "conflict"  ? http::Status::conflict
                   : problem.code == "not found" ? http::Status::not_found
                                                 : http::Status::bad_request;
}

}  // namespace cairn::web
