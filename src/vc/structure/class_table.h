// ClassTable: one class of a data model table, as data. Internal to cairn_vc_structure.
//
// Each FieldRule is one row of a table in OB 3.0 Appendix B: the property, its value type and its
// cardinality, plus the constraints the tables attach ("type MUST include 'Achievement'",
// "@context: first item https://www.w3.org/ns/credentials/v2"). table_walker.h applies them.
//
// Thread-safety: immutable after construction.
#pragma once

#include <string>
#include <vector>

namespace cairn::vc::structure {

enum class ValueType {
  kIri,     // a non-empty string: an IRI or a term the context maps to one ("Achievement")
  kUri,     // a string with a URI scheme ("https:", "did:", "urn:")
  kString,  // any string (String, Markdown, LanguageCode, PhoneNumber, EmailAddress ...)
  kBoolean,
  kNumber,       // Float
  kDate,         // xsd:date, YYYY-MM-DD
  kDateTime,     // xsd:dateTime, time zone optional
  kDateTimeZ,    // xsd:dateTimeStamp, time zone required
  kCompactJws,   // three base64url segments separated by dots
  kEnum,         // a string from `enum_values` (or, when `enum_extensible`, "ext:" + a name)
  kObject,       // an object of class `class_name`
  kUriOrObject,  // a URI, or an object of class `class_name` (ProfileRef, VC issuer)
  kContext,      // a JSON-LD context entry: a URI or an object; see `context_items`
  kAny,          // any JSON value (VC 2.0 language-value names and the like)
};

// Fixed entries the @context list must start with, in order.
enum class ContextItem {
  kVc2,   // https://www.w3.org/ns/credentials/v2
  kVc1,   // https://www.w3.org/2018/credentials/v1
  kOb3,   // https://purl.imsglobal.org/spec/ob/v3p0/context[-3.x.y].json
  kClr2,  // https://purl.imsglobal.org/spec/clr/v2p0/context[-2.x.y].json
};

struct Cardinality {
  int min = 0;                   // 0 optional, 1 required, 2 for "2..*"
  bool many = false;             // "..*": a JSON array
  bool array_compacted = false;  // a single value may stand for a one-element array
};

inline constexpr Cardinality kOptional{0, false, false};           // 0..1
inline constexpr Cardinality kRequired{1, false, false};           // 1
inline constexpr Cardinality kZeroOrMore{0, true, false};          // 0..*
inline constexpr Cardinality kOneOrMore{1, true, false};           // 1..*
inline constexpr Cardinality kZeroOrMoreCompacted{0, true, true};  // 0..* array-compacted
inline constexpr Cardinality kOneOrMoreCompacted{1, true, true};   // 1..* array-compacted

struct FieldRule {
  std::string name;
  ValueType type = ValueType::kString;
  Cardinality cardinality;
  std::string class_name;  // kObject, kUriOrObject: the class of the object
  // For `type` fields: each inner list is a "MUST include one of these" constraint.
  std::vector<std::vector<std::string>> must_include;
  std::vector<std::string> enum_values;    // kEnum
  bool enum_extensible = false;            // kEnum: also "ext:<name>"
  std::vector<ContextItem> context_items;  // kContext: the list must start with these
};

// A SHOULD of the specification over several fields: at least one of `fields` should be
// present. Reported as a warning.
struct OneOfRule {
  std::vector<std::string> fields;
  std::string why;  // completes "... should have one of <fields>: <why>"
};

struct ClassTable {
  std::string name;               // the registry key: "Achievement", "Achievementv1p1"
  std::string display_name;       // the specification's name, for messages: "Achievement"
  std::string base;               // the class whose rows come first ("" for none); rows named
                                  // again here replace the base's row
  std::vector<FieldRule> fields;  // after registration: the base's rows included
  std::vector<OneOfRule> one_of;
};

}  // namespace cairn::vc::structure
