// Writing quads in canonical N-Quads, as RDFC-1.0 Appendix A defines it
// (https://www.w3.org/TR/rdf-canon/#canonical-quads): one quad per line, single spaces, a final
// LF; literals of datatype xsd:string written without their datatype, rdf:langString ones with
// "@tag"; inside literals \b \t \n \f \r \" \\ as ECHAR, the other C0 controls, DEL, U+FFFE and
// U+FFFF as \u with four upper-case hex digits, everything else as itself. IRIs, blank node
// labels and language tags are written as stored.
//
// The functions do not validate: a Term that could not have been read from N-Quads (a literal as
// subject, an IRI holding a space) is written as it is.
//
// Thread-safety: free functions without shared state.
#pragma once

#include <string>

#include "canon/rdf/quad.h"

namespace cairn::canon::rdf {

// Appends `term` in canonical form: <iri>, _:label or a literal; nothing for the default graph.
void append_term(std::string& out, const Term& term);

// Appends the literal's lexical form in canonical form, without the surrounding quotes.
void append_escaped_lexical_form(std::string& out, std::string_view lexical_form);

// Appends "subject predicate object [graph] .\n".
void append_nquad_line(std::string& out, const Quad& quad);

// Returns the canonical line of `quad`, with its final "\n".
std::string to_nquad_line(const Quad& quad);

// Returns the dataset as a canonical N-Quads document: its lines in code point order, duplicate
// quads written once (a dataset is a set). Blank node labels are written as they are: run RDFC-1.0
// (canon/rdfc) first for a canonical labelling.
std::string to_nquads(const Dataset& dataset);

}  // namespace cairn::canon::rdf
