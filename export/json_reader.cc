// ReadJson: checks every member's presence and type before reading it (a
// hand-edited or foreign file must give a message, never a crash), then adds
// the whole graph at once, so a file with an error changes nothing.
#include "export/json.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "extract/text.h"


namespace dyad::exporters {
namespace {

using rapidjson::Value;

// Reads the typed members of one JSON object. The first problem goes to
// *error, prefixed by `where` ("link 3: ") to name the element.
class ObjectReader {
 public:
  ObjectReader(const Value& object, std::string where, std::string* error)
      : object_(object), where_(std::move(where)), error_(error) {}

  bool String(const char* key, std::string* out) {
    const Value* v = Find(key);
    if (v == nullptr || !Expect(v->IsString(), key, "a string")) return false;
    out->assign(v->GetString(), v->GetStringLength());
    // The file is valid UTF-8, but an escape can still spell a lone
    // surrogate ("\udc00"), which no output format may carry.
    return Expect(extract::FirstInvalidUtf8(*out) == std::string_view::npos, key, "valid Unicode text");
  }
  bool String(const char* key, extract::SharedText* out) {
    std::string text;
    if (!String(key, &text)) return false;
    *out = extract::SharedText(std::move(text));
    return true;
  }
  // A string shared with `same` when equal to it (the records of an edge
  // come in order, and share their article's id, title, URL and date, and
  // their ends and relation).
  bool Shared(const char* key, const extract::SharedText& same, extract::SharedText* out) {
    std::string text;
    if (!String(key, &text)) return false;
    *out = same == text ? same : extract::SharedText(std::move(text));
    return true;
  }
  bool Int(const char* key, int* out) {
    const Value* v = Find(key);
    if (v == nullptr || !Expect(v->IsInt(), key, "an integer")) return false;
    *out = v->GetInt();
    return true;
  }
  bool Bool(const char* key, bool* out) {
    const Value* v = Find(key);
    if (v == nullptr || !Expect(v->IsBool(), key, "a boolean")) return false;
    *out = v->GetBool();
    return true;
  }
  bool Span(const char* key, extract::TextSpan* out) {
    const Value* v = Find(key);
    if (v == nullptr) return false;
    const bool ok = v->IsArray() && v->Size() == 2 && (*v)[0].IsUint() && (*v)[1].IsUint() &&
                    (*v)[0].GetUint() <= (*v)[1].GetUint();
    if (!Expect(ok, key, "a [begin, end] pair of offsets below 2^32")) return false;
    out->begin = (*v)[0].GetUint();
    out->end = (*v)[1].GetUint();
    return true;
  }
  const Value* Array(const char* key) {
    const Value* v = Find(key);
    return v != nullptr && Expect(v->IsArray(), key, "an array") ? v : nullptr;
  }
  const Value* Object(const char* key) {
    const Value* v = Find(key);
    return v != nullptr && Expect(v->IsObject(), key, "an object") ? v : nullptr;
  }
  bool Fail(const std::string& message) {
    *error_ = where_ + message;
    return false;
  }

 private:
  const Value* Find(const char* key) {
    auto it = object_.FindMember(key);
    if (it != object_.MemberEnd()) return &it->value;
    Fail("missing '" + std::string(key) + "'");
    return nullptr;
  }
  bool Expect(bool ok, const char* key, const char* what) {
    return ok || Fail("'" + std::string(key) + "' must be " + what);
  }

  const Value& object_;
  std::string where_;
  std::string* error_;
};

// Everything a file holds, checked, before any of it reaches the Graph.
struct Contents {
  graph::GraphInfo info;
  std::vector<graph::Node> nodes;
  std::vector<graph::Edge> edges;
};

bool IsObject(const Value& v, const std::string& where, std::string* error) {
  if (v.IsObject()) return true;
  *error = where + "expected an object";
  return false;
}

bool ReadDocument(const Value& v, const std::string& where, graph::DocumentInfo* doc,
                  std::string* error) {
  if (!IsObject(v, where, error)) return false;
  ObjectReader r(v, where, error);
  return r.String("id", &doc->id) && r.String("title", &doc->title) && r.String("url", &doc->url) &&
         r.String("date", &doc->date) && r.String("lang", &doc->lang) &&
         r.String("content_hash", &doc->content_hash) && r.String("source", &doc->source);
}

bool ReadDocuments(const Value& array, graph::GraphInfo* info, std::string* error) {
  std::set<std::string> hashes;
  for (rapidjson::SizeType i = 0; i < array.Size(); ++i) {
    const std::string where = "document " + std::to_string(i) + ": ";
    graph::DocumentInfo doc;
    if (!ReadDocument(array[i], where, &doc, error)) return false;
    if (!hashes.insert(doc.content_hash).second) {
      *error = where + "duplicate content_hash '" + doc.content_hash + "'";
      return false;
    }
    info->documents.push_back(std::move(doc));
  }
  return true;
}

// The format is checked before anything else, so that another program's
// JSON is reported as such rather than by its first missing member.
bool ReadGraphInfo(const Value& v, graph::GraphInfo* info, std::string* error) {
  ObjectReader r(v, "graph: ", error);
  std::string format;
  if (!r.String("format", &format)) return false;
  if (format != kJsonFormat) {
    *error = "unsupported graph format '" + format + "' (expected '" + kJsonFormat + "')";
    return false;
  }
  const Value* documents = nullptr;
  return r.String("dyad_version", &info->dyad_version) &&
         r.String("rules_fingerprint", &info->rules_fingerprint) &&
         (documents = r.Array("documents")) != nullptr && ReadDocuments(*documents, info, error);
}

bool ReadNodes(const Value& array, std::vector<graph::Node>* nodes, std::string* error) {
  std::set<std::string> ids;
  for (rapidjson::SizeType i = 0; i < array.Size(); ++i) {
    const std::string where = "node " + std::to_string(i) + ": ";
    if (!IsObject(array[i], where, error)) return false;
    ObjectReader r(array[i], where, error);
    graph::Node n;
    if (!(r.String("id", &n.id) && r.String("label", &n.label) && r.String("type", &n.type) &&
          r.String("country", &n.country) && r.String("role", &n.role))) {
      return false;
    }
    if (!ids.insert(n.id).second) return r.Fail("duplicate id '" + n.id + "'");
    nodes->push_back(std::move(n));
  }
  return true;
}

// `previous` is the record read before this one (or an empty one).
bool ReadEvidence(const Value& v, const std::string& where, const extract::Evidence& previous, extract::Evidence* e,
                  std::string* error) {
  if (!IsObject(v, where, error)) return false;
  ObjectReader r(v, where, error);
  std::string modality;
  const bool ok =
      r.Shared("doc_id", previous.doc_id, &e->doc_id) && r.Shared("doc_title", previous.doc_title, &e->doc_title) &&
      r.Shared("doc_url", previous.doc_url, &e->doc_url) && r.Shared("doc_date", previous.doc_date, &e->doc_date) &&
      r.Shared("event_date", previous.event_date, &e->event_date) && r.Int("sentence_index", &e->sentence_index) &&
      r.String("sentence", &e->sentence) && r.Span("sentence_span", &e->sentence_span) &&
      r.Shared("source", previous.source, &e->source) && r.Shared("target", previous.target, &e->target) &&
      r.Shared("relation", previous.relation, &e->relation) && r.Span("source_span", &e->source_span) &&
      r.Span("target_span", &e->target_span) && r.Span("cue_span", &e->cue_span) &&
      r.String("modality", &modality) && r.Shared("modality_word", previous.modality_word, &e->modality_word) &&
      r.Shared("rule", previous.rule, &e->rule);
  if (!ok) return false;
  if (!extract::ParseModality(modality, &e->modality)) return r.Fail("unknown modality '" + modality + "'");
  return true;
}

// Graph::AddEdge would silently merge repeated records, and the weight is
// derived from them: both would make the file read back differently.
bool ReadEvidenceList(const Value& array, const std::string& where, graph::Edge* edge,
                      std::string* error) {
  for (rapidjson::SizeType i = 0; i < array.Size(); ++i) {
    extract::Evidence e;
    const extract::Evidence& previous = edge->evidence.empty() ? e : edge->evidence.back();
    if (!ReadEvidence(array[i], where + "evidence " + std::to_string(i) + ": ", previous, &e, error)) return false;
    edge->evidence.push_back(std::move(e));
  }
  std::vector<extract::Evidence> sorted = edge->evidence;
  std::sort(sorted.begin(), sorted.end(), graph::EvidenceLess);
  auto same = [](const extract::Evidence& a, const extract::Evidence& b) {
    return !graph::EvidenceLess(a, b) && !graph::EvidenceLess(b, a);
  };
  if (std::adjacent_find(sorted.begin(), sorted.end(), same) != sorted.end()) {
    *error = where + "repeats an evidence record";
    return false;
  }
  return true;
}

bool ReadLinkFields(const Value& v, const std::string& where, graph::Edge* edge, std::string* error) {
  if (!IsObject(v, where, error)) return false;
  ObjectReader r(v, where, error);
  std::string key;
  int weight = 0;
  const Value* evidence = nullptr;
  const bool ok = r.String("source", &edge->source) && r.String("target", &edge->target) &&
                  r.String("key", &key) && r.String("relation", &edge->relation) &&
                  r.String("cameo", &edge->cameo) && r.Int("quad_class", &edge->quad_class) &&
                  r.Bool("symmetric", &edge->symmetric) && r.Int("weight", &weight) &&
                  r.String("first_seen", &edge->first_seen) && r.String("last_seen", &edge->last_seen) &&
                  (evidence = r.Array("evidence")) != nullptr;
  if (!ok) return false;
  if (key != edge->relation) {
    return r.Fail("'key' '" + key + "' differs from 'relation' '" + edge->relation + "'");
  }
  if (weight != static_cast<int>(evidence->Size())) {
    return r.Fail("'weight' is " + std::to_string(weight) + " but there are " +
                  std::to_string(evidence->Size()) + " evidence records");
  }
  if (edge->symmetric && edge->target < edge->source) {
    return r.Fail("a symmetric link must have source <= target");
  }
  return ReadEvidenceList(*evidence, where, edge, error);
}

bool ReadLinks(const Value& array, const std::vector<graph::Node>& nodes,
               std::vector<graph::Edge>* edges, std::string* error) {
  std::set<std::string> ids;
  for (const graph::Node& n : nodes) ids.insert(n.id);
  std::map<std::tuple<std::string, std::string, std::string>, rapidjson::SizeType> seen;
  for (rapidjson::SizeType i = 0; i < array.Size(); ++i) {
    const std::string link = "link " + std::to_string(i);
    graph::Edge edge;
    if (!ReadLinkFields(array[i], link + ": ", &edge, error)) return false;
    for (const std::string* id : {&edge.source, &edge.target}) {
      if (ids.count(*id) == 0) {
        *error = link + " refers to missing node '" + *id + "'";
        return false;
      }
    }
    auto [it, fresh] = seen.emplace(std::make_tuple(edge.source, edge.relation, edge.target), i);
    if (!fresh) {
      *error = link + ": same source, relation and target as link " + std::to_string(it->second);
      return false;
    }
    edges->push_back(std::move(edge));
  }
  return true;
}

bool ReadContents(const Value& root, Contents* contents, std::string* error) {
  if (!root.IsObject()) {
    *error = "not a dyad graph: expected a JSON object";
    return false;
  }
  ObjectReader r(root, "not a dyad graph: ", error);
  bool directed = false;
  bool multigraph = false;
  const Value* info = r.Object("graph");
  if (info == nullptr || !ReadGraphInfo(*info, &contents->info, error)) return false;
  const Value* nodes = nullptr;
  const Value* links = nullptr;
  return r.Bool("directed", &directed) && r.Bool("multigraph", &multigraph) &&
         (nodes = r.Array("nodes")) != nullptr && (links = r.Array("links")) != nullptr &&
         ReadNodes(*nodes, &contents->nodes, error) &&
         ReadLinks(*links, contents->nodes, &contents->edges, error);
}

// Line and column (1-based, the column in bytes) of a byte offset.
extract::SourceLoc LocationOf(std::string_view text, std::size_t offset, const std::string& name) {
  const std::string_view before = text.substr(0, std::min(offset, text.size()));
  const std::size_t newline = before.rfind('\n');
  const std::size_t line_start = newline == std::string_view::npos ? 0 : newline + 1;
  extract::SourceLoc loc;
  loc.file = name;
  loc.line = 1 + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
  loc.column = static_cast<int>(before.size() - line_start) + 1;
  return loc;
}

}  // namespace

bool ReadJson(std::string_view text, const std::string& name, graph::Graph* graph,
              extract::Diagnostics* diagnostics) {
  rapidjson::Document doc;
  // Iterative parsing: deeply nested input must not overflow the stack.
  // Validated encoding: the strings read are guaranteed UTF-8.
  doc.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag>(text.data(), text.size());
  if (doc.HasParseError()) {
    extract::Diagnostic d;
    d.loc = LocationOf(text, doc.GetErrorOffset(), name);
    d.message = std::string("invalid JSON: ") + rapidjson::GetParseError_En(doc.GetParseError());
    diagnostics->push_back(std::move(d));
    return false;
  }
  Contents contents;
  std::string error;
  if (!ReadContents(doc, &contents, &error)) {
    extract::Diagnostic d;
    d.loc.file = name;
    d.message = error;
    diagnostics->push_back(std::move(d));
    return false;
  }
  graph->info.dyad_version = contents.info.dyad_version;
  graph->info.rules_fingerprint = contents.info.rules_fingerprint;
  for (const graph::DocumentInfo& d : contents.info.documents) graph->AddDocument(d);
  for (const graph::Node& n : contents.nodes) graph->AddNode(n);
  for (const graph::Edge& e : contents.edges) graph->AddEdge(e);
  return true;
}

}  // namespace dyad::exporters
