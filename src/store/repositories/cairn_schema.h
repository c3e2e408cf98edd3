// Cairn's database schema: the migrations `cairn serve` and `cairn admin` apply at start-up
// (store/migrations.h), in SQL that SQLite and PostgreSQL both accept. Steps are never edited
// once released: a change is a new step.
//
// Thread-safety: returns static data.
#pragma once

#include <span>

#include "store/migrations.h"

namespace cairn::store {

std::span<const Migration> cairn_migrations();

}  // namespace cairn::store
