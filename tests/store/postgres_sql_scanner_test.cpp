// rewrite_placeholders and split_script: `?` numbered outside literals, identifiers and comments
// as PostgreSQL lexes them; other placeholder forms, open quotes and extra statements refused.
#include "store/postgres_sql_scanner.h"

#include <gtest/gtest.h>

#include "common/result.h"

namespace cairn::store {
namespace {

std::string rewritten(std::string_view sql) { return rewrite_placeholders(sql).text; }

std::string refusal(std::string_view sql) {
  try {
    rewrite_placeholders(sql);
  } catch (const Failure& failure) {
    EXPECT_EQ(failure.error().code, "database error");
    return failure.error().message;
  }
  ADD_FAILURE() << "accepted: " << sql;
  return "";
}

TEST(RewritePlaceholdersTest, NumbersQuestionMarksInOrder) {
  const PostgresStatement statement =
      rewrite_placeholders("INSERT INTO t (a, b, c) VALUES (?, ?,?)");
  EXPECT_EQ(statement.text, "INSERT INTO t (a, b, c) VALUES ($1, $2,$3)");
  EXPECT_EQ(statement.placeholder_count, 3u);
  EXPECT_EQ(rewrite_placeholders("SELECT 1").placeholder_count, 0u);
  EXPECT_EQ(rewritten("SELECT ?"), "SELECT $1");
  EXPECT_EQ(rewrite_placeholders("SELECT " + std::string(12, '?')).text.substr(7, 5), "$1$2$");
}

TEST(RewritePlaceholdersTest, LeavesQuestionMarksInLiteralsIdentifiersAndComments) {
  EXPECT_EQ(rewritten("SELECT '?', 'it''s ?', ?"), "SELECT '?', 'it''s ?', $1");
  EXPECT_EQ(rewritten("SELECT E'\\'?', ?"), "SELECT E'\\'?', $1");
  EXPECT_EQ(rewritten("SELECT e'a\\\\', ?"), "SELECT e'a\\\\', $1");
  // Outside E'...' a backslash is plain: the literal ends at the first quote.
  EXPECT_EQ(rewritten("SELECT '\\', ?"), "SELECT '\\', $1");
  EXPECT_EQ(rewritten("SELECT \"a?\"\"b\" FROM t WHERE x = ?"),
            "SELECT \"a?\"\"b\" FROM t WHERE x = $1");
  EXPECT_EQ(rewritten("SELECT $$?$$, $tag$ ? $$ ? $tag$, ?"),
            "SELECT $$?$$, $tag$ ? $$ ? $tag$, $1");
  EXPECT_EQ(rewritten("SELECT ? -- why?\n, ?"), "SELECT $1 -- why?\n, $2");
  EXPECT_EQ(rewritten("SELECT /* a /* nested? */ still? */ ?"),
            "SELECT /* a /* nested? */ still? */ $1");
}

TEST(RewritePlaceholdersTest, KeepsPostgresqlSyntaxThatIsNotAPlaceholder) {
  EXPECT_EQ(rewritten("SELECT CAST(? AS TEXT)::text"), "SELECT CAST($1 AS TEXT)::text");
  EXPECT_EQ(rewritten("SELECT a$b FROM t WHERE x = ?"), "SELECT a$b FROM t WHERE x = $1");
  EXPECT_EQ(rewritten("SELECT tags @> ? FROM t"), "SELECT tags @> $1 FROM t");
  EXPECT_EQ(rewritten("SELECT 'Zoë?' || ?"), "SELECT 'Zoë?' || $1");
}

TEST(RewritePlaceholdersTest, RefusesOtherPlaceholderForms) {
  for (const char* sql : {"SELECT $1", "SELECT ?1", "SELECT :name", "SELECT @name", "SELECT $name",
                          "SELECT x FROM t WHERE y = $12"}) {
    EXPECT_NE(refusal(sql).find("; write ? placeholders only"), std::string::npos) << sql;
  }
  EXPECT_NE(refusal("SELECT $12").find("uses the placeholder $12"), std::string::npos);
  EXPECT_NE(refusal("SELECT :name").find("uses the placeholder :name"), std::string::npos);
}

TEST(RewritePlaceholdersTest, RefusesMoreThanOneStatementButNotTrailingComments) {
  EXPECT_NE(refusal("SELECT 1; SELECT 2").find("more than one statement"), std::string::npos);
  EXPECT_NE(refusal("SELECT 1; x").find("more than one statement"), std::string::npos);
  EXPECT_EQ(rewritten("SELECT ?; -- done\n /* really */ ;"), "SELECT $1");
  EXPECT_EQ(rewritten("SELECT ';'"), "SELECT ';'");
  EXPECT_NE(refusal("  -- nothing\n").find("holds no statement"), std::string::npos);
  EXPECT_NE(refusal("").find("holds no statement"), std::string::npos);
}

TEST(RewritePlaceholdersTest, RefusesQuotesAndCommentsLeftOpen) {
  EXPECT_NE(refusal("SELECT 'open").find("leaves a string literal open"), std::string::npos);
  EXPECT_NE(refusal("SELECT E'open\\'").find("leaves a string literal open"), std::string::npos);
  EXPECT_NE(refusal("SELECT \"open").find("leaves a quoted identifier open"), std::string::npos);
  EXPECT_NE(refusal("SELECT $a$ open $b$").find("dollar-quoted string open"), std::string::npos);
  EXPECT_NE(refusal("SELECT /* /* */ 1").find("comment open"), std::string::npos);
}

TEST(SplitScriptTest, SplitsAtSemicolonsOutsideQuotesAndComments) {
  const std::vector<std::string_view> statements = split_script(
      "CREATE TABLE a (x TEXT);\n"
      "-- a comment; not a statement\n"
      "INSERT INTO a (x) VALUES ('one; two');;\n"
      "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;\n"
      "/* ; */");
  ASSERT_EQ(statements.size(), 3u);
  EXPECT_EQ(statements[0], "CREATE TABLE a (x TEXT)");
  EXPECT_EQ(statements[1],
            "\n-- a comment; not a statement\nINSERT INTO a (x) VALUES ('one; two')");
  EXPECT_EQ(statements[2], "\nCREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql");
  EXPECT_TRUE(split_script(" -- only a comment\n").empty());
}

TEST(SplitScriptTest, RefusesPlaceholders) {
  for (const char* script :
       {"CREATE TABLE a (x TEXT); INSERT INTO a (x) VALUES (?)", "INSERT INTO a (x) VALUES ($1)"}) {
    try {
      split_script(script);
      ADD_FAILURE() << "accepted: " << script;
    } catch (const Failure& failure) {
      EXPECT_NE(failure.error().message.find("placeholder"), std::string::npos)
          << failure.error().message;
    }
  }
}

}  // namespace
}  // namespace cairn::store
