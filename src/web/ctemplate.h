// ctemplate's headers, preceded by what they use without including it (strlen, in str_ref.h).
//
// Thread-safety: see ctemplate's TemplateCache and TemplateDictionary.
#pragma once

// clang-format off
#include <cstring>
#include <ctemplate/template.h>
#include <ctemplate/template_cache.h>
#include <ctemplate/template_dictionary.h>
#include <ctemplate/template_emitter.h>
// clang-format on
