#include "canon/jsonld/directory_document_loader.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <optional>
#include <system_error>
#include <utility>

namespace cairn::canon::jsonld {
namespace fs = std::filesystem;
namespace {

[[noreturn]] void refuse(std::string_view url, const std::string& why) {
  throw Failure("loading document failed", "cannot load <" + std::string(url) + ">: " + why);
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::optional<std::string> percent_decode(std::string_view text) {
  std::string decoded;
  decoded.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '%') {
      decoded += text[i];
      continue;
    }
    if (i + 2 >= text.size()) return std::nullopt;
    const int high = hex_value(text[i + 1]);
    const int low = hex_value(text[i + 2]);
    if (high < 0 || low < 0) return std::nullopt;
    decoded += static_cast<char>(high * 16 + low);
    i += 2;
  }
  return decoded;
}

// The file path, relative to a mapped directory, that `rest` of a URL names; refuses anything
// that could climb out of the directory or name it ambiguously.
fs::path relative_path(std::string_view url, std::string_view rest) {
  const std::optional<std::string> decoded = percent_decode(rest);
  if (!decoded) refuse(url, "malformed percent-encoding");
  if (decoded->find('\0') != std::string::npos || decoded->find('\\') != std::string::npos) {
    refuse(url, "NUL or backslash in the path");
  }
  fs::path path;
  std::size_t start = 0;
  while (true) {
    const std::size_t slash = decoded->find('/', start);
    const std::string segment = decoded->substr(start, slash - start);
    if (segment.empty() || segment == "." || segment == "..") {
      refuse(url, "empty, \".\" or \"..\" path segment");
    }
    path /= segment;
    if (slash == std::string::npos) return path;
    start = slash + 1;
  }
}

std::string read_file(std::string_view url, const fs::path& file, std::size_t max_bytes) {
  std::error_code error;
  const auto size = fs::file_size(file, error);
  if (error) refuse(url, "cannot read " + file.string() + ": " + error.message());
  if (size > max_bytes) {
    refuse(url, file.string() + " has " + std::to_string(size) + " bytes, more than the limit of " +
                    std::to_string(max_bytes));
  }
  std::ifstream stream(file, std::ios::binary);
  std::string text;
  text.reserve(size);
  text.assign(std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>());
  if (stream.bad()) refuse(url, "cannot read " + file.string());
  if (text.size() > max_bytes) refuse(url, file.string() + " grew past the size limit");
  return text;
}

}  // namespace

DirectoryDocumentLoader::DirectoryDocumentLoader(Limits limits) : limits_(std::move(limits)) {}

DirectoryDocumentLoader::DirectoryDocumentLoader(std::string url_prefix, fs::path directory,
                                                 Limits limits)
    : limits_(std::move(limits)) {
  add_mapping(std::move(url_prefix), std::move(directory));
}

void DirectoryDocumentLoader::add_mapping(std::string url_prefix, fs::path directory) {
  if (!url_prefix.ends_with('/')) url_prefix += '/';
  mappings_.push_back({std::move(url_prefix), std::move(directory)});
}

Result<RemoteDocument> DirectoryDocumentLoader::load(std::string_view url) const {
  return capture([&]() -> RemoteDocument {
    const std::string_view without_fragment = url.substr(0, url.find('#'));
    if (without_fragment.find('?') != std::string_view::npos) refuse(url, "URL has a query");
    const Mapping* mapping = nullptr;
    for (const Mapping& candidate : mappings_) {
      if (without_fragment.starts_with(candidate.url_prefix) &&
          (mapping == nullptr || candidate.url_prefix.size() > mapping->url_prefix.size())) {
        mapping = &candidate;
      }
    }
    if (mapping == nullptr) refuse(url, "no local directory serves this URL");

    const fs::path relative =
        relative_path(url, without_fragment.substr(mapping->url_prefix.size()));
    std::error_code error;
    const fs::path root = fs::canonical(mapping->directory, error);
    if (error) refuse(url, "directory " + mapping->directory.string() + ": " + error.message());
    const fs::path file = fs::canonical(root / relative, error);
    if (error) refuse(url, (root / relative).string() + ": " + error.message());
    // A symbolic link inside the directory may point anywhere; only files inside are served.
    if (std::mismatch(root.begin(), root.end(), file.begin(), file.end()).first != root.end())
      refuse(url, file.string() + " lies outside " + root.string());
    if (!fs::is_regular_file(file, error)) refuse(url, file.string() + " is not a regular file");

    const std::string text = read_file(url, file, limits_.max_document_bytes);
    Result<boost::json::value> document = canon::json::parse_json(text, limits_.json);
    if (!document) refuse(url, document.error().to_string());
    RemoteDocument remote;
    remote.document_url = std::string(without_fragment);
    remote.content_type =
        relative.extension() == ".json" ? "application/json" : "application/ld+json";
    remote.document = std::move(document.value());
    return remote;
  });
}

}  // namespace cairn::canon::jsonld
