// Runs the real `cairn` binary and checks its command-line contract: outputs, exit codes
// (0 success, 2 invalid input), "-" for stdin, and one line on stderr naming the error.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <boost/json.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace {

struct CommandRun {
  int exit_code = -1;
  std::string out;
  std::string err;
};

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("cairn-cli-test-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::string write(const std::string& name, const std::string& content) {
    const std::filesystem::path path = dir_ / name;
    std::ofstream(path, std::ios::binary) << content;
    return path.string();
  }

  static std::string slurp(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
  }

  // Runs `cairn ARGS` with `stdin_file` (or /dev/null) as standard input.
  CommandRun cairn(const std::string& args, const std::string& stdin_file = "/dev/null") {
    const std::string out = (dir_ / "stdout").string();
    const std::string err = (dir_ / "stderr").string();
    const std::string command = std::string("'") + CAIRN_BINARY + "' " + args + " <'" + stdin_file +
                                "' >'" + out + "' 2>'" + err + "'";
    const int status = std::system(command.c_str());
    CommandRun run;
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.out = slurp(out);
    run.err = slurp(err);
    return run;
  }

  std::filesystem::path dir_;
};

TEST_F(CliTest, VersionNamesTheProgram) {
  const CommandRun run = cairn("--version");
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_EQ(run.out.rfind("cairn ", 0), 0u) << run.out;
}

TEST_F(CliTest, JcsPrintsCanonicalBytesWithoutTrailingNewline) {
  const std::string file = write("in.json", R"({"b": 1e2, "a": [true, "\u00e9"], "c": 0.5})");
  const CommandRun run = cairn("canon --alg jcs " + file);
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out, "{\"a\":[true,\"\xC3\xA9\"],\"b\":100,\"c\":0.5}");
}

TEST_F(CliTest, DashReadsStandardInput) {
  const std::string file = write("in.json", R"({"z": null, "y": "q"})");
  const CommandRun run = cairn("canon --alg jcs -", file);
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out, R"({"y":"q","z":null})");
}

TEST_F(CliTest, DuplicateKeyIsInvalidInputWithOneLineOnStderr) {
  const std::string file = write("dup.json", R"({"a": 1, "a": 2})");
  const CommandRun run = cairn("canon --alg jcs " + file);
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_TRUE(run.out.empty());
  ASSERT_FALSE(run.err.empty());
  EXPECT_EQ(run.err.find('\n'), run.err.size() - 1) << run.err;
}

TEST_F(CliTest, MissingFileIsInvalidInput) {
  const CommandRun run = cairn("canon --alg jcs " + (dir_ / "absent.json").string());
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("absent.json"), std::string::npos) << run.err;
}

TEST_F(CliTest, RdfcOfNQuadsRelabelsBlankNodes) {
  const std::string file = write("in.nq", "_:x <http://ex.org/p> \"v\" .\n");
  const CommandRun run = cairn("canon --alg rdfc --input nquads " + file);
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out, "_:c14n0 <http://ex.org/p> \"v\" .\n");
}

TEST_F(CliTest, RdfcOfJsonLdUsesTheBaseOption) {
  const std::string file = write(
      "doc.jsonld", R"({"@id": "thing", "http://ex.org/p": {"@id": "_:b", "http://ex.org/q": 1}})");
  const CommandRun run = cairn("canon --alg rdfc --base http://base.example/dir/ " + file);
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out,
            "<http://base.example/dir/thing> <http://ex.org/p> _:c14n0 .\n"
            "_:c14n0 <http://ex.org/q> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n");
}

TEST_F(CliTest, RdfPrintsToRdfOutput) {
  const std::string file =
      write("doc.jsonld", R"({"@id": "http://ex.org/s", "http://ex.org/p": "o"})");
  const CommandRun run = cairn("rdf " + file);
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out, "<http://ex.org/s> <http://ex.org/p> \"o\" .\n");
}

TEST_F(CliTest, JsonLdErrorCodeIsNamed) {
  const std::string file = write("bad.jsonld", R"({"@context": {"term": {"@id": 5}}, "term": 1})");
  const CommandRun run = cairn("rdf " + file);
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("invalid IRI mapping"), std::string::npos) << run.err;
}

TEST_F(CliTest, UnknownRemoteContextIsRefusedNotFetched) {
  const std::string file =
      write("remote.jsonld", R"({"@context": "https://unknown.example/ctx.jsonld", "a": 1})");
  const CommandRun run = cairn("rdf " + file);
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("loading remote context failed"), std::string::npos) << run.err;
}

TEST_F(CliTest, LoadPrefixServesLocalContexts) {
  write("ctx.jsonld", R"({"@context": {"name": "http://schema.org/name"}})");
  const std::string file = write(
      "doc.jsonld",
      R"({"@context": "https://local.example/ctx.jsonld", "@id": "http://ex.org/a", "name": "A"})");
  const CommandRun run =
      cairn("rdf --load-prefix https://local.example/=" + dir_.string() + " " + file);
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out, "<http://ex.org/a> <http://schema.org/name> \"A\" .\n");
}

TEST_F(CliTest, BundledCredentialsContextNeedsNoFlags) {
  const std::string file = write("vc.jsonld", R"({
    "@context": ["https://www.w3.org/ns/credentials/v2"],
    "id": "urn:uuid:1", "type": ["VerifiableCredential"], "issuer": "did:example:1",
    "credentialSubject": {"id": "did:example:2"}})");
  const CommandRun run = cairn("canon --alg rdfc " + file);
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(
      run.out.find("<urn:uuid:1> <https://www.w3.org/2018/credentials#issuer> <did:example:1> ."),
      std::string::npos)
      << run.out;
}

TEST_F(CliTest, ContextsListsPinnedHashes) {
  const CommandRun run = cairn("contexts");
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_NE(run.out.find("https://www.w3.org/ns/credentials/v2\t"), std::string::npos) << run.out;
}

TEST_F(CliTest, AdminMakesAnAccountAndATokenShownOnceAndRefusesDuplicates) {
  const std::string db = "--db 'sqlite:" + (dir_ / "cairn.db").string() + "'";
  const std::string password = write("password", "a long enough password\n");
  const CommandRun user = cairn(
      "admin create-user " + db + " --email Ada@Example.org --name Ada --password-stdin", password);
  ASSERT_EQ(user.exit_code, 0) << user.err;
  EXPECT_NE(user.out.find(R"("email":"ada@example.org")"), std::string::npos) << user.out;
  EXPECT_EQ(user.out.find("password"), std::string::npos) << "a given password is not echoed";

  const CommandRun again =
      cairn("admin create-user " + db + " --email ada@example.org --name Other");
  EXPECT_EQ(again.exit_code, 2);
  EXPECT_EQ(again.err.rfind("cairn: email taken: ", 0), 0u) << again.err;

  const CommandRun made = cairn("admin create-user " + db + " --email bo@example.org --name Bo");
  ASSERT_EQ(made.exit_code, 0) << made.err;
  EXPECT_NE(made.out.find(R"("password":")"), std::string::npos) << "a made password is shown";

  const CommandRun token = cairn("admin create-token " + db +
                                 " --email ada@example.org --name ci --scopes 'read issue'");
  ASSERT_EQ(token.exit_code, 0) << token.err;
  EXPECT_EQ(token.out.rfind("token: cairn_", 0), 0u) << token.out;
  EXPECT_NE(token.out.find("expires: never"), std::string::npos);

  const CommandRun bad_scope =
      cairn("admin create-token " + db + " --email ada@example.org --name ci --scopes 'fly'");
  EXPECT_EQ(bad_scope.exit_code, 2);
  EXPECT_EQ(bad_scope.err.rfind("cairn: invalid scope: ", 0), 0u) << bad_scope.err;
}

TEST_F(CliTest, AdminRefusesADatabaseUrlItCannotUse) {
  const CommandRun run = cairn("admin create-user --db 'mysql://x' --email a@example.org --name A");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err.rfind("cairn: invalid database URL: ", 0), 0u) << run.err;
}

TEST_F(CliTest, SeedDemoFillsAFreshInstanceOnce) {
  const std::string db = "--db 'sqlite:" + (dir_ / "cairn.db").string() + "'";
  ASSERT_EQ(cairn("admin create-user " + db + " --email admin@example.org --name Admin").exit_code,
            0);
  ::setenv("CAIRN_MASTER_KEY", std::string(43, 'A').c_str(), 1);  // an all-zero test key
  const CommandRun seeded = cairn("admin seed-demo " + db +
                                  " --email admin@example.org --base-url https://demo.example/");
  const CommandRun again =
      cairn("admin seed-demo " + db + " --email admin@example.org --base-url https://demo.example");
  const CommandRun stranger = cairn("admin seed-demo " + db + " --email nobody@example.org");
  ::unsetenv("CAIRN_MASTER_KEY");
  ASSERT_EQ(seeded.exit_code, 0) << seeded.err;
  const boost::json::value demo = boost::json::parse(seeded.out);
  EXPECT_EQ(demo.at("seeded"), true);
  EXPECT_EQ(demo.at("achievements").as_array().size(), 3u);
  ASSERT_EQ(demo.at("credentials").as_array().size(), 5u);
  EXPECT_EQ(std::string(demo.at("credentials").as_array()[0].as_string())
                .rfind("https://demo.example/credentials/", 0),
            0u);
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(boost::json::parse(again.out).at("seeded"), false);
  EXPECT_NE(again.err.find("already has organisations"), std::string::npos);
  EXPECT_EQ(stranger.exit_code, 2);
}

}  // namespace
