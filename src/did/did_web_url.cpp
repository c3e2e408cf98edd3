#include "did/did_web_url.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <vector>

#include "did/did_resolver.h"
#include "did/parse_did.h"

namespace cairn::did {
namespace {

Error invalid_did_web(std::string_view did, const std::string& what) {
  return Error{"invalid did:web", std::string(did) + ": " + what};
}

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  for (std::size_t start = 0;;) {
    const std::size_t end = text.find(separator, start);
    parts.push_back(text.substr(start, end - start));
    if (end == std::string_view::npos) return parts;
    start = end + 1;
  }
}

// RFC 1123 host names: dot-separated labels of letters, digits and inner hyphens, 1-63 bytes each,
// 253 in all.
bool is_domain_name(std::string_view host) {
  if (host.empty() || host.size() > 253) return false;
  for (std::string_view label : split(host, '.')) {
    if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') {
      return false;
    }
    for (char c : label) {
      if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-') return false;
    }
  }
  return true;
}

// The last label of a domain name is never all digits, while that of an IPv4 address is.
bool looks_like_ipv4(std::string_view host) {
  const std::string_view last = host.substr(host.rfind('.') + 1);
  return std::all_of(last.begin(), last.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_port_number(std::string_view text) {
  unsigned port = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), port);
  return error == std::errc() && end == text.data() + text.size() && port >= 1 && port <= 65535;
}

// Whether a path segment percent-decodes to "." or "..".
bool is_dot_segment(std::string_view segment) {
  std::string decoded;
  for (std::size_t i = 0; i < segment.size(); ++i) {
    if (segment.substr(i, 3) == "%2E" || segment.substr(i, 3) == "%2e") {
      decoded += '.';
      i += 2;
    } else {
      decoded += segment[i];
    }
  }
  return decoded == "." || decoded == "..";
}

}  // namespace

Result<std::string> did_web_document_url(std::string_view did) {
  Result<ParsedDid> parsed = parse_did(did);
  if (!parsed) return parsed.error();
  if (parsed->method != "web") {
    return Error{kUnsupportedDidMethod, "not a did:web DID: " + std::string(did)};
  }
  const std::vector<std::string_view> segments = split(parsed->method_specific_id, ':');
  std::string_view host = segments.front();
  std::string_view port;
  for (std::string_view encoded_colon : {"%3A", "%3a"}) {
    if (const std::size_t at = host.find(encoded_colon); at != std::string_view::npos) {
      port = host.substr(at + 3);
      host = host.substr(0, at);
    }
  }
  if (!is_domain_name(host) || looks_like_ipv4(host)) {
    return invalid_did_web(did, "the host \"" + std::string(host) + "\" is not a domain name");
  }
  if (host.size() != segments.front().size() && !is_port_number(port)) {
    return invalid_did_web(
        did, "the port \"" + std::string(port) + "\" is not a number from 1 to 65535");
  }
  std::string url = "https://" + std::string(host);
  if (!port.empty()) url += ":" + std::string(port);
  if (segments.size() == 1) return url + "/.well-known/did.json";
  for (std::size_t i = 1; i < segments.size(); ++i) {
    if (segments[i].empty() || is_dot_segment(segments[i])) {
      return invalid_did_web(did,
                             "path segment " + std::to_string(i) + " is empty, \".\" or \"..\"");
    }
    url += "/" + std::string(segments[i]);
  }
  return url + "/did.json";
}

Result<std::string> did_web_of_location(std::string_view host_and_path) {
  while (!host_and_path.empty() && host_and_path.back() == '/') host_and_path.remove_suffix(1);
  if (host_and_path.empty()) return Error{"invalid did:web location", "the URL has no host"};
  std::string did = "did:web:";
  for (const char c : host_and_path) {
    const bool allowed = std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' ||
                         c == '_' || c == '/' || c == ':';
    if (!allowed) {
      return Error{"invalid did:web location",
                   std::string("the URL holds '") + c +
                       "', which a did:web cannot carry; use host and path only"};
    }
    if (c == ':') {
      did += "%3A";
    } else if (c == '/') {
      did += ':';
    } else {
      did += c;
    }
  }
  return did;
}

}  // namespace cairn::did
