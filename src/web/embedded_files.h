// The files the pages are made of, embedded in the program at build time by
// cmake/embed_files.cmake: one binary to deploy, nothing to find on disk.
//
// Thread-safety: immutable data.
#pragma once

#include <span>
#include <string_view>

namespace cairn::web {

struct EmbeddedFile {
  std::string_view name;  // the path under its folder: "verify.tpl", "en.json", "cairn.css"
  std::string_view content;
};

std::span<const EmbeddedFile> page_templates();    // src/web/templates
std::span<const EmbeddedFile> message_catalogs();  // src/web/messages
std::span<const EmbeddedFile> static_assets();     // src/web/static

}  // namespace cairn::web
