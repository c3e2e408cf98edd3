// What the pieces of the issuer console (console_pages.h, which lists the routes) share: the
// services every handler needs, how a form page shows a refused submission, and how a form field
// becomes a JSON member. Internal to src/web.
//
// Thread-safety: free functions; ConsoleServices is read, never changed, once made.
#pragma once

#include <boost/json/object.hpp>
#include <string>
#include <string_view>

#include "app/create_organisation.h"
#include "common/result.h"
#include "store/database.h"
#include "web/page_responder.h"

namespace cairn::web {

// What every console handler needs. The pages and the database it names must outlive the router's
// use; each piece keeps what it needs of it, so the struct itself may go after registering.
struct ConsoleServices {
  const PageResponder& pages;
  store::Database& database;
  app::Instance instance;
};

// Sets a JSON member from a form field: absent when empty, a number when `numeric` and it reads
// as one (otherwise the text, so that the definition's reader names the field).
void put(boost::json::object& object, std::string_view name, const std::string& text,
         bool numeric = false);

// Shows `problem` on a form page, after `lead` (a sentence from the catalog, or nothing): the text
// in the FORM_ERROR section, and the status its code calls for.
void show_problem(ctemplate::TemplateDictionary& values, PageOptions& options,
                  const std::string& lead, const Error& problem);

}  // namespace cairn::web
