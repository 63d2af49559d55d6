#include "export/evidence_json.h"

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

void WriteSpan(JsonLineWriter* writer, const char* key, const extract::Span& span) {
  writer->Key(key);
  writer->StartArray();
  writer->Uint64(span.begin);
  writer->Uint64(span.end);
  writer->EndArray();
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

template void WriteJsonString(JsonLineWriter*, const std::string&);
template void WriteJsonString(JsonPrettyWriter*, const std::string&);
template void WriteEvidence(JsonLineWriter*, const extract::Evidence&);
template void WriteEvidence(JsonPrettyWriter*, const extract::Evidence&);

std::string EvidenceToJsonLine(const extract::Evidence& evidence) {
  rapidjson::StringBuffer buffer;
  JsonLineWriter writer(buffer);
  WriteEvidence(&writer, evidence);
  return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace dyad::exporters
