#include "export/evidence_json.h"

#include <array>
#include <charconv>
#include <string_view>

#include "export/json.h"
#include "extract/text.h"

namespace dyad::exporters {
namespace {

template <typename Writer>
void WriteField(Writer* writer, const char* key, const std::string& value) {
  writer->Key(key);
  WriteJsonString(writer, value);
}

// Spans are short pairs: one line each even in pretty output, where
// PrettyWriter would otherwise spend four lines on every [begin, end].
void WriteSpan(JsonPrettyWriter* writer, const char* key, const extract::Span& span) {
  writer->Key(key);
  const std::string raw = "[" + std::to_string(span.begin) + ", " + std::to_string(span.end) + "]";
  writer->RawValue(raw.data(), raw.size(), rapidjson::kArrayType);
}

}  // namespace

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

template <typename Writer>
void WriteEvidence(Writer* writer, const extract::Evidence& e) {
  writer->StartObject();
  WriteField(writer, "doc_id", e.doc_id);
  WriteField(writer, "doc_title", e.doc_title);
  WriteField(writer, "doc_url", e.doc_url);
  WriteField(writer, "doc_date", e.doc_date);
  WriteField(writer, "event_date", e.event_date);
  writer->Key("sentence_index");
  writer->Int(e.sentence_index);
  WriteField(writer, "sentence", e.sentence);
  WriteSpan(writer, "sentence_span", e.sentence_span);
  WriteField(writer, "source", e.source);
  WriteField(writer, "target", e.target);
  WriteField(writer, "relation", e.relation);
  WriteSpan(writer, "source_span", e.source_span);
  WriteSpan(writer, "target_span", e.target_span);
  WriteSpan(writer, "cue_span", e.cue_span);
  WriteField(writer, "modality", extract::ModalityName(e.modality));
  WriteField(writer, "modality_word", e.modality_word);
  WriteField(writer, "rule", e.rule);
  writer->EndObject();
}

template void WriteJsonString(JsonPrettyWriter*, const std::string&);
template void WriteEvidence(JsonPrettyWriter*, const extract::Evidence&);

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

void AppendEscaped(std::string_view s, std::string* out) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::size_t run = 0;  // start of the bytes not yet appended
  for (std::size_t i = 0; i < s.size(); ++i) {
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

// The same bytes as WriteJsonString through RapidJSON's compact Writer.
void AppendString(const std::string& s, std::string* out) {
  out->push_back('"');
  if (extract::FirstInvalidUtf8(s) == std::string_view::npos) {
    AppendEscaped(s, out);
  } else {
    std::string valid = s;
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

// `"key":` preceded by a comma unless it is the first key.
void AppendKey(std::string_view key, std::string* out) {
  if (out->back() != '{') out->push_back(',');
  out->push_back('"');
  out->append(key);
  out->append("\":");
}

void AppendField(std::string_view key, const std::string& value, std::string* out) {
  AppendKey(key, out);
  AppendString(value, out);
}

void AppendSpan(std::string_view key, const extract::Span& span, std::string* out) {
  AppendKey(key, out);
  out->push_back('[');
  AppendInt(span.begin, out);
  out->push_back(',');
  AppendInt(span.end, out);
  out->push_back(']');
}

}  // namespace

void AppendEvidenceJsonLine(const extract::Evidence& e, std::string* out) {
  // Written by hand rather than with RapidJSON's Writer: `dyad extract`
  // spends much of its output time here. Fields as in WriteEvidence.
  out->push_back('{');
  AppendField("doc_id", e.doc_id, out);
  AppendField("doc_title", e.doc_title, out);
  AppendField("doc_url", e.doc_url, out);
  AppendField("doc_date", e.doc_date, out);
  AppendField("event_date", e.event_date, out);
  AppendKey("sentence_index", out);
  AppendInt(e.sentence_index, out);
  AppendField("sentence", e.sentence, out);
  AppendSpan("sentence_span", e.sentence_span, out);
  AppendField("source", e.source, out);
  AppendField("target", e.target, out);
  AppendField("relation", e.relation, out);
  AppendSpan("source_span", e.source_span, out);
  AppendSpan("target_span", e.target_span, out);
  AppendSpan("cue_span", e.cue_span, out);
  AppendField("modality", extract::ModalityName(e.modality), out);
  AppendField("modality_word", e.modality_word, out);
  AppendField("rule", e.rule, out);
  out->push_back('}');
}

std::string EvidenceToJsonLine(const extract::Evidence& evidence) {
  std::string line;
  AppendEvidenceJsonLine(evidence, &line);
  return line;
}

}  // namespace dyad::exporters
