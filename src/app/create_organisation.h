// create_organisation: makes an issuer organisation for the account behind `principal`, who
// becomes its owner, with a did:web under this instance and a first Ed25519 signing key, sealed
// under the master key; all in one transaction.
//
// The organisation's DID is did_web_of_location(<base URL without its scheme>/issuers/<id>), so
// the instance serves its document at <base URL>/issuers/<id>/did.json. (did:web resolves over
// HTTPS: an instance that others verify against must be reachable by HTTPS at its base URL.)
//
// Errors: "forbidden" (the token lacks the write scope), a profile field's Error
// (organisation_profile.h), "invalid did:web location" (a base URL a DID cannot carry), or the
// database's Error.
//
// Thread-safety: safe from many threads.
#pragma once

#include <optional>
#include <string>

#include "app/api_tokens.h"
#include "app/organisation_profile.h"
#include "common/date_time.h"
#include "common/result.h"
#include "crypto/master_key.h"
#include "model/organisation.h"
#include "store/database.h"
#include "vc/data_integrity/suite_context.h"

namespace cairn::app {

// Where this instance lives, for the DIDs and URLs of what it issues, and what it signs with.
struct Instance {
  std::string base_url;  // e.g. "https://badges.example.edu" (no trailing slash)
  const crypto::MasterKey* master_key = nullptr;
  const vc::data_integrity::SuiteContext* suites = nullptr;  // contexts for signing
};

Result<model::Organisation> create_organisation(store::Database& database, const Instance& instance,
                                                const Principal& principal,
                                                const OrganisationProfile& profile, TimePoint now);

}  // namespace cairn::app
