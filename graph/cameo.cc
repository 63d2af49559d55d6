#include "graph/cameo.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>

namespace dyad::graph {
namespace {

constexpr double kNoScore = std::numeric_limits<double>::quiet_NaN();

struct CameoRow {
  std::string_view code;
  std::string_view plover;
  double goldstein;
};

constexpr CameoRow kTable[] = {
#include "graph/cameo_table.inc"
};

// The CAMEO codebook's names of its 20 roots, and dyad's 00 for structure.
constexpr std::string_view kRootNames[] = {"STRUCTURE",
                                           "MAKE_STATEMENT",
                                           "APPEAL",
                                           "INTEND_TO_COOPERATE",
                                           "CONSULT",
                                           "DIPLOMATIC_COOPERATION",
                                           "MATERIAL_COOPERATION",
                                           "PROVIDE_AID",
                                           "YIELD",
                                           "INVESTIGATE",
                                           "DEMAND",
                                           "DISAPPROVE",
                                           "REJECT",
                                           "THREATEN",
                                           "PROTEST",
                                           "EXHIBIT_FORCE_POSTURE",
                                           "REDUCE_RELATIONS",
                                           "COERCE",
                                           "ASSAULT",
                                           "FIGHT",
                                           "MASS_VIOLENCE"};

bool IsCameo(std::string_view code) {
  return code.size() >= 2 && code.size() <= 4 &&
         std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; });
}

const CameoRow* Find(std::string_view code) {
  auto it = std::lower_bound(std::begin(kTable), std::end(kTable), code,
                             [](const CameoRow& r, std::string_view c) { return r.code < c; });
  return it != std::end(kTable) && it->code == code ? it : nullptr;
}

// The row of the longest prefix of `cameo` (the code, its parent, its root)
// for which `has` holds.
template <typename Has>
const CameoRow* Lookup(std::string_view cameo, Has has) {
  if (!IsCameo(cameo)) return nullptr;
  for (std::size_t n = cameo.size(); n >= 2; --n) {
    const CameoRow* r = Find(cameo.substr(0, n));
    if (r != nullptr && has(*r)) return r;
  }
  return nullptr;
}

}  // namespace

std::string CameoRoot(std::string_view cameo) { return IsCameo(cameo) ? std::string(cameo.substr(0, 2)) : ""; }

std::string_view CameoRootName(std::string_view root) {
  if (root.size() != 2 || !IsCameo(root)) return "";
  const int n = (root[0] - '0') * 10 + (root[1] - '0');
  return n < static_cast<int>(std::size(kRootNames)) ? kRootNames[n] : "";
}

std::string PloverCategory(std::string_view cameo) {
  const CameoRow* r = Lookup(cameo, [](const CameoRow& row) { return !row.plover.empty(); });
  return r != nullptr ? std::string(r->plover) : "";
}

bool IsPloverCategory(std::string_view name) {
  return !name.empty() &&
         std::any_of(std::begin(kTable), std::end(kTable), [&](const CameoRow& r) { return r.plover == name; });
}

std::optional<double> GoldsteinScore(std::string_view cameo) {
  const CameoRow* r = Lookup(cameo, [](const CameoRow& row) { return !std::isnan(row.goldstein); });
  if (r == nullptr) return std::nullopt;
  return r->goldstein;
}

}  // namespace dyad::graph
