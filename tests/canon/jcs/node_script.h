// Runs one of this folder's Node.js scripts on a file of lines, for differential tests against
// JavaScript, whose JSON.stringify and String(x) RFC 8785 takes as its definition.
//
// Thread-safety: each call uses its own temporary directory.
#pragma once

#include <string>
#include <vector>

namespace cairn::canon::jcs::testing {

struct NodeScriptRun {
  std::string error;                // empty on success; otherwise what went wrong
  std::vector<std::string> output;  // the lines the script wrote
};

// Writes `input_lines` to a temporary file, runs `node <script> <input> <output>` with the script
// tests/canon/jcs/<script_name>, and returns the output file's lines. Node is a required
// dependency: when it is not on PATH, `error` says so.
NodeScriptRun run_node_script(const std::string& script_name,
                              const std::vector<std::string>& input_lines);

}  // namespace cairn::canon::jcs::testing
