#include "media/svg_document.h"

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>

#include <climits>
#include <cstring>
#include <string>

#include "common/result.h"
#include "media/media_errors.h"

namespace cairn::media {
namespace {

// What the SAX callbacks below saw; kept in the parser context's _private slot.
struct ParseGuard {
  std::size_t depth = 0;
  std::size_t max_depth = 0;
  bool too_deep = false;
  const char* declaration = nullptr;  // the first DTD part seen: "an internal subset"...
  std::string first_error;            // libxml2's first error, with its line
};

ParseGuard& guard_of(void* context) {
  return *static_cast<ParseGuard*>(static_cast<xmlParserCtxt*>(context)->_private);
}

void refuse_declaration(void* context, const char* kind) {
  ParseGuard& guard = guard_of(context);
  if (guard.declaration == nullptr) guard.declaration = kind;
  xmlStopParser(static_cast<xmlParserCtxt*>(context));
}

// Called when "<!DOCTYPE name ExternalID" has been read. libxml2 has skipped the blanks after it,
// so the next byte is '[' exactly when an internal subset follows. Refusing here stops even a
// subset without declarations (parameter-entity references only); the declaration callbacks
// below are the second line, should a subset ever get past this look-ahead.
void on_doctype(void* context, const xmlChar* name, const xmlChar* external_id,
                const xmlChar* system_id) {
  auto* parser = static_cast<xmlParserCtxt*>(context);
  if (parser->input != nullptr && parser->input->cur != nullptr && *parser->input->cur == '[') {
    refuse_declaration(context, "an internal subset");
    return;
  }
  xmlSAX2InternalSubset(context, name, external_id, system_id);
}

void on_entity_declaration(void* context, const xmlChar*, int, const xmlChar*, const xmlChar*,
                           xmlChar*) {
  refuse_declaration(context, "an ENTITY declaration");
}

void on_unparsed_entity_declaration(void* context, const xmlChar*, const xmlChar*, const xmlChar*,
                                    const xmlChar*) {
  refuse_declaration(context, "an ENTITY declaration");
}

void on_element_declaration(void* context, const xmlChar*, int, xmlElementContent*) {
  refuse_declaration(context, "an ELEMENT declaration");
}

void on_attribute_declaration(void* context, const xmlChar*, const xmlChar*, int, int,
                              const xmlChar*, xmlEnumeration* values) {
  xmlFreeEnumeration(values);  // the callback owns it
  refuse_declaration(context, "an ATTLIST declaration");
}

void on_notation_declaration(void* context, const xmlChar*, const xmlChar*, const xmlChar*) {
  refuse_declaration(context, "a NOTATION declaration");
}

void on_start_element(void* context, const xmlChar* local_name, const xmlChar* prefix,
                      const xmlChar* uri, int namespace_count, const xmlChar** namespaces,
                      int attribute_count, int defaulted_count, const xmlChar** attributes) {
  ParseGuard& guard = guard_of(context);
  if (++guard.depth > guard.max_depth) {
    guard.too_deep = true;
    xmlStopParser(static_cast<xmlParserCtxt*>(context));
    return;
  }
  xmlSAX2StartElementNs(context, local_name, prefix, uri, namespace_count, namespaces,
                        attribute_count, defaulted_count, attributes);
}

void on_end_element(void* context, const xmlChar* local_name, const xmlChar* prefix,
                    const xmlChar* uri) {
  --guard_of(context).depth;
  xmlSAX2EndElementNs(context, local_name, prefix, uri);
}

// libxml2 goes on after some errors (an undeclared namespace prefix, for one) and then reports
// later ones; the first says best what is wrong.
void on_error(void* context, xmlError* error) {
  ParseGuard& guard = guard_of(context);
  if (!guard.first_error.empty() || error == nullptr || error->level < XML_ERR_ERROR) return;
  std::string message = error->message != nullptr ? error->message : "not well-formed XML";
  while (!message.empty() && message.back() == '\n') message.pop_back();
  guard.first_error = message + " (line " + std::to_string(error->line) + ")";
}

void initialise_libxml2_once() {
  static const bool initialised = [] {
    xmlInitParser();
    return true;
  }();
  (void)initialised;
}

struct ParserContextFree {
  void operator()(xmlParserCtxt* context) const { xmlFreeParserCtxt(context); }
};

}  // namespace

XmlDocument parse_svg_document(std::string_view text, const ImageLimits& limits) {
  if (text.size() > limits.max_image_bytes || text.size() > INT_MAX) {
    throw Failure(std::string(error_code::kLimitExceeded),
                  "image is " + std::to_string(text.size()) + " bytes, more than the limit of " +
                      std::to_string(limits.max_image_bytes));
  }
  if (text.empty()) throw Failure(std::string(error_code::kInvalidSvg), "the SVG is empty");
  initialise_libxml2_once();
  const std::unique_ptr<xmlParserCtxt, ParserContextFree> context(
      xmlCreateMemoryParserCtxt(text.data(), static_cast<int>(text.size())));
  if (!context) throw Failure(std::string(error_code::kInvalidSvg), "libxml2 could not start");
  // Options first: xmlCtxtUseOptions rewrites some SAX slots, which the overrides below must win.
  xmlCtxtUseOptions(context.get(), XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  xmlSAXHandler& sax = *context->sax;  // owned by this context, so changing it is local
  sax.internalSubset = on_doctype;
  sax.entityDecl = on_entity_declaration;
  sax.unparsedEntityDecl = on_unparsed_entity_declaration;
  sax.elementDecl = on_element_declaration;
  sax.attributeDecl = on_attribute_declaration;
  sax.notationDecl = on_notation_declaration;
  sax.startElementNs = on_start_element;
  sax.endElementNs = on_end_element;
  sax.serror = on_error;
  ParseGuard guard;
  guard.max_depth = limits.max_svg_depth;
  context->_private = &guard;

  xmlParseDocument(context.get());
  XmlDocument document(context->myDoc);
  context->myDoc = nullptr;
  if (guard.declaration != nullptr) {
    throw Failure(std::string(error_code::kDtdRefused),
                  std::string("SVG with a DTD is refused: the DOCTYPE has ") + guard.declaration +
                      "; only a DOCTYPE naming an external DTD (never loaded) is accepted");
  }
  if (guard.too_deep) {
    throw Failure(
        std::string(error_code::kLimitExceeded),
        "SVG elements nest deeper than the limit of " + std::to_string(limits.max_svg_depth));
  }
  // An unbound prefix is only a namespace error to libxml2, which then keeps
  // "openbadges:credential" as a plain name. Baking would bind it, and a credential would appear
  // that unbaking never saw.
  if (!context->wellFormed || !context->nsWellFormed || !document) {
    throw Failure(std::string(error_code::kInvalidSvg),
                  guard.first_error.empty() ? "not well-formed XML" : guard.first_error);
  }
  const xmlNode* root = xmlDocGetRootElement(document.get());
  if (root == nullptr || std::strcmp(reinterpret_cast<const char*>(root->name), "svg") != 0) {
    throw Failure(std::string(error_code::kInvalidSvg), "the root element is not <svg>");
  }
  return document;
}

std::vector<const xmlNode*> svg_elements_of(const xmlNode* root) {
  std::vector<const xmlNode*> elements;
  const xmlNode* node = root;
  while (node != nullptr) {
    elements.push_back(node);
    const xmlNode* next = node->children;
    while (next != nullptr && next->type != XML_ELEMENT_NODE) next = next->next;
    while (next == nullptr && node != root) {
      next = node->next;
      while (next != nullptr && next->type != XML_ELEMENT_NODE) next = next->next;
      if (next == nullptr) node = node->parent;
    }
    node = next;
  }
  return elements;
}

}  // namespace cairn::media
