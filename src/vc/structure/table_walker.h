// TableWalker: applies ClassTables to a JSON object tree and records a StructureIssue for every
// broken rule. The one place where table rows turn into checks. Internal to cairn_vc_structure.
//
// Thread-safety: one walker per validation; it holds the issue list it appends to.
#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "vc/structure/class_table.h"
#include "vc/structure/credential_structure.h"
#include "vc/structure/json_path.h"

namespace cairn::vc::structure {

class TableWalker {
 public:
  TableWalker(const StructureLimits& limits, std::vector<StructureIssue>& issues)
      : limits_(limits), issues_(issues) {}

  // Checks `value`, found at `path` ("$"), against `table` and, through its rows, every object
  // inside.
  void walk_object(const boost::json::object& value, const ClassTable& table,
                   std::string_view path) {
    walk_object(value, table, LazyJsonPath(path));
  }

 private:
  void walk_object(const boost::json::object& value, const ClassTable& table,
                   const LazyJsonPath& path);
  void check_field(const boost::json::object& owner, const FieldRule& rule, const ClassTable& table,
                   const LazyJsonPath& path);
  void check_value(const boost::json::value& value, const FieldRule& rule,
                   const LazyJsonPath& path);
  void check_string(std::string_view text, const FieldRule& rule, const LazyJsonPath& path);
  void check_type_includes(const boost::json::value& value, const FieldRule& rule,
                           const LazyJsonPath& path);
  void check_context_items(const boost::json::value& value, const FieldRule& rule,
                           const LazyJsonPath& path);
  void check_one_of(const boost::json::object& value, const OneOfRule& rule,
                    const ClassTable& table, const LazyJsonPath& path);

  void add(const LazyJsonPath& path, std::string message, Severity severity = Severity::kError);
  // False, after recording why, once a limit is reached.
  bool within_limits(const LazyJsonPath& path);

  const StructureLimits& limits_;
  std::vector<StructureIssue>& issues_;
  std::size_t depth_ = 0;
  std::size_t values_ = 0;
  bool stopped_ = false;
};

}  // namespace cairn::vc::structure
