// DirectoryDocumentLoader: a DocumentLoader that serves JSON documents from local directories,
// each standing in for one URL prefix; for example "https://w3c.github.io/json-ld-api/tests/"
// -> /work/shared/conformance/json-ld-api/tests, so a test suite runs without a network.
//
// It serves nothing else: a URL outside every prefix, with a query, with a "." or ".." segment
// (also percent-encoded), an empty segment or a backslash, or one that resolves (through a
// symbolic link) outside its directory, is refused. Files larger than the size limit are not read.
//
// Thread-safety: add_mapping() must not run concurrently with anything else; once the mappings
// are set, load() may be called from several threads at once.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "canon/json/json_parser.h"
#include "canon/jsonld/document_loader.h"
#include "common/result.h"

namespace cairn::canon::jsonld {

struct DirectoryLoaderLimits {
  std::size_t max_document_bytes = 4u << 20;  // checked before reading
  canon::json::JsonLimits json;               // for parsing what was read
};

class DirectoryDocumentLoader final : public DocumentLoader {
 public:
  using Limits = DirectoryLoaderLimits;

  // A loader with no mappings yet (it serves nothing until add_mapping()).
  explicit DirectoryDocumentLoader(Limits limits = {});
  // A loader with one mapping, as add_mapping(url_prefix, directory) makes it.
  DirectoryDocumentLoader(std::string url_prefix, std::filesystem::path directory,
                          Limits limits = {});

  // Serves the URLs that start with `url_prefix` from the files under `directory`: the rest of
  // the URL, percent-decoded, is the file's path relative to `directory`. A prefix that does not
  // end with "/" gets one, so "https://a.example/x" does not also serve "https://a.example/xy".
  // When several prefixes match a URL, the longest wins.
  void add_mapping(std::string url_prefix, std::filesystem::path directory);

  // Returns the parsed document with document_url = `url` without its fragment, an empty
  // context_url, and content_type "application/json" for a ".json" file, "application/ld+json"
  // otherwise. Returns an Error with code "loading document failed" when no mapping serves
  // `url`, the URL is refused (see above), the file is missing, not a regular file, too large or
  // unreadable, or its text is not strict JSON (the message then gives the parser's error).
  Result<RemoteDocument> load(std::string_view url) const override;

 private:
  struct Mapping {
    std::string url_prefix;
    std::filesystem::path directory;
  };

  Limits limits_;
  std::vector<Mapping> mappings_;
};

}  // namespace cairn::canon::jsonld
