// ImportLikeGephi: a tag scanner for the XML dyad writes, and the rules of
// Gephi's ImporterGEXF.readEdge / readAttribute and ImportContainerImpl
// .addEdge / .verify, in the order Gephi applies them.
#include "tests/gephi_rules.h"

#include <cstdlib>
#include <map>
#include <set>
#include <string_view>
#include <tuple>

namespace dyad::testing {
namespace {

struct Tag {
  std::string name;
  std::map<std::string, std::string> attrs;
  bool closing = false;  // </name>
  bool empty = false;    // <name/>
};

std::string Unescape(std::string_view v) {
  static const std::pair<std::string_view, char> kEntities[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''},
      {"&#10;", '\n'}, {"&#9;", '\t'}, {"&#13;", '\r'}};
  std::string out;
  for (std::size_t i = 0; i < v.size(); ++i) {
    bool replaced = false;
    for (const auto& [entity, c] : kEntities) {
      if (v.substr(i, entity.size()) == entity) {
        out += c, i += entity.size() - 1, replaced = true;
        break;
      }
    }
    if (!replaced) out += v[i];
  }
  return out;
}

// name="value" pairs of a tag's body after its name.
void ParseAttrs(std::string_view body, Tag* tag) {
  std::size_t i = 0;
  while ((i = body.find('=', i)) != std::string_view::npos) {
    const std::size_t name_begin = body.find_last_of(" \t\n", i) + 1;
    const char quote = body[i + 1];
    const std::size_t value_end = body.find(quote, i + 2);
    tag->attrs[std::string(body.substr(name_begin, i - name_begin))] =
        Unescape(body.substr(i + 2, value_end - i - 2));
    i = value_end + 1;
  }
}

// The tags of `xml` in document order. Attribute values hold no raw '>'
// (XmlEscape writes &gt;), so a tag ends at the first one.
std::vector<Tag> Tags(const std::string& xml) {
  std::vector<Tag> tags;
  std::size_t i = 0;
  while ((i = xml.find('<', i)) != std::string::npos) {
    const std::size_t end = xml.find('>', i);
    std::string_view body(xml.data() + i + 1, end - i - 1);
    i = end + 1;
    if (body.empty() || body[0] == '?' || body[0] == '!') continue;
    Tag tag;
    if (body[0] == '/') tag.closing = true, body.remove_prefix(1);
    if (body.back() == '/') tag.empty = true, body.remove_suffix(1);
    const std::size_t name_end = std::min(body.find_first_of(" \t\n"), body.size());
    tag.name = std::string(body.substr(0, name_end));
    ParseAttrs(body.substr(name_end), &tag);
    tags.push_back(std::move(tag));
  }
  return tags;
}

std::string Get(const Tag& tag, const std::string& name) {
  auto it = tag.attrs.find(name);
  return it == tag.attrs.end() ? "" : it->second;
}

bool ParsesAs(const std::string& type, const std::string& value) {
  char* end = nullptr;
  if (type == "integer" || type == "long") {
    std::strtoll(value.c_str(), &end, 10);
    return !value.empty() && *end == '\0';
  }
  if (type == "double" || type == "float") {
    std::strtod(value.c_str(), &end);
    return !value.empty() && *end == '\0';
  }
  if (type == "boolean") return value == "true" || value == "false";
  return type == "string";
}

class Importer {
 public:
  GephiImport Run(const std::vector<Tag>& tags);

 private:
  struct Column {
    std::string type;
    bool dynamic = false;
  };
  struct EdgeDraft {
    Tag tag;
    std::vector<double> weights;  // dynamic values of `weight`
  };

  void Declare(const Tag& attribute);
  void Value(const Tag& attvalue, bool in_edge, const std::string& owner);
  void AddEdge(const EdgeDraft& edge);
  void Issue(const std::string& owner, const std::string& message) {
    result_.issues.push_back(owner + ": " + message);
  }

  GephiImport result_;
  std::string default_type_;  // "" is Gephi's MIXED
  std::string attr_class_, attr_mode_;
  std::map<std::string, Column> node_columns_, edge_columns_;
  std::set<std::string> node_ids_, edge_ids_;
  std::set<std::tuple<std::string, std::string, std::string>> kinds_;  // kind, endpoint, endpoint
  EdgeDraft edge_;
};

void Importer::Declare(const Tag& attribute) {
  std::map<std::string, Column>& columns = attr_class_ == "edge" ? edge_columns_ : node_columns_;
  columns.emplace(Get(attribute, "id"), Column{Get(attribute, "type"), attr_mode_ == "dynamic"});
}

void Importer::Value(const Tag& attvalue, bool in_edge, const std::string& owner) {
  const std::map<std::string, Column>& columns = in_edge ? edge_columns_ : node_columns_;
  const std::string id = Get(attvalue, "for"), value = Get(attvalue, "value");
  auto column = columns.find(id);
  if (column == columns.end()) return Issue(owner, "value for undeclared attribute " + id + " ignored");
  if (!ParsesAs(column->second.type, value)) {
    return Issue(owner, "value '" + value + "' of " + id + " is not a " + column->second.type);
  }
  const bool dated = attvalue.attrs.count("start") || attvalue.attrs.count("end");
  if (dated && !column->second.dynamic) Issue(owner, "dated value of static attribute " + id);
  if (in_edge && id == "weight" && column->second.dynamic) edge_.weights.push_back(std::strtod(value.c_str(), nullptr));
}

void Importer::AddEdge(const EdgeDraft& edge) {
  const std::string id = Get(edge.tag, "id"), source = Get(edge.tag, "source"), target = Get(edge.tag, "target");
  const std::string type = Get(edge.tag, "type"), owner = "edge " + id;
  for (const std::string& node : {source, target}) {
    if (!node_ids_.count(node)) return Issue(owner, "unknown node id " + node);
  }
  if (!edge_ids_.insert(id).second) return Issue(owner, "an edge with this id exists");
  if (!type.empty() && type != "directed" && type != "undirected") Issue(owner, "unknown edge type " + type);
  if (!default_type_.empty() && !type.empty() && type != default_type_) {
    return Issue(owner, "Edge type doesn't fit with default set (" + default_type_ + ")");
  }
  // The container's key for parallel edges: ordered only when directed.
  const bool directed = default_type_ == "directed" || (default_type_.empty() && type == "directed");
  const bool swap = !directed && target < source;
  if (!kinds_.insert({Get(edge.tag, "kind"), swap ? target : source, swap ? source : target}).second) {
    return Issue(owner, "parallel edge of kind '" + Get(edge.tag, "kind") + "': merged into an earlier one");
  }
  std::vector<double> weights = edge.weights;
  if (edge.tag.attrs.count("weight")) weights = {std::strtod(Get(edge.tag, "weight").c_str(), nullptr)};
  for (double w : weights) {
    if (w == 0) return Issue(owner, "weight 0: edge removed");
    if (w < 0) Issue(owner, "negative weight");
  }
  ++result_.edges;
}

GephiImport Importer::Run(const std::vector<Tag>& tags) {
  bool in_node = false, in_edge = false;
  std::string node_id;
  for (const Tag& tag : tags) {
    if (tag.closing) {
      if (tag.name == "node") in_node = false;
      if (tag.name == "edge") in_edge = false, AddEdge(edge_);
      continue;
    }
    if (tag.name == "graph") {
      default_type_ = Get(tag, "defaultedgetype");
      if (!default_type_.empty() && default_type_ != "directed" && default_type_ != "undirected") {
        Issue("graph", "defaultedgetype " + default_type_ + " not supported"), default_type_.clear();
      }
    } else if (tag.name == "attributes") {
      attr_class_ = Get(tag, "class"), attr_mode_ = Get(tag, "mode");
    } else if (tag.name == "attribute") {
      Declare(tag);
    } else if (tag.name == "node") {
      node_id = Get(tag, "id");
      if (node_ids_.insert(node_id).second) ++result_.nodes;
      in_node = !tag.empty;
    } else if (tag.name == "edge") {
      edge_ = EdgeDraft{tag, {}};
      in_edge = !tag.empty;
      if (tag.empty) AddEdge(edge_);
    } else if (tag.name == "attvalue" && (in_node || in_edge)) {
      Value(tag, in_edge, in_edge ? "edge " + Get(edge_.tag, "id") : "node " + node_id);
    }
  }
  return result_;
}

}  // namespace

GephiImport ImportLikeGephi(const std::string& gexf) { return Importer().Run(Tags(gexf)); }

}  // namespace dyad::testing
