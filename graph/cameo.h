#pragma once
// The CAMEO ontology's mapping onto PLOVER, the field's successor
// categories: what lets dyad's CAMEO-coded relations be scored and read
// beside PLOVER-coded data (POLECAT, the PLOVER gold records).
#include <string>
#include <string_view>

namespace dyad::graph {

// The PLOVER category of a CAMEO code ("042" -> "CONSULT"), from PLOVER's
// CAMEO-to-PLOVER table: the code itself, else its three-digit parent, else
// its root. "" for codes of roots 01 and 02 (statements and appeals, which
// PLOVER does not code) and for anything that is not a CAMEO code.
std::string PloverCategory(std::string_view cameo);

// Whether NAME is one of the table's PLOVER categories ("AGREE", "ASSAULT").
bool IsPloverCategory(std::string_view name);

}  // namespace dyad::graph
