#include "vc/structure/open_badges_tables.h"

#include <map>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "vc/structure/open_badges_vocabulary.h"

namespace cairn::vc::structure {
namespace {

using Choices = std::vector<std::vector<std::string>>;

// What differs between the VC 2.0 and the VC 1.1 flavour of the tables.
struct Flavor {
  std::string suffix;             // appended to every class name: "" or "v1p1"
  ContextItem vc_context;         // the required first @context entry
  std::string valid_from;         // "validFrom" or "issuanceDate"
  std::string valid_until;        // "validUntil" or "expirationDate"
  bool issuer_may_be_uri;         // VC 2.0's ProfileRef; OB's VC 1.1 table wants a Profile object
  bool vc_requires_valid_from;    // VC 2.0 core: validFrom optional; VC 1.1: issuanceDate required
  bool credential_name_required;  // AchievementCredential.name: 0..1 (3.0.3, VC 2.0) or 1 (v1p1)
};

FieldRule field(std::string name, ValueType type, Cardinality cardinality) {
  FieldRule rule;
  rule.name = std::move(name);
  rule.type = type;
  rule.cardinality = cardinality;
  return rule;
}

FieldRule object(std::string name, std::string class_name, Cardinality cardinality,
                 ValueType type = ValueType::kObject) {
  FieldRule rule = field(std::move(name), type, cardinality);
  rule.class_name = std::move(class_name);
  return rule;
}

// A `type` field that must include one entry of each of `choices`.
FieldRule type_field(Cardinality cardinality, Choices choices) {
  FieldRule rule = field("type", ValueType::kIri, cardinality);
  rule.must_include = std::move(choices);
  return rule;
}

// "type IRI 1..* array-compacted; MUST include `name`", the common form.
FieldRule type_including(const std::string& name) {
  return type_field(kOneOrMoreCompacted, {{name}});
}

// "type IRI 1; MUST be `name`".
FieldRule type_equal_to(const std::string& name) { return type_field(kRequired, {{name}}); }

FieldRule enumeration(std::string name, std::vector<std::string> values, bool extensible,
                      Cardinality cardinality) {
  FieldRule rule = field(std::move(name), ValueType::kEnum, cardinality);
  rule.enum_values = std::move(values);
  rule.enum_extensible = extensible;
  return rule;
}

FieldRule context(Cardinality cardinality, std::vector<ContextItem> items) {
  FieldRule rule = field("@context", ValueType::kContext, cardinality);
  rule.context_items = std::move(items);
  return rule;
}

FieldRule strings(std::string name, Cardinality cardinality) {
  return field(std::move(name), ValueType::kString, cardinality);
}

// Builds every class of one flavour. Class names given to `add` and used in rows are the
// specification's; the flavour's suffix is appended when registering and resolving.
class FlavorBuilder {
 public:
  FlavorBuilder(const Flavor& flavor, std::map<std::string, ClassTable, std::less<>>& tables)
      : flavor_(flavor), tables_(tables) {}

  void build() {
    const Flavor& f = flavor_;
    const Cardinality credential_name = f.credential_name_required ? kRequired : kOptional;
    const ValueType issuer_type =
        f.issuer_may_be_uri ? ValueType::kUriOrObject : ValueType::kObject;

    // VC Data Model core (2.0, or 1.1 for the v1p1 flavour): any verifiable credential.
    add("W3cCredential", "",
        {context(kOneOrMoreCompacted, {f.vc_context}), field("id", ValueType::kUri, kOptional),
         type_including("VerifiableCredential"),
         object("issuer", "W3cIssuer", kRequired, ValueType::kUriOrObject),
         object("credentialSubject", "CredentialSubject", kOneOrMoreCompacted),
         field(f.valid_from, ValueType::kDateTimeZ,
               f.vc_requires_valid_from ? kRequired : kOptional),
         field(f.valid_until, ValueType::kDateTimeZ, kOptional),
         field("name", ValueType::kAny, kOptional),
         field("description", ValueType::kAny, kOptional),
         object("proof", "Proof", kZeroOrMoreCompacted),
         object("credentialStatus", "W3cCredentialStatus", kZeroOrMoreCompacted),
         object("credentialSchema", "CredentialSchema", kZeroOrMoreCompacted),
         object("refreshService", "RefreshService", kZeroOrMoreCompacted),
         object("termsOfUse", "TermsOfUse", kZeroOrMoreCompacted),
         object("evidence", "W3cEvidence", kZeroOrMoreCompacted)});
    add("W3cIssuer", "", {field("id", ValueType::kUri, kRequired)});
    add("W3cCredentialStatus", "",
        {field("id", ValueType::kUri, kOptional), type_including_any_iri()});
    add("W3cEvidence", "", {field("id", ValueType::kUri, kOptional), type_including_any_iri()});

    // OB 3.0 / CLR 2.0 shared tables (OB 3.0 Appendix B).
    add("VerifiableCredential", "W3cCredential",
        {object("issuer", "Profile", kRequired, issuer_type),
         object("credentialSubject", "CredentialSubject", kRequired),
         field(f.valid_from, ValueType::kDateTimeZ, kRequired),
         object("credentialStatus", "CredentialStatus", kOptional),
         object("refreshService", "RefreshService", kOptional)});
    add("AchievementCredential", "VerifiableCredential",
        {context({2, true, false}, {f.vc_context, ContextItem::kOb3}),
         field("id", ValueType::kUri, kRequired),
         type_field(kOneOrMoreCompacted,
                    {{"VerifiableCredential"}, {"AchievementCredential", "OpenBadgeCredential"}}),
         strings("name", credential_name), strings("description", kOptional),
         object("image", "Image", kOptional),
         field("awardedDate", ValueType::kDateTimeZ, kOptional),
         object("credentialSubject", "AchievementSubject", kRequired),
         object("endorsement", "EndorsementCredential", kZeroOrMore),
         field("endorsementJwt", ValueType::kCompactJws, kZeroOrMore),
         object("evidence", "Evidence", kZeroOrMore)});
    add("EndorsementCredential", "VerifiableCredential",
        {context({2, true, false}, {f.vc_context, ContextItem::kOb3}),
         type_field(kOneOrMoreCompacted, {{"VerifiableCredential"}, {"EndorsementCredential"}}),
         field("id", ValueType::kUri, kRequired), strings("name", kRequired),
         strings("description", kOptional),
         object("credentialSubject", "EndorsementSubject", kRequired),
         field("awardedDate", ValueType::kDateTimeZ, kOptional)});
    add("ClrCredential", "VerifiableCredential",
        {context({2, true, false}, {f.vc_context, ContextItem::kClr2}),
         field("id", ValueType::kUri, kRequired),
         type_field(kOneOrMoreCompacted, {{"VerifiableCredential"}, {"ClrCredential"}}),
         strings("name", kRequired), strings("description", kOptional),
         object("image", "Image", kOptional),
         field("awardedDate", ValueType::kDateTimeZ, kOptional),
         object("credentialSubject", "ClrSubject", kRequired),
         object("endorsement", "EndorsementCredential", kZeroOrMore),
         field("endorsementJwt", ValueType::kCompactJws, kZeroOrMore),
         field("partial", ValueType::kBoolean, kOptional)});

    add("CredentialSubject", "", {field("id", ValueType::kUri, kOptional)});
    add("AchievementSubject", "",
        {field("id", ValueType::kUri, kOptional), type_including("AchievementSubject"),
         field("activityEndDate", ValueType::kDateTime, kOptional),
         field("activityStartDate", ValueType::kDateTime, kOptional),
         field("creditsEarned", ValueType::kNumber, kOptional),
         object("achievement", "Achievement", kRequired),
         object("identifier", "IdentityObject", kZeroOrMore), object("image", "Image", kOptional),
         strings("licenseNumber", kOptional), strings("narrative", kOptional),
         object("result", "Result", kZeroOrMore), strings("role", kOptional),
         object("source", "Profile", kOptional), strings("term", kOptional)},
        {{{"id", "identifier"}, "it says who received the achievement"}});
    add("EndorsementSubject", "",
        {field("id", ValueType::kUri, kRequired), type_including("EndorsementSubject"),
         strings("endorsementComment", kOptional)});
    add("ClrSubject", "",
        {field("id", ValueType::kUri, kOptional), type_including("ClrSubject"),
         object("identifier", "IdentityObject", kZeroOrMore),
         object("achievement", "Achievement", kZeroOrMore),
         object("verifiableCredential", "AchievementCredential", kOneOrMore),
         object("association", "Association", kZeroOrMore)});
    add("Association", "",
        {type_equal_to("Association"),
         enumeration("associationType",
                     {"exactMatchOf", "isChildOf", "isParentOf", "isPartOf", "isPeerOf",
                      "isRelatedTo", "precedes", "replacedBy"},
                     false, kRequired),
         field("sourceId", ValueType::kUri, kRequired),
         field("targetId", ValueType::kUri, kRequired)});

    add("Achievement", "",
        {field("id", ValueType::kUri, kRequired),
         type_including("Achievement"),
         object("alignment", "Alignment", kZeroOrMore),
         enumeration("achievementType", achievement_types(), true, kOptional),
         object("creator", "Profile", kOptional),
         field("creditsAvailable", ValueType::kNumber, kOptional),
         object("criteria", "Criteria", kRequired),
         strings("description", kRequired),
         object("endorsement", "EndorsementCredential", kZeroOrMore),
         field("endorsementJwt", ValueType::kCompactJws, kZeroOrMore),
         strings("fieldOfStudy", kOptional),
         strings("humanCode", kOptional),
         object("image", "Image", kOptional),
         strings("inLanguage", kOptional),
         strings("name", kRequired),
         object("otherIdentifier", "IdentifierEntry", kZeroOrMore),
         object("related", "Related", kZeroOrMore),
         object("resultDescription", "ResultDescription", kZeroOrMore),
         strings("specialization", kOptional),
         strings("tag", kZeroOrMore),
         strings("version", kOptional)});
    add("Alignment", "",
        {type_including("Alignment"), strings("targetCode", kOptional),
         strings("targetDescription", kOptional), strings("targetName", kRequired),
         strings("targetFramework", kOptional),
         enumeration("targetType", alignment_target_types(), true, kOptional),
         field("targetUrl", ValueType::kUri, kRequired)});
    add("Criteria", "", {field("id", ValueType::kUri, kOptional), strings("narrative", kOptional)},
        {{{"id", "narrative"}, "it tells what earning the achievement required"}});
    add("Evidence", "",
        {field("id", ValueType::kUri, kOptional), type_including("Evidence"),
         strings("narrative", kOptional), strings("name", kOptional),
         strings("description", kOptional), strings("genre", kOptional),
         strings("audience", kOptional)});
    add("IdentityObject", "",
        {type_equal_to("IdentityObject"), field("hashed", ValueType::kBoolean, kRequired),
         strings("identityHash", kRequired),
         enumeration("identityType", identifier_types(), true, kRequired),
         strings("salt", kOptional)});
    add("IdentifierEntry", "",
        {type_equal_to("IdentifierEntry"), strings("identifier", kRequired),
         enumeration("identifierType", identifier_types(), true, kRequired)});
    add("Image", "",
        {field("id", ValueType::kUri, kRequired), type_equal_to("Image"),
         strings("caption", kOptional)});
    add("Profile", "",
        {field("id", ValueType::kUri, kRequired),
         type_including("Profile"),
         strings("name", kOptional),
         field("url", ValueType::kUri, kOptional),
         strings("phone", kOptional),
         strings("description", kOptional),
         object("endorsement", "EndorsementCredential", kZeroOrMore),
         field("endorsementJwt", ValueType::kCompactJws, kZeroOrMore),
         object("image", "Image", kOptional),
         strings("email", kOptional),
         object("address", "Address", kOptional),
         object("otherIdentifier", "IdentifierEntry", kZeroOrMore),
         strings("official", kOptional),
         object("parentOrg", "Profile", kOptional),
         strings("givenName", kOptional),
         strings("familyName", kOptional),
         strings("additionalName", kOptional),
         strings("patronymicName", kOptional),
         strings("honorificPrefix", kOptional),
         strings("honorificSuffix", kOptional),
         strings("familyNamePrefix", kOptional),
         field("dateOfBirth", ValueType::kDate, kOptional)});
    add("Address", "",
        {type_including("Address"), strings("addressCountry", kOptional),
         strings("addressCountryCode", kOptional), strings("addressRegion", kOptional),
         strings("addressLocality", kOptional), strings("streetAddress", kOptional),
         strings("postOfficeBoxNumber", kOptional), strings("postalCode", kOptional),
         object("geo", "GeoCoordinates", kOptional)});
    add("GeoCoordinates", "",
        {type_equal_to("GeoCoordinates"), field("latitude", ValueType::kNumber, kRequired),
         field("longitude", ValueType::kNumber, kRequired)});
    add("Related", "",
        {field("id", ValueType::kUri, kRequired), type_including("Related"),
         strings("inLanguage", kOptional), strings("version", kOptional)});
    add("Result", "",
        {type_including("Result"), field("achievedLevel", ValueType::kUri, kOptional),
         object("alignment", "Alignment", kZeroOrMore),
         field("resultDescription", ValueType::kUri, kOptional),
         enumeration(
             "status",
             {"Completed", "Enrolled", "Failed", "InProgress", "OnHold", "Provisional", "Withdrew"},
             false, kOptional),
         strings("value", kOptional)});
    add("ResultDescription", "",
        {field("id", ValueType::kUri, kRequired), type_including("ResultDescription"),
         object("alignment", "Alignment", kZeroOrMore), strings("allowedValue", kZeroOrMore),
         strings("name", kRequired), field("requiredLevel", ValueType::kUri, kOptional),
         strings("requiredValue", kOptional),
         enumeration("resultType", result_types(), true, kRequired),
         object("rubricCriterionLevel", "RubricCriterionLevel", kZeroOrMore),
         strings("valueMax", kOptional), strings("valueMin", kOptional)});
    add("RubricCriterionLevel", "",
        {field("id", ValueType::kUri, kRequired), type_including("RubricCriterionLevel"),
         object("alignment", "Alignment", kZeroOrMore), strings("description", kOptional),
         strings("level", kOptional), strings("name", kRequired), strings("points", kOptional)});
    add("CredentialSchema", "",
        {field("id", ValueType::kUri, kRequired), field("type", ValueType::kIri, kRequired)});
    add("CredentialStatus", "",
        {field("id", ValueType::kUri, kRequired), field("type", ValueType::kIri, kRequired)});
    add("RefreshService", "",
        {field("id", ValueType::kUri, kRequired), field("type", ValueType::kIri, kRequired)});
    add("TermsOfUse", "",
        {field("id", ValueType::kUri, kOptional), field("type", ValueType::kIri, kRequired)});
    add("Proof", "",
        {field("type", ValueType::kIri, kRequired),
         field("created", ValueType::kDateTime, kOptional), strings("cryptosuite", kOptional),
         strings("challenge", kOptional), strings("domain", kOptional), strings("nonce", kOptional),
         strings("proofPurpose", kOptional), strings("proofValue", kOptional),
         field("verificationMethod", ValueType::kUri, kOptional)});
  }

 private:
  // VC 2.0 requires a `type` on status entries and evidence without naming one.
  static FieldRule type_including_any_iri() {
    return field("type", ValueType::kIri, kOneOrMoreCompacted);
  }

  void add(const std::string& name, const std::string& base, std::vector<FieldRule> fields,
           std::vector<OneOfRule> one_of = {}) {
    for (FieldRule& rule : fields) {
      if (!rule.class_name.empty()) rule.class_name += flavor_.suffix;
    }
    ClassTable table;
    table.name = name + flavor_.suffix;
    table.display_name = name;
    table.base = base.empty() ? "" : base + flavor_.suffix;
    table.fields = std::move(fields);
    table.one_of = std::move(one_of);
    tables_[table.name] = std::move(table);
  }

  const Flavor& flavor_;
  std::map<std::string, ClassTable, std::less<>>& tables_;
};

// Puts each base's rows in front of the class's own, a class's row replacing the base row of the
// same name in place, so that messages list fields in the specification's order.
void flatten(std::map<std::string, ClassTable, std::less<>>& tables, ClassTable& table) {
  if (table.base.empty()) return;
  auto base = tables.find(table.base);
  if (base == tables.end()) throw std::logic_error("unknown base class " + table.base);
  flatten(tables, base->second);
  std::vector<FieldRule> merged = base->second.fields;
  for (FieldRule& own : table.fields) {
    bool replaced = false;
    for (FieldRule& inherited : merged) {
      if (inherited.name == own.name) {
        inherited = own;
        replaced = true;
      }
    }
    if (!replaced) merged.push_back(own);
  }
  table.fields = std::move(merged);
  table.one_of.insert(table.one_of.begin(), base->second.one_of.begin(), base->second.one_of.end());
  table.base.clear();
}

std::map<std::string, ClassTable, std::less<>> build_tables() {
  std::map<std::string, ClassTable, std::less<>> tables;
  const Flavor vc2{"", ContextItem::kVc2, "validFrom", "validUntil", true, false, false};
  const Flavor vc1{"v1p1", ContextItem::kVc1, "issuanceDate", "expirationDate", false, true, true};
  FlavorBuilder(vc2, tables).build();
  FlavorBuilder(vc1, tables).build();
  for (auto& [name, table] : tables) flatten(tables, table);
  for (const auto& [name, table] : tables) {
    for (const FieldRule& rule : table.fields) {
      if (!rule.class_name.empty() && !tables.contains(rule.class_name)) {
        throw std::logic_error(name + "." + rule.name + " names unknown class " + rule.class_name);
      }
    }
  }
  return tables;
}

const std::map<std::string, ClassTable, std::less<>>& all_tables() {
  static const std::map<std::string, ClassTable, std::less<>> tables = build_tables();
  return tables;
}

}  // namespace

const ClassTable* find_class_table(std::string_view name) {
  const auto& tables = all_tables();
  auto it = tables.find(name);
  return it == tables.end() ? nullptr : &it->second;
}

const ClassTable& credential_table(CredentialKind kind, int vc_version) {
  std::string name;
  switch (kind) {
    case CredentialKind::kOpenBadge:
      name = "AchievementCredential";
      break;
    case CredentialKind::kEndorsement:
      name = "EndorsementCredential";
      break;
    case CredentialKind::kClr:
      name = "ClrCredential";
      break;
    case CredentialKind::kOtherVc:
      name = "W3cCredential";
      break;
  }
  if (vc_version == 1) name += "v1p1";
  return *find_class_table(name);
}

}  // namespace cairn::vc::structure
