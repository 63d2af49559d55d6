#include "extract/match/frames.h"

#include <algorithm>
#include <iterator>

namespace dyad::extract {
namespace {

struct Mapping {
  std::string_view from;  // a code or the prefix of the codes it stands for
  std::string_view to;    // "=": the code itself
};

// CAMEO 2.0 (the 2012 codebook): 03x "express intent to" mirrors 04-08,
// 13x "threaten" mirrors 14-20, 12x "reject"/"refuse" mirrors 04-08. The
// longest prefix of a code that is listed gives its framed code.
constexpr Mapping kIntent[] = {
    {"03", "="},     {"04", "036"},   {"045", "039"},  {"05", "032"},   {"057", "030"},  {"06", "031"},
    {"061", "0311"}, {"062", "0312"}, {"063", "0313"}, {"064", "0314"}, {"07", "033"},   {"071", "0331"},
    {"072", "0332"}, {"073", "0333"}, {"074", "0334"}, {"08", "035"},   {"081", "0351"}, {"082", "0352"},
    {"083", "034"},  {"084", "0353"}, {"085", "0354"}, {"086", "0355"}, {"087", "0356"}};
// An announced act of conflict ("will impose sanctions", "will withdraw its
// ambassador") has no intent code: news copy uses it for decisions taken as
// much as for threats, and the public gold codes it as the act; "threatened
// to" is the threat.

// A threat to do what is no act of conflict ("threatened to withdraw its
// force", "will leave the talks unless") is a threat not specified (130).
constexpr Mapping kThreat[] = {
    {"0", "130"},    {"13", "="},     {"14", "133"},   {"15", "138"},   {"16", "131"},   {"161", "1313"}, {"162", "1311"},
    {"163", "1312"}, {"164", "134"},  {"165", "135"},  {"166", "136"},  {"17", "130"},   {"172", "132"},
    {"1721", "1321"}, {"1722", "1322"}, {"1723", "1323"}, {"1724", "1324"}, {"175", "137"}, {"18", "1383"},
    {"19", "1384"},  {"191", "1381"}, {"192", "1382"}, {"20", "1385"}};

constexpr Mapping kRefusal[] = {
    {"04", "125"},   {"045", "126"},  {"05", "120"},   {"06", "121"},   {"061", "1211"}, {"062", "1212"},
    {"063", "1213"}, {"064", "1214"}, {"07", "122"},   {"071", "1221"}, {"072", "1222"}, {"073", "1223"},
    {"074", "1224"}, {"08", "124"},   {"081", "1241"}, {"082", "1242"}, {"083", "123"},  {"084", "1243"},
    {"085", "1244"}, {"086", "1245"}, {"087", "1246"}};

// 16x "reduce relations" names what is stopped: aid (162, by kind),
// negotiations (164), mediation (165), diplomatic ties (161), trade (163, a
// boycott), military cooperation (1622, as CAMEO.2.0.txt codes "halted
// military cooperation"), peacekeeping (1661); other meetings, visits and
// cooperation reduce relations in general (160: "called off the trip",
// "froze participation"). Stopping an act of conflict yields (STOP * EMBARGO
// 085, HALT * {AIR RAIDS} 087 in CAMEO.2.0.txt). Verbal acts (praise,
// apology, asylum) have none: "" below, and the frame negates.
constexpr Mapping kHalt[] = {
    {"04", "160"},   {"045", "165"},  {"046", "164"},  {"05", "161"},   {"051", ""},     {"052", ""},
    {"053", ""},     {"055", ""},     {"056", ""},     {"057", "160"},  {"06", "160"},   {"061", "163"},
    {"062", "1622"}, {"07", "162"},   {"071", "1621"}, {"072", "1622"}, {"073", "1623"}, {"074", "1661"},
    {"075", ""},     {"163", "085"},  {"18", "087"},   {"19", "087"},   {"20", "087"}};

template <std::size_t N>
std::string Lookup(const Mapping (&table)[N], std::string_view cameo) {
  const Mapping* best = nullptr;
  for (const Mapping& m : table) {
    if (cameo.substr(0, m.from.size()) == m.from && (best == nullptr || m.from.size() > best->from.size())) best = &m;
  }
  if (best == nullptr) return {};
  return best->to == "=" ? std::string(cameo) : std::string(best->to);
}

}  // namespace

const char* FrameName(Frame frame) {
  switch (frame) {
    case Frame::kIntent: return "intent";
    case Frame::kThreat: return "threat";
    case Frame::kRefusal: return "refusal";
    case Frame::kAspect: return "aspect";
    case Frame::kHalt: return "halt";
  }
  return "intent";
}

std::string FramedCode(Frame frame, std::string_view cameo) {
  switch (frame) {
    case Frame::kIntent: return Lookup(kIntent, cameo);
    case Frame::kThreat: return Lookup(kThreat, cameo);
    case Frame::kRefusal: return Lookup(kRefusal, cameo);
    case Frame::kAspect: return std::string(cameo);
    case Frame::kHalt: return Lookup(kHalt, cameo);
  }
  return {};
}

bool IsReciprocalCode(std::string_view cameo) {
  // Consultations but visits and hosting (042, 043: one visits the other),
  // diplomatic cooperation in general and formal agreements, material
  // cooperation, intents to cooperate, meet or settle, and fighting.
  static constexpr std::string_view kCodes[] = {"030", "031", "032", "036", "037", "040", "041", "044", "046",
                                                "050", "057", "06",  "190", "193"};
  if (cameo.size() >= 3 && (cameo.substr(0, 3) == "042" || cameo.substr(0, 3) == "043")) return false;
  return std::any_of(std::begin(kCodes), std::end(kCodes),
                     [&](std::string_view c) { return cameo.substr(0, c.size()) == c; });
}

}  // namespace dyad::extract
