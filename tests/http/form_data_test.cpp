#include "http/form_data.h"

#include <gtest/gtest.h>

#include <string>

namespace cairn::http {
namespace {

constexpr std::string_view kMultipart = "multipart/form-data; boundary=XyZ";

std::string part(std::string_view headers, std::string_view content) {
  return "--XyZ\r\n" + std::string(headers) + "\r\n\r\n" + std::string(content) + "\r\n";
}

TEST(FormData, ReadsUrlEncodedFieldsWithLineBreaksAndPlusAsSpace) {
  const auto fields =
      parse_form("application/x-www-form-urlencoded", "a=1+2&credential=%7B%0D%0A%22x%22%7D&&b=");
  ASSERT_TRUE(fields) << fields.error().to_string();
  ASSERT_EQ(fields->size(), 3u);
  EXPECT_EQ((*fields)[0].value, "1 2");
  EXPECT_EQ((*fields)[1].value, "{\r\n\"x\"}");
  EXPECT_EQ((*fields)[2].name, "b");
  EXPECT_EQ((*fields)[2].value, "");
  EXPECT_EQ(find_field(*fields, "credential"), &(*fields)[1]);
  EXPECT_EQ(find_field(*fields, "missing"), nullptr);
  // A textarea's CR LF line breaks read as LF; a lone CR stays.
  EXPECT_EQ(field_text(*fields, "credential"), "{\n\"x\"}");
  const auto lone = parse_form("application/x-www-form-urlencoded", "t=a%0Db%0D%0A");
  ASSERT_TRUE(lone);
  EXPECT_EQ(field_text(*lone, "t"), "a\rb\n");
  EXPECT_EQ(field_text(*lone, "missing"), "");
}

TEST(FormData, RefusesBrokenEscapesAndControlCharacters) {
  EXPECT_FALSE(parse_form("application/x-www-form-urlencoded", "a=%zz"));
  EXPECT_FALSE(parse_form("application/x-www-form-urlencoded", "a=%00"));
  EXPECT_FALSE(parse_form("application/x-www-form-urlencoded", "a%0A=1"));  // names: no breaks
}

TEST(FormData, ReadsMultipartTextAndFileParts) {
  const std::string body =
      part("Content-Disposition: form-data; name=\"credential\"", "{\"a\": 1}\r\nline two") +
      part(
          "Content-Disposition: form-data; name=\"files\"; filename=\"badge.png\"\r\n"
          "Content-Type: image/png",
          std::string("\x89PNG\r\n\x1a\n\0\0", 10)) +
      part("content-disposition: form-data; name=files; filename=\"a \\\"b\\\".json\"", "{}") +
      "--XyZ--\r\n";
  const auto fields = parse_form(kMultipart, body);
  ASSERT_TRUE(fields) << fields.error().to_string();
  ASSERT_EQ(fields->size(), 3u);
  EXPECT_FALSE((*fields)[0].is_file);
  EXPECT_EQ((*fields)[0].value, "{\"a\": 1}\r\nline two");
  EXPECT_TRUE((*fields)[1].is_file);
  EXPECT_EQ((*fields)[1].filename, "badge.png");
  EXPECT_EQ((*fields)[1].content_type, "image/png");
  EXPECT_EQ((*fields)[1].value, std::string("\x89PNG\r\n\x1a\n\0\0", 10));
  EXPECT_EQ((*fields)[2].name, "files");
  EXPECT_EQ((*fields)[2].filename, "a \"b\".json");
}

TEST(FormData, ReadsAQuotedBoundary) {
  const auto fields =
      parse_form("multipart/form-data; charset=utf-8; boundary=\"XyZ\"",
                 part("Content-Disposition: form-data; name=\"a\"", "1") + "--XyZ--");
  ASSERT_TRUE(fields) << fields.error().to_string();
  EXPECT_EQ(fields->at(0).value, "1");
}

TEST(FormData, RefusesMalformedMultipartBodies) {
  const std::string good = part("Content-Disposition: form-data; name=\"a\"", "1");
  EXPECT_FALSE(parse_form("multipart/form-data", good + "--XyZ--"));  // no boundary
  EXPECT_FALSE(parse_form(kMultipart, "garbage" + good + "--XyZ--"));
  EXPECT_FALSE(parse_form(kMultipart, good));  // never closed
  EXPECT_FALSE(parse_form(kMultipart, "--XyZ\r\nContent-Disposition: form-data; name=\"a\""));
  EXPECT_FALSE(parse_form(kMultipart, part("Content-Type: text/plain", "1") + "--XyZ--"));
  EXPECT_FALSE(
      parse_form(kMultipart, part("Content-Disposition: attachment; name=\"a\"", "1") + "--XyZ--"));
  EXPECT_FALSE(parse_form(kMultipart, part("Content-Disposition: form-data", "1") + "--XyZ--"));
  EXPECT_FALSE(parse_form("text/plain", "a=1"));
}

TEST(FormData, KeepsToItsLimits) {
  std::string body;
  for (int i = 0; i < 5; ++i) body += part("Content-Disposition: form-data; name=\"a\"", "1");
  body += "--XyZ--";
  EXPECT_TRUE(parse_form(kMultipart, body, {.max_fields = 5}));
  const auto refused = parse_form(kMultipart, body, {.max_fields = 4});
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, "invalid form");
  const std::string long_headers =
      part("Content-Disposition: form-data; name=\"a\"\r\nX-Pad: " + std::string(200, 'x'), "1") +
      "--XyZ--";
  EXPECT_FALSE(parse_form(kMultipart, long_headers, {.max_part_header_bytes = 100}));
  EXPECT_FALSE(parse_form("application/x-www-form-urlencoded", "a=1&b=2&c=3", {.max_fields = 2}));
}

}  // namespace
}  // namespace cairn::http
