#include "web/report_view.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "web/embedded_files.h"
#include "web/message_catalog.h"

namespace cairn::web {
namespace {

constexpr std::string_view kChecks[] = {
    "structure", "proof", "issuer-key", "validity-window", "status", "endorsements", "recipient"};
constexpr vc::CheckStatus kStatuses[] = {vc::CheckStatus::kPass, vc::CheckStatus::kFail,
                                         vc::CheckStatus::kWarning, vc::CheckStatus::kSkipped};

class ReportViewTest : public testing::Test {
 protected:
  void SetUp() override {
    Result<MessageCatalog> catalog = MessageCatalog::load(message_catalogs());
    ASSERT_TRUE(catalog) << catalog.error().to_string();
    Result<std::unique_ptr<PageRenderer>> made =
        PageRenderer::create(page_templates(), std::move(*catalog));
    ASSERT_TRUE(made) << made.error().to_string();
    renderer_ = std::move(*made);
  }

  std::unique_ptr<PageRenderer> renderer_;
};

TEST_F(ReportViewTest, EveryCheckOutcomeHasASentenceInEveryLanguage) {
  for (const std::string_view check : kChecks) {
    for (const vc::CheckStatus status : kStatuses) {
      const std::string key =
          "explain." + std::string(check) + "." + std::string(vc::to_string(status));
      const std::string_view english = renderer_->message(Language::kEnglish, key);
      EXPECT_NE(english, key) << "no sentence for " << key;
      for (const Language other : {Language::kGerman, Language::kSpanish}) {
        EXPECT_NE(renderer_->message(other, key), english) << key << " is not translated";
      }
    }
  }
}

}  // namespace
}  // namespace cairn::web
