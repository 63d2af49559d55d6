#include <string>
#include <vector>

#include "graph/diff.h"
#include "graph/merge.h"
#include "tests/catch.h"

namespace dyad::graph {
namespace {

const RelationInfo kMeet{"MEET", "036", 1, true};
const RelationInfo kVisit{"VISIT", "042", 1, false};
const RelationInfo kFight{"FIGHT", "190", 4, false};

extract::Evidence Ev(const std::string& doc, const std::string& s, const std::string& t, const std::string& date,
                     std::uint32_t cue = 0) {
  extract::Evidence e;
  e.doc_id = doc;
  e.source = s;
  e.target = t;
  e.doc_date = date;
  e.cue_span = {cue, cue + 3};
  e.sentence = "sentence of " + doc;
  return e;
}

DocumentInfo Doc(const std::string& id, const std::string& hash) { return {id, "", "", "", "en", hash, id + ".txt"}; }

void BuildBefore(Graph* g) {
  for (const char* d : {"a", "c", "d"}) g->AddDocument(Doc(d, std::string("h") + d));
  g->AddNode({"PER", "Peru", "country", "PER", ""});
  g->AddNode({"CHN", "China", "country", "CHN", ""});
  g->AddNode({"CHN.XI", "Xi", "person", "CHN", "government"});
  g->AddNode({"USA", "United States", "country", "USA", ""});
  g->AddEvidence(kVisit, Ev("a", "CHN.XI", "PER", "2024-06"));
  g->AddEvidence(kMeet, Ev("c", "PER", "CHN", ""));
  g->AddEvidence(kFight, Ev("d", "USA", "CHN", "2009"));
}

// One document gone (d, with USA), one new (e, with CHL), Xi renamed and visiting again.
void BuildAfter(Graph* g) {
  for (const char* d : {"a", "c", "e"}) g->AddDocument(Doc(d, std::string("h") + d));
  g->AddNode({"PER", "Peru", "country", "PER", ""});
  g->AddNode({"CHN", "China", "country", "CHN", ""});
  g->AddNode({"CHN.XI", "Xi Jinping", "person", "CHN", "government"});
  g->AddNode({"CHL", "Chile", "country", "CHL", ""});
  g->AddEvidence(kVisit, Ev("a", "CHN.XI", "PER", "2024-06"));
  g->AddEvidence(kVisit, Ev("a", "CHN.XI", "PER", "2024-11-14", 40));
  g->AddEvidence(kMeet, Ev("c", "PER", "CHN", ""));
  g->AddEvidence(kMeet, Ev("e", "PER", "CHL", "2025-01-02"));
}

std::string Join(const std::vector<std::string>& list) {
  std::string out;
  for (const std::string& s : list) out += (out.empty() ? "" : ",") + s;
  return out;
}

std::string Dump(const GraphDiff& d) {
  std::string out = "docs +";
  for (const DocumentInfo& doc : d.documents_added) out += " " + doc.id;
  out += " -";
  for (const DocumentInfo& doc : d.documents_removed) out += " " + doc.id;
  out += "\n";
  for (const NodeDiff& n : d.nodes)
    out += std::string(DiffStatusName(n.status)) + " " + n.id + " [" + Join(n.changed) + "]\n";
  for (const EdgeDiff& e : d.edges) {
    const auto& [s, r, t] = e.key;
    out += std::string(DiffStatusName(e.status)) + " " + s + " " + r + " " + t + " [" + Join(e.changed) + "] " +
           (e.before ? std::to_string(e.before->weight) : "-") + "->" +
           (e.after ? std::to_string(e.after->weight) : "-") + " +" + std::to_string(e.evidence_added.size()) + " -" +
           std::to_string(e.evidence_removed.size()) + "\n";
  }
  return out;
}

// Nodes with labels, edges with their fields and evidence documents, and the graph info.
std::string DumpGraph(const Graph& g) {
  std::string out = g.info.dyad_version + " " + g.info.rules_fingerprint + " docs:";
  for (const DocumentInfo& d : g.info.documents) out += " " + d.id + "@" + d.source;
  out += "\n";
  for (const Node* n : g.Nodes()) out += n->id + " " + n->label + "\n";
  for (const Edge* e : g.Edges()) {
    out += e->source + " " + e->relation + " " + e->target + " " + e->cameo + " " + e->first_seen + ".." +
           e->last_seen + ":";
    for (const extract::Evidence& ev : e->evidence) out += " " + ev.doc_id.str() + "/" + ev.sentence;
    out += "\n";
  }
  return out;
}

TEST_CASE("diff lists what was added, removed and changed, in canonical order", "[graph]") {
  Graph before, after;
  BuildBefore(&before);
  BuildAfter(&after);
  const GraphDiff d = DiffGraphs(before, after);
  CHECK(Dump(d) ==
        "docs + e - d\n"
        "added CHL []\n"
        "changed CHN.XI [label]\n"
        "removed USA []\n"
        "added CHL MEET PER [] -->1 +1 -0\n"
        "changed CHN.XI VISIT PER [weight,last_seen,evidence] 1->2 +1 -0\n"
        "removed USA FIGHT CHN [] 1->- +0 -1\n");
  CHECK(d.NodeCount(DiffStatus::kAdded) == 1);
  CHECK(d.EdgeCount(DiffStatus::kChanged) == 1);
  CHECK(d.EvidenceAdded() == 2);
  CHECK(d.EvidenceRemoved() == 1);
  CHECK(d.edges[1].evidence_added[0].doc_date == "2024-11-14");
  CHECK(d.nodes[1].before->label == "Xi");
  CHECK(d.nodes[1].after->label == "Xi Jinping");
  CHECK_FALSE(d.empty());
}

TEST_CASE("a graph has no diff with itself", "[graph]") {
  Graph g, copy;
  BuildAfter(&g);
  BuildAfter(&copy);
  CHECK(DiffGraphs(g, copy).empty());
  CHECK(Dump(DiffGraphs(g, copy)) == "docs + -\n");
}

TEST_CASE("diff union keeps removed elements and marks every status", "[graph]") {
  Graph before, after, u;
  BuildBefore(&before);
  BuildAfter(&after);
  DiffMarks marks;
  DiffUnion(before, after, DiffGraphs(before, after), &u, &marks);
  CHECK(DumpGraph(u) ==
        "  docs: a@a.txt c@c.txt d@d.txt e@e.txt\n"
        "CHL Chile\nCHN China\nCHN.XI Xi Jinping\nPER Peru\nUSA United States\n"
        "CHL MEET PER 036 2025-01-02..2025-01-02: e/sentence of e\n"
        "CHN MEET PER 036 ..: c/sentence of c\n"
        "CHN.XI VISIT PER 042 2024-06..2024-11-14: a/sentence of a a/sentence of a\n"
        "USA FIGHT CHN 190 2009..2009: d/sentence of d\n");
  CHECK(std::string(DiffStatusName(marks.OfNode("USA"))) == "removed");
  CHECK(std::string(DiffStatusName(marks.OfNode("CHL"))) == "added");
  CHECK(std::string(DiffStatusName(marks.OfNode("CHN.XI"))) == "changed");
  CHECK(std::string(DiffStatusName(marks.OfNode("PER"))) == "unchanged");
  CHECK(marks.OfEdge(*u.FindEdge("CHN", "MEET", "PER")) == DiffStatus::kUnchanged);
  CHECK(marks.OfEdge(*u.FindEdge("USA", "FIGHT", "CHN")) == DiffStatus::kRemoved);
  CHECK(marks.OfEdge(*u.FindEdge("CHN.XI", "VISIT", "PER")) == DiffStatus::kChanged);
}

// Three overlapping parts: a document in two of them, evidence shared.
void BuildParts(Graph* a, Graph* b, Graph* c) {
  for (Graph* g : {a, b, c}) {
    g->info.dyad_version = "0.0.9";
    g->info.rules_fingerprint = "r1";
    g->AddNode({"PER", "Peru", "country", "PER", ""});
    g->AddNode({"CHN", "China", "country", "CHN", ""});
  }
  a->AddDocument(Doc("a", "ha"));
  a->AddEvidence(kMeet, Ev("a", "PER", "CHN", "2024"));
  b->AddDocument(Doc("a", "ha"));
  b->AddDocument(Doc("b", "hb"));
  b->AddEvidence(kMeet, Ev("a", "PER", "CHN", "2024"));
  b->AddEvidence(kMeet, Ev("b", "CHN", "PER", "2023-05", 9));
  c->AddDocument(Doc("c", "hc"));
  c->AddNode({"CHN.XI", "Xi Jinping", "person", "CHN", ""});
  c->AddEvidence(kVisit, Ev("c", "CHN.XI", "PER", ""));
}

std::string Merged(const std::vector<const Graph*>& parts) {
  Graph out;
  MergeGraphs(parts, "1.2.3", &out);
  return DumpGraph(out);
}

TEST_CASE("merge is commutative and associative", "[graph]") {
  Graph a, b, c;
  BuildParts(&a, &b, &c);
  const std::string abc = Merged({&a, &b, &c});
  CHECK(abc ==
        "1.2.3 r1 docs: a@a.txt b@b.txt c@c.txt\n"
        "CHN China\nCHN.XI Xi Jinping\nPER Peru\n"
        "CHN MEET PER 036 2023-05..2024: a/sentence of a b/sentence of b\n"
        "CHN.XI VISIT PER 042 ..: c/sentence of c\n");
  Graph ab, bc, ca;
  MergeGraphs({&a, &b}, "1.2.3", &ab);
  MergeGraphs({&b, &c}, "1.2.3", &bc);
  MergeGraphs({&c, &a}, "1.2.3", &ca);
  CHECK(Merged({&c, &b, &a}) == abc);
  CHECK(Merged({&b, &a, &c}) == abc);
  CHECK(Merged({&ab, &c}) == abc);
  CHECK(Merged({&a, &bc}) == abc);
  CHECK(Merged({&ca, &b}) == abc);
  CHECK(Merged({&ab, &bc, &ca}) == abc);  // overlaps count once
}

TEST_CASE("merge settles conflicts by value, never by order", "[graph]") {
  Graph a, b;
  a.info.rules_fingerprint = "r2";
  b.info.rules_fingerprint = "r1";
  a.AddNode({"CHN", "China", "country", "CHN", ""});
  b.AddNode({"CHN", "PRC", "country", "CHN", ""});  // greatest (label, ...) wins
  a.AddNode({"PER", "Peru", "country", "PER", ""});
  b.AddNode({"PER", "Peru", "country", "PER", ""});
  a.AddEvidence({"MEET", "036", 1, true}, Ev("x", "PER", "CHN", "2024"));
  extract::Evidence same = Ev("x", "PER", "CHN", "2024");
  same.sentence = "another text, same identity";  // the least text wins
  b.AddEvidence({"MEET", "040", 1, true}, same);  // greatest cameo wins
  const std::string expected =
      "1.2.3 r1,r2 docs:\n"
      "CHN PRC\nPER Peru\n"
      "CHN MEET PER 040 2024..2024: x/another text, same identity\n";
  CHECK(Merged({&a, &b}) == expected);
  CHECK(Merged({&b, &a}) == expected);
}

TEST_CASE("merge counts an article once when two parts hold it under different names", "[graph]") {
  Graph a, b;
  for (Graph* g : {&a, &b}) {
    g->AddNode({"PER", "Peru", "country", "PER", ""});
    g->AddNode({"CHN", "China", "country", "CHN", ""});
  }
  a.AddDocument({"copy", "", "", "", "en", "same", "in/z-copy.txt"});
  a.AddNode({"CHN.XI", "Xi Jinping", "person", "CHN", ""});
  a.AddEvidence(kMeet, Ev("copy", "PER", "CHN", "2024"));
  a.AddEvidence(kVisit, Ev("copy", "CHN.XI", "PER", "2024"));  // only in the copy's graph
  b.AddDocument({"orig", "", "", "", "en", "same", "in/a-orig.txt"});
  b.AddEvidence(kMeet, Ev("orig", "PER", "CHN", "2024"));
  // As `dyad build in/` would: the first path read wins, the copy is skipped.
  const std::string expected =
      " docs: orig@in/a-orig.txt\n"
      "CHN China\nPER Peru\n"
      "CHN MEET PER 036 2024..2024: orig/sentence of orig\n";
  CHECK(Merged({&a, &b}) == "1.2.3 " + expected);
  CHECK(Merged({&b, &a}) == "1.2.3 " + expected);
}

TEST_CASE("MergeFingerprints joins distinct fingerprints in order", "[graph]") {
  CHECK(MergeFingerprints({"b", "a,c", "", "a"}) == "a,b,c");
  CHECK(MergeFingerprints({"a1d6", "a1d6"}) == "a1d6");
  CHECK(MergeFingerprints({}) == "");
}

}  // namespace
}  // namespace dyad::graph
