#include "media/svg_baking.h"

#include <libxml/tree.h>
#include <strings.h>

#include <optional>
#include <string>
#include <vector>

#include "canon/json/utf8.h"
#include "media/credential_text.h"
#include "media/media_errors.h"
#include "media/single_credential.h"
#include "media/svg_document.h"
#include "media/svg_root_tag.h"

namespace cairn::media {
namespace {

constexpr std::string_view kNamespace = "https://purl.imsglobal.org/ob/v3p0";
constexpr std::string_view kLegacyNamespace = "http://openbadges.org";  // Open Badges 2.0
constexpr std::string_view kPrefix = "openbadges";
constexpr std::string_view kSvgForm = "<openbadges:credential> element";
constexpr std::string_view kXmlSpace = " \t\r\n";

[[noreturn]] void fail_invalid_svg(const std::string& message) {
  throw Failure(std::string(error_code::kInvalidSvg), message);
}

bool is_element(const xmlNode* node, std::string_view namespace_uri, std::string_view name) {
  return node->type == XML_ELEMENT_NODE && node->ns != nullptr &&
         xml_view(node->ns->href) == namespace_uri && xml_view(node->name) == name;
}

struct BakedElements {
  std::vector<const xmlNode*> credentials;
  const xmlNode* legacy_assertion = nullptr;
};

BakedElements find_baked_elements(const xmlDoc& document) {
  BakedElements found;
  for (const xmlNode* element : svg_elements_of(xmlDocGetRootElement(&document))) {
    if (is_element(element, kNamespace, "credential")) found.credentials.push_back(element);
    if (is_element(element, kLegacyNamespace, "assertion") && !found.legacy_assertion) {
      found.legacy_assertion = element;
    }
  }
  return found;
}

std::string_view trim(std::string_view text) {
  const std::size_t first = text.find_first_not_of(kXmlSpace);
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(kXmlSpace) - first + 1);
}

// XML turns CR LF and lone CR into LF in all character data, CDATA included.
std::string normalize_line_ends(std::string_view text) {
  std::string normalized;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\r') {
      normalized += text[i];
    } else if (i + 1 == text.size() || text[i + 1] != '\n') {
      normalized += '\n';
    }
  }
  return normalized;
}

std::string credential_content(const xmlNode& element) {
  std::string content;
  for (const xmlNode* child = element.children; child != nullptr; child = child->next) {
    if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
      content += xml_view(child->content);
    } else if (child->type == XML_ENTITY_REF_NODE) {
      fail_invalid_svg("the credential element contains the entity reference &" +
                       std::string(xml_view(child->name)) + ";");
    } else if (child->type == XML_ELEMENT_NODE) {
      fail_invalid_svg("the credential element contains the element <" +
                       std::string(xml_view(child->name)) + ">");
    }
  }
  return content;
}

std::string read_credential(const xmlNode& element, const UnbakeLimits& limits) {
  xmlChar* verify_attribute = xmlGetNoNsProp(&element, reinterpret_cast<const xmlChar*>("verify"));
  const std::string verify(trim(xml_view(verify_attribute)));
  const bool has_verify = verify_attribute != nullptr;
  xmlFree(verify_attribute);
  const std::string content = credential_content(element);
  if (has_verify && !trim(content).empty()) {
    fail_invalid_svg("the credential element has both a verify attribute and content");
  }
  std::string credential = has_verify ? verify : std::string(trim(content));
  if (credential.empty()) {
    throw Failure(std::string(error_code::kNoCredential), "the credential element is empty");
  }
  if (credential.size() > limits.max_credential_bytes) {
    throw Failure(std::string(error_code::kLimitExceeded),
                  "the credential element holds " + std::to_string(credential.size()) +
                      " bytes, more than the limit of " +
                      std::to_string(limits.max_credential_bytes));
  }
  return credential;
}

std::string unbake(std::string_view svg, const UnbakeLimits& limits) {
  const XmlDocument document = parse_svg_document(svg, limits);
  const BakedElements found = find_baked_elements(*document);
  require_single_credential(found.credentials.size(),
                            found.legacy_assertion ? "SVG <openbadges:assertion>" : "", kSvgForm);
  return read_credential(*found.credentials.front(), limits);
}

// Whether the root start tag must gain xmlns:openbadges; fails when the prefix is taken.
bool needs_namespace_declaration(const xmlNode& root) {
  for (const xmlNs* declared = root.nsDef; declared != nullptr; declared = declared->next) {
    if (xml_view(declared->prefix) != kPrefix) continue;
    if (xml_view(declared->href) == kNamespace) return false;
    fail_invalid_svg("the root element binds the prefix \"openbadges\" to \"" +
                     std::string(xml_view(declared->href)) + "\", not to " +
                     std::string(kNamespace));
  }
  return true;
}

// XML ends a CDATA section at the first "]]>", so each one in the JSON is split over two
// sections: "]]" closes the first, ">" opens the second. The character data is unchanged.
std::string cdata_sections(std::string_view text) {
  std::string sections = "<![CDATA[";
  std::size_t begin = 0;
  for (std::size_t end; (end = text.find("]]>", begin)) != std::string_view::npos;
       begin = end + 2) {
    sections.append(text.substr(begin, end + 2 - begin)).append("]]><![CDATA[");
  }
  return sections.append(text.substr(begin)).append("]]>");
}

std::string credential_element(std::string_view credential, CredentialEncoding encoding) {
  const std::string open_tag = "<" + std::string(kPrefix) + ":credential";
  const std::string close_tag = "</" + std::string(kPrefix) + ":credential>";
  if (encoding == CredentialEncoding::kCompactJwt) {
    // base64url and '.' only (check_credential_to_bake), so nothing needs escaping.
    return open_tag + " verify=\"" + std::string(credential) + "\">" + close_tag;
  }
  return open_tag + ">" + cdata_sections(credential) + close_tag;
}

// The inserted text is UTF-8, so the document must be too: in its bytes (UTF-16 has NULs and a
// BOM that are not UTF-8 text) and in what its XML declaration says.
void require_utf8(const xmlDoc& document, std::string_view svg) {
  const std::string_view encoding = xml_view(document.encoding);
  const bool declared_utf8 =
      encoding.empty() || strcasecmp(std::string(encoding).c_str(), "UTF-8") == 0;
  if (declared_utf8 && svg.find('\0') == std::string_view::npos &&
      !canon::json::find_invalid_utf8(svg)) {
    return;
  }
  fail_invalid_svg("baking needs a UTF-8 SVG; this one is " +
                   (encoding.empty() ? std::string("not") : std::string(encoding)));
}

std::string bake(std::string_view svg, std::string_view credential, const BakeLimits& limits) {
  const XmlDocument document = parse_svg_document(svg, limits);
  const BakedElements found = find_baked_elements(*document);
  if (!found.credentials.empty() || found.legacy_assertion) {
    throw Failure(std::string(error_code::kAlreadyBaked),
                  std::string("image already carries ") +
                      (found.credentials.empty() ? "an Open Badges 2.0 assertion"
                                                 : "an Open Badges 3.0 credential") +
                      "; bake into the original image instead");
  }
  require_utf8(*document, svg);
  const CredentialEncoding encoding = check_credential_to_bake(credential, limits);
  const std::optional<SvgRootTag> root_tag = locate_svg_root_tag(svg);
  if (!root_tag) fail_invalid_svg("the root start tag could not be located in the text");
  std::string baked(svg.substr(0, root_tag->name_end));
  if (needs_namespace_declaration(*xmlDocGetRootElement(document.get()))) {
    baked += " xmlns:" + std::string(kPrefix) + "=\"" + std::string(kNamespace) + "\"";
  }
  baked += svg.substr(root_tag->name_end, root_tag->close - root_tag->name_end);
  baked += ">" + credential_element(credential, encoding);
  if (root_tag->self_closing) {
    baked += "</" + std::string(root_tag->qualified_name) + ">";
    baked += svg.substr(root_tag->close + 2);
  } else {
    baked += svg.substr(root_tag->close + 1);
  }
  // The scanner worked on raw text; reading the result back proves it put the element where a
  // verifier will find it, within the limits the verifier will apply.
  if (unbake(baked, limits) != normalize_line_ends(trim(credential))) {
    fail_invalid_svg("the baked SVG does not read back the credential");
  }
  return baked;
}

}  // namespace

Result<std::string> bake_svg(std::string_view svg, std::string_view credential_json_or_jwt,
                             const BakeLimits& limits) {
  return capture([&] { return bake(svg, credential_json_or_jwt, limits); });
}

Result<std::string> unbake_svg(std::string_view svg, const UnbakeLimits& limits) {
  return capture([&] { return unbake(svg, limits); });
}

}  // namespace cairn::media
