#include "vc/data_integrity/document_context.h"

#include <boost/json/array.hpp>
#include <span>

namespace cairn::vc::data_integrity {
namespace {

// The entries of a @context value seen as a list.
std::span<const boost::json::value> entries_of(const boost::json::value& context) {
  if (const auto* array = context.if_array()) return {array->data(), array->size()};
  return {&context, 1};
}

}  // namespace

const boost::json::value* find_context(const boost::json::object& document) {
  return document.if_contains("@context");
}

bool context_lists(const boost::json::value* context, std::string_view url) {
  if (context == nullptr) return false;
  for (const boost::json::value& entry : entries_of(*context)) {
    if (const auto* text = entry.if_string(); text != nullptr && *text == url) return true;
  }
  return false;
}

bool context_starts_with(const boost::json::value* context, const boost::json::value& prefix) {
  if (context == nullptr) return false;
  const auto entries = entries_of(*context);
  const auto wanted = entries_of(prefix);
  if (wanted.size() > entries.size()) return false;
  for (std::size_t i = 0; i < wanted.size(); ++i) {
    if (entries[i] != wanted[i]) return false;
  }
  return true;
}

bool defines_data_integrity_terms(const boost::json::value* context) {
  return context_lists(context, kDataIntegrityV2Context) ||
         context_lists(context, kCredentialsV2Context) ||
         context_lists(context, kDataIntegrityV1Context);
}

void append_context(boost::json::object& document, std::string_view url) {
  boost::json::value& context = document["@context"];
  if (context.is_null()) {
    context = boost::json::array{boost::json::string(url)};
    return;
  }
  if (!context.is_array()) context = boost::json::array{context};
  context.as_array().emplace_back(url);
}

}  // namespace cairn::vc::data_integrity
