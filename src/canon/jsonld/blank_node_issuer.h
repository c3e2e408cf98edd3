// BlankNodeIssuer: the Generate Blank Node Identifier algorithm of JSON-LD 1.1 Processing
// Algorithms. It hands out fresh blank node identifiers "_:b0", "_:b1", ... and relabels the
// identifiers a document wrote itself, the same input label always getting the same new label,
// so labels written in a document can never collide with labels made up by the processor.
//
// One issuer serves one run of node map generation and the toRdf conversion that follows it:
// the blank nodes of lists and compound literals continue the same counter.
//
// Thread-safety: not thread-safe; one issuer belongs to one conversion.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

namespace cairn::canon::jsonld {

class BlankNodeIssuer {
 public:
  // `prefix` starts every issued identifier; it must itself be a blank node identifier prefix
  // such as "_:b" so that everything issued is a well-formed blank node identifier.
  explicit BlankNodeIssuer(std::string prefix = "_:b");

  // Returns the identifier issued earlier for `written`, or issues a new one and remembers it.
  std::string relabel(std::string_view written);

  // Returns a new identifier that no written identifier is mapped to.
  std::string issue();

  // How many identifiers were issued so far.
  std::uint64_t issued_count() const { return counter_; }

 private:
  std::string prefix_;
  std::uint64_t counter_ = 0;
  std::unordered_map<std::string, std::string> relabeled_;
};

}  // namespace cairn::canon::jsonld
