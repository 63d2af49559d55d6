#pragma once
// What dyad knows of each CAMEO code beyond the rule pack: its root, its
// PLOVER category (the field's successor ontology, for scoring and reading
// dyad's relations beside PLOVER-coded data such as POLECAT) and its
// Goldstein score (GDELT's scale, for weighting conflict and cooperation).
// Every export carries them; the tables are generated from vendored files
// by rules/tools/gen_cameo.py.
#include <optional>
#include <string>
#include <string_view>

namespace dyad::graph {

// The two-digit root of a CAMEO code ("042" -> "04"); "" for anything that
// is not 2 to 4 digits.
std::string CameoRoot(std::string_view cameo);

// A root's name as an upper-case id ("04" -> "CONSULT", "00" ->
// "STRUCTURE" for dyad's structural relations); "" for an unknown root.
std::string_view CameoRootName(std::string_view root);

// The PLOVER category of a CAMEO code ("042" -> "CONSULT"), from PLOVER's
// CAMEO-to-PLOVER table: the code itself, else its three-digit parent, else
// its root. "" for codes of roots 01 and 02 (statements and appeals, which
// PLOVER does not code) and for anything that is not a CAMEO code.
std::string PloverCategory(std::string_view cameo);

// Whether NAME is one of the table's PLOVER categories ("AGREE", "ASSAULT").
bool IsPloverCategory(std::string_view name);

// The Goldstein score of a CAMEO code (-10 to +10), looked up as the
// category is; none for a code neither it nor its parents are scored for.
std::optional<double> GoldsteinScore(std::string_view cameo);

}  // namespace dyad::graph
