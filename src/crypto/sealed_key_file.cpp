#include "crypto/sealed_key_file.h"

#include <boost/json/array.hpp>
#include <boost/json/serialize.hpp>
#include <initializer_list>
#include <set>

#include "canon/json/json_parser.h"

namespace cairn::crypto {

namespace {

boost::json::object entry_json(const SealedKeyEntry& entry) {
  boost::json::object json{{"id", entry.id},
                           {"type", entry.type},
                           {"algorithm", entry.algorithm},
                           {"publicKey", entry.public_key},
                           {"created", entry.created}};
  if (entry.revoked) json["revoked"] = *entry.revoked;
  json["nonce"] = entry.nonce;
  json["sealedSecret"] = entry.sealed_secret;
  return json;
}

boost::json::object authenticated_json(const SealedKeyFile& file) {
  boost::json::array keys;
  for (const SealedKeyEntry& entry : file.keys) keys.push_back(entry_json(entry));
  return boost::json::object{
      {"format", kKeyFileFormat}, {"controller", file.controller}, {"keys", std::move(keys)}};
}

// Boost.JSON only writes compact text; a key file is also read by people (which keys exist,
// which are revoked), so it is indented. Key files hold only objects, arrays and strings.
void write_indented(std::string& out, const boost::json::value& value, std::size_t depth) {
  const std::string indent(2 * (depth + 1), ' ');
  const std::string closing_indent(2 * depth, ' ');
  if (value.is_object() && !value.get_object().empty()) {
    out += "{\n";
    bool first = true;
    for (const auto& member : value.get_object()) {
      out += first ? "" : ",\n";
      first = false;
      out += indent + boost::json::serialize(boost::json::value(member.key())) + ": ";
      write_indented(out, member.value(), depth + 1);
    }
    out += "\n" + closing_indent + "}";
  } else if (value.is_array() && !value.get_array().empty()) {
    out += "[\n";
    bool first = true;
    for (const auto& element : value.get_array()) {
      out += first ? "" : ",\n";
      first = false;
      out += indent;
      write_indented(out, element, depth + 1);
    }
    out += "\n" + closing_indent + "]";
  } else {
    out += boost::json::serialize(value);
  }
}

Error invalid_sealed_key_file(const std::string& where, const std::string& message) {
  return Error{"invalid key file", where.empty() ? message : where + ": " + message};
}

// Checks that `object` has every name of `required`, no name outside `required` and `optional`,
// and only string values no longer than `max_string_bytes` (except for `keys`).
Result<bool> check_members(const boost::json::object& object, const std::string& where,
                           std::initializer_list<std::string_view> required,
                           std::initializer_list<std::string_view> optional,
                           std::size_t max_string_bytes) {
  for (std::string_view name : required) {
    if (!object.contains(name))
      return invalid_sealed_key_file(where, "member \"" + std::string(name) + "\" is missing");
  }
  for (const auto& member : object) {
    const std::string name(member.key());
    const auto listed = [&](std::initializer_list<std::string_view> names) {
      for (std::string_view candidate : names) {
        if (candidate == name) return true;
      }
      return false;
    };
    if (!listed(required) && !listed(optional)) {
      return invalid_sealed_key_file(where, "unknown member \"" + name + "\"");
    }
    if (name == "keys") continue;
    if (!member.value().is_string())
      return invalid_sealed_key_file(where, "\"" + name + "\" is not a string");
    if (member.value().get_string().size() > max_string_bytes) {
      return invalid_sealed_key_file(
          where, "\"" + name + "\" is longer than " + std::to_string(max_string_bytes) + " bytes");
    }
  }
  return true;
}

std::string string_of(const boost::json::object& object, std::string_view name) {
  return std::string(object.at(name).get_string());
}

}  // namespace

std::string authenticated_text(const SealedKeyFile& file) {
  return boost::json::serialize(authenticated_json(file));
}

std::string write_sealed_key_file(const SealedKeyFile& file) {
  boost::json::object json = authenticated_json(file);
  json["masterKeyCheck"] = file.master_key_check;
  json["mac"] = file.mac;
  std::string text;
  write_indented(text, json, 0);
  text += '\n';
  return text;
}

Result<SealedKeyFile> read_sealed_key_file(std::string_view text, const KeyFileLimits& limits) {
  if (text.size() > limits.max_bytes) {
    return invalid_sealed_key_file(
        "", "the file is larger than " + std::to_string(limits.max_bytes) + " bytes");
  }
  // A sealed secret is its size plus a 16-byte tag, in base64url: 4 characters per 3 bytes.
  const std::size_t max_sealed_chars = (limits.max_secret_bytes + 16 + 2) / 3 * 4;
  const std::size_t max_field_bytes = std::max(limits.max_string_bytes, max_sealed_chars);
  canon::json::JsonLimits json_limits;
  json_limits.max_bytes = limits.max_bytes;
  json_limits.max_depth = 3;  // file object, keys array, key object
  json_limits.max_string_bytes = max_field_bytes;
  // An entry is at most 10 values; the margin lets a file with a few keys too many reach the
  // clearer key-count check below.
  json_limits.max_members = 16 * (limits.max_keys + 1) + 16;
  Result<boost::json::value> parsed = canon::json::parse_json(text, json_limits);
  if (!parsed) return invalid_sealed_key_file("", parsed.error().to_string());
  if (!parsed->is_object()) return invalid_sealed_key_file("", "the file is not a JSON object");
  const boost::json::object& root = parsed->get_object();

  if (Result<bool> checked = check_members(
          root, "", {"format", "controller", "keys", "masterKeyCheck", "mac"}, {}, max_field_bytes);
      !checked) {
    return checked.error();
  }
  if (root.at("format").get_string() != kKeyFileFormat) {
    return invalid_sealed_key_file("format", "\"" + string_of(root, "format") + "\" is not \"" +
                                                 std::string(kKeyFileFormat) + "\"");
  }
  SealedKeyFile file;
  file.controller = string_of(root, "controller");
  if (file.controller.empty() || file.controller.size() > limits.max_string_bytes) {
    return invalid_sealed_key_file(
        "controller",
        "must be a DID of 1 to " + std::to_string(limits.max_string_bytes) + " bytes");
  }
  file.master_key_check = string_of(root, "masterKeyCheck");
  file.mac = string_of(root, "mac");
  if (!root.at("keys").is_array()) return invalid_sealed_key_file("keys", "is not an array");
  const boost::json::array& keys = root.at("keys").get_array();
  if (keys.size() > limits.max_keys) {
    return invalid_sealed_key_file("keys",
                                   "more than " + std::to_string(limits.max_keys) + " keys");
  }

  std::set<std::string> ids;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    const std::string where = "keys[" + std::to_string(i) + "]";
    if (!keys[i].is_object()) return invalid_sealed_key_file(where, "is not an object");
    const boost::json::object& key = keys[i].get_object();
    if (Result<bool> checked = check_members(
            key, where,
            {"id", "type", "algorithm", "publicKey", "created", "nonce", "sealedSecret"},
            {"revoked"}, max_field_bytes);
        !checked) {
      return checked.error();
    }
    SealedKeyEntry entry{string_of(key, "id"),        string_of(key, "type"),
                         string_of(key, "algorithm"), string_of(key, "publicKey"),
                         string_of(key, "created"),   std::nullopt,
                         string_of(key, "nonce"),     string_of(key, "sealedSecret")};
    if (key.contains("revoked")) entry.revoked = string_of(key, "revoked");
    for (const std::string* field : {&entry.id, &entry.type, &entry.algorithm, &entry.public_key,
                                     &entry.created, entry.revoked ? &*entry.revoked : &entry.id}) {
      if (field->size() > limits.max_string_bytes) {
        return invalid_sealed_key_file(
            where, "a member is longer than " + std::to_string(limits.max_string_bytes) + " bytes");
      }
    }
    if (entry.id.empty()) return invalid_sealed_key_file(where + ".id", "is empty");
    if (!ids.insert(entry.id).second) {
      return invalid_sealed_key_file(where + ".id", "\"" + entry.id + "\" appears twice");
    }
    file.keys.push_back(std::move(entry));
  }
  return file;
}

}  // namespace cairn::crypto
