#include "export/evidence_json.h"

#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <utility>
#include <vector>

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

// Appends s escaped; returns false, having appended part of it, if s is not
// valid UTF-8 (checked in the same pass: most strings are ASCII).
bool AppendEscapedIfValid(std::string_view s, std::string* out) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  constexpr std::uint64_t kHighs = 0x8080808080808080ull;
  std::size_t run = 0;  // start of the bytes not yet appended
  for (std::size_t i = 0; i < s.size(); ++i) {
    // Eight bytes at a time past those that need no escape and no check: nearly all.
    while (i + 8 <= s.size()) {
      std::uint64_t v;
      std::memcpy(&v, s.data() + i, 8);
      if ((v & kHighs) || MayNeedEscape(v)) break;
      i += 8;
    }
    if (i == s.size()) break;
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      const std::size_t len = extract::Utf8SequenceAt(s, i);
      if (len == 0) return false;
      i += len - 1;
      continue;
    }
    const char e = kEscape[c];
    if (e == 0) continue;
    out->append(s, run, i - run);
    out->push_back('\\');
    out->push_back(e);
    if (e == 'u') {
      out->append("00");
      out->push_back(kHex[c >> 4]);
      out->push_back(kHex[c & 15]);
    }
    run = i + 1;
  }
  out->append(s, run, s.size() - run);
  return true;
}

}  // namespace

void AppendJsonString(std::string_view s, std::string* out) {
  out->push_back('"');
  const std::size_t start = out->size();
  if (!AppendEscapedIfValid(s, out)) {
    out->resize(start);
    std::string valid(s);
    extract::SanitizeUtf8(&valid);
    AppendEscapedIfValid(valid, out);
  }
  out->push_back('"');
}

namespace {

template <typename Int>
void AppendInt(Int v, std::string* out) {
  char digits[24];
  const auto end = std::to_chars(digits, digits + sizeof digits, v).ptr;
  out->append(digits, end);
}

// The members of an evidence object, in the documented order.
enum Member : std::size_t {
  kDocId, kDocTitle, kDocUrl, kDocDate, kEventDate, kSentenceIndex, kSentence, kSentenceSpan, kSource,
  kTarget, kRelation, kSourceSpan, kTargetSpan, kCueSpan, kModality, kModalityWord, kRule, kMembers
};
constexpr std::string_view kMemberNames[kMembers] = {
    "doc_id", "doc_title", "doc_url", "doc_date", "event_date", "sentence_index", "sentence", "sentence_span",
    "source", "target", "relation", "source_span", "target_span", "cue_span", "modality", "modality_word", "rule"};

// An evidence object is written on one line, as RapidJSON's Writer would
// write it. Each member's key comes with what goes before it, ready to
// append in one piece: "{\"doc_id\":", ",\"doc_title\":", ...
struct MemberKeys {
  MemberKeys() {
    for (std::size_t m = 0; m < kMembers; ++m) keys[m] = (m == 0 ? "{\"" : ",\"") + std::string(kMemberNames[m]) + "\":";
  }
  std::array<std::string, kMembers> keys;
};

class EvidenceWriter {
 public:
  EvidenceWriter(const MemberKeys& keys, std::string* out) : keys_(keys), out_(*out) {}

  void Field(Member m, std::string_view value) {
    out_.append(keys_.keys[m]);
    AppendJsonString(value, &out_);
  }
  void Int(Member m, int value) {
    out_.append(keys_.keys[m]);
    AppendInt(value, &out_);
  }
  void Span(Member m, const extract::TextSpan& span) {
    out_.append(keys_.keys[m]);
    out_.push_back('[');
    AppendInt(span.begin, &out_);
    out_.push_back(',');
    AppendInt(span.end, &out_);
    out_.push_back(']');
  }
  void End() { out_.push_back('}'); }

 private:
  const MemberKeys& keys_;
  std::string& out_;
};

// The fields of an evidence object, in the documented order.
void AppendEvidence(const extract::Evidence& e, std::string* out) {
  static const MemberKeys keys;
  // Room for the whole object up front: no reallocation while appending.
  out->reserve(out->size() + 512 + e.doc_id.size() + e.doc_title.size() + e.doc_url.size() + e.sentence.size() +
               e.source.size() + e.target.size() + e.rule.size() + e.modality_word.size());
  EvidenceWriter w(keys, out);
  w.Field(kDocId, e.doc_id.str());
  w.Field(kDocTitle, e.doc_title.str());
  w.Field(kDocUrl, e.doc_url.str());
  w.Field(kDocDate, e.doc_date.str());
  w.Field(kEventDate, e.event_date.str());
  w.Int(kSentenceIndex, e.sentence_index);
  w.Field(kSentence, e.sentence);
  w.Span(kSentenceSpan, e.sentence_span);
  w.Field(kSource, e.source.str());
  w.Field(kTarget, e.target.str());
  w.Field(kRelation, e.relation.str());
  w.Span(kSourceSpan, e.source_span);
  w.Span(kTargetSpan, e.target_span);
  w.Span(kCueSpan, e.cue_span);
  w.Field(kModality, extract::ModalityName(e.modality));
  w.Field(kModalityWord, e.modality_word.str());
  w.Field(kRule, e.rule.str());
  w.End();
}

}  // namespace

void WriteEvidence(JsonPrettyWriter* writer, const extract::Evidence& evidence) {
  // Formatted here and handed over as a raw value (the writer puts the comma
  // and indentation before it): evidence is nearly all of a graph file, and
  // RapidJSON writes it a character at a time.
  writer->scratch.clear();
  AppendEvidence(evidence, &writer->scratch);
  writer->RawBlock(writer->scratch.data(), writer->scratch.size(), rapidjson::kObjectType);
}

void WriteDocument(JsonPrettyWriter* writer, const graph::DocumentInfo& doc) {
  std::string& out = writer->scratch;
  out.clear();
  const std::pair<const char*, const std::string*> fields[] = {
      {"{\"id\":", &doc.id.str()},     {",\"title\":", &doc.title.str()}, {",\"url\":", &doc.url.str()},
      {",\"date\":", &doc.date.str()}, {",\"lang\":", &doc.lang},         {",\"content_hash\":", &doc.content_hash},
      {",\"source\":", &doc.source}};
  for (const auto& [key, value] : fields) {
    out.append(key);
    AppendJsonString(*value, &out);
  }
  out.push_back('}');
  writer->RawBlock(out.data(), out.size(), rapidjson::kObjectType);
}

void AppendEvidenceJsonLine(const extract::Evidence& evidence, std::string* out) {
  AppendEvidence(evidence, out);
}

std::string EvidenceToJsonLine(const extract::Evidence& evidence) {
  std::string line;
  AppendEvidenceJsonLine(evidence, &line);
  return line;
}

}  // namespace dyad::exporters
