// The JSON form of one award, as `POST .../achievements/{achievement}/awards` takes it (one
// object or an array of them) and as the bulk upload's rows become:
//
//   {"recipient": "ada@example.org" | "did:key:z6Mk..." | "https://ada.example/me",
//    "recipient_name": "Ada Lovelace",
//    "evidence": [{"url": "https://...", "name": "Project", "narrative": "..."}],
//    "valid_until": "2028-11-29T00:00:00Z",
//    "format": "eddsa-rdfc-2022" | "eddsa-jcs-2022" | "vc-jwt-eddsa"}
//
// The recipient's kind is read from its shape: "did:" starts a DID, "https://" or "http://" a
// URL, anything else must be an e-mail address (normalized: app/email_address.h).
// `valid_until`, when given, is an RFC 3339 date-time with a time zone; when absent the
// achievement's validity_days decide, or the credential does not expire. `format` defaults to
// eddsa-rdfc-2022. Limits: 20 evidence items; names 200 bytes, narratives 4000, URLs 2048.
// Unknown fields are refused.
//
// Thread-safety: free functions.
#pragma once

#include <boost/json/object.hpp>
#include <optional>
#include <string>
#include <vector>

#include "app/credential_document.h"
#include "common/result.h"
#include "model/credential.h"
#include "vc/credential_signer.h"

namespace cairn::app {

struct AwardRequest {
  model::Recipient recipient;
  std::vector<Evidence> evidence;
  std::optional<std::string> valid_until;
  vc::SigningSuite format = vc::SigningSuite::kEddsaRdfc2022;
};

// The request `json` holds, or Error "invalid request" naming the field (prefixed by `path`,
// e.g. "[3].recipient").
Result<AwardRequest> read_award_request(const boost::json::object& json,
                                        const std::string& path = "");

// The recipient `text` names: an e-mail address, a DID or a URL; Error "invalid request".
Result<model::Recipient> read_recipient(std::string_view text, const std::string& field);

}  // namespace cairn::app
