#include "vc/structure/table_walker.h"

#include <algorithm>

#include "common/date_time.h"
#include "vc/structure/json_path.h"
#include "vc/structure/open_badges_tables.h"
#include "vc/structure/value_checks.h"

namespace cairn::vc::structure {
namespace {

namespace json = boost::json;

std::string quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

// "a Profile", "an Achievement".
std::string with_article(const std::string& noun) {
  const bool vowel =
      !noun.empty() && std::string_view("AEIOUaeiou").find(noun[0]) != std::string_view::npos;
  return (vowel ? "an " : "a ") + noun;
}

std::string display_class(const std::string& class_name) {
  const ClassTable* table = find_class_table(class_name);
  return table ? table->display_name : class_name;
}

std::string context_item_text(ContextItem item) {
  switch (item) {
    case ContextItem::kVc2:
      return quoted("https://www.w3.org/ns/credentials/v2");
    case ContextItem::kVc1:
      return quoted("https://www.w3.org/2018/credentials/v1");
    case ContextItem::kOb3:
      return "the Open Badges 3.0 context "
             "(\"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\")";
    case ContextItem::kClr2:
      return "the CLR 2.0 context "
             "(\"https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json\")";
  }
  return {};
}

bool context_item_matches(ContextItem item, std::string_view text) {
  switch (item) {
    case ContextItem::kVc2:
      return text == "https://www.w3.org/ns/credentials/v2";
    case ContextItem::kVc1:
      return text == "https://www.w3.org/2018/credentials/v1";
    case ContextItem::kOb3:
      return is_ob3_context(text);
    case ContextItem::kClr2:
      return is_clr2_context(text);
  }
  return false;
}

std::string join_quoted(const std::vector<std::string>& values, std::string_view last_word) {
  std::string out;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out += i + 1 == values.size() ? ", " + std::string(last_word) + " " : ", ";
    out += quoted(values[i]);
  }
  return out;
}

// What one value of `rule` must be, for messages: "a URI (https:, did:, urn: ...)".
std::string describe_one(const FieldRule& rule) {
  switch (rule.type) {
    case ValueType::kIri:
      return "a non-empty IRI string";
    case ValueType::kUri:
      return "a URI string with a scheme (https:, did:, urn: ...)";
    case ValueType::kString:
      return "a string";
    case ValueType::kBoolean:
      return "true or false";
    case ValueType::kNumber:
      return "a number";
    case ValueType::kDate:
      return "a date YYYY-MM-DD";
    case ValueType::kDateTime:
      return "a date-time like 2010-01-01T00:00:00Z (xsd:dateTime)";
    case ValueType::kDateTimeZ:
      return "a date-time with a time zone like 2010-01-01T00:00:00Z (xsd:dateTimeStamp)";
    case ValueType::kCompactJws:
      return "a compact JWS string (header.payload.signature)";
    case ValueType::kEnum:
      return "one of " + join_quoted(rule.enum_values, "or") +
             (rule.enum_extensible ? " (or an extension term \"ext:<name>\")" : "");
    case ValueType::kObject:
      return with_article(display_class(rule.class_name)) + " object";
    case ValueType::kUriOrObject:
      return "a URI or " + with_article(display_class(rule.class_name)) + " object";
    case ValueType::kContext:
      return "a context URI or a context object";
    case ValueType::kAny:
      return "a value";
  }
  return {};
}

std::string describe(const FieldRule& rule) {
  if (!rule.cardinality.many) return describe_one(rule);
  std::string out = "an array of " + describe_one(rule);
  if (rule.cardinality.min > 0) {
    out += " (at least " + std::to_string(rule.cardinality.min) + ")";
  }
  if (rule.cardinality.array_compacted) out += ", or a single one";
  return out;
}

std::string_view json_kind(const json::value& value) {
  switch (value.kind()) {
    case json::kind::null:
      return "null";
    case json::kind::bool_:
      return "a boolean";
    case json::kind::int64:
    case json::kind::uint64:
    case json::kind::double_:
      return "a number";
    case json::kind::string:
      return "a string";
    case json::kind::array:
      return "an array";
    case json::kind::object:
      return "an object";
  }
  return "a value";
}

}  // namespace

void TableWalker::add(const LazyJsonPath& path, std::string message, Severity severity) {
  if (stopped_) return;
  if (issues_.size() >= limits_.max_issues) {
    issues_.push_back({path.text(),
                       "limit reached: " + std::to_string(limits_.max_issues) +
                           " issues reported; the rest of the credential was not checked",
                       Severity::kError});
    stopped_ = true;
    return;
  }
  issues_.push_back({path.text(), std::move(message), severity});
}

bool TableWalker::within_limits(const LazyJsonPath& path) {
  if (stopped_) return false;
  if (++values_ > limits_.max_values) {
    add(path, "limit reached: more than " + std::to_string(limits_.max_values) +
                  " values; the rest of the credential was not checked");
    stopped_ = true;
    return false;
  }
  return true;
}

void TableWalker::walk_object(const json::object& value, const ClassTable& table,
                              const LazyJsonPath& path) {
  if (!within_limits(path)) return;
  if (depth_ >= limits_.max_depth) {
    add(path, "limit reached: objects nested more than " + std::to_string(limits_.max_depth) +
                  " deep are not checked");
    return;
  }
  ++depth_;
  for (const FieldRule& rule : table.fields) check_field(value, rule, table, path);
  for (const OneOfRule& rule : table.one_of) check_one_of(value, rule, table, path);
  --depth_;
}

void TableWalker::check_one_of(const json::object& value, const OneOfRule& rule,
                               const ClassTable& table, const LazyJsonPath& path) {
  for (const std::string& name : rule.fields) {
    if (value.contains(name)) return;
  }
  std::string names;
  for (const std::string& name : rule.fields) names += (names.empty() ? "`" : " or `") + name + "`";
  add(path, with_article(table.display_name) + " should have " + names + ": " + rule.why,
      Severity::kWarning);
}

void TableWalker::check_field(const json::object& owner, const FieldRule& rule,
                              const ClassTable& table, const LazyJsonPath& path) {
  const json::value* value = owner.if_contains(rule.name);
  if (value == nullptr) {
    if (rule.cardinality.min > 0) {
      add(LazyJsonPath(path, rule.name), "required field `" + rule.name + "` of " +
                                             table.display_name + " is missing; expected " +
                                             describe(rule));
    }
    return;
  }
  const LazyJsonPath field_path(path, rule.name);
  if (!rule.cardinality.many) {
    if (value->is_array()) {
      add(field_path, "expected " + describe(rule) + ", not an array");
      return;
    }
    check_value(*value, rule, field_path);
  } else if (const json::array* items = value->if_array()) {
    if (items->size() < static_cast<std::size_t>(rule.cardinality.min)) {
      add(field_path, "has " + std::to_string(items->size()) +
                          (items->size() == 1 ? " entry" : " entries") + "; expected " +
                          describe(rule));
    }
    for (std::size_t i = 0; i < items->size() && !stopped_; ++i) {
      check_value((*items)[i], rule, LazyJsonPath(field_path, i));
    }
  } else {
    if (!rule.cardinality.array_compacted) {
      add(field_path,
          "expected " + describe(rule) +
              "; a single value was read as a one-element array (JSON-LD reads it the same, but "
              "the OB 3.0 JSON schema asks for an array)",
          Severity::kWarning);
    }
    if (rule.cardinality.min > 1) add(field_path, "has 1 entry; expected " + describe(rule));
    check_value(*value, rule, field_path);
  }
  const bool has_names = value->is_string() || value->is_array();
  if (!rule.must_include.empty() && has_names) check_type_includes(*value, rule, field_path);
  if (!rule.context_items.empty()) check_context_items(*value, rule, field_path);
}

void TableWalker::check_value(const json::value& value, const FieldRule& rule,
                              const LazyJsonPath& path) {
  if (!within_limits(path)) return;
  const auto wrong_kind = [&] {
    add(path, "expected " + describe_one(rule) + ", found " + std::string(json_kind(value)));
  };
  switch (rule.type) {
    case ValueType::kAny:
      return;
    case ValueType::kBoolean:
      if (!value.is_bool()) wrong_kind();
      return;
    case ValueType::kNumber:
      if (!value.is_number()) wrong_kind();
      return;
    case ValueType::kObject:
      if (const json::object* object = value.if_object()) {
        walk_object(*object, *find_class_table(rule.class_name), path);
      } else {
        wrong_kind();
      }
      return;
    case ValueType::kUriOrObject:
      if (const json::object* object = value.if_object()) {
        walk_object(*object, *find_class_table(rule.class_name), path);
      } else if (const json::string* text = value.if_string()) {
        if (!is_uri(*text))
          add(path, "expected " + describe_one(rule) + ", found " + quoted(*text));
      } else {
        wrong_kind();
      }
      return;
    case ValueType::kContext:
      if (!value.is_object() && !value.is_string()) wrong_kind();
      return;
    default:
      if (const json::string* text = value.if_string()) {
        check_string(*text, rule, path);
      } else {
        wrong_kind();
      }
      return;
  }
}

void TableWalker::check_string(std::string_view text, const FieldRule& rule,
                               const LazyJsonPath& path) {
  const auto fail = [&](std::string why) {
    add(path, "expected " + describe_one(rule) + ", found " + quoted(text) + why);
  };
  switch (rule.type) {
    case ValueType::kIri:
      if (text.empty()) fail("");
      return;
    case ValueType::kUri:
      if (!is_uri(text)) fail("");
      return;
    case ValueType::kDate:
      if (!is_date(text)) fail("");
      return;
    case ValueType::kDateTime:
      if (Result<ParsedDateTime> parsed = parse_date_time(text); !parsed.ok()) {
        add(path, "expected " + describe_one(rule) + "; " + parsed.error().message);
      }
      return;
    case ValueType::kDateTimeZ:
      if (Result<TimePoint> parsed = parse_date_time_stamp(text); !parsed.ok()) {
        add(path, "expected " + describe_one(rule) + "; " + parsed.error().message);
      }
      return;
    case ValueType::kCompactJws:
      if (!is_compact_jws(text)) fail("");
      return;
    case ValueType::kEnum: {
      const bool listed = std::find(rule.enum_values.begin(), rule.enum_values.end(), text) !=
                          rule.enum_values.end();
      if (listed || (rule.enum_extensible && is_extension_term(text))) return;
      if (!rule.enum_extensible) {
        fail("");
        return;
      }
      // An extensible vocabulary: issuers in the wild (DCC's "Program") often leave out the
      // "ext:" prefix; the meaning is still clear, so this is a warning, not a refusal.
      add(path,
          "expected " + describe_one(rule) + "; \"" + std::string(text) +
              "\" is not in the vocabulary and lacks the \"ext:\" prefix an extension needs",
          Severity::kWarning);
      return;
    }
    default:
      return;
  }
}

void TableWalker::check_type_includes(const json::value& value, const FieldRule& rule,
                                      const LazyJsonPath& path) {
  std::vector<std::string> found;
  if (const json::string* text = value.if_string()) {
    found.emplace_back(*text);
  } else if (const json::array* items = value.if_array()) {
    for (const json::value& item : *items) {
      if (const json::string* text = item.if_string()) found.emplace_back(*text);
    }
  }
  for (const std::vector<std::string>& choice : rule.must_include) {
    const bool present = std::any_of(choice.begin(), choice.end(), [&](const std::string& name) {
      return std::find(found.begin(), found.end(), name) != found.end();
    });
    if (present) continue;
    std::string message = rule.cardinality.many ? "must include " : "must be ";
    message += choice.size() == 1 ? quoted(choice[0]) : "one of " + join_quoted(choice, "or");
    message += found.empty() ? "; found no type name" : "; found " + join_quoted(found, "and");
    add(path, std::move(message));
  }
}

void TableWalker::check_context_items(const json::value& value, const FieldRule& rule,
                                      const LazyJsonPath& path) {
  const json::array* items = value.if_array();
  for (std::size_t i = 0; i < rule.context_items.size(); ++i) {
    const json::value* item =
        items ? (i < items->size() ? &(*items)[i] : nullptr) : (i == 0 ? &value : nullptr);
    if (item == nullptr) return;  // too few entries: reported by the cardinality check
    const LazyJsonPath item_path(path, i);
    const json::string* text = item->if_string();
    if (text == nullptr || !context_item_matches(rule.context_items[i], *text)) {
      const std::string ordinal = i == 0   ? "first"
                                  : i == 1 ? "second"
                                           : "entry " + std::to_string(i + 1);
      add(items ? item_path : path, "the " + ordinal + " @context entry must be " +
                                        context_item_text(rule.context_items[i]) + "; found " +
                                        (text ? quoted(*text) : std::string(json_kind(*item))));
    }
  }
}

}  // namespace cairn::vc::structure
