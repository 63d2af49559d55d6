#include "export/series.h"

#include <cstdio>
#include <map>
#include <set>
#include <tuple>

#include "export/csv.h"
#include "graph/partial_date.h"

namespace dyad::exporters {
namespace {

// Days since 1970-01-01 of a civil date (H. Hinnant's days_from_civil).
long DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

// ISO 8601 week: weeks start on Monday, and week 1 holds the year's first
// Thursday, so 2024-12-30 is in 2025-W01.
std::string IsoWeek(int y, int m, int d) {
  const long days = DaysFromCivil(y, m, d);
  const long weekday = ((days % 7) + 7 + 3) % 7 + 1;  // 1970-01-01 was a Thursday (4)
  const long thursday = days - weekday + 4;
  int year = y + 1;
  while (DaysFromCivil(year, 1, 1) > thursday) --year;
  const int week = static_cast<int>((thursday - DaysFromCivil(year, 1, 1)) / 7 + 1);
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-W%02d", year, week);
  return buffer;
}

struct Cell {
  int evidence = 0;
  std::set<std::string> documents;
};

}  // namespace

std::string PeriodOf(const std::string& date, SeriesPeriod by) {
  if (!graph::IsPartialDate(date)) return "";
  const std::size_t needed = by == SeriesPeriod::kMonth ? 7 : 10;
  if (date.size() < needed) return "";
  if (by != SeriesPeriod::kWeek) return date.substr(0, needed);
  return IsoWeek(std::stoi(date.substr(0, 4)), std::stoi(date.substr(5, 2)), std::stoi(date.substr(8, 2)));
}

void WriteSeriesCsv(const graph::Graph& graph, std::ostream& out, const ExportOptions& options) {
  // (period, source, relation, target) -> counts; the map keeps the row order.
  std::map<std::tuple<std::string, std::string, std::string, std::string>, Cell> cells;
  std::map<std::tuple<std::string, std::string, std::string>, const graph::Edge*> edges;
  for (const graph::Edge* e : graph.Edges()) {
    edges[{e->source, e->relation, e->target}] = e;
    for (const extract::Evidence& ev : e->evidence) {
      const std::string period = PeriodOf(ev.Date(), options.series_by);
      if (period.empty()) continue;
      Cell& cell = cells[{period, e->source, e->relation, e->target}];
      ++cell.evidence;
      cell.documents.insert(ev.doc_id);
    }
  }
  out << "period,source,target,relation,cameo,root,quad_class,symmetric,evidence,documents\n";
  for (const auto& [key, cell] : cells) {
    const auto& [period, source, relation, target] = key;
    const graph::Edge& e = *edges.at({source, relation, target});
    const std::string fields[] = {period, source, target, relation, e.cameo, e.cameo.substr(0, 2)};
    for (const std::string& f : fields) out << CsvField(f, options.csv_cells) << ",";
    out << e.quad_class << "," << (e.symmetric ? "true" : "false") << "," << cell.evidence << ","
        << cell.documents.size() << "\n";
  }
}

}  // namespace dyad::exporters
