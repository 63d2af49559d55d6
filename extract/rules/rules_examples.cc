#include <algorithm>

#include "extract/examples.h"

namespace dyad::extract {
namespace {

// An example's endpoint names an actor or the actor's country.
bool EndpointMatches(const RulePack& pack, const std::string& want, const std::string& actor) {
  if (want == actor) return true;
  const Entity* e = pack.FindEntity(actor);
  return e != nullptr && e->country == want;
}

bool Produced(const RulePack& pack, const std::vector<Evidence>& got, const ExpectedEdge& want) {
  const Relation* relation = pack.FindRelation(want.relation);
  const bool symmetric = relation != nullptr && relation->direction == Direction::kSymmetric;
  return std::any_of(got.begin(), got.end(), [&](const Evidence& e) {
    if (e.modality != Modality::kAsserted || e.relation != want.relation) return false;
    auto ends = [&](const std::string& s, const std::string& t) {
      return EndpointMatches(pack, want.source, s) && EndpointMatches(pack, want.target, t);
    };
    return ends(e.source, e.target) || (symmetric && ends(e.target, e.source));
  });
}

std::string Describe(const ExpectedEdge& e) { return e.source + " " + e.relation + " " + e.target; }

std::string ListGot(const std::vector<Evidence>& got) {
  std::string out;
  for (const Evidence& e : got) {
    if (!out.empty()) out += ", ";
    out += e.source + " " + e.relation + " " + e.target;
    if (e.modality != Modality::kAsserted) out += std::string(" (") + ModalityName(e.modality) + ")";
  }
  return out.empty() ? "nothing" : out;
}

}  // namespace

ExampleResults RunExamples(const Extractor& extractor) {
  ExampleResults results;
  const RulePack& pack = extractor.pack();
  for (const Example& ex : pack.examples) {
    Document doc;
    doc.id = "example";
    doc.text = ex.text;
    doc.lang = ex.lang;
    doc.date = ex.date;
    doc.all_body = true;
    std::vector<Evidence> got = extractor.Extract(doc);
    bool ok = true;
    for (const ExpectedEdge& want : ex.edges) {
      if (Produced(pack, got, want)) continue;
      ok = false;
      results.failures.push_back({want.loc, "example did not give '" + Describe(want) + "' (got: " + ListGot(got) + ")"});
    }
    for (const ExpectedEdge& unwanted : ex.not_edges) {
      if (!Produced(pack, got, unwanted)) continue;
      ok = false;
      results.failures.push_back({unwanted.loc, "example gave unwanted '" + Describe(unwanted) + "'"});
    }
    ok ? ++results.passed : ++results.failed;
  }
  return results;
}

}  // namespace dyad::extract
