// Value Expansion (JSON-LD 1.1 Processing Algorithms, section 5.3): the expanded form of a
// scalar (string, number, boolean) that is the value of a property, as the property's term
// definition and the active context's defaults say: a node reference {"@id": ...} for @id and
// @vocab typed terms, else a value object {"@value": ..., "@type" | "@language", "@direction"}.
//
// Thread-safety: reads the active context only.
#pragma once

#include <boost/json/storage_ptr.hpp>
#include <boost/json/value.hpp>
#include <string>
#include <string_view>

#include "canon/jsonld/active_context.h"

namespace cairn::canon::jsonld {

// Returns the expanded form of the scalar `value` of a property whose term definition in
// `context` is `property` (nullptr when the property has none), allocated from `storage`.
// Never fails.
boost::json::value expand_value(const ActiveContext& context, const TermDefinition* property,
                                const boost::json::value& value,
                                const boost::json::storage_ptr& storage);

// Returns `tag` as Cairn writes language tags: ASCII lower case. JSON-LD lets processors
// normalise tags so; jsonld.js does, and the test suite's i18n outputs expect it.
std::string normalize_language_tag(std::string_view tag);

}  // namespace cairn::canon::jsonld
