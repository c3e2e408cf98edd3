#include "vc/data_integrity/jcs_cryptosuite.h"

#include <boost/json/monotonic_resource.hpp>
#include <string>

#include "canon/jcs/jcs.h"
#include "vc/data_integrity/document_context.h"
#include "vc/data_integrity/errors.h"
#include "vc/data_integrity/proof_configuration.h"

namespace cairn::vc::data_integrity {
namespace {

Result<std::string> canonical_json(const boost::json::value& value, const SuiteContext& context,
                                   std::string_view what) {
  auto canonical = canon::jcs::canonicalize(value, context.limits().json);
  if (!canonical) {
    return Error{canonical.error().code,
                 std::string(what) + " cannot be canonicalized: " + canonical.error().to_string()};
  }
  return canonical;
}

class JcsCryptosuite final : public Cryptosuite {
 public:
  std::string_view proof_type() const override { return "DataIntegrityProof"; }
  std::string_view cryptosuite() const override { return "eddsa-jcs-2022"; }
  std::string_view suite_context() const override { return kDataIntegrityV2Context; }

  bool defines_suite_terms(const boost::json::value* context) const override {
    return defines_data_integrity_terms(context);
  }

  Result<boost::json::object> configure_proof(const boost::json::object& document,
                                              boost::json::object proof_options) const override {
    if (auto error = check_proof_configuration(proof_options, proof_type(), cryptosuite())) {
      return *error;
    }
    // vc-di-eddsa, Create Proof (eddsa-jcs-2022) step 2: the proof binds the document's
    // contexts, so a proof set or chain cannot reinterpret them.
    if (const auto* context = find_context(document)) proof_options["@context"] = *context;
    return proof_options;
  }

  Result<CanonicalInputs> canonicalize_without(const boost::json::object& document,
                                               std::string_view left_out,
                                               const boost::json::object& proof_config,
                                               const SuiteContext& context) const override {
    // The document as it was signed: without `left_out`, with the proof's @context, which the
    // document's must start with. Copied only when it differs from `document`.
    boost::json::monotonic_resource arena;
    boost::json::object without(&arena);
    const boost::json::object* unsecured = &document;
    if (!left_out.empty() && document.contains(left_out)) {
      without = boost::json::object(document, &arena);
      without.erase(left_out);
      unsecured = &without;
    }
    const boost::json::object& unsecured_document = *unsecured;
    const boost::json::object* signed_document = &unsecured_document;
    boost::json::object with_proof_context(&arena);
    if (const auto* proof_context = proof_config.if_contains("@context")) {
      const boost::json::value* document_context = find_context(unsecured_document);
      if (!context_starts_with(document_context, *proof_context)) {
        return Error{errors::kProofTransformationError,
                     "the document's @context does not start with the proof's @context"};
      }
      if (*document_context != *proof_context) {
        with_proof_context = boost::json::object(unsecured_document, &arena);
        with_proof_context["@context"] = *proof_context;
        signed_document = &with_proof_context;
      }
    }

    CanonicalInputs inputs;
    auto canonical_document = canonical_json(*signed_document, context, "the document");
    if (!canonical_document) return canonical_document.error();
    inputs.document = std::move(*canonical_document);
    auto config = canonical_json(proof_config, context, "the proof configuration");
    if (!config) return config.error();
    inputs.proof_config = std::move(*config);
    return inputs;
  }
};

}  // namespace

const Cryptosuite& eddsa_jcs_2022() {
  static const JcsCryptosuite suite;
  return suite;
}

}  // namespace cairn::vc::data_integrity
