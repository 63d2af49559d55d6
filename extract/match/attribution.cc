#include "extract/match/attribution.h"

#include <string_view>

namespace dyad::extract {
namespace {

// Where an attribution's speaker ends: a comma or a clause boundary.
bool EndsAttribution(const Token& t) {
  static constexpr std::string_view kEnds[] = {",", ";", ":", "(", ")", "?", "!", ".", "—", "–"};
  for (std::string_view e : kEnds) {
    if (t.folded == e) return true;
  }
  return false;
}

}  // namespace

void FindAttributions(const PhraseIndex& attribution, const std::vector<Token>& tokens,
                      std::vector<std::pair<std::size_t, std::size_t>>* out) {
  out->clear();
  if (attribution.empty()) return;
  const std::vector<std::uint32_t>* payloads = nullptr;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (!tokens[i].is_word) continue;
    const std::size_t len = attribution.Longest(tokens, i, tokens.size(), &payloads);
    if (len == 0) continue;
    std::size_t end = i + len;
    while (end < tokens.size() && !EndsAttribution(tokens[end])) ++end;
    out->emplace_back(i, end);
    i = end;
  }
}

void FindReportingEnds(const PhraseIndex& reporting, const std::vector<Token>& tokens, std::vector<char>* out) {
  out->assign(tokens.size() + 1, 0);
  if (reporting.empty()) return;
  const std::vector<std::uint32_t>* payloads = nullptr;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (!tokens[i].is_word) continue;
    const std::size_t len = reporting.Longest(tokens, i, tokens.size(), &payloads);
    if (len > 0) (*out)[i + len] = 1;
  }
}

}  // namespace dyad::extract
