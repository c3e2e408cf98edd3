// Jobs: long work the service does in the background (bulk awards), with progress anyone allowed
// can follow and that survives a restart.
//
// Thread-safety: plain values.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace cairn::model {

struct Job {
  std::string id;
  std::string organisation_id;
  std::string kind;              // "bulk-award"
  std::string state;             // queued, running, done, failed
  std::string duplicate_policy;  // deny, allow, replace
  std::optional<std::string> idempotency_key;
  std::string request_hash;  // SHA-256 of what was uploaded, to tell a retry from a new upload
  std::string created_by;
  std::int64_t total = 0;
  std::int64_t issued = 0;
  std::int64_t failed = 0;
  std::string created_at;
  std::optional<std::string> started_at;
  std::optional<std::string> finished_at;
};

}  // namespace cairn::model
