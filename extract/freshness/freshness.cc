#include "extract/freshness/freshness.h"

#include <algorithm>

// The findings of each document, tallied. The writers are in
// freshness_write.cc.
namespace dyad::extract {
namespace {

// Runs of white space (a phrase or sentence across a line break) as one space.
std::string Collapse(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

std::string Text(const Document& document, Span span) {
  return Collapse(std::string_view(document.text).substr(span.begin, span.end - span.begin));
}

void AddSorted(std::vector<std::string>* list, const std::string& item) {
  auto it = std::lower_bound(list->begin(), list->end(), item);
  if (it == list->end() || *it != item) list->insert(it, item);
}

// The last day an entity's windows cover: its valid_until, else its periods' latest end.
std::string WindowEnd(const Entity& e) {
  std::string end = e.valid_until;
  for (const Period& p : e.periods) end = std::max(end, p.until);
  return end;
}

// Most frequent first, then by key; at most limits.top with at least limits.min_count.
template <typename Map, typename Make>
auto Ranked(const Map& tallies, const ReportLimits& limits, Make make) {
  std::vector<typename Map::const_iterator> order;
  for (auto it = tallies.begin(); it != tallies.end(); ++it) {
    if (it->second.count >= limits.min_count) order.push_back(it);
  }
  std::stable_sort(order.begin(), order.end(), [](auto a, auto b) { return a->second.count > b->second.count; });
  if (limits.top >= 0 && order.size() > static_cast<std::size_t>(limits.top)) order.resize(limits.top);
  std::vector<decltype(make(tallies.begin()))> out;
  for (auto it : order) out.push_back(make(it));
  return out;
}

}  // namespace

void FreshnessReport::Tally::Add(const Document& document, const std::string& date, const std::string& sentence,
                                 const std::string& relation) {
  if (count++ == 0) example = {document.id, date, sentence};
  if (std::find(documents.begin(), documents.end(), document.id) == documents.end()) {
    documents.push_back(document.id);
  }
  if (!document.lang.empty()) AddSorted(&langs, document.lang);
  if (!relation.empty()) AddSorted(&relations, relation);
  latest = std::max(latest, date);
}

void FreshnessReport::Add(const Document& document, const DocumentTrace& trace) {
  ++counts_.documents;
  if (!trace.date.empty()) ++counts_.dated;
  for (const SentenceTrace& s : trace.sentences) {
    if (s.gaps.empty() && s.stale.empty() && s.ambiguous.empty()) continue;
    const std::string sentence = Text(document, s.span);
    for (const GapTrace& g : s.gaps) {
      unknown_[{Text(document, g.span), g.kind}].Add(document, trace.date, sentence, g.relation);
    }
    for (const StaleTrace& st : s.stale) {
      stale_[{st.entity, Text(document, st.span)}].Add(document, trace.date, sentence, "");
    }
    for (const AmbiguousTrace& a : s.ambiguous) {
      ambiguous_[{Text(document, a.span), a.entities}].Add(document, trace.date, sentence, "");
    }
  }
}

std::vector<UnknownPhrase> FreshnessReport::Unknown(const ReportLimits& limits) const {
  return Ranked(unknown_, limits, [](auto it) {
    const Tally& t = it->second;
    return UnknownPhrase{it->first.first, it->first.second, t.count, static_cast<int>(t.documents.size()),
                         t.langs, t.relations, t.example};
  });
}

std::vector<StaleName> FreshnessReport::Stale(const ReportLimits& limits) const {
  return Ranked(stale_, limits, [this](auto it) {
    const Tally& t = it->second;
    const Entity* e = pack_.FindEntity(it->first.first);
    return StaleName{it->first.first, e ? e->label : "", it->first.second, e ? WindowEnd(*e) : "",
                     t.count, static_cast<int>(t.documents.size()), t.latest, t.example};
  });
}

std::vector<TwoCountryName> FreshnessReport::TwoCountries(const ReportLimits& limits) const {
  return Ranked(ambiguous_, limits, [this](auto it) {
    const Tally& t = it->second;
    std::vector<std::string> countries;
    for (const std::string& id : it->first.second) {
      const Entity* e = pack_.FindEntity(id);
      const std::string state = e == nullptr ? "" : e->type == "country" ? e->id : e->country;
      if (!state.empty()) AddSorted(&countries, state);
    }
    return TwoCountryName{it->first.first, it->first.second, countries, t.count,
                          static_cast<int>(t.documents.size()), t.example};
  });
}

}  // namespace dyad::extract
