#include "extract/match/actor_phrases.h"

namespace dyad::extract {

ActorPhrase ActorPhraseAt(const PhraseIndex& roles, const std::vector<Token>& tokens, std::size_t end,
                          std::size_t limit, bool demonym) {
  static constexpr std::size_t kNameWords = 4;
  ActorPhrase phrase{end, 0, -1};
  if (roles.empty()) return phrase;
  std::size_t j = end;
  if (j < limit && tokens[j].folded == "'s") ++j;
  const std::vector<std::uint32_t>* payloads = nullptr;
  const std::size_t role = j < limit && tokens[j].is_word ? roles.Longest(tokens, j, limit, &payloads) : 0;
  if (role > 0) {
    j += role;
    phrase.role_end = j;
    phrase.sector = static_cast<int>(payloads->front());
  } else if (!demonym || j != end) {
    return phrase;  // "Peru's visit": the possessive is the cue's
  }
  std::size_t name = 0;
  while (j < limit && name < kNameWords && tokens[j].is_word && tokens[j].capitalized) {
    ++j, ++name;
    // "González-Olaechea": a hyphen joins the name's parts.
    if (j + 1 < limit && tokens[j].folded == "-" && tokens[j + 1].capitalized) ++j;
  }
  if (role > 0 || name > 0) phrase.end = j;
  return phrase;
}

int RoleEndingAt(const PhraseIndex& roles, const std::vector<Token>& tokens, std::size_t floor, std::size_t end) {
  static constexpr std::size_t kRoleWords = 6;
  for (std::size_t start = end > kRoleWords && end - kRoleWords > floor ? end - kRoleWords : floor; start < end;
       ++start) {
    const std::vector<std::uint32_t>* payloads = nullptr;
    if (tokens[start].is_word && roles.Longest(tokens, start, end, &payloads) == end - start) {
      return static_cast<int>(payloads->front());
    }
  }
  return -1;
}

}  // namespace dyad::extract
