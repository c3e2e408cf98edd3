#include "store/postgres_connection.h"

#include <libpq-fe.h>

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cstring>
#include <exception>
#include <optional>
#include <type_traits>

#include "store/postgres_sql_scanner.h"
#include "store/store_errors.h"

namespace cairn::store {

namespace {

// Type OIDs from PostgreSQL's pg_type catalog; they are fixed for built-in types.
constexpr Oid kBoolOid = 16;
constexpr Oid kByteaOid = 17;
constexpr Oid kInt8Oid = 20;
constexpr Oid kInt2Oid = 21;
constexpr Oid kInt4Oid = 23;
constexpr Oid kTextOid = 25;
constexpr Oid kOidOid = 26;
constexpr Oid kFloat4Oid = 700;
constexpr Oid kFloat8Oid = 701;
constexpr Oid kNumericOid = 1700;

constexpr int kTextFormat = 0;
constexpr int kBinaryFormat = 1;

struct ClearResult {
  void operator()(PGresult* result) const { PQclear(result); }
};
using ResultHandle = std::unique_ptr<PGresult, ClearResult>;

[[noreturn]] void fail_connection(const std::string& message) {
  throw Failure(std::string(kDatabaseError), message);
}

// libpq messages end with a newline and may span lines; one line reads better in a log.
std::string one_line(std::string message) {
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  std::replace(message.begin(), message.end(), '\n', ' ');
  return message;
}

// Replaces every "quoted" part of a libpq URI parse error: it may be a piece of the password.
std::string without_quoted_parts(const std::string& message) {
  std::string result;
  bool quoted = false;
  for (const char c : message) {
    if (c == '"') {
      result += quoted ? "\"" : "\"...";
      quoted = !quoted;
    } else if (!quoted) {
      result += c;
    }
  }
  return result;
}

std::string without(std::string message, const std::string& secret) {
  if (secret.empty()) return message;
  for (std::size_t at = message.find(secret); at != std::string::npos;
       at = message.find(secret, at)) {
    message.replace(at, secret.size(), "***");
  }
  return message;
}

// Returns the password `uri` carries ("" when none); throws when libpq cannot parse it.
std::string password_of(const std::string& uri) {
  char* error = nullptr;
  PQconninfoOption* options = PQconninfoParse(uri.c_str(), &error);
  if (options == nullptr) {
    std::string message =
        error != nullptr ? without_quoted_parts(one_line(error)) : "out of memory";
    PQfreemem(error);
    fail_connection("the PostgreSQL connection URI is malformed: " + message);
  }
  std::string password;
  for (const PQconninfoOption* option = options; option->keyword != nullptr; ++option) {
    if (std::strcmp(option->keyword, "password") == 0 && option->val != nullptr) {
      password = option->val;
    }
  }
  PQconninfoFree(options);
  return password;
}

void ignore_notice(void*, const char*) {}

// The parameters of one statement, in the arrays PQsendQueryParams takes.
class EncodedParams {
 public:
  EncodedParams(std::string_view sql, Params params) {
    const std::size_t count = params.size();
    types_.resize(count);
    values_.resize(count);
    lengths_.resize(count);
    formats_.resize(count);
    numbers_.resize(count);
    for (std::size_t i = 0; i < count; ++i) {
      std::visit([&](const auto& value) { encode(sql, i, value); }, params[i]);
    }
  }

  int count() const { return static_cast<int>(types_.size()); }
  const Oid* types() const { return types_.data(); }
  const char* const* values() const { return values_.data(); }
  const int* lengths() const { return lengths_.data(); }
  const int* formats() const { return formats_.data(); }

 private:
  void encode(std::string_view, std::size_t i, std::nullptr_t) {
    types_[i] = 0;  // untyped: the server infers the type from where the value goes
    values_[i] = nullptr;
  }
  void encode(std::string_view, std::size_t i, std::int64_t value) {
    encode_number(i, kInt8Oid, static_cast<std::uint64_t>(value));
  }
  void encode(std::string_view, std::size_t i, double value) {
    encode_number(i, kFloat8Oid, std::bit_cast<std::uint64_t>(value));
  }
  void encode(std::string_view sql, std::size_t i, const std::string& value) {
    if (value.find('\0') != std::string::npos) {
      throw_statement_error(sql, "parameter " + std::to_string(i + 1) +
                                     " is text holding a NUL byte, which PostgreSQL text "
                                     "cannot store; bind bytes as a Blob");
    }
    types_[i] = kTextOid;
    values_[i] = value.c_str();
    formats_[i] = kTextFormat;
  }
  void encode(std::string_view sql, std::size_t i, const Blob& value) {
    if (value.bytes.size() > static_cast<std::size_t>(INT32_MAX)) {
      throw_statement_error(sql, "parameter " + std::to_string(i + 1) + " is a blob over 2 GiB");
    }
    types_[i] = kByteaOid;
    // A null pointer would send NULL, so an empty blob points at something.
    values_[i] = value.bytes.empty() ? "" : reinterpret_cast<const char*>(value.bytes.data());
    lengths_[i] = static_cast<int>(value.bytes.size());
    formats_[i] = kBinaryFormat;
  }

  // Binary int8 and float8 are 8 bytes in network (big-endian) order.
  void encode_number(std::size_t i, Oid type, std::uint64_t bits) {
    for (int byte = 7; byte >= 0; --byte) {
      numbers_[i][static_cast<std::size_t>(byte)] = static_cast<char>(bits & 0xff);
      bits >>= 8;
    }
    types_[i] = type;
    values_[i] = numbers_[i].data();
    lengths_[i] = 8;
    formats_[i] = kBinaryFormat;
  }

  std::vector<Oid> types_;
  std::vector<const char*> values_;
  std::vector<int> lengths_;
  std::vector<int> formats_;
  std::vector<std::array<char, 8>> numbers_;
};

template <class Number>
bool parse_whole(std::string_view text, Number& number) {
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  return error == std::errc() && end == text.data() + text.size();
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

[[noreturn]] void fail_column(std::string_view sql, const char* name, std::string_view problem) {
  throw_statement_error(sql, "column " + std::string(name) + " " + std::string(problem));
}

// One column value in PostgreSQL's text output form, as a Value (see the header for the mapping).
Value decode(std::string_view sql, const PGresult* result, int row, int column) {
  if (PQgetisnull(result, row, column)) return nullptr;
  const std::string_view text(PQgetvalue(result, row, column),
                              static_cast<std::size_t>(PQgetlength(result, row, column)));
  const char* name = PQfname(result, column);
  switch (PQftype(result, column)) {
    case kInt2Oid:
    case kInt4Oid:
    case kInt8Oid:
    case kOidOid: {
      std::int64_t number = 0;
      if (!parse_whole(text, number)) fail_column(sql, name, "holds an integer out of range");
      return number;
    }
    case kNumericOid: {
      std::int64_t integer = 0;
      if (parse_whole(text, integer)) return integer;
      [[fallthrough]];
    }
    case kFloat4Oid:
    case kFloat8Oid: {
      double real = 0;
      if (!parse_whole(text, real)) fail_column(sql, name, "holds a number out of range");
      return real;
    }
    case kBoolOid:
      return std::int64_t{text == "t" ? 1 : 0};
    case kByteaOid: {
      // bytea_output is set to hex when the connection opens: \x followed by two digits a byte.
      if (!text.starts_with("\\x") || text.size() % 2 != 0) {
        fail_column(sql, name, "holds bytea in an unexpected output format");
      }
      Blob blob;
      blob.bytes.reserve(text.size() / 2 - 1);
      for (std::size_t i = 2; i < text.size(); i += 2) {
        const int high = hex_digit(text[i]);
        const int low = hex_digit(text[i + 1]);
        if (high < 0 || low < 0) fail_column(sql, name, "holds malformed hex bytea");
        blob.bytes.push_back(static_cast<std::uint8_t>(high * 16 + low));
      }
      return blob;
    }
    default:
      return std::string(text);
  }
}

bool changes_rows(std::string_view command_status) {
  for (const std::string_view verb : {"INSERT ", "UPDATE ", "DELETE ", "MERGE "}) {
    if (command_status.starts_with(verb)) return true;
  }
  return false;
}

}  // namespace

void PostgresConnection::Finish::operator()(pg_conn* handle) const { PQfinish(handle); }

PostgresConnection::PostgresConnection(pg_conn* handle, const PostgresConnectionSettings& settings)
    : Connection(settings.limits), handle_(handle) {}

std::unique_ptr<PostgresConnection> PostgresConnection::open(
    const std::string& uri, const PostgresConnectionSettings& settings) {
  const std::string password = password_of(uri);
  // libpq counts a connect_timeout below 2 as 2, and 0 as forever: keep it finite.
  const std::string connect_timeout =
      std::to_string(std::max<std::int64_t>(settings.connect_timeout.count(), 2));
  // dbname first: with expand_dbname it is read as the whole URI, and the later keywords win.
  const char* const keywords[] = {"dbname", "connect_timeout", "client_encoding",
                                  "fallback_application_name", nullptr};
  const char* const values[] = {uri.c_str(), connect_timeout.c_str(), "UTF8", "cairn", nullptr};
  pg_conn* handle = PQconnectdbParams(keywords, values, 1);
  if (handle == nullptr) fail_connection("cannot connect to PostgreSQL: out of memory");
  std::unique_ptr<PostgresConnection> connection(new PostgresConnection(handle, settings));
  if (PQstatus(handle) != CONNECTION_OK) {
    fail_connection("cannot connect to PostgreSQL: " +
                    without(one_line(PQerrorMessage(handle)), password));
  }
  PQsetNoticeProcessor(handle, ignore_notice, nullptr);
  // What the rest of this file relies on, whatever the server's or role's defaults: strings
  // where a backslash is plain (the scanner), hex bytea and exact floats (decode). The statement
  // timeout applies to every statement of the session.
  const std::string setup =
      "SET standard_conforming_strings = on; SET bytea_output = 'hex'; "
      "SET extra_float_digits = 3; SET statement_timeout = " +
      std::to_string(std::max<std::int64_t>(settings.statement_timeout.count(), 0));
  ResultHandle result(PQexec(handle, setup.c_str()));
  if (PQresultStatus(result.get()) != PGRES_COMMAND_OK) connection->fail(result.get(), "SET");
  return connection;
}

void PostgresConnection::fail(const pg_result* result, std::string_view sql) const {
  const char* sqlstate = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  const char* primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
  if (sqlstate == nullptr || primary == nullptr) {
    // Raised by libpq itself: the connection broke, or the server could not be understood.
    throw_statement_error(sql, one_line(PQerrorMessage(handle_.get())));
  }
  const std::string_view state(sqlstate);
  if (state == "25006") {
    throw_statement_error(sql, "writes, but runs in a read transaction; use Database::write");
  }
  std::string message(primary);
  if (state.starts_with("22")) message = message.substr(0, message.find(':'));
  message += " (SQLSTATE " + std::string(state) + ")";
  if (state == "40001" || state == "40P01") {
    throw TransactionConflict(summarize_statement(sql) + ": " + message);
  }
  throw_statement_error(sql, message);
}

static_assert(std::is_same_v<Oid, unsigned>, "the prepared statements keep Oids as unsigned");

const std::string* PostgresConnection::find_prepared(std::string_view sql,
                                                     std::span<const unsigned> types) const {
  const auto found = prepared_.find(sql);
  if (found == prepared_.end()) return nullptr;
  for (const PreparedStatement& statement : found->second) {
    if (std::ranges::equal(statement.types, types)) return &statement.name;
  }
  return nullptr;
}

const std::string* PostgresConnection::prepare(std::string_view sql, const std::string& text,
                                               std::span<const unsigned> types) {
  if (prepared_count_ >= kMaxPreparedStatements) return nullptr;
  std::string name = "cairn_" + std::to_string(prepared_count_ + 1);
  const ResultHandle result(PQprepare(handle_.get(), name.c_str(), text.c_str(),
                                      static_cast<int>(types.size()), types.data()));
  if (PQresultStatus(result.get()) != PGRES_COMMAND_OK) fail(result.get(), sql);
  ++prepared_count_;
  auto& statements = prepared_.try_emplace(std::string(sql)).first->second;
  statements.push_back({std::vector<unsigned>(types.begin(), types.end()), std::move(name)});
  return &statements.back().name;
}

PostgresConnection::Completion PostgresConnection::run(std::string_view sql, Params params,
                                                       std::vector<Row>* rows, std::size_t max_rows,
                                                       Plan plan) {
  const EncodedParams encoded(sql, params);
  const std::span<const unsigned> types(encoded.types(), static_cast<std::size_t>(encoded.count()));
  const bool preparable = plan == Plan::kPrepared && params.size() <= kMaxPreparedParameters;
  // A statement prepared before had its placeholders rewritten and counted then.
  const std::string* prepared = preparable ? find_prepared(sql, types) : nullptr;
  std::optional<PostgresStatement> statement;
  if (prepared == nullptr) {
    statement = rewrite_placeholders(sql);
    if (statement->placeholder_count != params.size()) {
      throw_statement_error(sql, "has " + std::to_string(statement->placeholder_count) +
                                     " placeholders but " + std::to_string(params.size()) +
                                     " parameters were given");
    }
    if (preparable) prepared = prepare(sql, statement->text, types);
  }
  pg_conn* handle = handle_.get();
  const int sent =
      prepared != nullptr
          ? PQsendQueryPrepared(handle, prepared->c_str(), encoded.count(), encoded.values(),
                                encoded.lengths(), encoded.formats(), kTextFormat)
          : PQsendQueryParams(handle, statement->text.c_str(), encoded.count(), encoded.types(),
                              encoded.values(), encoded.lengths(), encoded.formats(), kTextFormat);
  if (!sent) fail(nullptr, sql);
  PQsetSingleRowMode(handle);

  // Every result is read, whatever happens, so that the connection is ready for the next
  // statement (or the ROLLBACK); the first problem is raised at the end.
  Completion completion{"", 0};
  ResultHandle error;
  std::exception_ptr decode_error;
  bool copy_refused = false;
  std::shared_ptr<std::vector<std::string>> names;
  while (ResultHandle result{PQgetResult(handle)}) {
    switch (PQresultStatus(result.get())) {
      case PGRES_SINGLE_TUPLE:
        if (rows == nullptr || rows->size() > max_rows || decode_error) break;
        try {
          const int columns = PQnfields(result.get());
          if (!names) {
            names = std::make_shared<std::vector<std::string>>();
            for (int column = 0; column < columns; ++column) {
              names->emplace_back(PQfname(result.get(), column));
            }
          }
          std::vector<Value> values;
          values.reserve(static_cast<std::size_t>(columns));
          for (int column = 0; column < columns; ++column) {
            values.push_back(decode(sql, result.get(), 0, column));
          }
          rows->emplace_back(names, std::move(values));
        } catch (...) {
          decode_error = std::current_exception();
        }
        break;
      case PGRES_TUPLES_OK:
      case PGRES_COMMAND_OK:
        completion.command_status = PQcmdStatus(result.get());
        if (changes_rows(completion.command_status)) {
          parse_whole(std::string_view(PQcmdTuples(result.get())), completion.changed_rows);
        }
        break;
      case PGRES_COPY_IN:
        // COPY FROM STDIN would wait for data forever: end it at once, as a failure.
        PQputCopyEnd(handle, "COPY is not supported");
        copy_refused = true;
        break;
      case PGRES_COPY_OUT: {
        char* buffer = nullptr;
        while (PQgetCopyData(handle, &buffer, 0) > 0) PQfreemem(buffer);
        copy_refused = true;
        break;
      }
      default:
        if (!error) error = std::move(result);
    }
  }
  if (copy_refused) throw_statement_error(sql, "COPY is not supported through cairn::store");
  if (error) fail(error.get(), sql);
  if (decode_error) std::rethrow_exception(decode_error);
  return completion;
}

std::int64_t PostgresConnection::run_execute(std::string_view sql, Params params) {
  return run(sql, params, nullptr, 0, Plan::kPrepared).changed_rows;
}

std::vector<Row> PostgresConnection::run_query(std::string_view sql, Params params,
                                               std::size_t max_rows) {
  std::vector<Row> rows;
  run(sql, params, &rows, max_rows, Plan::kPrepared);
  return rows;
}

void PostgresConnection::run_script(std::string_view sql) {
  // One statement at a time, so that an error names the statement that failed.
  for (const std::string_view statement : split_script(sql)) run(statement, {}, nullptr, 0);
}

void PostgresConnection::begin(TransactionMode mode) {
  switch (mode) {
    case TransactionMode::kSingleRead:
      return;  // the statement runs on its own, in the session's default READ COMMITTED
    case TransactionMode::kRead:
      run("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", {}, nullptr, 0);
      return;
    case TransactionMode::kWrite:
      run("BEGIN ISOLATION LEVEL SERIALIZABLE", {}, nullptr, 0);
      return;
    case TransactionMode::kSchemaWrite: {
      run("BEGIN ISOLATION LEVEL READ COMMITTED", {}, nullptr, 0);
      const Value key = kSchemaLockKey;
      run("SELECT pg_advisory_xact_lock(?)", Params(&key, 1), nullptr, 0);
      return;
    }
  }
}

void PostgresConnection::commit() {
  if (mode() == TransactionMode::kSingleRead) return;
  const Completion completion = run("COMMIT", {}, nullptr, 0);
  if (completion.command_status != "COMMIT") {
    throw_statement_error("COMMIT",
                          "PostgreSQL rolled the transaction back, as a statement in it had "
                          "failed; let statement errors propagate out of the transaction function");
  }
}

bool PostgresConnection::rollback() noexcept {
  pg_conn* handle = handle_.get();
  switch (PQtransactionStatus(handle)) {
    case PQTRANS_IDLE:
      return true;
    case PQTRANS_INTRANS:
    case PQTRANS_INERROR: {
      PGresult* result = PQexec(handle, "ROLLBACK");
      const bool rolled_back = PQresultStatus(result) == PGRES_COMMAND_OK;
      PQclear(result);
      return rolled_back && PQtransactionStatus(handle) == PQTRANS_IDLE;
    }
    default:  // a statement still running, or the connection is broken
      return false;
  }
}

}  // namespace cairn::store
