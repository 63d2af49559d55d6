#include "graph/cameo.h"

#include <algorithm>
#include <iterator>

namespace dyad::graph {
namespace {

struct CameoRow {
  std::string_view code;
  std::string_view plover;
};

constexpr CameoRow kTable[] = {
#include "graph/cameo_table.inc"
};

const CameoRow* Find(std::string_view code) {
  auto it = std::lower_bound(std::begin(kTable), std::end(kTable), code,
                             [](const CameoRow& r, std::string_view c) { return r.code < c; });
  return it != std::end(kTable) && it->code == code ? it : nullptr;
}

}  // namespace

std::string PloverCategory(std::string_view cameo) {
  if (cameo.size() < 2 || cameo.size() > 4 ||
      !std::all_of(cameo.begin(), cameo.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return "";
  }
  for (std::size_t n = cameo.size(); n >= 2; --n) {
    if (const CameoRow* r = Find(cameo.substr(0, n))) return std::string(r->plover);
  }
  return "";
}

bool IsPloverCategory(std::string_view name) {
  return std::any_of(std::begin(kTable), std::end(kTable), [&](const CameoRow& r) { return r.plover == name; });
}

}  // namespace dyad::graph
