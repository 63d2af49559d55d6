#pragma once
// Gold annotations for measuring the extractor: the country-level edges each
// article of an evaluation set must (and must not) give, read from YAML with
// every error located at file:line:column.
#include <string>
#include <string_view>
#include <vector>

#include "extract/diagnostic.h"

namespace dyad::extract {

// "CHN 04 PER", "CHN 042 PER 2024-11-15" or "HUN AGREE ROU mutual": source,
// event code, target and, optionally, the date (YYYY, YYYY-MM or
// YYYY-MM-DD) one of the edge's evidence records must carry and `mutual`
// (either direction matches: a joint act of a compound actor). The code is
// a CAMEO code of 2 to 4 digits or, for gold coded in PLOVER, a PLOVER
// category name.
struct GoldEdge {
  std::string source;  // a country id ("CHN") or an actor without a country ("UN")
  std::string root;    // "04": the CAMEO code's first two digits; "" when the code is a PLOVER category
  std::string target;
  std::string date;  // "" when the annotation gives none
  SourceLoc loc;
  std::string code;     // as written: "04", "042", "AGREE"
  bool mutual = false;  // matches in either direction
};

struct GoldArticle {
  std::string id;                   // the article's document id
  std::vector<GoldEdge> edges;      // every edge the article states
  std::vector<GoldEdge> not_edges;  // edges it must not give: its traps
  bool states_only = false;         // the file's `scope: states`: edges with a non-state end are not scored
  SourceLoc loc;
};

// Parses a gold file: a map with the key `articles` (and, optionally,
// `scope: states`, for gold that codes state dyads only) listing maps with the keys
// id (required), edges (required, may be empty), not and note (free text).
// Every error is appended to diagnostics (unknown key, malformed edge "...",
// repeated article id, YAML syntax); the articles read without error are
// returned in file order.
std::vector<GoldArticle> ParseGold(std::string_view text, const std::string& name, Diagnostics* diagnostics);

// Reads and parses a gold file; a file that cannot be read is a diagnostic.
std::vector<GoldArticle> ReadGoldFile(const std::string& path, Diagnostics* diagnostics);

}  // namespace dyad::extract
