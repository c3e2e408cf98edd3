#include "web/page_responder.h"

#include <string>

namespace cairn::web {

http::Response PageResponder::respond(const http::RequestContext& context, const PageContext& page,
                                      std::string_view template_name, std::string_view title_key,
                                      ctemplate::TemplateDictionary& values,
                                      PageOptions options) const {
  LayoutValues layout = layout_values(context, page, renderer_, assets_, title_key);
  for (const std::string_view script : options.scripts)
    layout.scripts.push_back(assets_.url(script));
  layout.meta = std::move(options.meta);
  if (!options.title.empty()) layout.title = std::move(options.title);
  Result<std::string> html = renderer_.render(page.language, template_name, values, layout);
  if (!html) {
    return http::error_response(context.request, http::Status::internal_server_error, html.error());
  }
  http::Response response = html_response(context.request, options.status, std::move(*html),
                                          page.language, options.caching);
  remember_language(response, page);
  return response;
}

http::Response PageResponder::error(const http::RequestContext& context, const PageContext& page,
                                    http::Status status, std::string_view message_key,
                                    std::string_view detail) const {
  ctemplate::TemplateDictionary values("error");
  values.SetValue("MESSAGE", std::string(renderer_.message(page.language, message_key)));
  if (!detail.empty()) values.SetValueAndShowSection("DETAIL", std::string(detail), "HAS_DETAIL");
  values.SetIntValue("STATUS_CODE", static_cast<int>(status));
  const std::string title_key = status == http::Status::not_found ? "error.not_found_title"
                                : status == http::Status::too_many_requests
                                    ? "error.rate_limited_title"
                                : static_cast<int>(status) >= 500 ? "error.server_title"
                                                                  : "error.bad_request_title";
  PageOptions options;
  options.status = status;
  return respond(context, page, "error.tpl", title_key, values, std::move(options));
}

http::Response PageResponder::failure(const http::RequestContext& context, const PageContext& page,
                                      const Error& error) const {
  if (error.code == "not found")
    return this->error(context, page, http::Status::not_found, "error.not_found");
  if (error.code == "forbidden") {
    return this->error(context, page, http::Status::forbidden, "error.not_allowed", error.message);
  }
  if (error.code == "conflict") {
    return this->error(context, page, http::Status::conflict, "error.conflict", error.message);
  }
  if (error.code == "invalid request") {
    return this->error(context, page, http::Status::bad_request, "account.error_other",
                       error.message);
  }
  return this->error(context, page, http::Status::internal_server_error, "account.error_other",
                     error.message);
}

}  // namespace cairn::web
