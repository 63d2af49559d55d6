#include "export/diff_report.h"

#include <string>
#include <vector>

#include "export/evidence_json.h"

namespace dyad::exporters {
namespace {

using graph::DiffStatus;

const char* Sign(DiffStatus status) {
  return status == DiffStatus::kAdded ? "+" : status == DiffStatus::kRemoved ? "-" : "~";
}

std::string OrNone(const std::string& s) { return s.empty() ? "none" : s; }

// One change per line, and nothing that drives a terminal: text from
// articles (sentences, labels, urls) has its control characters (line
// breaks, tabs, escape sequences) turned into spaces.
std::string Plain(std::string s) {
  for (char& c : s) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
  }
  return s;
}

// "weight 1 -> 2, last_seen 2009 -> 2024-11" for a changed edge, "weight 2" otherwise.
std::string EdgeChanges(const graph::EdgeDiff& d) {
  if (d.status != DiffStatus::kChanged) {
    return "weight " + std::to_string((d.after ? *d.after : *d.before).weight);
  }
  const graph::EdgeState& a = *d.before;
  const graph::EdgeState& b = *d.after;
  std::string out;
  auto add = [&](const std::string& name, const std::string& x, const std::string& y) {
    out += (out.empty() ? "" : ", ") + name + " " + x + " -> " + y;
  };
  for (const std::string& field : d.changed) {
    if (field == "cameo") add(field, OrNone(a.cameo), OrNone(b.cameo));
    if (field == "quad_class") add(field, std::to_string(a.quad_class), std::to_string(b.quad_class));
    if (field == "symmetric") add(field, a.symmetric ? "true" : "false", b.symmetric ? "true" : "false");
    if (field == "weight") add(field, std::to_string(a.weight), std::to_string(b.weight));
    if (field == "first_seen") add(field, OrNone(a.first_seen), OrNone(b.first_seen));
    if (field == "last_seen") add(field, OrNone(a.last_seen), OrNone(b.last_seen));
  }
  return out.empty() ? "evidence replaced, weight " + std::to_string(b.weight) : out;
}

void WriteEvidenceLine(std::ostream& out, const char* sign, const extract::Evidence& e) {
  out << "      " << sign << " " << Plain(e.Date().empty() ? "undated" : e.Date()) << " " << Plain(e.doc_id) << ": \""
      << Plain(e.sentence) << "\"";
  if (!e.doc_url.empty()) out << " " << Plain(e.doc_url);
  out << "\n";
}

std::string NodeLine(const graph::NodeDiff& d) {
  if (d.status != DiffStatus::kChanged) {
    const graph::Node& n = d.after ? *d.after : *d.before;
    return Plain(n.id + " \"" + n.label + "\" " + n.type);
  }
  std::string out = d.id + ":";
  auto field = [](const graph::Node& n, const std::string& name) {
    return name == "label" ? n.label : name == "type" ? n.type : name == "country" ? n.country : n.role;
  };
  for (std::size_t i = 0; i < d.changed.size(); ++i) {
    out += (i ? ", " : " ") + d.changed[i] + " \"" + field(*d.before, d.changed[i]) + "\" -> \"" +
           field(*d.after, d.changed[i]) + "\"";
  }
  return Plain(out);
}

void WriteDocumentsText(const graph::GraphDiff& diff, std::ostream& out) {
  out << "documents: " << diff.documents_added.size() << " added, " << diff.documents_removed.size() << " removed\n";
  for (const auto* list : {&diff.documents_added, &diff.documents_removed}) {
    const char* sign = list == &diff.documents_added ? "+" : "-";
    for (const graph::DocumentInfo& d : *list) {
      out << "  " << sign << " " << Plain(d.id + " (" + d.content_hash + ") " + d.source) << "\n";
    }
  }
}

}  // namespace

void WriteDiffText(const graph::GraphDiff& diff, std::ostream& out) {
  WriteDocumentsText(diff, out);
  out << "nodes: " << diff.NodeCount(DiffStatus::kAdded) << " added, " << diff.NodeCount(DiffStatus::kRemoved)
      << " removed, " << diff.NodeCount(DiffStatus::kChanged) << " changed\n";
  for (const graph::NodeDiff& d : diff.nodes) out << "  " << Sign(d.status) << " " << NodeLine(d) << "\n";
  out << "edges: " << diff.EdgeCount(DiffStatus::kAdded) << " added, " << diff.EdgeCount(DiffStatus::kRemoved)
      << " removed, " << diff.EdgeCount(DiffStatus::kChanged) << " changed; evidence: " << diff.EvidenceAdded()
      << " added, " << diff.EvidenceRemoved() << " removed\n";
  for (const graph::EdgeDiff& d : diff.edges) {
    const auto& [source, relation, target] = d.key;
    out << "  " << Sign(d.status) << " " << Plain(source + " " + relation + " " + target) << ": "
        << Plain(EdgeChanges(d)) << "\n";
    for (const extract::Evidence& e : d.evidence_added) WriteEvidenceLine(out, "+", e);
    for (const extract::Evidence& e : d.evidence_removed) WriteEvidenceLine(out, "-", e);
  }
}

}  // namespace dyad::exporters
