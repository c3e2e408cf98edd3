// The PostgreSQL backend's reading of SQL text: `?` placeholders rewritten to $1, $2, ... and
// scripts split into statements, both outside string literals, quoted identifiers, dollar-quoted
// strings and comments, as PostgreSQL's own lexer sees them.
//
// The text follows the SQL contract of connection.h. What the lexer knows:
//   'text' with '' inside; E'text' with backslash escapes as well (standard_conforming_strings is
//   on, so a backslash is plain in '...'); "identifier" with "" inside; $$text$$ and
//   $tag$text$tag$;
//   -- comments to the end of the line; /* comments */, nested.
// Placeholder forms other than `?` are refused, so that no statement works on one engine only:
// $1 (PostgreSQL's own), ?1, :name, @name and $name. A script is split at every `;` outside the
// above; SQL-standard function bodies (BEGIN ATOMIC ... END), whose `;` are bare, are not
// supported.
//
// Both functions throw cairn::Failure with code "database error" and a message naming the
// statement by its first words (never more of its text).
//
// Thread-safety: free functions without shared state.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cairn::store {

struct PostgresStatement {
  std::string text;               // the statement with $1, $2, ... for its `?`, without a `;`
  std::size_t placeholder_count;  // n of $1..$n
};

// Returns `sql`, one statement, with its `?` placeholders numbered in order. Throws when it holds
// no statement, more than one (comments may follow a `;`, nothing else), another placeholder form,
// or a quote or comment left open.
PostgresStatement rewrite_placeholders(std::string_view sql);

// Returns the statements of `script` in order, each without its `;`, leaving out the empty ones
// (blank or only comments). Throws when one holds a placeholder of any form (scripts take no
// parameters) or a quote or comment is left open.
std::vector<std::string_view> split_script(std::string_view script);

}  // namespace cairn::store
