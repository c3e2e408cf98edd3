// seed_demo_data: what `./scripts/run` shows a first-time visitor: an issuer organisation owned
// by the demo admin, three achievements (two EU micro-credentials with ESCO skills, one badge),
// three earner accounts and five credentials awarded to them, one of them revoked. It goes
// through the same use cases as the API, so the demo is what the product does.
//
// It seeds only an instance without organisations (a fresh one): on any other it changes
// nothing and says so.
//
// Errors: "unknown account" (no account has `admin_email`), or the use cases' errors.
//
// Thread-safety: run it alone, before the service starts.
#pragma once

#include <string>
#include <vector>

#include "app/create_organisation.h"
#include "common/date_time.h"
#include "common/result.h"
#include "store/database.h"

namespace cairn::app {

struct DemoData {
  bool seeded = false;  // false: the instance already had organisations
  std::string organisation_id;
  std::vector<std::string> achievement_ids;
  std::vector<std::string> credential_ids;  // the revoked one last
};

Result<DemoData> seed_demo_data(store::Database& database, const Instance& instance,
                                const std::string& admin_email, TimePoint now);

}  // namespace cairn::app
