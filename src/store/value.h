// Value: one SQL value, as bound to a `?` placeholder or read from a result column; Row: one
// result row, read by column index or by column name.
//
// The five kinds are the ones both engines (SQLite, PostgreSQL) store without loss: NULL, 64-bit
// integer, double, text (UTF-8; a NUL byte only on SQLite: PostgreSQL's backend refuses text
// holding one), and Blob (bytes). Booleans are integers 0/1;
// date-times are RFC 3339 text (common/date_time.h).
//
// Row's typed getters throw cairn::Failure (code "database error") when the column does not exist,
// is NULL, or holds another kind ("column email is null", "column id holds text, not an
// integer"). They are meant for functions run by Database::write / Database::read, which turn the
// Failure into an Error after rolling back.
//
// Thread-safety: plain values; distinct objects may be used from distinct threads, and a const
// Row from many.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace cairn::store {

// Bytes stored as a BLOB (SQLite) / bytea (PostgreSQL), kept apart from text so that a value's
// kind survives the round trip.
struct Blob {
  std::vector<std::uint8_t> bytes;
  friend bool operator==(const Blob&, const Blob&) = default;
};

using Value = std::variant<std::nullptr_t, std::int64_t, double, std::string, Blob>;

// The parameters of one statement, bound to its `?` placeholders in order.
using Params = std::span<const Value>;

// "null", "an integer", "a real", "text", "a blob": the kind of `value`, for messages.
std::string_view describe_kind(const Value& value);

class Row {
 public:
  // `column_names` is shared by all rows of one result.
  Row(std::shared_ptr<const std::vector<std::string>> column_names, std::vector<Value> values);

  std::size_t size() const { return values_.size(); }
  const std::vector<std::string>& column_names() const { return *column_names_; }

  // Returns the value of a column; throws Failure when there is no such column.
  const Value& at(std::size_t index) const;
  const Value& at(std::string_view name) const;

  bool is_null(std::size_t index) const {
    return std::holds_alternative<std::nullptr_t>(at(index));
  }
  bool is_null(std::string_view name) const {
    return std::holds_alternative<std::nullptr_t>(at(name));
  }

  // T is std::int64_t, double, std::string or Blob. Returns the column's value; throws Failure
  // when the column is missing, NULL, or of another kind.
  template <class T>
  const T& get(std::size_t index) const;
  template <class T>
  const T& get(std::string_view name) const;

  // As get<T>, but NULL gives nullopt instead of a Failure.
  template <class T>
  std::optional<T> get_optional(std::size_t index) const;
  template <class T>
  std::optional<T> get_optional(std::string_view name) const;

 private:
  std::size_t index_of(std::string_view name) const;

  std::shared_ptr<const std::vector<std::string>> column_names_;
  std::vector<Value> values_;
};

}  // namespace cairn::store
