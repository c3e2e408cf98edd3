#include "store/value.h"

#include <string>
#include <type_traits>

#include "common/result.h"
#include "store/store_errors.h"

namespace cairn::store {

namespace {

template <class T>
constexpr std::string_view kind_name() {
  if constexpr (std::is_same_v<T, std::int64_t>) return "an integer";
  if constexpr (std::is_same_v<T, double>) return "a real";
  if constexpr (std::is_same_v<T, std::string>) return "text";
  if constexpr (std::is_same_v<T, Blob>) return "a blob";
}

[[noreturn]] void fail_value(const std::string& message) {
  throw Failure(std::string(kDatabaseError), message);
}

}  // namespace

std::string_view describe_kind(const Value& value) {
  return std::visit(
      [](const auto& alternative) -> std::string_view {
        using T = std::decay_t<decltype(alternative)>;
        if constexpr (std::is_same_v<T, std::nullptr_t>) {
          return "null";
        } else {
          return kind_name<T>();
        }
      },
      value);
}

Row::Row(std::shared_ptr<const std::vector<std::string>> column_names, std::vector<Value> values)
    : column_names_(std::move(column_names)), values_(std::move(values)) {}

const Value& Row::at(std::size_t index) const {
  if (index >= values_.size()) {
    fail_value("column index " + std::to_string(index) + " is out of range: the row has " +
               std::to_string(values_.size()) + " columns");
  }
  return values_[index];
}

const Value& Row::at(std::string_view name) const { return values_[index_of(name)]; }

std::size_t Row::index_of(std::string_view name) const {
  for (std::size_t i = 0; i < column_names_->size(); ++i) {
    if ((*column_names_)[i] == name) return i;
  }
  fail_value("no column named " + std::string(name) + " in the result");
}

template <class T>
const T& Row::get(std::size_t index) const {
  const Value& value = at(index);
  if (const T* typed = std::get_if<T>(&value)) return *typed;
  const std::string& name = (*column_names_)[index];
  if (std::holds_alternative<std::nullptr_t>(value)) fail_value("column " + name + " is null");
  fail_value("column " + name + " holds " + std::string(describe_kind(value)) + ", not " +
             std::string(kind_name<T>()));
}

template <class T>
const T& Row::get(std::string_view name) const {
  return get<T>(index_of(name));
}

template <class T>
std::optional<T> Row::get_optional(std::size_t index) const {
  if (is_null(index)) return std::nullopt;
  return get<T>(index);
}

template <class T>
std::optional<T> Row::get_optional(std::string_view name) const {
  return get_optional<T>(index_of(name));
}

#define CAIRN_STORE_ROW_GETTERS(T)                                   \
  template const T& Row::get<T>(std::size_t) const;                  \
  template const T& Row::get<T>(std::string_view) const;             \
  template std::optional<T> Row::get_optional<T>(std::size_t) const; \
  template std::optional<T> Row::get_optional<T>(std::string_view) const;

CAIRN_STORE_ROW_GETTERS(std::int64_t)
CAIRN_STORE_ROW_GETTERS(double)
CAIRN_STORE_ROW_GETTERS(std::string)
CAIRN_STORE_ROW_GETTERS(Blob)

#undef CAIRN_STORE_ROW_GETTERS

}  // namespace cairn::store
