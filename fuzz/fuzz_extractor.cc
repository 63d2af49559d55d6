// libFuzzer target: the extractor with the default rule pack on arbitrary
// text, as an article (segmented, headlines skipped) and as `explain TEXT`
// reads it (every paragraph body). Every span must lie inside the text.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "cli/pipeline.h"
#include "extract/extractor.h"
#include "extract/text.h"

namespace {

const dyad::extract::Extractor& DefaultExtractor() {
  static const std::unique_ptr<dyad::extract::Extractor> extractor = [] {
    dyad::extract::Diagnostics diagnostics;
    auto e = dyad::cli::LoadRules("", &diagnostics);
    if (!e) __builtin_trap();  // the embedded pack always loads
    return e;
  }();
  return *extractor;
}

void CheckSpan(const dyad::extract::Span& span, std::size_t size) {
  if (span.begin > span.end || span.end > size) __builtin_trap();
}

void ExtractFrom(dyad::extract::Document document) {
  const dyad::extract::Extractor& extractor = DefaultExtractor();
  document.content_hash = dyad::extract::ContentHash(document.text);
  for (const dyad::extract::Evidence& e : extractor.Extract(document)) {
    CheckSpan(e.sentence_span, document.text.size());
    CheckSpan(e.source_span, document.text.size());
    CheckSpan(e.target_span, document.text.size());
    CheckSpan(e.cue_span, document.text.size());
  }
  extractor.Explain(document);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  dyad::extract::Document document;
  document.id = "fuzz";
  document.text.assign(reinterpret_cast<const char*>(data), size);
  dyad::extract::SanitizeUtf8(&document.text);  // Document::text is valid UTF-8
  document.all_body = size > 0 && (data[0] & 1) != 0;
  ExtractFrom(document);
  return 0;
}
