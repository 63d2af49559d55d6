#include "extract/rules/entity_table.h"

#include <algorithm>
#include <vector>

#include "extract/rules/rules_yaml.h"

namespace dyad::extract {
namespace {

constexpr std::size_t kEntityColumns = 8;
constexpr std::size_t kExtendColumns = 3;

struct Cell {
  std::string text;
  int column = 1;  // 1-based byte column
};

std::vector<Cell> SplitCells(std::string_view line, char separator) {
  std::vector<Cell> cells;
  std::size_t start = 0;
  for (;;) {
    const std::size_t end = line.find(separator, start);
    cells.push_back({std::string(line.substr(start, end - start)), static_cast<int>(start) + 1});
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return cells;
}

bool ValidEntityId(const std::string& id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' ||
           c == '-';
  });
}

class TableParser {
 public:
  TableParser(const RuleSource& source, Diagnostics* diagnostics) : source_(source), diagnostics_(diagnostics) {}

  void Line(std::string_view text, int line, RuleFile* out) {
    line_ = line;
    const std::vector<Cell> cells = SplitCells(text, '\t');
    const bool extend = cells.size() > 1 && cells[1].text == "extend";
    const std::size_t want = extend ? kExtendColumns : kEntityColumns;
    if (cells.size() != want) {
      Error(1, "expected " + std::to_string(want) + " tab-separated fields" +
                   (extend ? " (id, extend, names)" : " (id, type, label, country, role, names, periods, origin)") +
                   ", got " + std::to_string(cells.size()));
      return;
    }
    LoadedEntity loaded;
    Entity& e = loaded.entity;
    e.id = cells[0].text;
    e.loc = Loc(1);
    if (!ValidEntityId(e.id)) {
      Error(1, "invalid id '" + e.id + "' (use letters, digits, '_', '.', '-')");
      return;
    }
    loaded.extend = extend;
    const Cell& names = cells[extend ? 2 : 5];
    for (const Cell& n : SplitCells(names.text, '|')) {
      if (n.text.empty()) {
        Error(names.column + n.column - 1, "empty name");
        continue;
      }
      e.aliases.push_back({n.text, "any", AliasKind::kName, Loc(names.column + n.column - 1)});
    }
    if (!extend) Fill(cells, &loaded);
    out->entities.push_back(std::move(loaded));
  }

 private:
  void Fill(const std::vector<Cell>& cells, LoadedEntity* loaded) {
    Entity& e = loaded->entity;
    e.type = cells[1].text;
    if (std::find(kEntityTypes.begin(), kEntityTypes.end(), e.type) == kEntityTypes.end()) {
      Error(cells[1].column, "unknown entity type '" + e.type + "' (expected one of: " + JoinNames(kEntityTypes) + ")");
    }
    e.label = cells[2].text;
    if (e.label.empty()) Error(cells[2].column, "empty label");
    e.country = cells[3].text;
    loaded->country_loc = Loc(cells[3].column);
    e.role = cells[4].text;
    if (!e.role.empty() && std::find(kRoles.begin(), kRoles.end(), e.role) == kRoles.end()) {
      Error(cells[4].column, "unknown role '" + e.role + "' (expected one of: " + JoinNames(kRoles) + ")");
    }
    if (!cells[6].text.empty()) {
      for (const Cell& p : SplitCells(cells[6].text, '|')) {
        Period period;
        std::string error;
        if (ParsePeriod(p.text, &period, &error)) {
          e.periods.push_back(std::move(period));
        } else {
          Error(cells[6].column + p.column - 1, error);
        }
      }
    }
    e.origin = cells[7].text;
  }

  SourceLoc Loc(int column) const { return {source_.name, line_, column}; }
  void Error(int column, std::string message) { diagnostics_->push_back({Loc(column), std::move(message)}); }

  const RuleSource& source_;
  Diagnostics* diagnostics_;
  int line_ = 0;
};

}  // namespace

bool IsEntityTable(std::string_view name) {
  static constexpr std::string_view kSuffix = ".tsv";
  return name.size() >= kSuffix.size() && name.substr(name.size() - kSuffix.size()) == kSuffix;
}

bool ParsePeriod(const std::string& text, Period* out, std::string* error) {
  const std::size_t dots = text.find("..");
  const std::size_t space = text.find(' ', dots == std::string::npos ? 0 : dots);
  Period p;
  if (dots != std::string::npos && space != std::string::npos) {
    p.from = text.substr(0, dots);
    p.until = text.substr(dots + 2, space - dots - 2);
    p.role = text.substr(space + 1);
  }
  const bool dates_ok = dots != std::string::npos && space != std::string::npos &&
                        (p.from.empty() || IsIsoDate(p.from)) && (p.until.empty() || IsIsoDate(p.until)) &&
                        (p.from.empty() || p.until.empty() || p.from <= p.until);
  if (!dates_ok) {
    *error = "period '" + text + "' must be 'FROM..UNTIL ROLE' (dates YYYY-MM-DD, either may be empty)";
    return false;
  }
  if (p.role == "-") p.role.clear();
  if (!p.role.empty() && std::find(kRoles.begin(), kRoles.end(), p.role) == kRoles.end()) {
    *error = "unknown role '" + p.role + "' in period '" + text + "'";
    return false;
  }
  *out = std::move(p);
  return true;
}

RuleFile ParseEntityTable(const RuleSource& source, Diagnostics* diagnostics) {
  RuleFile out;
  TableParser parser(source, diagnostics);
  const std::string_view text = source.text;
  out.entities.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')));
  int line = 0;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view row = text.substr(start, end - start);
    if (!row.empty() && row.back() == '\r') row.remove_suffix(1);
    ++line;
    if (!row.empty() && row.front() != '#') parser.Line(row, line, &out);
    start = end + 1;
  }
  return out;
}

}  // namespace dyad::extract
