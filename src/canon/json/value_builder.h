// ValueBuilder: the boost::json::basic_parser handler behind parse_json().
//
// It builds a boost::json::value from the parser's events on a boost::json::value_stack (each
// array and object made once, when it closes, from its elements) and enforces what Boost.JSON 1.81
// does not: JsonLimits (depth, string bytes, number of values), unique member names (checked as
// each name is read, so the error's offset is the duplicate's), and correctly rounded doubles
// (json_number.h). Objects keep their members in the order written.
//
// When a handler call fails, failure() says why (without the byte offset, which only the parser
// knows); parse_json() adds the offset.
//
// Thread-safety: one builder per parse; not shared.
#pragma once

#include <boost/json/error.hpp>
#include <boost/json/string_view.hpp>
#include <boost/json/value.hpp>
#include <boost/json/value_stack.hpp>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "canon/json/json_parser.h"
#include "common/result.h"

namespace cairn::canon::json {

class ValueBuilder {
 public:
  // basic_parser's own size checks are compile-time constants; the run-time limits are ours.
  static constexpr std::size_t max_array_size = static_cast<std::size_t>(-1);
  static constexpr std::size_t max_object_size = static_cast<std::size_t>(-1);
  static constexpr std::size_t max_string_size = static_cast<std::size_t>(-1);
  static constexpr std::size_t max_key_size = static_cast<std::size_t>(-1);

  explicit ValueBuilder(const JsonLimits& limits)
      : limits_(limits), stack_({}, stack_buffer_, sizeof stack_buffer_) {
    stack_.reset();
  }

  // Why the last handler call returned false, if one did.
  const std::optional<Error>& failure() const { return failure_; }

  // The parsed document. Precondition: the parser reported a complete document.
  boost::json::value take_result() { return stack_.release(); }

  // The basic_parser handler interface; each returns false (and sets `ec`) to stop the parse.
  using string_view = boost::json::string_view;
  using error_code = boost::json::error_code;
  bool on_document_begin(error_code&) { return true; }
  bool on_document_end(error_code&) { return true; }
  bool on_array_begin(error_code& ec);
  bool on_array_end(std::size_t size, error_code& ec);
  bool on_object_begin(error_code& ec);
  bool on_object_end(std::size_t size, error_code& ec);
  bool on_string_part(string_view part, std::size_t total_size, error_code& ec);
  bool on_string(string_view part, std::size_t total_size, error_code& ec);
  bool on_key_part(string_view part, std::size_t total_size, error_code& ec);
  bool on_key(string_view part, std::size_t total_size, error_code& ec);
  bool on_number_part(string_view part, error_code& ec);
  bool on_int64(std::int64_t number, string_view part, error_code& ec);
  bool on_uint64(std::uint64_t number, string_view part, error_code& ec);
  bool on_double(double approximation, string_view part, error_code& ec);
  bool on_bool(bool boolean, error_code& ec);
  bool on_null(error_code& ec);
  // Comments are disabled in the parse options, so these are never called.
  bool on_comment_part(string_view, error_code&) { return true; }
  bool on_comment(string_view, error_code&) { return true; }

 private:
  // An array or object being read. Member names already read are kept for the duplicate check:
  // the first kLinearNames in names_ (compared one by one), any more in a hash set as well.
  struct OpenContainer {
    bool is_object = false;
    std::size_t first_name = 0;  // index of this object's first name in names_
    std::unique_ptr<std::unordered_set<std::string>> many_names;
  };
  struct NameSpan {
    std::size_t offset;
    std::size_t size;
  };
  static constexpr std::size_t kLinearNames = 16;

  bool fail(error_code& ec, std::string code, std::string message);
  bool check_string_size(std::size_t total_size, error_code& ec);
  bool count_value(error_code& ec);
  bool open(bool is_object, error_code& ec);
  void close();
  // Records `name` as a member of the innermost object; false when the object has it already.
  bool note_new_name(std::string_view name);

  const JsonLimits& limits_;
  // Where the value stack keeps the values of the open containers while a typical document is
  // read (about 16 bytes a value), before it needs the heap.
  unsigned char stack_buffer_[8192];
  boost::json::value_stack stack_;
  std::vector<OpenContainer> open_;
  std::string name_bytes_;       // the names in names_, one after the other
  std::vector<NameSpan> names_;  // names of the open objects, innermost last
  std::string key_buffer_;       // leading parts of the member name being read
  std::string number_buffer_;    // parts of the number being read
  std::size_t value_count_ = 0;
  std::optional<Error> failure_;
};

}  // namespace cairn::canon::json
