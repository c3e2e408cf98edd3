// Result<T>: the value of a call that can fail, or the Error that says why.
//
// Library boundaries return Result<T> instead of throwing, so a caller sees in the signature that
// a call can fail and must decide what to do. Inside a layer, code may throw cairn::Failure and
// convert it to a Result at the boundary with capture().
//
// Thread-safety: a Result is a plain value; distinct objects may be used from distinct threads.
#pragma once

#include <stdexcept>
#include <string>
#include <utility>
#include <variant>

namespace cairn {

// What went wrong. `code` is stable and machine-readable (for JSON-LD errors it is the error code
// the specification names, e.g. "invalid IRI mapping"); `message` says what was wrong and where,
// for a person.
struct Error {
  std::string code;
  std::string message;

  // "code: message", or just the code when there is no message.
  std::string to_string() const { return message.empty() ? code : code + ": " + message; }
};

// The exception used inside a layer; capture() turns it into an Error at the boundary.
class Failure : public std::runtime_error {
 public:
  Failure(std::string code, const std::string& message)
      : std::runtime_error(code + ": " + message), error_{std::move(code), message} {}
  const Error& error() const { return error_; }

 private:
  Error error_;
};

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value)
      : state_(std::in_place_index<0>, std::move(value)) {}  // NOLINT: implicit on purpose
  Result(Error error) : state_(std::in_place_index<1>, std::move(error)) {}  // NOLINT

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }

  // Precondition: ok().
  T& value() & { return std::get<0>(state_); }
  const T& value() const& { return std::get<0>(state_); }
  T&& value() && { return std::get<0>(std::move(state_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  // Precondition: !ok().
  const Error& error() const { return std::get<1>(state_); }

 private:
  std::variant<T, Error> state_;
};

// Runs fn() and returns its value, or the Error of a Failure it threw.
template <class Fn>
auto capture(Fn&& fn) -> Result<decltype(fn())> {
  try {
    return fn();
  } catch (const Failure& failure) {
    return failure.error();
  }
}

}  // namespace cairn
