// Internal to check_credential_status: one BitstringStatusListEntry or StatusList2021Entry,
// checked by Bitstring Status List 1.0 section 3.2. The two differ only in the type names and in
// whether encodedList carries the multibase 'u' prefix, which BitstringEntryKind states.
#pragma once

#include <boost/json/object.hpp>
#include <string_view>

#include "vc/status/check_credential_status.h"

namespace cairn::vc::status {

struct BitstringEntryKind {
  std::string_view entry_type;         // "BitstringStatusListEntry"
  std::string_view list_type;          // "BitstringStatusListCredential"
  std::string_view list_subject_type;  // "BitstringStatusList"
  bool multibase_prefix;               // encodedList starts with 'u'
};

inline constexpr BitstringEntryKind kBitstringStatusListEntry{
    "BitstringStatusListEntry", "BitstringStatusListCredential", "BitstringStatusList", true};
inline constexpr BitstringEntryKind kStatusList2021Entry{
    "StatusList2021Entry", "StatusList2021Credential", "StatusList2021", false};

// Fills `check` (purpose, list_url, list_document, status, outcome kClear or kSet, message), or
// throws cairn::Failure with a section 3.5 error name as its code, leaving what was learned so
// far in `check`.
void check_bitstring_entry(const boost::json::object& entry, const BitstringEntryKind& kind,
                           const StatusListSource& source, TimePoint now,
                           const StatusLimits& limits, StatusCheck& check);

}  // namespace cairn::vc::status
