#include <sstream>
#include <string>
#include <vector>

#include "export/series.h"
#include "tests/catch.h"
#include "tests/export_test_util.h"

namespace dyad::exporters {
namespace {

TEST_CASE("periods: days, ISO weeks and months; vaguer dates have none", "[export]") {
  struct Case {
    std::string date;
    SeriesPeriod by;
    std::string period;
  };
  const std::vector<Case> cases = {
      {"2024-06-03", SeriesPeriod::kDay, "2024-06-03"},   {"2024-06-03", SeriesPeriod::kMonth, "2024-06"},
      {"2024-06-03", SeriesPeriod::kWeek, "2024-W23"},    {"2024-06-02", SeriesPeriod::kWeek, "2024-W22"},
      {"2024-12-30", SeriesPeriod::kWeek, "2025-W01"},    {"2021-01-03", SeriesPeriod::kWeek, "2020-W53"},
      {"2026-01-01", SeriesPeriod::kWeek, "2026-W01"},    {"2024-06", SeriesPeriod::kMonth, "2024-06"},
      {"2024-06", SeriesPeriod::kWeek, ""},               {"2024-06", SeriesPeriod::kDay, ""},
      {"1800", SeriesPeriod::kMonth, ""},                 {"", SeriesPeriod::kMonth, ""},
      {"2024-02-30", SeriesPeriod::kDay, ""},
  };
  for (const Case& c : cases) {
    INFO(c.date);
    CHECK(PeriodOf(c.date, c.by) == c.period);
  }
}

std::string SeriesOf(const graph::Graph& graph, SeriesPeriod by) {
  ExportOptions options;
  options.series_by = by;
  std::ostringstream out;
  WriteSeriesCsv(graph, out, options);
  return out.str();
}

TEST_CASE("time series CSV: evidence and documents per period and relation", "[export]") {
  graph::Graph g;
  testing::BuildSampleGraph(&g);  // MEET on 2024-03-01 (d1) and 2024-03-04 (d2); CRITICIZE on 2024-03-01
  CHECK(SeriesOf(g, SeriesPeriod::kMonth) ==
        "period,source,target,relation,cameo,root,quad_class,symmetric,evidence,documents\n"
        "2024-03,CHN,X.ODD,CRITICIZE,111,11,3,false,1,1\n"
        "2024-03,CHN,USA,MEET,036,03,1,true,2,2\n");
  CHECK(SeriesOf(g, SeriesPeriod::kDay) ==
        "period,source,target,relation,cameo,root,quad_class,symmetric,evidence,documents\n"
        "2024-03-01,CHN,X.ODD,CRITICIZE,111,11,3,false,1,1\n"
        "2024-03-01,CHN,USA,MEET,036,03,1,true,1,1\n"
        "2024-03-04,CHN,USA,MEET,036,03,1,true,1,1\n");
  CHECK(SeriesOf(g, SeriesPeriod::kWeek) ==
        "period,source,target,relation,cameo,root,quad_class,symmetric,evidence,documents\n"
        "2024-W09,CHN,X.ODD,CRITICIZE,111,11,3,false,1,1\n"
        "2024-W09,CHN,USA,MEET,036,03,1,true,1,1\n"
        "2024-W10,CHN,USA,MEET,036,03,1,true,1,1\n");
  CHECK(SeriesOf(graph::Graph(), SeriesPeriod::kMonth) ==
        "period,source,target,relation,cameo,root,quad_class,symmetric,evidence,documents\n");
}

}  // namespace
}  // namespace dyad::exporters
