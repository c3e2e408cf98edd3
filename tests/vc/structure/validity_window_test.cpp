// Tests of the validity window. Expected instants are Unix times computed outside this code
// (GNU date -u -d ... +%s) and written down here.
#include "vc/structure/validity_window.h"

#include <gtest/gtest.h>

#include <string_view>

#include "canon/json/json_parser.h"

namespace cairn::vc::structure {
namespace {

using std::chrono::microseconds;
using std::chrono::seconds;

TimePoint unix_time(long long unix_seconds, long long micros = 0) {
  return TimePoint{seconds{unix_seconds} + microseconds{micros}};
}

long long unix_micros(TimePoint instant) { return instant.time_since_epoch().count(); }

boost::json::object parse_object(std::string_view text) {
  return canon::json::parse_json(text)->as_object();
}

TEST(ValidityWindow, ReadsVc2Dates) {
  Result<ValidityWindow> window = read_validity_window(parse_object(
      R"({"@context": ["https://www.w3.org/ns/credentials/v2"],
          "validFrom": "2010-01-01T00:00:00+02:00", "validUntil": "2024-02-29T12:30:45Z"})"));
  ASSERT_TRUE(window.ok()) << window.error().to_string();
  EXPECT_EQ(unix_micros(*window->valid_from), unix_micros(unix_time(1262296800)));
  EXPECT_EQ(unix_micros(*window->valid_until), unix_micros(unix_time(1709209845)));
}

TEST(ValidityWindow, ReadsVc11DatesAndIgnoresTheOtherVersionsNames) {
  Result<ValidityWindow> window = read_validity_window(parse_object(
      R"({"@context": ["https://www.w3.org/2018/credentials/v1"],
          "issuanceDate": "2010-01-01T00:00:00", "expirationDate": "2024-02-29T12:30:45Z",
          "validFrom": "2099-01-01T00:00:00Z"})"));
  ASSERT_TRUE(window.ok()) << window.error().to_string();
  EXPECT_EQ(unix_micros(*window->valid_from), unix_micros(unix_time(1262304000)));
  EXPECT_EQ(unix_micros(*window->valid_until), unix_micros(unix_time(1709209845)));
}

TEST(ValidityWindow, MissingDatesLeaveTheWindowOpen) {
  Result<ValidityWindow> window =
      read_validity_window(parse_object(R"({"@context": "https://www.w3.org/ns/credentials/v2"})"));
  ASSERT_TRUE(window.ok());
  EXPECT_FALSE(window->valid_from.has_value());
  EXPECT_FALSE(window->valid_until.has_value());
  EXPECT_EQ(check_validity_window(*window, unix_time(0)).status, ValidityStatus::kValid);
}

TEST(ValidityWindow, BadDatesAreErrorsNamingTheField) {
  Result<ValidityWindow> no_zone = read_validity_window(parse_object(
      R"({"@context": ["https://www.w3.org/ns/credentials/v2"],
          "validFrom": "2010-01-01T00:00:00"})"));
  ASSERT_FALSE(no_zone.ok());
  EXPECT_EQ(no_zone.error().code, "invalid date-time");
  EXPECT_NE(no_zone.error().message.find("validFrom"), std::string::npos);

  Result<ValidityWindow> not_string = read_validity_window(parse_object(
      R"({"@context": ["https://www.w3.org/2018/credentials/v1"], "expirationDate": 5})"));
  ASSERT_FALSE(not_string.ok());
  EXPECT_NE(not_string.error().message.find("expirationDate"), std::string::npos);

  Result<ValidityWindow> reversed = read_validity_window(parse_object(
      R"({"validFrom": "2020-01-01T00:00:00Z", "validUntil": "2019-01-01T00:00:00Z"})"));
  ASSERT_FALSE(reversed.ok());
  EXPECT_EQ(reversed.error().code, "invalid validity window");
}

TEST(ValidityWindow, ChecksTheInstantAgainstBothEndsWithDatesInTheMessage) {
  const ValidityWindow window{unix_time(1262304000), unix_time(1709209845)};
  const ValidityOutcome early = check_validity_window(window, unix_time(1262304000 - 1));
  EXPECT_EQ(early.status, ValidityStatus::kNotYetValid);
  EXPECT_NE(early.message.find("2010-01-01T00:00:00Z"), std::string::npos) << early.message;

  const ValidityOutcome first_instant = check_validity_window(window, unix_time(1262304000));
  EXPECT_EQ(first_instant.status, ValidityStatus::kValid);
  EXPECT_NE(first_instant.message.find("until 2024-02-29T12:30:45Z"), std::string::npos)
      << first_instant.message;

  const ValidityOutcome last_instant = check_validity_window(window, unix_time(1709209845, -1));
  EXPECT_EQ(last_instant.status, ValidityStatus::kValid);

  const ValidityOutcome expired = check_validity_window(window, unix_time(1709209845));
  EXPECT_EQ(expired.status, ValidityStatus::kExpired);
  EXPECT_NE(expired.message.find("expired at 2024-02-29T12:30:45Z"), std::string::npos)
      << expired.message;
}

}  // namespace
}  // namespace cairn::vc::structure
