#pragma once
// Paragraphs of an article: body, headline or page furniture (menus, share
// buttons, notices). Sentences within them: extract/sentences.h.
#include <cstddef>
#include <string_view>
#include <vector>

namespace dyad::extract {

// A byte range [begin, end) of a document's text.
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool operator==(const Span& o) const { return begin == o.begin && end == o.end; }
};

enum class Block {
  kBody,       // running prose of the article
  kHeadline,   // title-like line: headlines, section heads, captions
  kFurniture,  // menus, share buttons, cookie and subscription notices, dates
};

struct Paragraph {
  Span span;
  Block block = Block::kBody;
};

// Splits text into paragraphs (blank lines and bullet/menu lines separate
// them) and classifies each. Spans exclude surrounding white space and a
// leading bullet marker ("• ", "- ", "2) "). A line break also ends a
// paragraph unless the line looks hard-wrapped: at least 40 characters, no
// sentence-final punctuation, and the next line starts in lower case (or the
// block is three or more lines of at most 100 characters). A text of one
// paragraph is body unless it reads as a title.
std::vector<Paragraph> SegmentParagraphs(std::string_view text);

}  // namespace dyad::extract
