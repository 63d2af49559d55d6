// WriteJson: the node-link layout NetworkX's node_link_graph reads
// (directed, multigraph, graph, nodes, links with source/target/key), with
// dyad's own fields beside NetworkX's. Key order is fixed so files diff well.
#include "export/json.h"

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <rapidjson/prettywriter.h>

#include "export/evidence_json.h"

namespace dyad::exporters {
namespace {

void WriteField(JsonPrettyWriter* w, const char* key, const std::string& value) {
  w->Key(key);
  WriteJsonString(w, value);
}

void WriteGraphInfo(JsonPrettyWriter* w, const graph::GraphInfo& info) {
  w->StartObject();
  WriteField(w, "format", kJsonFormat);
  WriteField(w, "dyad_version", info.dyad_version);
  WriteField(w, "rules_fingerprint", info.rules_fingerprint);
  w->Key("documents");
  w->StartArray();
  for (const graph::DocumentInfo& doc : info.documents) WriteDocument(w, doc);
  w->EndArray();
  w->EndObject();
}

void WriteNode(JsonPrettyWriter* w, const graph::Node& node) {
  w->StartObject();
  WriteField(w, "id", node.id);
  WriteField(w, "label", node.label);
  WriteField(w, "type", node.type);
  WriteField(w, "country", node.country);
  WriteField(w, "role", node.role);
  w->EndObject();
}

// Appends one link object as PrettyWriter would lay it out at its depth in
// the file (members at 6 spaces, evidence records at 8, one per line),
// preceded by ",\n    " unless it is the first link. Links are formatted
// here rather than through the writer so that several threads can format
// them at once.
void AppendLink(const graph::Edge& edge, bool first, std::string* out) {
  auto field = [&](const char* key, const std::string& value) {
    out->append(",\n      \"").append(key).append("\": ");
    AppendJsonString(value, out);
  };
  auto number = [&](const char* key, int value) {
    out->append(",\n      \"").append(key).append("\": ").append(std::to_string(value));
  };
  if (!first) out->append(",\n    ");
  out->append("{\n      \"source\": ");
  AppendJsonString(edge.source, out);
  field("target", edge.target);
  // NetworkX's multigraph key: unique per (source, target) because the graph
  // keeps one edge per (source, relation, target).
  field("key", edge.relation);
  field("relation", edge.relation);
  field("cameo", edge.cameo);
  number("quad_class", edge.quad_class);
  out->append(",\n      \"symmetric\": ").append(edge.symmetric ? "true" : "false");
  number("weight", edge.weight());
  field("first_seen", edge.first_seen);
  field("last_seen", edge.last_seen);
  out->append(",\n      \"evidence\": [");
  const std::vector<extract::Evidence>& list = edge.evidence;
  for (std::size_t i = 0; i < list.size(); ++i) {
    // A record's texts are scattered over the heap, and writing a big graph
    // waited on them one cache miss after another: ask for them a few
    // records ahead, the shared blocks first and their bytes next.
    if (i + 4 < list.size()) PrefetchSharedBlocks(list[i + 4]);
    if (i + 2 < list.size()) PrefetchTexts(list[i + 2]);
    out->append(i == 0 ? "\n        " : ",\n        ");
    AppendEvidenceJsonLine(list[i], out);
  }
  out->append(list.empty() ? "]" : "\n      ]");
  out->append("\n    }");
}

// The links in pieces of about kPieceRecords evidence records, each piece
// formatted into one block of text: links [begin, end) of the sorted list.
struct Piece {
  std::size_t begin = 0;
  std::size_t end = 0;
};
constexpr std::size_t kPieceRecords = 2048;  // about 1 MB of text

std::vector<Piece> Pieces(const std::vector<const graph::Edge*>& edges) {
  std::vector<Piece> pieces;
  std::size_t records = 0;
  for (std::size_t i = 0; i < edges.size(); ++i) {
    if (pieces.empty() || records >= kPieceRecords) {
      pieces.push_back({i, i});
      records = 0;
    }
    pieces.back().end = i + 1;
    records += edges[i]->evidence.size() + 1;
  }
  return pieces;
}

void FormatPiece(const std::vector<const graph::Edge*>& edges, const Piece& piece, std::string* out) {
  out->clear();
  for (std::size_t i = piece.begin; i < piece.end; ++i) AppendLink(*edges[i], i == 0, out);
}

// Formats the pieces on `threads` threads, each into its own buffer, and
// hands each to `write` in order, from the thread that formatted it: the text
// is still in that core's cache, and one thread writes while the others format.
void FormatInParallel(const std::vector<const graph::Edge*>& edges, const std::vector<Piece>& pieces, int threads,
                      const std::function<void(const std::string&)>& write) {
  std::mutex mu;
  std::condition_variable turn;
  std::size_t written = 0;  // pieces handed to write
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    std::string text;
    for (std::size_t i; (i = next.fetch_add(1)) < pieces.size();) {
      FormatPiece(edges, pieces[i], &text);
      {
        std::unique_lock<std::mutex> lock(mu);
        turn.wait(lock, [&] { return written == i; });
      }
      write(text);
      {
        std::lock_guard<std::mutex> lock(mu);
        ++written;
      }
      turn.notify_all();
    }
  };
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t) pool.emplace_back(work);
  for (std::thread& t : pool) t.join();
}

void WriteLinks(JsonPrettyWriter* w, const std::vector<const graph::Edge*>& edges, int threads) {
  const std::vector<Piece> pieces = Pieces(edges);
  bool first = true;
  // The first piece opens the array's first value (the writer adds the
  // newline and indentation before it); the others go on from there.
  auto write = [&](const std::string& text) {
    if (first) {
      w->RawBlock(text.data(), text.size(), rapidjson::kObjectType);
      first = false;
    } else {
      w->RawContinue(text.data(), text.size());
    }
  };
  if (threads <= 1 || pieces.size() <= 1) {
    std::string text;
    for (const Piece& piece : pieces) {
      FormatPiece(edges, piece, &text);
      write(text);
    }
    return;
  }
  FormatInParallel(edges, pieces, threads, write);
}

}  // namespace

void WriteJson(const graph::Graph& graph, std::ostream& out, int threads) {
  BufferedOStream stream(out);
  JsonPrettyWriter w(stream);
  w.SetIndent(' ', 2);
  w.StartObject();
  w.Key("directed");
  w.Bool(true);
  w.Key("multigraph");
  w.Bool(true);
  w.Key("graph");
  WriteGraphInfo(&w, graph.info);
  w.Key("nodes");
  w.StartArray();
  for (const graph::Node* node : graph.Nodes()) WriteNode(&w, *node);
  w.EndArray();
  w.Key("links");
  w.StartArray();
  WriteLinks(&w, graph.Edges(), threads);
  w.EndArray();
  w.EndObject();
  stream.Flush();
  out << '\n';
}

}  // namespace dyad::exporters
