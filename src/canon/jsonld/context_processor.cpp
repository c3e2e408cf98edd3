#include "canon/jsonld/context_processor.h"

#include <algorithm>
#include <functional>
#include <utility>

#include "canon/jsonld/errors.h"
#include "canon/jsonld/iri.h"
#include "canon/jsonld/iri_expansion.h"
#include "canon/jsonld/term_definition_builder.h"
#include "canon/jsonld/value_expansion.h"
#include "common/result.h"

namespace cairn::canon::jsonld {

namespace {

namespace json = boost::json;

// The entries of a context definition that configure the context rather than define a term.
bool is_context_setting(std::string_view key) {
  return key == "@base" || key == "@direction" || key == "@import" || key == "@language" ||
         key == "@propagate" || key == "@protected" || key == "@version" || key == "@vocab";
}

}  // namespace

ContextProcessor::ContextProcessor(const JsonLdOptions& options, ContextCache& cache)
    : options_(options),
      cache_(cache),
      json_ld_10_(options.processing_mode == ProcessingMode::kJsonLd10) {}

ActiveContextPtr ContextProcessor::initial_context(std::string_view base) {
  return cache_.initial_context(base);
}

ActiveContextPtr ContextProcessor::apply(const ActiveContextPtr& active,
                                         const json::value& local_context,
                                         std::string_view base_url, ContextApplication how) {
  how.json_ld_10 = json_ld_10_;
  const std::size_t hash = std::hash<json::value>{}(local_context);
  if (ActiveContextPtr hit =
          cache_.find_processed(active, local_context, hash, nullptr, base_url, how)) {
    return hit;
  }
  ActiveContextPtr result = process(active, local_context, base_url, how, Nesting{});
  cache_.store_processed(active, local_context, hash, nullptr, base_url, how, result);
  return result;
}

ActiveContextPtr ContextProcessor::apply_scoped(const ActiveContextPtr& active,
                                                const std::shared_ptr<const ScopedContext>& scoped,
                                                ContextApplication how) {
  how.json_ld_10 = json_ld_10_;
  if (ActiveContextPtr hit = cache_.find_processed(active, scoped->context, scoped->hash,
                                                   scoped.get(), scoped->base_url, how)) {
    return hit;
  }
  ActiveContextPtr result = process(active, scoped->context, scoped->base_url, how, Nesting{});
  cache_.store_processed(active, scoped->context, scoped->hash, scoped, scoped->base_url, how,
                         result);
  return result;
}

void ContextProcessor::count_work(std::size_t units) {
  work_ += units;
  if (work_ > options_.limits.max_output_values) {
    throw Failure(errors::kContextOverflow, "the contexts need more work than the limit allows");
  }
}

std::shared_ptr<ActiveContext> ContextProcessor::clone_context(const ActiveContext& context) {
  count_work(context.term_count());
  return std::make_shared<ActiveContext>(context);
}

ActiveContextPtr ContextProcessor::process(const ActiveContextPtr& active,
                                           const json::value& local_context,
                                           std::string_view base_url, ContextApplication how,
                                           Nesting nesting) {
  if (nesting.depth > options_.limits.max_context_depth) {
    throw Failure(errors::kContextOverflow, "contexts nest deeper than the limit");
  }
  bool propagate = how.propagate;
  if (const json::object* definition = local_context.if_object()) {
    if (const json::value* value = definition->if_contains("@propagate");
        value && value->is_bool()) {
      propagate = value->get_bool();
    }
  }

  ActiveContextPtr result = active;
  if (!propagate && !result->previous_context) {
    auto clone = clone_context(*result);
    clone->previous_context = active;
    result = std::move(clone);
  }

  const auto apply_one = [&](const json::value& context) {
    if (context.is_null()) {
      if (!how.override_protected && result->has_protected_terms()) {
        throw Failure(errors::kInvalidContextNullification,
                      "a null context would remove protected term definitions");
      }
      ActiveContextPtr fresh = initial_context(active->original_base_url);
      if (!propagate) {
        auto clone = clone_context(*fresh);
        clone->previous_context = result;
        fresh = std::move(clone);
      }
      result = std::move(fresh);
    } else if (const json::string* reference = context.if_string()) {
      std::string url = resolve_iri(base_url, *reference);
      RemoteChain& chain = nesting.remote_contexts;
      if (!nesting.validate_scoped_context &&
          std::find(chain.begin(), chain.end(), url) != chain.end()) {
        return;
      }
      if (chain.size() >= options_.limits.max_remote_contexts) {
        throw Failure(errors::kContextOverflow,
                      "more remote contexts than the limit while loading " + url);
      }
      chain.push_back(url);
      const std::shared_ptr<const RemoteContext> remote = load_remote_context(url);
      Nesting inner{chain, nesting.validate_scoped_context, true, nesting.depth + 1};
      result = process(result, remote->context, remote->document_url,
                       ContextApplication{how.override_protected, true, how.json_ld_10},
                       std::move(inner));
    } else if (const json::object* definition = context.if_object()) {
      result = apply_definition(result, *definition, base_url, how, nesting);
    } else {
      throw Failure(errors::kInvalidLocalContext, "a context must be null, a string or an object");
    }
  };

  if (const json::array* contexts = local_context.if_array()) {
    for (const json::value& context : *contexts) apply_one(context);
  } else {
    apply_one(local_context);
  }
  return result;
}

std::shared_ptr<const ActiveContext> ContextProcessor::apply_definition(
    const ActiveContextPtr& active, const json::object& local_definition, std::string_view base_url,
    ContextApplication how, const Nesting& nesting) {
  auto result = clone_context(*active);
  const json::object* definition = &local_definition;
  json::object merged;

  if (const json::value* version = definition->if_contains("@version")) {
    if (!version->is_double() || version->get_double() != 1.1) {
      throw Failure(errors::kInvalidVersionValue, "@version must be 1.1");
    }
    if (json_ld_10_) {
      throw Failure(errors::kProcessingModeConflict,
                    "@version 1.1 in a context processed in json-ld-1.0 mode");
    }
  }

  if (const json::value* import = definition->if_contains("@import")) {
    if (json_ld_10_) throw Failure(errors::kInvalidContextEntry, "@import is not JSON-LD 1.0");
    const json::string* reference = import->if_string();
    if (reference == nullptr)
      throw Failure(errors::kInvalidImportValue, "@import must be a string");
    const std::shared_ptr<const RemoteContext> imported =
        load_remote_context(resolve_iri(base_url, *reference));
    const json::object* imported_definition = imported->context.if_object();
    if (imported_definition == nullptr) {
      throw Failure(errors::kInvalidRemoteContext,
                    "an imported context must be a single context definition");
    }
    if (imported_definition->contains("@import")) {
      throw Failure(errors::kInvalidContextEntry, "an imported context must not import");
    }
    merged = *imported_definition;
    for (const auto& entry : local_definition) merged[entry.key()] = entry.value();
    definition = &merged;
  }

  if (const json::value* base = definition->if_contains("@base");
      base != nullptr && !nesting.inside_remote_context) {
    if (base->is_null()) {
      result->base_iri.reset();
    } else if (const json::string* iri = base->if_string()) {
      if (is_absolute_iri(*iri)) {
        result->base_iri = std::string(*iri);
      } else if (result->base_iri) {
        result->base_iri = resolve_iri(*result->base_iri, *iri);
      } else {
        throw Failure(errors::kInvalidBaseIri,
                      "a relative @base needs a base IRI to resolve against");
      }
    } else {
      throw Failure(errors::kInvalidBaseIri, "@base must be a string or null");
    }
  }

  if (const json::value* vocab = definition->if_contains("@vocab")) {
    if (vocab->is_null()) {
      result->vocabulary_mapping.reset();
    } else if (const json::string* iri = vocab->if_string()) {
      if (json_ld_10_ && !is_absolute_iri(*iri) && !is_blank_node_identifier(*iri)) {
        throw Failure(errors::kInvalidVocabMapping,
                      "@vocab must be an absolute IRI or blank node in json-ld-1.0");
      }
      result->vocabulary_mapping = expand_iri(*result, *iri, kVocabOrDocumentRelative);
    } else {
      throw Failure(errors::kInvalidVocabMapping, "@vocab must be a string or null");
    }
  }

  if (const json::value* language = definition->if_contains("@language")) {
    if (language->is_null()) {
      result->default_language.reset();
    } else if (const json::string* tag = language->if_string()) {
      result->default_language = normalize_language_tag(*tag);
    } else {
      throw Failure(errors::kInvalidDefaultLanguage, "@language must be a string or null");
    }
  }

  if (const json::value* direction = definition->if_contains("@direction")) {
    if (json_ld_10_) throw Failure(errors::kInvalidContextEntry, "@direction is not JSON-LD 1.0");
    if (direction->is_null()) {
      result->default_direction.reset();
    } else if (direction->is_string() &&
               (direction->get_string() == "ltr" || direction->get_string() == "rtl")) {
      result->default_direction = std::string(direction->get_string());
    } else {
      throw Failure(errors::kInvalidBaseDirection, "@direction must be \"ltr\", \"rtl\" or null");
    }
  }

  if (const json::value* propagate = definition->if_contains("@propagate")) {
    if (json_ld_10_) throw Failure(errors::kInvalidContextEntry, "@propagate is not JSON-LD 1.0");
    if (!propagate->is_bool()) {
      throw Failure(errors::kInvalidPropagateValue, "@propagate must be true or false");
    }
  }

  bool protect_terms = false;
  if (const json::value* protect = definition->if_contains("@protected")) {
    if (!protect->is_bool()) {
      throw Failure(errors::kInvalidProtectedValue, "@protected must be true or false");
    }
    protect_terms = protect->get_bool();
  }

  TermDefinitionBuilder builder(*this, *result, *definition, base_url, protect_terms,
                                how.override_protected, nesting);
  for (const auto& entry : *definition) {
    if (!is_context_setting(entry.key())) builder.define(entry.key());
  }
  builder.validate_scoped_contexts();
  return result;
}

std::shared_ptr<const RemoteContext> ContextProcessor::load_remote_context(const std::string& url) {
  if (std::shared_ptr<const RemoteContext> cached = cache_.find_remote(url)) return cached;
  if (options_.loader == nullptr) {
    throw Failure(errors::kLoadingRemoteContextFailed, "no document loader to load " + url);
  }
  Result<RemoteDocument> loaded = options_.loader->load(url);
  if (!loaded.ok()) {
    throw Failure(errors::kLoadingRemoteContextFailed,
                  "cannot load " + url + ": " + loaded.error().to_string());
  }
  const json::object* document = loaded->document.if_object();
  const json::value* context = document ? document->if_contains("@context") : nullptr;
  if (context == nullptr) {
    throw Failure(errors::kInvalidRemoteContext, url + " is not an object with an @context entry");
  }
  auto remote = std::make_shared<const RemoteContext>(
      RemoteContext{loaded->document_url.empty() ? url : loaded->document_url, *context});
  cache_.store_remote(url, remote);
  return remote;
}

}  // namespace cairn::canon::jsonld
