#pragma once
// A seeded generator of news-like articles in English, French and Spanish,
// for benchmarks: the same (seed, index) always gives the same article.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::bench {

// splitmix64: small, fast and the same on every platform (unlike the
// distributions of <random>, whose output is implementation-defined).
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t Next();
  // Uniform in [0, n); n > 0. The modulo bias is irrelevant here.
  std::size_t Below(std::size_t n) { return static_cast<std::size_t>((Next() >> 11) % n); }
  // True with the given probability in percent.
  bool Chance(int percent) { return Below(100) < static_cast<std::size_t>(percent); }
  template <typename T>
  const T& Pick(const std::vector<T>& items) {
    return items[Below(items.size())];
  }

 private:
  std::uint64_t state_;
};

// What one article holds, counted as it is written.
struct ArticleCounts {
  long sentences = 0;           // body sentences written (dateline sentence included)
  long relation_sentences = 0;  // sentences with a cue between two known actors (any modality)
  long modality_sentences = 0;  // of those, negated, hedged or denied
  long boilerplate_lines = 0;   // menus, share buttons, notices, bylines
  long headlines = 0;
};

struct Article {
  std::string id, url, title, date, lang, text;
  ArticleCounts counts;
};

// Article number `index` of the corpus of `seed`: ~50% en, 25% fr, 25% es.
Article GenerateArticle(std::uint64_t seed, std::uint64_t index);

// Totals over a corpus, written as the `.stats` sidecar ("key value" lines).
struct CorpusStats {
  long documents = 0;
  long docs_en = 0, docs_fr = 0, docs_es = 0;
  std::uint64_t file_bytes = 0;  // bytes written (JSON Lines records or .txt files)
  std::uint64_t text_bytes = 0;  // bytes of article text alone
  ArticleCounts counts;

  void Add(const Article& article, std::size_t written_bytes);
  std::string ToString(std::uint64_t seed, const std::string& format) const;
};

// The article as one JSON Lines record (id, url, title, date, lang, text), with "\n".
std::string ToJsonLine(const Article& article);

}  // namespace dyad::bench
