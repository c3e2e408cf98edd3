// published_credential: a credential as anyone may fetch it at <base URL>/credentials/<id>: the
// signed document as issued. A credential its earner declined, or its issuer suspended, is not
// published (its status list still answers for it).
//
// Errors: "not found", or the database's Error.
//
// Thread-safety: safe from many threads.
#pragma once

#include <string_view>

#include "common/result.h"
#include "model/credential.h"
#include "store/database.h"

namespace cairn::app {

Result<model::IssuedCredential> published_credential(store::Database& database,
                                                     std::string_view credential_id);

}  // namespace cairn::app
