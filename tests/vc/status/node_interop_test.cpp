// Interoperability with Digital Bazaar's reference libraries, run with Node:
// @digitalbazaar/vc-bitstring-status-list (the 'u' multibase form) and @digitalbazaar/bitstring
// (the bare base64url of StatusList2021). Each side encodes a list with known set indices and the
// other decodes it.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <sstream>
#include <string>

#include "vc/status/bitstring.h"

namespace cairn::vc::status {
namespace {

namespace fs = std::filesystem;

const std::set<std::uint64_t> kSetIndices{0, 7, 8, 1000, 65535, 94567, 131071};

// A Node module: `encode <form>` prints a list of 131,072 entries with kSetIndices set, in the
// 'u' form (vc-bitstring-status-list) or the bare form (bitstring); `decode <text>` prints the
// set indices of a 'u' list, comma-separated, and its length.
constexpr std::string_view kScript = R"(
const [modules, command, argument] = process.argv.slice(2);
const {createList, decodeList} =
    await import(modules + '/@digitalbazaar/vc-bitstring-status-list/lib/index.js');
const {Bitstring} = await import(modules + '/@digitalbazaar/bitstring/lib/index.js');
const indices = [0, 7, 8, 1000, 65535, 94567, 131071];
if (command === 'encode' && argument === 'multibase') {
  const list = await createList({length: 131072});
  for (const i of indices) list.setStatus(i, true);
  console.log(await list.encode());
} else if (command === 'encode') {
  const bits = new Bitstring({length: 131072});
  for (const i of indices) bits.set(i, true);
  console.log(await bits.encodeBits());
} else {
  const list = await decodeList({encodedList: argument});
  const set = [];
  for (let i = 0; i < list.length; ++i) if (list.getStatus(i)) set.push(i);
  console.log(list.length + ' ' + set.join(','));
}
)";

class NodeInteropTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const fs::path modules(CAIRN_NODE_MODULES);
    if (!fs::exists(modules / "@digitalbazaar/vc-bitstring-status-list/lib/index.js") ||
        !fs::exists(modules / "@digitalbazaar/bitstring/lib/index.js")) {
      GTEST_SKIP() << "skipped: " << modules.string()
                   << "/@digitalbazaar/vc-bitstring-status-list not present";
    }
    if (std::system("node --version > /dev/null 2>&1") != 0) {
      GTEST_SKIP() << "skipped: node not present";
    }
    directory_ = fs::temp_directory_path() / ("cairn-status-interop-" + std::to_string(::getpid()));
    fs::create_directories(directory_);
    std::ofstream(directory_ / "status_list.mjs") << kScript;
  }

  void TearDown() override {
    if (!directory_.empty()) fs::remove_all(directory_);
  }

  // Runs the script with `arguments` (shell-safe text) and returns its standard output.
  std::string run(const std::string& arguments) {
    const std::string command = "node '" + (directory_ / "status_list.mjs").string() + "' '" +
                                CAIRN_NODE_MODULES + "' " + arguments;
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
    EXPECT_NE(pipe, nullptr);
    std::string output;
    char buffer[4096];
    while (pipe && fgets(buffer, sizeof buffer, pipe.get()) != nullptr) output += buffer;
    while (!output.empty() && output.back() == '\n') output.pop_back();
    return output;
  }

  void expect_exactly_the_set_indices(const std::string& encoded) {
    const Result<Bitstring> list = Bitstring::decode(encoded, {});
    ASSERT_TRUE(list.ok()) << list.error().to_string() << " for " << encoded;
    ASSERT_EQ(list->bit_count(), 131072u);
    std::set<std::uint64_t> found;
    for (std::uint64_t i = 0; i < list->bit_count(); ++i) {
      if (list->bit(i)) found.insert(i);
    }
    EXPECT_EQ(found, kSetIndices);
  }

  fs::path directory_;
};

TEST_F(NodeInteropTest, CairnReadsTheirBitstringStatusList) {
  const std::string encoded = run("encode multibase");
  ASSERT_EQ(encoded.substr(0, 1), "u") << encoded;
  expect_exactly_the_set_indices(encoded);
}

TEST_F(NodeInteropTest, CairnReadsTheirBareStatusList2021Form) {
  const std::string encoded = run("encode bare");
  ASSERT_EQ(encoded.substr(0, 1), "H") << encoded;
  expect_exactly_the_set_indices(encoded);
}

TEST_F(NodeInteropTest, TheyReadCairnsList) {
  Bitstring list = Bitstring::create(Bitstring::kMinimumEntries).value();
  for (const std::uint64_t index : kSetIndices) list.set_bit(index, true);
  const std::string encoded = list.encode();  // base64url: safe inside single quotes
  EXPECT_EQ(run("decode '" + encoded + "'"), "131072 0,7,8,1000,65535,94567,131071");
}

}  // namespace
}  // namespace cairn::vc::status
