#include "bench/corpus.h"

#include <cstdio>

#include "bench/corpus_vocab.h"

namespace dyad::bench {
namespace {

// Shares of body sentences, in percent: cue sentences between two known
// actors (asserted, then negated/hedged/denied); the rest is neutral prose.
constexpr int kRelationPercent = 16;
constexpr int kModalityPercent = 4;

std::uint64_t Mix(std::uint64_t z) {
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

struct Date {
  int year = 2020, month = 1, day = 1;
};

struct Context {
  const Vocabulary& v;
  Rng& rng;
  Date date;
  std::string headline;
  const std::string* source = nullptr;
  const std::string* target = nullptr;
};

bool StartsWith(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

// French and Spanish contract the article after "de" and "à"/"a":
// "le Pérou" -> "du Pérou" / "au Pérou", "el Pentágono" -> "del" / "al".
std::string OfForm(const std::string& lang, const std::string& name) {
  if (lang == "fr") {
    if (StartsWith(name, "le ")) return "du " + name.substr(3);
    if (StartsWith(name, "les ")) return "des " + name.substr(4);
    if (StartsWith(name, "la ") || StartsWith(name, "l'")) return "de " + name;
    return (name.find_first_of("AEIOU") == 0 ? "d'" : "de ") + name;
  }
  if (lang == "es") return StartsWith(name, "el ") ? "del " + name.substr(3) : "de " + name;
  return "of " + name;
}

std::string ToForm(const std::string& lang, const std::string& name) {
  if (lang == "fr") {
    if (StartsWith(name, "le ")) return "au " + name.substr(3);
    if (StartsWith(name, "les ")) return "aux " + name.substr(4);
    return "à " + name;
  }
  if (lang == "es") return StartsWith(name, "el ") ? "al " + name.substr(3) : "a " + name;
  return "to " + name;
}

std::string DateSlot(const Context& c, std::string_view key) {
  if (key == "day") return std::to_string(c.date.day);
  if (key == "month") return c.v.months[c.date.month - 1];
  if (key == "mon") return c.v.months_short[c.date.month - 1];
  if (key == "year") return std::to_string(c.date.year);
  return "{" + std::string(key) + "}";  // a typo in a template shows in the output
}

std::string Slot(Context& c, std::string_view key) {
  if (key == "S") return *c.source;
  if (key == "T") return *c.target;
  if (key == "S_of") return OfForm(c.v.lang, *c.source);
  if (key == "T_of") return OfForm(c.v.lang, *c.target);
  if (key == "T_to") return ToForm(c.v.lang, *c.target);
  if (key == "A") return c.rng.Pick(c.v.actors);
  if (key == "A_of") return OfForm(c.v.lang, c.rng.Pick(c.v.actors));
  if (key == "P") return c.rng.Pick(c.v.places);
  if (key == "X") return c.rng.Pick(c.v.topics);
  if (key == "N") return std::to_string(2 + c.rng.Below(98));
  if (key == "Y") return std::to_string(2000 + c.rng.Below(26));
  if (key == "W") return c.rng.Pick(c.v.weekdays);
  if (key == "R") return c.rng.Pick(c.v.reporters);
  if (key == "H") return c.headline;
  if (key == "CITY") return c.rng.Pick(c.v.cities);
  if (key == "AGENCY") return c.rng.Pick(c.v.agencies);
  return DateSlot(c, key);
}

std::string Expand(Context& c, std::string_view tmpl) {
  std::string out;
  out.reserve(tmpl.size() + 32);
  for (std::size_t i = 0; i < tmpl.size();) {
    const std::size_t open = tmpl.find('{', i);
    const std::size_t close = open == std::string_view::npos ? open : tmpl.find('}', open);
    if (close == std::string_view::npos) {
      out.append(tmpl.substr(i));
      break;
    }
    out.append(tmpl.substr(i, open - i));
    out += Slot(c, tmpl.substr(open + 1, close - open - 1));
    i = close + 1;
  }
  return out;
}

// Sentence case: only an ASCII first letter changes ("l'Ukraine" -> "L'Ukraine").
void CapitalizeFirst(std::string* s) {
  if (!s->empty() && (*s)[0] >= 'a' && (*s)[0] <= 'z') (*s)[0] = static_cast<char>((*s)[0] - 'a' + 'A');
}

void PickActors(Context& c) {
  c.source = &c.rng.Pick(c.v.actors);
  do {
    c.target = &c.rng.Pick(c.v.actors);
  } while (c.target == c.source);
}

std::string Sentence(Context& c, ArticleCounts* counts) {
  const std::size_t r = c.rng.Below(100);
  const std::vector<std::string>* templates = &c.v.neutral;
  if (r < kRelationPercent + kModalityPercent) {
    templates = r < kRelationPercent ? &c.v.relations : &c.v.modality;
    ++counts->relation_sentences;
    if (r >= kRelationPercent) ++counts->modality_sentences;
  }
  PickActors(c);
  const std::string& tmpl = c.rng.Pick(*templates);
  // Only before an actor: "On Monday, the Pentagon ...", never "On Monday, The talks ...".
  std::string s = tmpl[0] == '{' && c.rng.Chance(25) ? Expand(c, c.rng.Pick(c.v.prefixes)) : "";
  s += Expand(c, tmpl);
  if (c.rng.Chance(15)) s += c.rng.Pick(c.v.suffixes);
  s += '.';
  CapitalizeFirst(&s);
  ++counts->sentences;
  return s;
}

std::string Paragraph(Context& c, ArticleCounts* counts) {
  std::string p;
  const std::size_t n = 2 + c.rng.Below(4);
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0) p += ' ';
    p += Sentence(c, counts);
  }
  return p;
}

// Page furniture above the article: a menu (one item per line, sometimes
// as bullets) and a notice or two.
void AddTopFurniture(Context& c, std::vector<std::string>* blocks, ArticleCounts* counts) {
  if (!c.rng.Chance(60)) return;
  std::string menu;
  const bool bullets = c.rng.Chance(50);
  const std::size_t items = 3 + c.rng.Below(5);
  for (std::size_t i = 0; i < items; ++i) {
    menu += (bullets ? "  \u2022 " : "") + c.rng.Pick(c.v.menu) + "\n";
    ++counts->boilerplate_lines;
  }
  menu.pop_back();
  blocks->push_back(menu);
  for (std::size_t i = c.rng.Below(3); i > 0; --i) {
    blocks->push_back(Expand(c, c.rng.Pick(c.v.furniture)));
    ++counts->boilerplate_lines;
  }
}

void AddBody(Context& c, std::vector<std::string>* blocks, ArticleCounts* counts) {
  const std::size_t paragraphs = 4 + c.rng.Below(9);
  const std::size_t ad_after = c.rng.Chance(25) ? c.rng.Below(paragraphs) : paragraphs;
  for (std::size_t i = 0; i < paragraphs; ++i) {
    std::string p = i == 0 && c.rng.Chance(70) ? Expand(c, c.v.dateline) : "";
    p += Paragraph(c, counts);
    blocks->push_back(std::move(p));
    if (i == ad_after) {
      blocks->push_back(Expand(c, c.rng.Pick(c.v.furniture)));
      ++counts->boilerplate_lines;
    }
  }
}

const Vocabulary& PickLanguage(Rng* rng) {
  const std::size_t r = rng->Below(4);
  return r < 2 ? EnglishVocabulary() : r == 2 ? FrenchVocabulary() : SpanishVocabulary();
}

std::string TwoDigits(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

void AddMetadata(std::uint64_t seed, std::uint64_t index, const Date& d, Article* a) {
  char id[64];
  std::snprintf(id, sizeof id, "gen-%llu-%08llu", static_cast<unsigned long long>(seed),
                static_cast<unsigned long long>(index));
  a->id = id;
  a->date = std::to_string(d.year) + "-" + TwoDigits(d.month) + "-" + TwoDigits(d.day);
  a->url = "https://news.example/" + a->lang + "/" + std::to_string(d.year) + "/" + TwoDigits(d.month) + "/" +
           a->id;
}

}  // namespace

std::uint64_t Rng::Next() {
  state_ += 0x9E3779B97F4A7C15ull;
  return Mix(state_);
}

Article GenerateArticle(std::uint64_t seed, std::uint64_t index) {
  Rng rng(Mix(seed) ^ Mix(index + 0x5851F42D4C957F2Dull));
  const Vocabulary& v = PickLanguage(&rng);
  Context c{v, rng, {}, {}};
  c.date = {2015 + static_cast<int>(rng.Below(11)), 1 + static_cast<int>(rng.Below(12)),
            1 + static_cast<int>(rng.Below(28))};
  Article a;
  a.lang = v.lang;
  AddMetadata(seed, index, c.date, &a);
  PickActors(c);
  a.title = Expand(c, rng.Pick(v.headlines));
  CapitalizeFirst(&a.title);
  c.headline = a.title;

  std::vector<std::string> blocks;
  AddTopFurniture(c, &blocks, &a.counts);
  blocks.push_back(a.title);
  ++a.counts.headlines;
  if (rng.Chance(40)) {
    blocks.push_back(Expand(c, v.byline));
    ++a.counts.boilerplate_lines;
  }
  AddBody(c, &blocks, &a.counts);
  for (std::size_t i = rng.Chance(60) ? 1 + rng.Below(3) : 0; i > 0; --i) {
    blocks.push_back(Expand(c, rng.Pick(v.furniture)));
    ++a.counts.boilerplate_lines;
  }
  for (const std::string& b : blocks) a.text += b + "\n\n";
  a.text.pop_back();  // one final newline
  return a;
}

void CorpusStats::Add(const Article& article, std::size_t written_bytes) {
  ++documents;
  ++(article.lang == "en" ? docs_en : article.lang == "fr" ? docs_fr : docs_es);
  file_bytes += written_bytes;
  text_bytes += article.text.size();
  counts.sentences += article.counts.sentences;
  counts.relation_sentences += article.counts.relation_sentences;
  counts.modality_sentences += article.counts.modality_sentences;
  counts.boilerplate_lines += article.counts.boilerplate_lines;
  counts.headlines += article.counts.headlines;
}

std::string CorpusStats::ToString(std::uint64_t seed, const std::string& format) const {
  std::string s;
  auto line = [&s](const char* key, const std::string& value) { s += std::string(key) + " " + value + "\n"; };
  line("seed", std::to_string(seed));
  line("format", format);
  line("documents", std::to_string(documents));
  line("documents_en", std::to_string(docs_en));
  line("documents_fr", std::to_string(docs_fr));
  line("documents_es", std::to_string(docs_es));
  line("file_bytes", std::to_string(file_bytes));
  line("text_bytes", std::to_string(text_bytes));
  line("sentences", std::to_string(counts.sentences));
  line("relation_sentences", std::to_string(counts.relation_sentences));
  line("modality_sentences", std::to_string(counts.modality_sentences));
  line("boilerplate_lines", std::to_string(counts.boilerplate_lines));
  line("headlines", std::to_string(counts.headlines));
  return s;
}

std::string ToJsonLine(const Article& article) {
  std::string out = "{";
  auto field = [&out](const char* key, const std::string& value, bool last) {
    out += std::string("\"") + key + "\":\"";
    for (unsigned char ch : value) {
      if (ch == '"' || ch == '\\') {
        out += '\\';
        out += static_cast<char>(ch);
      } else if (ch == '\n') {
        out += "\\n";
      } else if (ch < 0x20) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", ch);
        out += buf;
      } else {
        out += static_cast<char>(ch);
      }
    }
    out += last ? "\"" : "\",";
  };
  field("id", article.id, false);
  field("url", article.url, false);
  field("title", article.title, false);
  field("date", article.date, false);
  field("lang", article.lang, false);
  field("text", article.text, true);
  return out + "}\n";
}

}  // namespace dyad::bench
