#pragma once
// Internal to the sentence matcher: actor phrases with no dictionary entry
// for the person. "Libyan leader Muammar Gaddafi", "Bulgarian President
// Todor Zhivkov", "Peru's foreign minister Juan Perez": a state's mention,
// a role noun (rules/roles.yaml, by sector) and a name are one actor of
// that state, so that such actors form lists ("A and B signed") and stand
// right before their verb.
#include <cstddef>
#include <vector>

#include "extract/match/matcher.h"
#include "extract/text.h"

namespace dyad::extract {

struct ActorPhrase {
  std::size_t end = 0;  // token after the phrase
  std::size_t role_end = 0;  // token after its role noun, 0 if none
  int sector = -1;      // the role's sector (CompiledRules::role_sectors), -1 if none
};

// The actor phrase a state's mention ending before token `end` heads: past
// "'s", a role and up to four capitalized words of a name (a name alone
// only after a demonym: "le président chinois Xi Jinping"). Stops at
// `limit` (the next mention). end itself if nothing follows.
ActorPhrase ActorPhraseAt(const PhraseIndex& roles, const std::vector<Token>& tokens, std::size_t end,
                          std::size_t limit, bool demonym);

// The sector of the longest role noun that ends right before token `end`
// and starts at or after `floor` ("la policía | peruana"); -1 if none.
int RoleEndingAt(const PhraseIndex& roles, const std::vector<Token>& tokens, std::size_t floor, std::size_t end);

}  // namespace dyad::extract
