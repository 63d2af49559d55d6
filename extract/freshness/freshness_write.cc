#include <set>

#include "extract/freshness/freshness.h"
#include "extract/text.h"

// The freshness reports as YAML and TSV.
namespace dyad::extract {
namespace {

// A YAML double-quoted scalar.
std::string Quoted(const std::string& text) {
  std::string out = "\"";
  static constexpr char kHex[] = "0123456789ABCDEF";
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f) {  // YAML takes no raw control character
      out += "\\x";
      out.push_back(kHex[u >> 4]);
      out.push_back(kHex[u & 15]);
      continue;
    }
    if (c == '"' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out + "\"";
}

// A TSV cell: tabs and line breaks would split it (sentences are collapsed already).
std::string Cell(const std::string& text) {
  std::string out = text;
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

std::string Join(const std::vector<std::string>& items, const char* separator) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : separator) + s;
  return out;
}

// "NEW.XAVIER_BLANC" for "Xavier Blanc": folded (accents gone), upper case,
// '_' between words; a second phrase of the same id gets "_2".
std::string NewId(const std::string& text, std::set<std::string>* taken) {
  std::string id = "NEW.";
  bool gap = false;
  for (char c : FoldPhrase(text)) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!alnum) {
      gap = id.size() > 4;
      continue;
    }
    if (gap) id.push_back('_');
    gap = false;
    id.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
  }
  if (id.size() == 4) id += "PHRASE";
  std::string unique = id;
  for (int n = 2; !taken->insert(unique).second; ++n) unique = id + "_" + std::to_string(n);
  return unique;
}

std::string Counted(int n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

std::string Times(int count, int documents) {
  return Counted(count, "time", "times") + " in " + Counted(documents, "document", "documents");
}

void WriteExample(const FindingExample& e, const char* indent, std::ostream& out) {
  out << indent << "example: {document: " << Quoted(e.document);
  if (!e.date.empty()) out << ", date: " << Quoted(e.date);
  out << ", sentence: " << Quoted(e.sentence) << "}\n";
}

}  // namespace

void WriteUnknownYaml(const std::vector<UnknownPhrase>& phrases, const FreshnessReport& report, std::ostream& out) {
  out << "# dyad actors unknown: " << Counted(report.unknown_total(), "phrase", "phrases")
      << " in empty actor slots name no entity, in " << Counted(report.counts().documents, "document", "documents")
      << "; " << phrases.size() << " listed.\n"
      << "# Review before use: set each entity's type, country and role, give the\n"
      << "# names of one actor to one entity, and delete what is no actor.\n";
  if (phrases.empty()) {
    out << "entities: []\n";
    return;
  }
  out << "entities:\n";
  std::set<std::string> taken;
  for (const UnknownPhrase& p : phrases) {
    out << "  # " << Times(p.count, p.documents) << " (" << (p.langs.empty() ? "?" : Join(p.langs, ", ")) << "), "
        << p.kind << " in a slot of " << Join(p.relations, ", ") << "\n"
        << "  # " << p.example.document << ": " << p.example.sentence << "\n"
        << "  - id: " << NewId(p.text, &taken) << "\n"
        << "    type: " << (p.kind == "name" ? "person" : "organization") << "\n"
        << "    label: " << Quoted(p.text) << "\n"
        << "    names: {any: [" << Quoted(p.text) << "]}\n";
  }
}

void WriteUnknownTsv(const std::vector<UnknownPhrase>& phrases, std::ostream& out) {
  out << "count\tdocuments\tkind\tphrase\tlangs\trelations\tdocument\tsentence\n";
  for (const UnknownPhrase& p : phrases) {
    out << p.count << '\t' << p.documents << '\t' << p.kind << '\t' << Cell(p.text) << '\t' << Join(p.langs, ",")
        << '\t' << Join(p.relations, ",") << '\t' << Cell(p.example.document) << '\t' << Cell(p.example.sentence)
        << '\n';
  }
}

void WriteStaleYaml(const std::vector<StaleName>& stale, const std::vector<TwoCountryName>& two,
                    const FreshnessReport& report, std::ostream& out) {
  out << "# dyad actors stale: " << Counted(report.counts().documents, "document", "documents") << ", "
      << report.counts().dated
      << " dated (only dated ones can name an entity past its window).\n"
      << "# ended: names of entities whose every window ended before the article's\n"
      << "# date, so that they resolved to nothing. two_countries: names that\n"
      << "# resolved to entities of two or more states on one date.\n";
  out << "ended:" << (stale.empty() ? " []" : "") << "\n";
  for (const StaleName& s : stale) {
    out << "  - entity: " << s.entity << "\n"
        << "    label: " << Quoted(s.label) << "\n"
        << "    name: " << Quoted(s.name) << "\n"
        << "    ended: " << Quoted(s.ended) << "\n"
        << "    count: " << s.count << "\n"
        << "    documents: " << s.documents << "\n"
        << "    latest: " << Quoted(s.latest) << "\n";
    WriteExample(s.example, "    ", out);
  }
  out << "two_countries:" << (two.empty() ? " []" : "") << "\n";
  for (const TwoCountryName& t : two) {
    out << "  - name: " << Quoted(t.name) << "\n"
        << "    entities: [" << Join(t.entities, ", ") << "]\n"
        << "    countries: [" << Join(t.countries, ", ") << "]\n"
        << "    count: " << t.count << "\n"
        << "    documents: " << t.documents << "\n";
    WriteExample(t.example, "    ", out);
  }
}

void WriteStaleTsv(const std::vector<StaleName>& stale, const std::vector<TwoCountryName>& two, std::ostream& out) {
  out << "list\tcount\tdocuments\tname\tentities\tdetail\tdocument\tdate\tsentence\n";
  for (const StaleName& s : stale) {
    out << "ended\t" << s.count << '\t' << s.documents << '\t' << Cell(s.name) << '\t' << s.entity << "\tended "
        << s.ended << ", seen until " << s.latest << '\t' << Cell(s.example.document) << '\t' << s.example.date << '\t'
        << Cell(s.example.sentence) << '\n';
  }
  for (const TwoCountryName& t : two) {
    out << "two_countries\t" << t.count << '\t' << t.documents << '\t' << Cell(t.name) << '\t' << Join(t.entities, ",")
        << '\t' << Join(t.countries, ",") << '\t' << Cell(t.example.document) << '\t' << t.example.date << '\t'
        << Cell(t.example.sentence) << '\n';
  }
}

}  // namespace dyad::extract
