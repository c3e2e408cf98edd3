#include "vc/structure/recipient_check.h"

#include <vector>

#include "crypto/digest.h"
#include "vc/structure/json_path.h"

namespace cairn::vc::structure {
namespace {

namespace json = boost::json;

bool equal_ignoring_hex_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const auto lower = [](char c) { return c >= 'A' && c <= 'F' ? static_cast<char>(c + 32) : c; };
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

struct IdentityObjectRef {
  const json::object* object;
  std::string path;
};

// Every object in credentialSubject.identifier, for one subject or an array of them.
std::vector<IdentityObjectRef> identity_objects(const json::object& credential) {
  std::vector<IdentityObjectRef> found;
  const auto collect = [&](const json::object& subject, const std::string& subject_path) {
    const json::value* identifier = subject.if_contains("identifier");
    if (identifier == nullptr) return;
    const std::string path = member_path(subject_path, "identifier");
    if (const json::object* single = identifier->if_object()) {
      found.push_back({single, path});
    } else if (const json::array* items = identifier->if_array()) {
      for (std::size_t i = 0; i < items->size(); ++i) {
        if (const json::object* item = (*items)[i].if_object()) {
          found.push_back({item, index_path(path, i)});
        }
      }
    }
  };
  const json::value* subject = credential.if_contains("credentialSubject");
  if (subject == nullptr) return found;
  if (const json::object* single = subject->if_object()) {
    collect(*single, "$.credentialSubject");
  } else if (const json::array* subjects = subject->if_array()) {
    for (std::size_t i = 0; i < subjects->size(); ++i) {
      if (const json::object* item = (*subjects)[i].if_object()) {
        collect(*item, index_path("$.credentialSubject", i));
      }
    }
  }
  return found;
}

std::string_view string_member(const json::object& object, std::string_view name) {
  const json::value* value = object.if_contains(name);
  return value && value->is_string() ? std::string_view(value->as_string()) : std::string_view{};
}

}  // namespace

RecipientOutcome check_recipient(const json::object& credential,
                                 std::string_view claimed_identifier,
                                 std::string_view identity_type) {
  std::size_t compared = 0;
  std::string not_checkable;
  for (const IdentityObjectRef& ref : identity_objects(credential)) {
    const json::object& identity = *ref.object;
    const std::string_view type = string_member(identity, "identityType");
    if (!identity_type.empty() && type != identity_type) continue;
    const json::value* hashed = identity.if_contains("hashed");
    const json::value* stored = identity.if_contains("identityHash");
    if (hashed == nullptr || !hashed->is_bool() || stored == nullptr || !stored->is_string()) {
      not_checkable += "; " + ref.path + " lacks a boolean `hashed` or a string `identityHash`";
      continue;
    }
    const std::string_view value = stored->as_string();
    const std::string described =
        ref.path + " (" + (type.empty() ? "no identityType" : std::string(type));
    if (!hashed->as_bool()) {
      ++compared;
      if (value == claimed_identifier) {
        return {RecipientMatch::kMatched, "matches " + described + ", plaintext)"};
      }
      continue;
    }
    const std::size_t dollar = value.find('$');
    const std::string_view algorithm = value.substr(0, dollar);
    if (dollar == std::string_view::npos || algorithm != "sha256") {
      not_checkable += "; " + ref.path + " uses " +
                       (dollar == std::string_view::npos ? std::string("no \"algorithm$\" prefix")
                                                         : "\"" + std::string(algorithm) + "$\"") +
                       ", which cannot be checked (only sha256$ is)";
      continue;
    }
    ++compared;
    std::string salted(claimed_identifier);
    salted += string_member(identity, "salt");
    const std::string expected = crypto::to_hex(crypto::sha256(salted));
    if (equal_ignoring_hex_case(value.substr(dollar + 1), expected)) {
      return {RecipientMatch::kMatched, "matches " + described + ", sha256 hash)"};
    }
  }
  if (compared == 0) {
    std::string message = "the credential subject has no identity object";
    if (!identity_type.empty())
      message += " of identityType \"" + std::string(identity_type) + "\"";
    message += " that can be compared" + not_checkable;
    return {RecipientMatch::kNoIdentityObjects, message};
  }
  return {RecipientMatch::kNotMatched, "none of the " + std::to_string(compared) +
                                           " identity objects compared names this identifier" +
                                           not_checkable};
}

}  // namespace cairn::vc::structure
