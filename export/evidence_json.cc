#include "export/evidence_json.h"

#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "export/json.h"
#include "extract/text.h"

namespace dyad::exporters {

template <typename Writer>
void WriteJsonString(Writer* writer, const std::string& s) {
  if (extract::FirstInvalidUtf8(s) == std::string_view::npos) {
    writer->String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
    return;
  }
  std::string valid = s;
  extract::SanitizeUtf8(&valid);
  writer->String(valid.data(), static_cast<rapidjson::SizeType>(valid.size()));
}

template void WriteJsonString(JsonPrettyWriter*, const std::string&);

namespace {

// What RapidJSON's Writer escapes, and how: the short escapes, \u00XX for
// the other control characters, nothing else (not '/', not non-ASCII).
constexpr std::array<char, 256> kEscape = [] {
  std::array<char, 256> t{};
  for (int c = 0; c < 0x20; ++c) t[c] = 'u';
  t['\b'] = 'b', t['\t'] = 't', t['\n'] = 'n', t['\f'] = 'f', t['\r'] = 'r';
  t['"'] = '"', t['\\'] = '\\';
  return t;
}();

// Whether any of the eight bytes in v is a control character, '"' or '\\'
// (the SWAR "has less than" and "has zero" tests: exact as to whether, if
// not which).
bool MayNeedEscape(std::uint64_t v) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
  auto has_zero = [&](std::uint64_t x) { return (x - kOnes) & ~x & kHighs; };
  return ((v - 0x20 * kOnes) & ~v & kHighs) || has_zero(v ^ ('"' * kOnes)) || has_zero(v ^ ('\\' * kOnes));
}

void AppendEscaped(std::string_view s, std::string* out) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::size_t run = 0;  // start of the bytes not yet appended
  for (std::size_t i = 0; i < s.size(); ++i) {
    // Eight bytes at a time past those that need no escape: nearly all.
    while (i + 8 <= s.size()) {
      std::uint64_t v;
      std::memcpy(&v, s.data() + i, 8);
      if (MayNeedEscape(v)) break;
      i += 8;
    }
    if (i == s.size()) break;
    const char e = kEscape[static_cast<unsigned char>(s[i])];
    if (e == 0) continue;
    out->append(s, run, i - run);
    out->push_back('\\');
    out->push_back(e);
    if (e == 'u') {
      const auto c = static_cast<unsigned char>(s[i]);
      out->append("00");
      out->push_back(kHex[c >> 4]);
      out->push_back(kHex[c & 15]);
    }
    run = i + 1;
  }
  out->append(s, run, s.size() - run);
}

// The same bytes as WriteJsonString through RapidJSON's Writer.
void AppendString(std::string_view s, std::string* out) {
  out->push_back('"');
  if (extract::FirstInvalidUtf8(s) == std::string_view::npos) {
    AppendEscaped(s, out);
  } else {
    std::string valid(s);
    extract::SanitizeUtf8(&valid);
    AppendEscaped(valid, out);
  }
  out->push_back('"');
}

template <typename Int>
void AppendInt(Int v, std::string* out) {
  char digits[24];
  const auto end = std::to_chars(digits, digits + sizeof digits, v).ptr;
  out->append(digits, end);
}

// How an evidence object is laid out: on one line as RapidJSON's Writer
// would, or as its PrettyWriter would at some depth (spans stay on one line).
struct Layout {
  std::string open;       // "{" or "{\n" and the members' indentation
  std::string between;    // between members: "," or ",\n" and the indentation
  std::string close;      // "}" or "\n", the object's indentation and "}"
  std::string_view colon; // after a key: ":" or ": "
  std::string_view comma; // inside a span: "," or ", "
};

class EvidenceWriter {
 public:
  EvidenceWriter(const Layout& layout, std::string* out) : layout_(layout), out_(*out) {}

  void Key(std::string_view key) {
    out_.append(first_ ? layout_.open : layout_.between);
    first_ = false;
    out_.push_back('"');
    out_.append(key);
    out_.push_back('"');
    out_.append(layout_.colon);
  }
  void Field(std::string_view key, std::string_view value) {
    Key(key);
    AppendString(value, &out_);
  }
  void Int(std::string_view key, int value) {
    Key(key);
    AppendInt(value, &out_);
  }
  void Span(std::string_view key, const extract::Span& span) {
    Key(key);
    out_.push_back('[');
    AppendInt(span.begin, &out_);
    out_.append(layout_.comma);
    AppendInt(span.end, &out_);
    out_.push_back(']');
  }
  void End() { out_.append(layout_.close); }

 private:
  const Layout& layout_;
  std::string& out_;
  bool first_ = true;
};

// The fields of an evidence object, in the documented order: the one list
// both layouts use.
void AppendEvidence(const extract::Evidence& e, const Layout& layout, std::string* out) {
  EvidenceWriter w(layout, out);
  w.Field("doc_id", e.doc_id);
  w.Field("doc_title", e.doc_title);
  w.Field("doc_url", e.doc_url);
  w.Field("doc_date", e.doc_date);
  w.Field("event_date", e.event_date);
  w.Int("sentence_index", e.sentence_index);
  w.Field("sentence", e.sentence);
  w.Span("sentence_span", e.sentence_span);
  w.Field("source", e.source);
  w.Field("target", e.target);
  w.Field("relation", e.relation);
  w.Span("source_span", e.source_span);
  w.Span("target_span", e.target_span);
  w.Span("cue_span", e.cue_span);
  w.Field("modality", extract::ModalityName(e.modality));
  w.Field("modality_word", e.modality_word);
  w.Field("rule", e.rule);
  w.End();
}

Layout PrettyLayout(std::size_t depth) {
  const std::string members(2 * (depth + 1), ' ');
  return {"{\n" + members, ",\n" + members, "\n" + std::string(2 * depth, ' ') + "}", ": ", ", "};
}

}  // namespace

void WriteEvidence(JsonPrettyWriter* writer, const extract::Evidence& evidence) {
  // Formatted here and handed over as a raw value (the writer puts the comma
  // and indentation before it): evidence is nearly all of a graph file, and
  // RapidJSON writes it a character at a time.
  writer->scratch.clear();
  AppendEvidence(evidence, PrettyLayout(writer->depth()), &writer->scratch);
  writer->RawBlock(writer->scratch.data(), writer->scratch.size(), rapidjson::kObjectType);
}

void AppendEvidenceJsonLine(const extract::Evidence& evidence, std::string* out) {
  static const Layout kLine{"{", ",", "}", ":", ","};
  AppendEvidence(evidence, kLine, out);
}

std::string EvidenceToJsonLine(const extract::Evidence& evidence) {
  std::string line;
  AppendEvidenceJsonLine(evidence, &line);
  return line;
}

}  // namespace dyad::exporters
