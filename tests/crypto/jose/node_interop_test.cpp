// Interoperability with the npm `jose` library (Node): it verifies Cairn's EdDSA, RS256 and ES256
// tokens, and Cairn verifies the tokens it signs. Skipped when Node or the package is missing.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "crypto/jose/jws.h"

namespace cairn::crypto::jose {
namespace {

namespace fs = std::filesystem;

std::string shell_quoted(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

class NodeJoseInterop : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string node = CAIRN_NODE_EXECUTABLE;
    if (node.empty() || !fs::exists(node)) GTEST_SKIP() << "skipped: node not found";
    if (!fs::exists(fs::path(CAIRN_NODE_MODULES) / "jose" / "package.json")) {
      GTEST_SKIP() << "skipped: npm package jose not installed in " << CAIRN_NODE_MODULES;
    }
    std::string pattern = (fs::temp_directory_path() / "cairn-jose-XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    work_dir_ = pattern;
  }
  void TearDown() override {
    if (!work_dir_.empty()) fs::remove_all(work_dir_);
  }

  // Runs the script with `arguments` and returns its stdout parsed as JSON.
  boost::json::array run_script(const std::string& arguments) {
    const std::string command =
        shell_quoted(CAIRN_NODE_EXECUTABLE) + " " +
        shell_quoted(std::string(CAIRN_SOURCE_DIR) + "/tests/crypto/jose/jose_interop.mjs") +
        " --node-modules " + shell_quoted(CAIRN_NODE_MODULES) + " " + arguments;
    std::string output;
    FILE* pipe = popen(command.c_str(), "r");
    if (pipe == nullptr) throw std::runtime_error("popen failed");
    char buffer[4096];
    for (std::size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) output.append(buffer, n);
    const int status = pclose(pipe);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << command << "\n" << output;
    return boost::json::parse(output).as_array();
  }

  fs::path work_dir_;
};

TEST_F(NodeJoseInterop, JoseVerifiesCairnTokensOfEachAlgorithm) {
  boost::json::array cases;
  for (const auto algorithm : {JwsAlgorithm::kEdDsa, JwsAlgorithm::kRs256, JwsAlgorithm::kEs256}) {
    auto key = JwsSigningKey::generate(algorithm);
    ASSERT_TRUE(key.ok());
    auto token = sign_compact_jws({{"typ", "JWT"}}, "{\"from\":\"cairn\"}", *key);
    ASSERT_TRUE(token.ok());
    cases.push_back({{"alg", jws_algorithm_name(algorithm)},
                     {"token", *token},
                     {"jwk", key->public_jwk().members}});
    // A tampered copy, which jose must refuse, so the test cannot pass by accepting anything.
    std::string tampered = *token;
    tampered[tampered.size() - 2] = tampered[tampered.size() - 2] == 'A' ? 'B' : 'A';
    cases.push_back({{"alg", jws_algorithm_name(algorithm)},
                     {"token", tampered},
                     {"jwk", key->public_jwk().members}});
  }
  const fs::path input = work_dir_ / "tokens.json";
  std::ofstream(input) << boost::json::serialize(cases);
  const auto results = run_script("verify " + shell_quoted(input.string()));
  ASSERT_EQ(results.size(), cases.size());
  for (std::size_t i = 0; i < results.size(); ++i) {
    const auto& result = results[i].as_object();
    const bool tampered = i % 2 == 1;
    EXPECT_EQ(result.at("valid").as_bool(), !tampered) << boost::json::serialize(result);
    if (!tampered) {
      EXPECT_EQ(result.at("payload").as_string(), "{\"from\":\"cairn\"}");
    }
  }
}

TEST_F(NodeJoseInterop, CairnVerifiesJoseTokensOfEachAlgorithm) {
  const auto results = run_script("sign");
  ASSERT_EQ(results.size(), 3u);
  for (const auto& entry : results) {
    const auto& signed_case = entry.as_object();
    auto jwk = parse_public_jwk(signed_case.at("jwk"));
    ASSERT_TRUE(jwk.ok()) << jwk.error().to_string();
    auto jws = parse_compact_jws(signed_case.at("token").as_string());
    ASSERT_TRUE(jws.ok()) << jws.error().to_string();
    EXPECT_EQ(jws_algorithm_name(jws->algorithm), signed_case.at("alg").as_string());
    EXPECT_EQ(jws->payload, "{\"from\":\"jose\"}");
    auto valid = verify_jws_signature(*jws, *jwk);
    ASSERT_TRUE(valid.ok()) << valid.error().to_string();
    EXPECT_TRUE(*valid) << signed_case.at("alg").as_string();
    jws->signature.back() ^= 1;
    auto tampered = verify_jws_signature(*jws, *jwk);
    ASSERT_TRUE(tampered.ok());
    EXPECT_FALSE(*tampered);
  }
}

}  // namespace
}  // namespace cairn::crypto::jose
