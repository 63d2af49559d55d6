#include "cli/explain.h"

#include <string>

namespace dyad::cli {
namespace {

const char* BlockName(extract::Block b) {
  switch (b) {
    case extract::Block::kBody: return "body";
    case extract::Block::kHeadline: return "headline";
    case extract::Block::kFurniture: return "furniture";
  }
  return "body";
}

// Article text shown on a terminal: control characters (C0 but tab and
// newline, DEL, and the C1 range U+0080..U+009F) are written as \xHH or
// \uHHHH, so that an article's escape sequences cannot drive the terminal.
std::string Printable(const std::string& text) {
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
    if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7f) {
      out += {'\\', 'x', kHex[c >> 4], kHex[c & 15]};
    } else if (c == 0xc2 && next >= 0x80 && next <= 0x9f) {
      out += {'\\', 'u', '0', '0', kHex[next >> 4], kHex[next & 15]};
      ++i;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::string Slice(const std::string& text, extract::Span s) {
  return s.end <= text.size() && s.begin <= s.end ? Printable(text.substr(s.begin, s.end - s.begin)) : std::string();
}

std::string Range(extract::Span s) { return std::to_string(s.begin) + "-" + std::to_string(s.end); }

void PrintCandidate(const extract::Document& doc, const extract::CandidateTrace& c, const extract::RulePack& pack,
                    std::ostream& out) {
  const extract::Evidence& e = c.evidence;
  const extract::Relation* r = pack.FindRelation(e.relation.str());
  const char* arrow = r != nullptr && r->direction == extract::Direction::kSymmetric ? " <-" : " -";
  // "edge" or "edge, intent 'will': 042 -> 036" (a frame recoded it).
  const bool edge = c.outcome.compare(0, 4, "edge") == 0;
  const std::string note = edge && c.outcome.size() > 6 ? c.outcome.substr(6) : std::string();
  out << "  " << (edge ? "edge    " : "dropped ") << (e.source.empty() ? "?" : e.source) << arrow << e.relation
      << "-> " << (e.target.empty() ? "?" : e.target);
  if (!e.source.empty()) out << "  \"" << Slice(doc.text, e.source_span) << "\"";
  if (!e.target.empty()) out << " / \"" << Slice(doc.text, e.target_span) << "\"";
  if (!edge) out << "  (" << c.outcome << ")";
  if (!note.empty()) out << "  (" << note << ")";
  if (!e.event_date.empty()) out << "  date " << e.event_date;
  out << "  rule " << e.rule << "\n";
  if (!c.arguments.empty()) out << "          args: " << c.arguments << "\n";
}

}  // namespace

void PrintExplanation(const extract::Document& doc, const extract::DocumentTrace& trace,
                      const extract::RulePack& pack, std::ostream& out) {
  out << "document " << Printable(doc.id) << "  date " << (trace.date.empty() ? "unknown" : trace.date) << "  lang "
      << (doc.lang.empty() ? "unknown" : doc.lang) << "\n";
  if (!doc.all_body) {
    for (const extract::ParagraphTrace& p : trace.paragraphs) {
      if (p.block == extract::Block::kBody) continue;
      std::string text = Slice(doc.text, p.span);
      if (text.size() > 70) text = text.substr(0, 67) + "...";
      out << "skipped " << BlockName(p.block) << " " << Range(p.span) << "  \"" << text << "\"\n";
    }
  }
  for (const extract::SentenceTrace& s : trace.sentences) {
    out << "sentence " << s.index << " " << Range(s.span) << "  \"" << Slice(doc.text, s.span) << "\"\n";
    for (const extract::MentionTrace& m : s.mentions) {
      out << "  actor   " << m.entity << " \"" << Slice(doc.text, m.span) << "\" " << m.alias_kind << " "
          << Range(m.span) << "\n";
    }
    for (const extract::CueTrace& c : s.cues) {
      out << "  cue     " << c.relation << " \"" << c.cue << "\" " << Range(c.span) << "  rule " << c.rule << "\n";
    }
    for (const extract::CandidateTrace& c : s.candidates) PrintCandidate(doc, c, pack, out);
  }
}

}  // namespace dyad::cli
