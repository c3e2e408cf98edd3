#include "canon/jsonld/iri.h"

#include <optional>

#include "common/ascii.h"

namespace cairn::canon::jsonld {

namespace {

constexpr bool is_whitespace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Length of the scheme at the start of `value` when a colon follows it, else 0.
std::size_t scheme_length(std::string_view value) {
  if (value.empty() || !is_ascii_alpha(value.front())) return 0;
  for (std::size_t i = 1; i < value.size(); ++i) {
    const char c = value[i];
    if (c == ':') return i;
    if (!is_ascii_alpha(c) && !is_ascii_digit(c) && c != '+' && c != '-' && c != '.') return 0;
  }
  return 0;
}

// The five components of RFC 3986 Appendix B; a component absent from the reference is
// std::nullopt (an empty one is an empty view), which section 5.2.2 tells apart.
struct IriComponents {
  std::optional<std::string_view> scheme;
  std::optional<std::string_view> authority;
  std::string_view path;
  std::optional<std::string_view> query;
  std::optional<std::string_view> fragment;
};

IriComponents split_components(std::string_view iri) {
  IriComponents parts;
  if (const std::size_t hash = iri.find('#'); hash != std::string_view::npos) {
    parts.fragment = iri.substr(hash + 1);
    iri = iri.substr(0, hash);
  }
  if (const std::size_t question = iri.find('?'); question != std::string_view::npos) {
    parts.query = iri.substr(question + 1);
    iri = iri.substr(0, question);
  }
  // Appendix B's scheme is any run of characters other than ":/?#" before a colon.
  if (const std::size_t colon = iri.find(':');
      colon != std::string_view::npos && colon > 0 &&
      iri.substr(0, colon).find('/') == std::string_view::npos) {
    parts.scheme = iri.substr(0, colon);
    iri = iri.substr(colon + 1);
  }
  if (iri.starts_with("//")) {
    const std::size_t end = iri.find('/', 2);
    parts.authority =
        iri.substr(2, end == std::string_view::npos ? std::string_view::npos : end - 2);
    iri = end == std::string_view::npos ? std::string_view{} : iri.substr(end);
  }
  parts.path = iri;
  return parts;
}

// RFC 3986 section 5.2.4.
std::string remove_dot_segments(std::string_view input) {
  std::string output;
  output.reserve(input.size());
  while (!input.empty()) {
    if (input.starts_with("../")) {
      input.remove_prefix(3);
    } else if (input.starts_with("./")) {
      input.remove_prefix(2);
    } else if (input.starts_with("/./")) {
      input.remove_prefix(2);
    } else if (input == "/.") {
      input = "/";
    } else if (input.starts_with("/../") || input == "/..") {
      input = input.size() == 3 ? std::string_view("/") : input.substr(3);
      const std::size_t last_slash = output.rfind('/');
      output.erase(last_slash == std::string::npos ? 0 : last_slash);
    } else if (input == "." || input == "..") {
      input = {};
    } else {
      const std::size_t next = input.find('/', input.front() == '/' ? 1 : 0);
      const std::size_t length = next == std::string_view::npos ? input.size() : next;
      output.append(input.substr(0, length));
      input.remove_prefix(length);
    }
  }
  return output;
}

// RFC 3986 section 5.2.3.
std::string merge_paths(const IriComponents& base, std::string_view reference_path) {
  std::string_view directory;  // what the reference path is appended to
  if (base.authority && base.path.empty()) {
    directory = "/";
  } else if (const std::size_t last_slash = base.path.rfind('/');
             last_slash != std::string_view::npos) {
    directory = base.path.substr(0, last_slash + 1);
  }
  std::string merged;
  merged.reserve(directory.size() + reference_path.size());
  merged.append(directory).append(reference_path);
  return merged;
}

// RFC 3986 section 5.3.
std::string recompose(std::string_view scheme, std::optional<std::string_view> authority,
                      std::string_view path, std::optional<std::string_view> query,
                      std::optional<std::string_view> fragment) {
  std::string result;
  result.reserve(scheme.size() + path.size() + 16 + (authority ? authority->size() : 0) +
                 (query ? query->size() : 0) + (fragment ? fragment->size() : 0));
  if (!scheme.empty()) result.append(scheme).push_back(':');
  if (authority) result.append("//").append(*authority);
  result.append(path);
  if (query) result.append("?").append(*query);
  if (fragment) result.append("#").append(*fragment);
  return result;
}

}  // namespace

bool is_absolute_iri(std::string_view value) {
  if (scheme_length(value) == 0) return false;
  for (const char c : value) {
    if (is_whitespace(c)) return false;
  }
  return true;
}

bool is_blank_node_identifier(std::string_view value) { return value.starts_with("_:"); }

std::string resolve_iri(std::string_view base, std::string_view reference) {
  if (base.empty()) return std::string(reference);
  const IriComponents ref = split_components(reference);
  const IriComponents base_parts = split_components(base);
  std::string_view scheme;
  std::optional<std::string_view> authority;
  std::string path;
  std::optional<std::string_view> query;
  if (ref.scheme) {
    scheme = *ref.scheme;
    authority = ref.authority;
    path = remove_dot_segments(ref.path);
    query = ref.query;
  } else {
    scheme = base_parts.scheme.value_or(std::string_view{});
    if (ref.authority) {
      authority = ref.authority;
      path = remove_dot_segments(ref.path);
      query = ref.query;
    } else {
      authority = base_parts.authority;
      if (ref.path.empty()) {
        path = std::string(base_parts.path);
        query = ref.query ? ref.query : base_parts.query;
      } else {
        path = remove_dot_segments(ref.path.front() == '/' ? std::string(ref.path)
                                                           : merge_paths(base_parts, ref.path));
        query = ref.query;
      }
    }
  }
  return recompose(scheme, authority, path, query, ref.fragment);
}

}  // namespace cairn::canon::jsonld
