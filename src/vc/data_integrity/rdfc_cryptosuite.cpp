#include "vc/data_integrity/rdfc_cryptosuite.h"

#include <boost/json/monotonic_resource.hpp>
#include <string>

#include "canon/jsonld/direct_to_rdf.h"
#include "canon/jsonld/expansion.h"
#include "canon/jsonld/to_rdf.h"
#include "canon/rdfc/canonicalize.h"
#include "vc/data_integrity/document_context.h"
#include "vc/data_integrity/errors.h"
#include "vc/data_integrity/proof_configuration.h"

namespace cairn::vc::data_integrity {
namespace {

// Returns the canonical N-Quads of `input` without its top-level member `left_out` (none when
// ""): toRdf straight from the object when direct_to_rdf reads it (no copy), else expansion of a
// copy without `left_out` into an arena freed at once and toRdf of that; then RDFC-1.0. `what`
// names the input in error messages.
Result<std::string> canonical_nquads(const boost::json::object& input, const SuiteContext& context,
                                     std::string_view what, std::string_view left_out = {}) {
  const auto failed = [what](const Error& error) {
    return Error{error.code, std::string(what) + " cannot be canonicalized: " + error.to_string()};
  };
  // RDFC-1.0's output does not depend on blank node labels unless it had to break a tie by input
  // order; then the general path below decides, labelling as every other implementation does.
  if (const auto direct = canon::jsonld::direct_to_rdf(input, context.jsonld_options(), left_out)) {
    auto canonical = canon::rdfc::canonicalize(*direct, context.limits().rdfc);
    if (canonical && canonical->input_order_ties == 0) return std::move(canonical->nquads);
  }
  // The expanded form of a credential fits in the first block, so expansion allocates nothing.
  unsigned char first_block[16 << 10];
  boost::json::monotonic_resource arena(first_block, sizeof first_block);
  boost::json::value document(input, &arena);
  if (!left_out.empty()) document.get_object().erase(left_out);
  const auto expanded = canon::jsonld::expand(document, context.jsonld_options(), &arena);
  if (!expanded) return failed(expanded.error());
  // The dataset straight from the expanded form first. RDFC-1.0's output does not depend on
  // blank node labels unless it had to break a tie by input order; then, and on any error, the
  // node map's labelling decides, as in every other implementation.
  if (const auto fast =
          canon::jsonld::expanded_to_rdf_in_document_order(*expanded, context.jsonld_options())) {
    auto canonical = canon::rdfc::canonicalize(*fast, context.limits().rdfc);
    if (canonical && canonical->input_order_ties == 0) return std::move(canonical->nquads);
  }
  const auto dataset = canon::jsonld::expanded_to_rdf(*expanded, context.jsonld_options());
  if (!dataset) return failed(dataset.error());
  auto canonical = canon::rdfc::canonicalize(*dataset, context.limits().rdfc);
  if (!canonical) return failed(canonical.error());
  return std::move(canonical->nquads);
}

bool lists_ed25519_signature_2020_context(const boost::json::value* context) {
  return context_lists(context, kEd25519Signature2020Context);
}

class RdfcCryptosuite final : public Cryptosuite {
 public:
  using TermCheck = bool (*)(const boost::json::value* context);

  // `defines_terms` tells whether a document's @context defines the suite's terms;
  // `suite_context` is the context that does, injected into documents that lack one.
  RdfcCryptosuite(std::string_view proof_type, std::string_view cryptosuite,
                  std::string_view suite_context, TermCheck defines_terms)
      : proof_type_(proof_type),
        cryptosuite_(cryptosuite),
        suite_context_(suite_context),
        defines_terms_(defines_terms) {}

  std::string_view proof_type() const override { return proof_type_; }
  std::string_view cryptosuite() const override { return cryptosuite_; }
  std::string_view suite_context() const override { return suite_context_; }

  bool defines_suite_terms(const boost::json::value* context) const override {
    return defines_terms_(context);
  }

  Result<boost::json::object> configure_proof(const boost::json::object&,
                                              boost::json::object proof_options) const override {
    if (auto error = check_proof_configuration(proof_options, proof_type_, cryptosuite_)) {
      return *error;
    }
    return proof_options;
  }

  Result<CanonicalInputs> canonicalize_without(const boost::json::object& unsecured_document,
                                               std::string_view left_out,
                                               const boost::json::object& proof_config,
                                               const SuiteContext& context) const override {
    const boost::json::value* document_context = find_context(unsecured_document);
    if (!defines_terms_(document_context)) {
      return Error{errors::kProofTransformationError,
                   "the document's @context does not define the terms of a " +
                       std::string(proof_type_) + " proof (add " + std::string(suite_context_) +
                       ")"};
    }

    // The proof configuration takes the document's @context in place of any of its own.
    boost::json::monotonic_resource arena;
    boost::json::object config(proof_config.size() + 1, &arena);
    config.emplace("@context", *document_context);
    for (const auto& member : proof_config) {
      if (member.key() != "@context") config.emplace(member.key(), member.value());
    }

    CanonicalInputs inputs;
    auto document = canonical_nquads(unsecured_document, context, "the document", left_out);
    if (!document) return document.error();
    inputs.document = std::move(*document);
    auto canonical_config = canonical_nquads(config, context, "the proof configuration");
    if (!canonical_config) return canonical_config.error();
    inputs.proof_config = std::move(*canonical_config);
    return inputs;
  }

 private:
  std::string_view proof_type_;
  std::string_view cryptosuite_;
  std::string_view suite_context_;
  TermCheck defines_terms_;
};

}  // namespace

const Cryptosuite& eddsa_rdfc_2022() {
  static const RdfcCryptosuite suite("DataIntegrityProof", "eddsa-rdfc-2022",
                                     kDataIntegrityV2Context, defines_data_integrity_terms);
  return suite;
}

const Cryptosuite& ed25519_signature_2020() {
  static const RdfcCryptosuite suite("Ed25519Signature2020", "", kEd25519Signature2020Context,
                                     lists_ed25519_signature_2020_context);
  return suite;
}

}  // namespace cairn::vc::data_integrity
