#include "web/analytics_page.h"

#include <algorithm>
#include <boost/beast/http/field.hpp>
#include <string>

#include "app/credential_events.h"
#include "common/date_time.h"
#include "web/account_pages.h"
#include "web/locale_format.h"

namespace cairn::web {
namespace {

constexpr int kChartWidth = 640;
constexpr int kChartHeight = 200;
constexpr int kMargin = 28;  // room for the axis labels

int days_asked(const http::RequestContext& context) {
  const std::string days = context.query_parameter("days").value_or("30");
  return days == "90" ? 90 : days == "365" ? 365 : 30;
}

http::Response csv_of(const http::Request& request, const app::AchievementAnalytics& analytics) {
  std::string csv = "day,issued,claims,views,verifications,shares\r\n";
  for (std::size_t i = 0; i < analytics.days.size(); ++i) {
    csv += analytics.days[i];
    for (const std::string_view kind : app::kAnalyticsSeries) {
      csv += "," + std::to_string(analytics.series.find(kind)->second[i]);
    }
    csv += "\r\n";
  }
  http::Response response =
      http::text_response(request, http::Status::ok, std::move(csv), "text/csv; charset=utf-8");
  response.set(boost::beast::http::field::content_disposition,
               "attachment; filename=\"analytics.csv\"");
  return response;
}

// The polyline points of `values` in the chart's box, the largest value of all series at the top.
std::string points_of(const std::vector<std::int64_t>& values, std::int64_t largest) {
  std::string points;
  const double step = values.size() > 1 ? static_cast<double>(kChartWidth - 2 * kMargin) /
                                              static_cast<double>(values.size() - 1)
                                        : 0;
  for (std::size_t i = 0; i < values.size(); ++i) {
    const double x = kMargin + step * static_cast<double>(i);
    const double y = kChartHeight - kMargin -
                     (kChartHeight - 2 * kMargin) * static_cast<double>(values[i]) /
                         static_cast<double>(std::max<std::int64_t>(largest, 1));
    points += (points.empty() ? "" : " ") + std::to_string(static_cast<int>(x)) + "," +
              std::to_string(static_cast<int>(y));
  }
  return points;
}

http::Response analytics(const http::RequestContext& context, const PageResponder& pages,
                         store::Database& database) {
  const PageContext page = pages.context_of(context);
  if (!page.session) return to_sign_in(context);
  const int days = days_asked(context);
  Result<app::AchievementAnalytics> read =
      app::achievement_analytics(database, page.session->principal, context.parameter("org"),
                                 context.parameter("achievement"), days, current_time());
  if (!read) return pages.failure(context, page, read.error());
  if (context.query_parameter("format") == "csv") return csv_of(context.request, *read);

  ctemplate::TemplateDictionary values("analytics");
  values.SetValue("ORG_ID", std::string(context.parameter("org")));
  values.SetValue("ACHIEVEMENT_ID", std::string(context.parameter("achievement")));
  values.SetIntValue("DAYS", days);
  values.SetValue("ISSUED", format_count(page.language, read->totals.issued));
  values.SetValue("ACCEPTED", format_count(page.language, read->totals.accepted));
  values.SetValue("REVOKED", format_count(page.language, read->totals.revoked));
  std::int64_t largest = 0;
  for (const auto& [kind, series] : read->series) {
    largest = std::max(largest, *std::max_element(series.begin(), series.end()));
  }
  values.SetIntValue("WIDTH", kChartWidth);
  values.SetIntValue("HEIGHT", kChartHeight);
  values.SetIntValue("TOP", kMargin);
  values.SetIntValue("BOTTOM", kChartHeight - kMargin);
  values.SetIntValue("LEFT", kMargin);
  values.SetIntValue("RIGHT", kChartWidth - kMargin);
  values.SetIntValue("LABEL_Y", kChartHeight - 8);
  values.SetValue("LARGEST", format_count(page.language, static_cast<std::uint64_t>(largest)));
  values.SetValue("FIRST_DAY", read->days.front());
  values.SetValue("LAST_DAY", read->days.back());
  for (const std::string_view kind : app::kAnalyticsSeries) {
    ctemplate::TemplateDictionary* line = values.AddSectionDictionary("SERIES");
    line->SetValue("KIND", std::string(kind));
    line->SetValue("LABEL",
                   std::string(pages.message(page, "analytics.series_" + std::string(kind))));
    line->SetValue("POINTS", points_of(read->series.find(kind)->second, largest));
    std::int64_t total = 0;
    for (const std::int64_t count : read->series.find(kind)->second) total += count;
    line->SetValue("TOTAL", format_count(page.language, static_cast<std::uint64_t>(total)));
  }
  for (std::size_t i = read->days.size(); i-- > 0;) {  // newest first in the table
    bool any = false;
    for (const std::string_view kind : app::kAnalyticsSeries)
      any = any || read->series.find(kind)->second[i] > 0;
    if (!any) continue;
    ctemplate::TemplateDictionary* row = values.AddSectionDictionary("ROWS");
    row->SetValue("DAY", read->days[i]);
    for (const std::string_view kind : app::kAnalyticsSeries) {
      row->AddSectionDictionary("CELLS")->SetValue(
          "CELL", format_count(page.language,
                               static_cast<std::uint64_t>(read->series.find(kind)->second[i])));
    }
  }
  for (const int choice : {30, 90, 365}) {
    ctemplate::TemplateDictionary* option = values.AddSectionDictionary("RANGES");
    option->SetIntValue("RANGE", choice);
    option->ShowSection(choice == days ? "CURRENT_RANGE" : "OTHER_RANGE");
  }
  return pages.respond(context, page, "console_analytics.tpl", "analytics.title", values);
}

}  // namespace

void add_analytics_page(http::Router& router, const PageResponder& pages,
                        store::Database& database) {
  router.add(http::Verb::get, "/console/{org}/achievements/{achievement}/analytics",
             [&pages, &database](const http::RequestContext& context) {
               return analytics(context, pages, database);
             });
}

}  // namespace cairn::web
