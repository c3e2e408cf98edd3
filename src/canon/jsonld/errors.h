// The JSON-LD 1.1 error codes that context processing and expansion raise, spelled exactly as the
// JSON-LD 1.1 Processing Algorithms and API specification names them (JsonLdErrorCode), so an
// Error's code can be compared with a conformance test's expected error code.
//
// Thread-safety: constants only.
#pragma once

namespace cairn::canon::jsonld::errors {

inline constexpr const char* kCollidingKeywords = "colliding keywords";
inline constexpr const char* kContextOverflow = "context overflow";
inline constexpr const char* kCyclicIriMapping = "cyclic IRI mapping";
inline constexpr const char* kInvalidBaseDirection = "invalid base direction";
inline constexpr const char* kInvalidBaseIri = "invalid base IRI";
inline constexpr const char* kInvalidContainerMapping = "invalid container mapping";
inline constexpr const char* kInvalidContextEntry = "invalid context entry";
inline constexpr const char* kInvalidContextNullification = "invalid context nullification";
inline constexpr const char* kInvalidDefaultLanguage = "invalid default language";
inline constexpr const char* kInvalidIdValue = "invalid @id value";
inline constexpr const char* kInvalidImportValue = "invalid @import value";
inline constexpr const char* kInvalidIncludedValue = "invalid @included value";
inline constexpr const char* kInvalidIndexValue = "invalid @index value";
inline constexpr const char* kInvalidIriMapping = "invalid IRI mapping";
inline constexpr const char* kInvalidKeywordAlias = "invalid keyword alias";
inline constexpr const char* kInvalidLanguageMapValue = "invalid language map value";
inline constexpr const char* kInvalidLanguageMapping = "invalid language mapping";
inline constexpr const char* kInvalidLanguageTaggedString = "invalid language-tagged string";
inline constexpr const char* kInvalidLanguageTaggedValue = "invalid language-tagged value";
inline constexpr const char* kInvalidLocalContext = "invalid local context";
inline constexpr const char* kInvalidNestValue = "invalid @nest value";
inline constexpr const char* kInvalidPrefixValue = "invalid @prefix value";
inline constexpr const char* kInvalidPropagateValue = "invalid @propagate value";
inline constexpr const char* kInvalidProtectedValue = "invalid @protected value";
inline constexpr const char* kInvalidRemoteContext = "invalid remote context";
inline constexpr const char* kInvalidReverseProperty = "invalid reverse property";
inline constexpr const char* kInvalidReversePropertyMap = "invalid reverse property map";
inline constexpr const char* kInvalidReversePropertyValue = "invalid reverse property value";
inline constexpr const char* kInvalidReverseValue = "invalid @reverse value";
inline constexpr const char* kInvalidScopedContext = "invalid scoped context";
inline constexpr const char* kInvalidSetOrListObject = "invalid set or list object";
inline constexpr const char* kInvalidTermDefinition = "invalid term definition";
inline constexpr const char* kInvalidTypeMapping = "invalid type mapping";
inline constexpr const char* kInvalidTypeValue = "invalid type value";
inline constexpr const char* kInvalidTypedValue = "invalid typed value";
inline constexpr const char* kInvalidValueObject = "invalid value object";
inline constexpr const char* kInvalidValueObjectValue = "invalid value object value";
inline constexpr const char* kInvalidVersionValue = "invalid @version value";
inline constexpr const char* kInvalidVocabMapping = "invalid vocab mapping";
inline constexpr const char* kKeywordRedefinition = "keyword redefinition";
inline constexpr const char* kLoadingDocumentFailed = "loading document failed";
inline constexpr const char* kLoadingRemoteContextFailed = "loading remote context failed";
inline constexpr const char* kProcessingModeConflict = "processing mode conflict";
inline constexpr const char* kProtectedTermRedefinition = "protected term redefinition";

// Not JSON-LD error codes: Cairn's own limits (JsonLdLimits) on untrusted input.
inline constexpr const char* kExpansionDepthExceeded = "expansion depth exceeded";
inline constexpr const char* kExpansionTooLarge = "expansion too large";

}  // namespace cairn::canon::jsonld::errors
