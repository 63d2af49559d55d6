#include "extract/extractor.h"

#include <algorithm>
#include <atomic>
#include <re2/re2.h>

#include "extract/text/dates.h"
#include "extract/match/matcher.h"
#include "extract/match/sentence_matcher.h"
#include "extract/text/sentences.h"

namespace dyad::extract {

struct Extractor::Impl {
  CompiledRules rules;
  // Tells this extractor's matchers from another's (see Matcher()).
  std::uint64_t serial = 0;
};

namespace {
std::atomic<std::uint64_t> next_serial{1};
}  // namespace

Extractor::Extractor(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Extractor::~Extractor() = default;

std::unique_ptr<Extractor> Extractor::Create(RulePack pack, Diagnostics* diagnostics) {
  auto impl = std::make_unique<Impl>();
  impl->serial = next_serial++;
  if (!CompileRules(std::move(pack), &impl->rules, diagnostics)) return nullptr;
  return std::unique_ptr<Extractor>(new Extractor(std::move(impl)));
}

const RulePack& Extractor::pack() const { return impl_->rules.pack; }

std::string DocumentDate(const Document& document, const std::vector<Paragraph>& paragraphs) {
  if (!document.date.empty()) return document.date;
  return FindDateline(document.text, paragraphs);
}

namespace {

// Walks the body sentences of a document, calling fn(index, span).
template <typename Fn>
void ForEachBodySentence(const Document& doc, const std::vector<Paragraph>& paragraphs, Fn fn) {
  int index = 0;
  std::vector<Span> sentences;
  for (const Paragraph& p : paragraphs) {
    if (p.block != Block::kBody && !doc.all_body) continue;
    sentences.clear();
    SplitSentences(doc.text, p.span, &sentences);
    for (const Span& s : sentences) fn(index++, s);
  }
}

}  // namespace

namespace {

std::vector<Paragraph> Paragraphs(const Document& document) {
  return document.paragraphs.empty() ? SegmentParagraphs(document.text) : document.paragraphs;
}

}  // namespace

SentenceMatcher& Extractor::Matcher() const {
  // One per thread and extractor, kept from document to document: its
  // scratch buffers have grown to size by the second.
  struct Cached {
    std::uint64_t serial = 0;
    std::unique_ptr<SentenceMatcher> matcher;
  };
  thread_local Cached cached;
  if (cached.serial != impl_->serial) {
    cached.matcher = std::make_unique<SentenceMatcher>(impl_->rules);
    cached.serial = impl_->serial;
  }
  cached.matcher->StartDocument();
  return *cached.matcher;
}

std::vector<Evidence> Extractor::Extract(const Document& document) const {
  std::vector<Evidence> out;
  const std::vector<Paragraph> paragraphs = Paragraphs(document);
  const std::string date = DocumentDate(document, paragraphs);
  SentenceMatcher& matcher = Matcher();
  ForEachBodySentence(document, paragraphs, [&](int index, const Span& span) {
    matcher.Process(document, date, index, span, nullptr, &out);
  });
  return out;
}

DocumentTrace Extractor::Explain(const Document& document) const {
  DocumentTrace trace;
  const std::vector<Paragraph> paragraphs = Paragraphs(document);
  trace.date = DocumentDate(document, paragraphs);
  for (const Paragraph& p : paragraphs) trace.paragraphs.push_back({p.span, p.block});
  SentenceMatcher matcher(impl_->rules);
  std::vector<Evidence> unused;
  ForEachBodySentence(document, paragraphs, [&](int index, const Span& span) {
    SentenceTrace st;
    st.index = index;
    st.span = span;
    matcher.Process(document, trace.date, index, span, &st, &unused);
    trace.sentences.push_back(std::move(st));
  });
  return trace;
}

}  // namespace dyad::extract
