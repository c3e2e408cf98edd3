#include "vc/data_integrity/suite_context.h"

namespace cairn::vc::data_integrity {

SuiteContext::SuiteContext(const canon::jsonld::DocumentLoader& loader, SuiteLimits limits)
    : limits_(std::move(limits)), cache_(limits_.context_cache_entries) {
  jsonld_options_.loader = &loader;
  jsonld_options_.context_cache = &cache_;
  jsonld_options_.limits = limits_.jsonld;
  jsonld_options_.safe_mode = true;
}

}  // namespace cairn::vc::data_integrity
